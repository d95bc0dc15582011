"""Every view at 1024 x 700, the smallest window Lanterna supports, in English, Portuguese and Spanish (whose
texts run longer), with results on screen: each visible input control is whole (at least its size hint
high, not cut by the widgets around it; a control in a scroll area may be scrolled away, not squeezed),
each chart keeps room to be read (its height, a legend inside the plot, axis titles no longer than
their axis), the library lists its models without sideways scrolling, and the window keeps the size
the user gave it. The user's way through: Ctrl+1 … Ctrl+8 for the views, clicks on the inner tabs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from gui.shell import i18n
from gui.shell.charts import Chart

SIZE = QSize(1024, 700)
CHART_MIN_HEIGHT = 120
TIMEOUT = 120_000
INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
PARTS_OF_A_CONTROL = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractItemView)


@pytest.fixture(params=["en", "pt_BR", "es"])
def small_window(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: Any, tmp_path: Path
) -> Iterator[Any]:
    """The main window in `language`, a real engine with the default model, resized to 1024 x 700."""
    from gui.shell.main_window import MainWindow

    language = request.param
    assert i18n.install(qapp, language), "the .qm files are made by the set-up (python main.py setup)"
    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    window.resize(SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=TIMEOUT)
    try:
        yield window
    finally:
        window.close()
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


# --- acting as a user ---------------------------------------------------------------------------------


def press_view(qtbot: Any, window: Any, index: int) -> None:
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index
    qtbot.wait(80)


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot: Any, widget: QWidget, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def click_tab(qtbot: Any, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def show_results(qtbot: Any, window: Any) -> None:
    """A result in every view that draws charts: a step, a capture, neighbours, a run, a score."""
    press_view(qtbot, window, 1)
    explorer = window.sampling
    retype(qtbot, explorer.prompt, "The capital of France is")
    click(qtbot, explorer.start_button)
    qtbot.waitUntil(lambda: explorer.distribution.has_data, timeout=TIMEOUT)
    min_p = explorer.chain.min_p
    retype(qtbot, min_p.lineEdit(), min_p.locale().toString(0.05, "f", 2))  # a min-p line and its label
    qtbot.keyClick(min_p, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: explorer.distribution.min_p_threshold is not None, timeout=TIMEOUT)
    press_view(qtbot, window, 2)
    attention = window.attention
    retype(qtbot, attention.prompt, "The cat sat on the mat because it was tired. It slept in the warm sun.")
    click(qtbot, attention.capture_button)
    qtbot.waitUntil(lambda: attention.request_id is None and attention.maps is not None, timeout=TIMEOUT)
    press_view(qtbot, window, 3)
    embeddings = window.embeddings
    retype(qtbot, embeddings.query, " king")
    click(qtbot, embeddings.search_button)
    qtbot.waitUntil(lambda: not embeddings.requests and embeddings.token_map.points != [], timeout=TIMEOUT)
    press_view(qtbot, window, 4)
    lab = window.prompt_lab
    retype(qtbot, lab.limit.lineEdit(), "6")
    click(qtbot, lab.run_button)
    qtbot.waitUntil(lambda: lab.request_id is None, timeout=TIMEOUT)
    assert lab.result is not None, lab.status.text()
    press_view(qtbot, window, 5)
    scoring = window.scoring
    click(qtbot, scoring.score_button)
    qtbot.waitUntil(lambda: scoring.results.isVisible() and scoring.chart.has_data, timeout=TIMEOUT)


# --- reading what is shown --------------------------------------------------------------------------


def shown_rect(widget: QWidget) -> QRect:
    """The part of `widget` its ancestors leave in sight, in its own coordinates; a scroll area's content
    counts as whole (it scrolls into view)."""
    rect = widget.rect()
    child: QWidget = widget
    while (parent := child.parentWidget()) is not None and not child.isWindow():
        if isinstance(parent.parentWidget(), QScrollArea):  # parent is a scroll area's viewport
            break
        offset = child.mapTo(parent, rect.topLeft()) - rect.topLeft()
        rect = rect.translated(offset).intersected(parent.rect()).translated(-offset)
        child = parent
    return rect


def control_name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName() or text!r}"


def cut_controls(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), PARTS_OF_A_CONTROL):
            continue  # a spin box's line edit, a line edit's clear button, a tab bar's arrows: parts of one
        need, shown = widget.sizeHint().height(), shown_rect(widget)
        if widget.height() < need or shown.size() != widget.size():
            problems.append(
                f"{control_name(widget)}: {widget.size().toTuple()}, shown {shown.size().toTuple()}, "
                f"needs {need} px high"
            )
    return problems


def cramped_charts(root: QWidget) -> list[str]:
    problems = []
    for plot in root.findChildren(pg.PlotWidget):
        name = type(plot.parentWidget()).__name__
        if plot.isVisible() and plot.height() < CHART_MIN_HEIGHT:
            problems.append(f"{name}: {plot.height()} px high")
        if plot.isVisible() and shown_rect(plot).size() != plot.size():
            problems.append(f"{name}: {plot.size().toTuple()}, cut to {shown_rect(plot).size().toTuple()}")
    for chart in root.findChildren(Chart):
        name = type(chart).__name__
        if not chart.isVisible() or not chart.has_data:
            continue
        plot = chart.plot_item.sceneBoundingRect().adjusted(-1, -1, 1, 1)
        if (
            chart.legend.isVisible()
            and chart.legend.items
            and not plot.contains(chart.legend.sceneBoundingRect())
        ):
            problems.append(f"{name}: legend {chart.legend.sceneBoundingRect()} outside the plot {plot}")
        view = chart.view_box.sceneBoundingRect()
        for side in ("left", "right", "bottom"):
            axis = chart.plot_item.getAxis(side)
            if not axis.isVisible() or not axis.label.isVisible() or not axis.labelText:
                continue
            length = view.width() if side == "bottom" else view.height()
            if axis.label.boundingRect().width() > length + 1:
                problems.append(f"{name}: the {side} axis title {axis.labelText!r} is longer than its axis")
    return problems


def problems_in_sight(window: Any) -> list[str]:
    QApplication.processEvents()
    panel = window.tabs.currentWidget()
    where = window.tabs.tabText(window.tabs.currentIndex())
    found = [f"{where}: {problem}" for problem in cut_controls(panel) + cramped_charts(panel)]
    if window.size() != SIZE:
        found.append(f"{where}: the window grew to {window.size().toTuple()}")
    return found


def problems_in_every_inner_tab(qtbot: Any, window: Any) -> list[str]:
    found = problems_in_sight(window)
    panel = window.tabs.currentWidget()
    for tabs in panel.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and index != tabs.currentIndex():
                click_tab(qtbot, tabs, index)
                qtbot.wait(40)
                inner = f"{tabs.tabText(index)} → "
                found += [problem.replace(": ", f": {inner}", 1) for problem in problems_in_sight(window)]
        click_tab(qtbot, tabs, 0)
    return found


# --- the test -----------------------------------------------------------------------------------------


def test_every_view_fits_1024_by_700(qtbot: Any, small_window: Any) -> None:
    window = small_window
    show_results(qtbot, window)
    problems: list[str] = []
    for index in range(window.tabs.count()):
        press_view(qtbot, window, index)
        problems += problems_in_every_inner_tab(qtbot, window)
    assert not problems, "\n".join(problems)
    # the model library lists its models without scrolling sideways
    press_view(qtbot, window, window.tabs.indexOf(window.model_panel))
    click_tab(qtbot, window.model_panel.sections, 1)
    table = window.model_panel.library.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2, timeout=TIMEOUT)
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    assert window.size() == SIZE


def test_the_attention_key_axis_labels_every_token_it_has_room_for(qtbot: Any, small_window: Any) -> None:
    """At 1024 x 700 a short prompt's key tokens are labelled wherever a label fits beside the last one:
    no fixed every-k-th rule drops a short token next to a long one."""
    window = small_window
    press_view(qtbot, window, 2)
    attention = window.attention
    retype(qtbot, attention.prompt, "The cat sat on the mat because it was tired.")
    click(qtbot, attention.capture_button)
    qtbot.waitUntil(lambda: attention.request_id is None and attention.maps is not None, timeout=TIMEOUT)
    qtbot.wait(100)
    ticks = attention.heatmap.key_ticks
    shown = {int(value) for value, _ in ticks.shown or []}
    per_token = ticks.pixels_per_token()
    widths = ticks.extents()
    for index in range(1, len(ticks.labels)):
        if index in shown:
            continue
        previous = max(shown_index for shown_index in shown if shown_index < index)
        gap = (index - previous) * per_token - (widths[index] + widths[previous]) / 2
        assert gap < 6, f"{ticks.labels[index]!r} is left out though it has {gap:.0f} px of room"
    assert len(shown) > len(ticks.labels) / 2
