"""The embeddings view offscreen, on a real engine process with the packaged SmolLM2 model: what it shows
equals the engine's own results computed in this process. The tests act as a user does (clicks, typing,
keys) and read what the widgets show."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from engine.core.session import Session
from engine.embeddings.hidden import similarity, word_in_contexts
from engine.embeddings.neighbours import neighbors
from engine.embeddings.table import CACHE_KEY, embedding_table
from engine.embeddings.vocabulary import Filters
from engine.process.protocol import TaskResult
from gui.embeddings.context_view import CONTEXT_NOTE
from gui.embeddings.panel import EmbeddingsPanel
from gui.shell.main_window import MainWindow

TIMEOUT = 90_000


@pytest.fixture(scope="module")
def window(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    """One app and engine process for the module; a private cache folder for the engine's matrix."""
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(tmp_path_factory.mktemp("engine-cache"))
    window = MainWindow(data_dir=tmp_path_factory.mktemp("data"))
    window.show()
    window.tabs.setCurrentWidget(window.embeddings)
    yield window
    window.close()
    if saved is None:
        os.environ.pop("LANTERNA_CACHE_DIR", None)
    else:
        os.environ["LANTERNA_CACHE_DIR"] = saved


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> EmbeddingsPanel:
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=TIMEOUT)
    return window.embeddings


def _private_table(session: Session, folder: Path) -> Iterator[Session]:
    """The session with its embedding table opened afresh from a private cache folder."""
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(folder)
    session.cache.pop(CACHE_KEY, None)
    yield session
    session.cache.pop(CACHE_KEY, None)
    if saved is None:
        os.environ.pop("LANTERNA_CACHE_DIR", None)
    else:
        os.environ["LANTERNA_CACHE_DIR"] = saved


@pytest.fixture
def smol_embeddings(smol: Session, tmp_path: Path) -> Iterator[Session]:
    yield from _private_table(smol, tmp_path)


@pytest.fixture
def gemma_embeddings(gemma: Session, tmp_path: Path) -> Iterator[Session]:
    yield from _private_table(gemma, tmp_path)


# --- acting as a user -------------------------------------------------------------------------------


def wait_idle(qtbot: QtBot, panel: EmbeddingsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.requests, timeout=TIMEOUT)


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select all that the box holds (Ctrl+A) and type `text` over it; lines end with Enter."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        qtbot.keyClicks(widget, line)
        if number < len(lines) - 1:
            qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_tab(qtbot: QtBot, panel: EmbeddingsPanel, index: int) -> None:
    bar = panel.views.tabBar()
    click(qtbot, bar, bar.tabRect(index).center())
    assert panel.views.currentIndex() == index


def click_search(qtbot: QtBot, panel: EmbeddingsPanel, query: str) -> None:
    retype(qtbot, panel.query, query)
    click(qtbot, panel.search_button)
    wait_idle(qtbot, panel)


def column(panel: EmbeddingsPanel, index: int) -> list[str]:
    cells = [panel.table.item(row, index) for row in range(panel.table.rowCount())]
    return [cell.text() if cell else "" for cell in cells]


def shows_nothing(panel: EmbeddingsPanel) -> bool:
    """No result of any of the three tabs is on screen."""
    return (
        panel.table.rowCount() == 0
        and panel.query_label.text() == ""
        and panel.token_map.points == []
        and panel.heatmap.matrix.size == 0
        and panel.similarity_legend.text() == ""
        and panel.layer_chart.result is None
        and panel.trajectory.result is None
        and panel.context_summary.text() == CONTEXT_NOTE
    )


# --- the tests ----------------------------------------------------------------------------------------


def test_clicking_search_shows_the_engine_neighbours(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session, tmp_path: Path
) -> None:
    open_tab(qtbot, panel, 0)
    retype(qtbot, panel.k, "12")
    assert panel.k.value() == 12
    click_search(qtbot, panel, "king")  # "Word start" is ticked: the query is " king"
    expected = neighbors(smol_embeddings, " king", 12, filters=Filters(hide_special=True))["neighbors"]
    assert panel.table.rowCount() == 12
    assert column(panel, 2) == [str(item["id"]) for item in expected]
    assert column(panel, 3) == [f"{item['cosine']:.4f}" for item in expected]
    assert column(panel, 4) == [f"{item['distance']:.4f}" for item in expected]
    assert column(panel, 0) == [str(rank) for rank in range(1, 13)]
    assert "#4197" in panel.query_label.text()  # ' king'
    assert f"from {smol_embeddings.info().name}" in panel.query_label.text()

    table = embedding_table(smol_embeddings)  # the first cosine, from the raw vectors
    query, first = (np.asarray(table.vectors[i], np.float64) for i in (4197, expected[0]["id"]))
    cosine = query @ first / (np.linalg.norm(query) * np.linalg.norm(first))
    assert column(panel, 3)[0] == f"{cosine:.4f}"

    points = panel.token_map.points
    assert [point["role"] for point in points] == ["query"] + ["neighbor"] * 12
    assert points[0]["text"] == " king" and len(panel.token_map.labels) == 13

    # The export writes what the table shows (the file dialog is skipped: `export` takes the path).
    target = tmp_path / "neighbours.csv"
    panel.export("neighbours", "csv", target)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["rank", "id", "token", "cosine", "distance"]
    assert [int(row[1]) for row in rows[1:]] == [item["id"] for item in expected]
    picture = tmp_path / "map.png"
    panel.export("map", "png", picture)
    assert picture.stat().st_size > 10_000


def test_enter_in_the_box_searches_too(qtbot: QtBot, panel: EmbeddingsPanel) -> None:
    open_tab(qtbot, panel, 0)
    retype(qtbot, panel.query, "queen")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    wait_idle(qtbot, panel)
    assert panel.result is not None and "queen" in panel.query_label.text()


def test_analogy_and_a_double_click_search(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session
) -> None:
    open_tab(qtbot, panel, 0)
    panel.mode.setFocus()
    qtbot.keyClick(panel.mode, Qt.Key.Key_Down)  # "Analogy a − b + c"
    assert panel.mode.currentIndex() == 1
    click_search(qtbot, panel, "king, man, woman")
    assert panel.result is not None and panel.result["mode"] == "analogy"
    assert column(panel, 1)[0] == "·queen"  # a leading space is drawn as a middle dot
    queen = panel.result["neighbors"][0]["id"]
    first = panel.table.item(0, 1)
    assert first is not None
    cell = panel.table.visualItemRect(first).center()
    # A double-click as the mouse sends it: a click, then the second press arriving as a double-click.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    wait_idle(qtbot, panel)
    assert panel.mode.currentIndex() == 0 and panel.query.text() == f"#{queen}"
    assert panel.result["query_tokens"] == [{"id": queen, "text": " queen"}]
    expected = neighbors(smol_embeddings, f"#{queen}", panel.k.value(), filters=Filters(hide_special=True))
    assert column(panel, 2) == [str(item["id"]) for item in expected["neighbors"]]


def test_text_similarity_heatmap(qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session) -> None:
    open_tab(qtbot, panel, 1)
    texts = ["The cat sat on the mat.", "A kitten slept on the rug.", "Interest rates rose sharply."]
    retype(qtbot, panel.texts, "\n".join(texts))
    assert panel.texts.toPlainText() == "\n".join(texts) and panel.layer.value() == -1
    expected = np.array(similarity(smol_embeddings, texts)["matrix"])  # first: one engine at a time
    click(qtbot, panel.compare_button)
    wait_idle(qtbot, panel)
    np.testing.assert_allclose(panel.heatmap.matrix, expected, atol=1e-5)
    assert "cosine" in panel.heatmap.hover_text(0, 1)
    assert len(panel.heatmap.cell_labels) == 9
    assert panel.similarity_legend.text().startswith(smol_embeddings.info().name)


def test_word_in_context_across_layers(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session
) -> None:
    open_tab(qtbot, panel, 2)
    expected = word_in_contexts(
        smol_embeddings, "bank", ["I sat on the river bank", "I deposited money at the bank"]
    )
    click(qtbot, panel.context_button)  # the defaults: "bank" by a river and in a bank
    wait_idle(qtbot, panel)
    shown = panel.layer_chart.result
    assert shown is not None
    np.testing.assert_allclose(shown["pairs"][0]["cosine"], expected["pairs"][0]["cosine"], atol=1e-5)
    _, curve_y = panel.layer_chart.items[0].getData()
    assert curve_y is not None and len(curve_y) == smol_embeddings.info().n_layers + 1
    assert curve_y[0] == pytest.approx(1.0)  # the input embeddings are the same token
    assert "lowest" in panel.context_summary.text()
    assert f"from {smol_embeddings.info().name}" in panel.context_summary.text()


def test_results_belong_to_the_model_that_made_them(
    qtbot: QtBot, panel: EmbeddingsPanel, window: MainWindow, gemma_embeddings: Session
) -> None:
    smol_name = str(window.bridge.info["name"])  # type: ignore[index]
    open_tab(qtbot, panel, 1)
    click(qtbot, panel.compare_button)
    wait_idle(qtbot, panel)
    open_tab(qtbot, panel, 2)
    click(qtbot, panel.context_button)
    wait_idle(qtbot, panel)
    open_tab(qtbot, panel, 0)
    click_search(qtbot, panel, "king")
    k = panel.k.value()
    assert panel.table.rowCount() == k and smol_name in panel.query_label.text()
    assert not shows_nothing(panel)

    window.load_model("gemma3-270m")
    # From the moment the load starts, nothing made by SmolLM2 is on screen under any name.
    assert shows_nothing(panel) and panel.stack.currentWidget() is panel.loading
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=TIMEOUT)
    gemma_name = gemma_embeddings.info().name
    assert window.bridge.info["name"] == gemma_name != smol_name  # type: ignore[index]
    assert shows_nothing(panel) and panel.stack.currentWidget() is panel.content
    assert "262,144 tokens" in panel.note.text() and gemma_name in panel.note.text()

    click(qtbot, panel.search_button)  # the box still says "king": Gemma's own neighbours now
    wait_idle(qtbot, panel)
    expected = neighbors(gemma_embeddings, " king", k, filters=Filters(hide_special=True))["neighbors"]
    assert column(panel, 2) == [str(item["id"]) for item in expected]
    assert f"from {gemma_name}" in panel.query_label.text() and smol_name not in panel.query_label.text()

    # A search still running when another load starts: its late answer is not shown either.
    rows_when_answered: list[int] = []

    def note_rows(event: object) -> None:  # connected after the panel: runs once the panel has acted
        if isinstance(event, TaskResult):
            rows_when_answered.append(panel.table.rowCount())

    window.bridge.received.connect(note_rows)
    try:
        retype(qtbot, panel.query, "queen")
        click(qtbot, panel.search_button)
        window.load_model("smollm2-135m")  # also puts the module's model back
        qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=TIMEOUT)
    finally:
        window.bridge.received.disconnect(note_rows)
    assert window.bridge.info["name"] == smol_name  # type: ignore[index]
    assert all(rows == 0 for rows in rows_when_answered) and shows_nothing(panel)


def test_unload_shows_the_empty_state(qtbot: QtBot, panel: EmbeddingsPanel, window: MainWindow) -> None:
    open_tab(qtbot, panel, 0)
    click_search(qtbot, panel, "king")
    assert panel.stack.currentIndex() == 1 and panel.table.rowCount() > 0
    window.bridge.unload()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty, timeout=TIMEOUT)
    assert panel.result is None and shows_nothing(panel)
    assert not panel.search_button.isVisible()  # nothing to search without a model
