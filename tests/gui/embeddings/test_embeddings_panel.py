"""The embeddings view offscreen, on a real engine process with the packaged SmolLM2 model: what it shows
equals the engine's own results computed in this process."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engine.core.session import Session
from engine.embeddings.hidden import similarity, word_in_contexts
from engine.embeddings.neighbours import neighbors
from engine.embeddings.table import CACHE_KEY
from engine.embeddings.vocabulary import Filters
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


@pytest.fixture
def smol_embeddings(smol: Session, tmp_path: Path) -> Iterator[Session]:
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(tmp_path)
    smol.cache.pop(CACHE_KEY, None)
    yield smol
    smol.cache.pop(CACHE_KEY, None)
    if saved is None:
        os.environ.pop("LANTERNA_CACHE_DIR", None)
    else:
        os.environ["LANTERNA_CACHE_DIR"] = saved


def wait_idle(qtbot: QtBot, panel: EmbeddingsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.requests, timeout=TIMEOUT)


def column(panel: EmbeddingsPanel, index: int) -> list[str]:
    cells = [panel.table.item(row, index) for row in range(panel.table.rowCount())]
    return [cell.text() if cell else "" for cell in cells]


def test_search_shows_the_engine_neighbours(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session, tmp_path: Path
) -> None:
    panel.k.setValue(12)
    panel.search("king")  # "Word start" is ticked: the query is " king"
    wait_idle(qtbot, panel)
    expected = neighbors(smol_embeddings, " king", 12, filters=Filters(hide_special=True))["neighbors"]
    assert panel.table.rowCount() == 12
    assert column(panel, 2) == [str(item["id"]) for item in expected]
    assert column(panel, 3) == [f"{item['cosine']:.4f}" for item in expected]
    assert column(panel, 4) == [f"{item['distance']:.4f}" for item in expected]
    assert column(panel, 0) == [str(rank) for rank in range(1, 13)]
    assert "#4197" in panel.query_label.text()  # ' king'

    points = panel.token_map.points
    assert [point["role"] for point in points] == ["query"] + ["neighbor"] * 12
    assert points[0]["text"] == " king" and len(panel.token_map.labels) == 13

    target = tmp_path / "neighbours.csv"
    panel.export("neighbours", "csv", target)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["rank", "id", "token", "cosine", "distance"]
    assert [int(row[1]) for row in rows[1:]] == [item["id"] for item in expected]
    picture = tmp_path / "map.png"
    panel.export("map", "png", picture)
    assert picture.stat().st_size > 10_000


def test_analogy_and_a_double_click_search(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session
) -> None:
    panel.mode.setCurrentIndex(1)
    panel.search("king, man, woman")
    wait_idle(qtbot, panel)
    assert panel.result is not None and panel.result["mode"] == "analogy"
    assert column(panel, 1)[0] == "·queen"  # a leading space is drawn as a middle dot
    queen = panel.result["neighbors"][0]["id"]
    panel.table.cellDoubleClicked.emit(0, 1)  # search the neighbours of the first row
    wait_idle(qtbot, panel)
    assert panel.mode.currentIndex() == 0
    assert panel.result["query_tokens"] == [{"id": queen, "text": " queen"}]
    expected = neighbors(smol_embeddings, f"#{queen}", panel.k.value(), filters=Filters(hide_special=True))
    assert column(panel, 2) == [str(item["id"]) for item in expected["neighbors"]]


def test_text_similarity_heatmap(qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session) -> None:
    panel.views.setCurrentIndex(1)
    texts = ["The cat sat on the mat.", "A kitten slept on the rug.", "Interest rates rose sharply."]
    panel.texts.setPlainText("\n".join(texts))
    panel.layer.setValue(-1)
    expected = np.array(similarity(smol_embeddings, texts)["matrix"])  # first: one engine at a time
    panel.compare_texts()
    wait_idle(qtbot, panel)
    np.testing.assert_allclose(panel.heatmap.matrix, expected, atol=1e-5)
    assert "cosine" in panel.heatmap.hover_text(0, 1)
    assert len(panel.heatmap.cell_labels) == 9


def test_word_in_context_across_layers(
    qtbot: QtBot, panel: EmbeddingsPanel, smol_embeddings: Session
) -> None:
    panel.views.setCurrentIndex(2)
    expected = word_in_contexts(
        smol_embeddings, "bank", ["I sat on the river bank", "I deposited money at the bank"]
    )
    panel.compare_contexts()  # the defaults: "bank" by a river and in a bank
    wait_idle(qtbot, panel)
    shown = panel.layer_chart.result
    assert shown is not None
    np.testing.assert_allclose(shown["pairs"][0]["cosine"], expected["pairs"][0]["cosine"], atol=1e-5)
    _, curve_y = panel.layer_chart.items[0].getData()
    assert curve_y is not None and len(curve_y) == smol_embeddings.info().n_layers + 1
    assert curve_y[0] == pytest.approx(1.0)  # the input embeddings are the same token
    assert "lowest" in panel.context_summary.text()


def test_unload_shows_the_empty_state(qtbot: QtBot, panel: EmbeddingsPanel, window: MainWindow) -> None:
    assert panel.stack.currentIndex() == 1
    window.bridge.unload()
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == 0, timeout=TIMEOUT)
    assert panel.result is None and panel.table.rowCount() == 0
    assert panel.search("king") is None  # nothing is sent without a model
