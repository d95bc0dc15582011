"""The attention view driven as a user drives it: buttons, keys, the mouse over the map, a model change.
Real engine process, real SmolLM2 and Gemma 3 models."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engine.attention.maps import AttentionMaps
from engine.core.models import PACKAGED
from gui.attention.panel import AttentionPanel
from gui.shell.charts import token_label
from gui.shell.main_window import MainWindow

LONG_PROMPT = (
    "Attention lets every token read the tokens before it. In a transformer, each layer has several "
    "heads; each head computes queries, keys and values, and the softmax of the scaled dot products "
    "decides how much of each earlier token flows into the current one; understanding this takes time, "
    "so read the map slowly."
)
TITLES = {packaged.key: packaged.title for packaged in PACKAGED}
CAPTURE_TIMEOUT = 120_000


@pytest.fixture
def window(app_window: MainWindow) -> MainWindow:
    app_window.resize(1280, 800)
    app_window.tabs.setCurrentWidget(app_window.attention)
    app_window.activateWindow()
    return app_window


def click_capture(qtbot: QtBot, panel: AttentionPanel, prompt: str) -> AttentionMaps:
    panel.prompt.setPlainText(prompt)
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=CAPTURE_TIMEOUT)
    assert panel.maps is not None
    return panel.maps


# --- item 15: legible axis labels at any length -----------------------------------------------------


def shown_ticks(axis: pg.AxisItem, view_range: tuple[float, float]) -> list[tuple[float, str]]:
    """The labels the axis draws: its ticks inside the visible range."""
    low, high = view_range
    ticks = axis._tickLevels[0] if axis._tickLevels else []
    return [(value, label) for value, label in ticks if low <= value <= high]


def assert_labels_clear_each_other(panel: AttentionPanel) -> None:
    """From the axis font's metrics and each axis's length in pixels: neighbouring labels never touch."""
    view_box = panel.heatmap.view_box
    x_range, y_range = view_box.viewRange()
    for name, length, span in (
        ("bottom", view_box.width(), x_range),
        ("left", view_box.height(), y_range),
    ):
        axis = panel.heatmap.plot_item.getAxis(name)
        metrics = QFontMetricsF(axis.style["tickFont"], panel.heatmap.plot_widget)
        pixels_per_unit = length / (span[1] - span[0])
        ticks = shown_ticks(axis, span)
        assert len(ticks) >= 4, f"{name}: too few labels to read the axis"
        for (a, label_a), (b, label_b) in itertools.pairwise(ticks):
            gap = (b - a) * pixels_per_unit
            if name == "bottom":
                needed = (metrics.horizontalAdvance(label_a) + metrics.horizontalAdvance(label_b)) / 2
            else:
                needed = metrics.height()
            assert gap > needed, f"{name}: {label_a!r} and {label_b!r} overlap ({gap:.1f} px < {needed:.1f})"
        # and what pyqtgraph itself lays out for drawing does not overlap either
        image = pg.QtGui.QImage(10, 10, pg.QtGui.QImage.Format.Format_ARGB32)
        painter = pg.QtGui.QPainter(image)
        try:
            _, _, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        rects = [rect for rect, _, _ in texts]
        assert len(rects) >= 4
        assert not any(r.intersects(s) for i, r in enumerate(rects) for s in rects[i + 1 :])


def test_a_long_prompt_keeps_its_axis_labels_apart_at_any_size(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    maps = click_capture(qtbot, panel, LONG_PROMPT)
    assert maps.n_tokens >= 60
    qtbot.wait(50)
    assert_labels_clear_each_other(panel)
    wide_step = panel.heatmap.key_ticks.step
    window.resize(1024, 700)  # a smaller window: fewer labels fit, so they are thinned again
    qtbot.waitUntil(lambda: panel.heatmap.key_ticks.step > wide_step, timeout=5000)
    assert_labels_clear_each_other(panel)


def cell_centre(panel: AttentionPanel, row: int, column: int) -> QPoint:
    scene = panel.heatmap.view_box.mapViewToScene(QPointF(column + 0.5, row + 0.5))
    return panel.heatmap.plot_widget.mapFromScene(scene)


def test_hovering_a_cell_names_both_whole_tokens(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    maps = click_capture(qtbot, panel, LONG_PROMPT)
    texts = [text for _, text in maps.tokens]
    long_token = texts.index(" understanding")  # 14 characters: the axis shortens it
    assert token_label(texts[long_token]) != "·understanding"
    query = len(texts) - 1
    qtbot.wait(100)  # the map's view range settles after the first paint
    viewport = panel.heatmap.plot_widget.viewport()
    target = cell_centre(panel, query, long_token)
    qtbot.mouseMove(viewport, target + QPoint(3, 0))  # Qt sends a move event only when the pointer moves
    qtbot.mouseMove(viewport, target)
    qtbot.waitUntil(lambda: "understanding" in panel.hover.text(), timeout=5000)
    shown = panel.hover.text()
    assert f"query '{texts[query].replace(' ', '·')}' ({query})" in shown
    assert f"key '·understanding' ({long_token})" in shown
    weight = float(maps.matrix(panel.layer, panel.head)[query, long_token])
    assert f"weight {weight:.4f}" in shown


def test_the_token_list_finds_a_token_and_follows_it(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    maps = click_capture(qtbot, panel, LONG_PROMPT)
    panel.token_views.setCurrentWidget(panel.token_list)
    table = panel.token_list.table
    assert table.rowCount() == maps.n_tokens
    qtbot.keyClicks(panel.token_list.search, " underst")
    assert panel.token_list.row_texts() == ["·understanding"]  # whole, spaces shown as ·
    row = int(panel.token_list.row_texts(column=0)[0])
    item = table.item(row, 1)
    assert item is not None
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.query == row
    qtbot.keyClick(panel.token_list.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.token_list.search, Qt.Key.Key_Backspace)
    assert len(panel.token_list.row_texts()) == maps.n_tokens
    weights = maps.matrix(panel.layer, panel.head)[row]
    assert [float(text) for text in panel.token_list.row_texts(column=2)[: row + 1]] == pytest.approx(
        weights[: row + 1], abs=5e-5
    )
    assert panel.token_list.row_texts(column=2)[row + 1 :] == [""] * (maps.n_tokens - row - 1)


# --- item 11: Ctrl+Return and Esc where they are documented ---------------------------------------


def test_ctrl_return_captures_and_esc_cancels_in_the_attention_view(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    panel.prompt.setPlainText("The cat sat on the mat.")
    panel.prompt.setFocus()
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.request_id is not None, "Ctrl+Return did not start a capture"
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=CAPTURE_TIMEOUT)
    assert panel.prompt.toPlainText() == "The cat sat on the mat."  # no new line typed instead
    assert panel.maps is not None and [text for _, text in panel.maps.tokens][:2] == ["The", " cat"]
    panel.prompt.setPlainText("word " * 900)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.request_id is not None
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.request_id is None, timeout=CAPTURE_TIMEOUT)
    assert "cancelled" in window.statusBar().currentMessage()
    # on the chat tab the same keys still send the message
    window.tabs.setCurrentWidget(window.chat)
    window.chat.input.setPlainText("Hi")
    window.chat.input.setFocus()
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.chat.stream is not None
    qtbot.waitUntil(lambda: window.chat.stream is None, timeout=CAPTURE_TIMEOUT)


# --- item 16: progress from the first moment ------------------------------------------------------


def test_a_capture_says_what_it_is_doing_from_the_first_moment(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    panel.prompt.setPlainText(" ".join(f"word{index % 40}" for index in range(300)))
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    # before any news from the engine: a busy bar (not "0 %") and words saying what happens
    assert panel.progress.isVisible() and panel.progress_note.isVisible()
    assert (panel.progress.minimum(), panel.progress.maximum()) == (0, 0)
    assert panel.progress_note.text().strip()
    assert panel.cancel_button.isVisible()
    notes = {panel.progress_note.text()}

    def moved_on() -> bool:
        QApplication.processEvents()
        notes.add(panel.progress_note.text())
        return panel.progress.maximum() == 100 and panel.progress.value() > 0

    qtbot.waitUntil(moved_on, timeout=CAPTURE_TIMEOUT)  # a real fraction, while the capture runs
    assert panel.maps is None and panel.request_id is not None
    assert any("layer" in note for note in notes)
    qtbot.waitUntil(lambda: panel.request_id is None, timeout=CAPTURE_TIMEOUT)
    assert panel.maps is not None
    assert not panel.progress.isVisible() and not panel.progress_note.isVisible()


# --- item 7: a map belongs to the model that made it ------------------------------------------------


def test_a_map_is_cleared_when_another_model_is_loaded(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    click_capture(qtbot, panel, "The cat sat on the mat.")
    smol, gemma = TITLES["smollm2-135m"], TITLES["gemma3-270m"]
    assert f"From <b>{smol}</b>" in panel.summary.text()
    qtbot.mouseMove(panel.heatmap.plot_widget.viewport(), cell_centre(panel, 3, 1))
    qtbot.waitUntil(lambda: "→ key" in panel.hover.text(), timeout=3000)
    window.load_model("gemma3-270m")
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=CAPTURE_TIMEOUT)
    # nothing of SmolLM2's map is left on screen under Gemma's name, and the view says why
    assert panel.maps is None and panel.heatmap.matrix is None
    assert len(panel.attends.bars.opts["height"]) == 0
    assert "→ key" not in panel.hover.text()
    assert panel.token_list.table.rowCount() == 0
    assert f"The last map came from {smol}; {gemma} is loaded now." in panel.summary.text()
    assert panel.capture_button.isEnabled()
    click_capture(qtbot, panel, "The cat sat on the mat.")
    assert f"From <b>{gemma}</b>" in panel.summary.text()
    assert "The last map came from" not in panel.summary.text()


def test_a_capture_that_ends_after_a_model_change_is_not_shown(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    panel.prompt.setPlainText(" ".join(f"word{index % 40}" for index in range(200)))
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    window.load_model("gemma3-270m")  # while SmolLM2 still captures
    qtbot.waitUntil(
        lambda: window.bridge.info is not None and panel.request_id is None, timeout=CAPTURE_TIMEOUT
    )
    qtbot.wait(200)
    assert panel.maps is None or panel.maps_model == "gemma3-270m"
    assert f"From <b>{TITLES['smollm2-135m']}</b>" not in panel.summary.text()
