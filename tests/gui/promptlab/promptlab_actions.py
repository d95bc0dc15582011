"""Acting on the prompt lab as a user does: tabs clicked, the limit typed, the Run button pressed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTabWidget

from gui.promptlab.panel import PromptLabPanel


def click_tab(qtbot: Any, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def open_prompt_lab(qtbot: Any, window: Any) -> PromptLabPanel:
    click_tab(qtbot, window.tabs, window.tabs.indexOf(window.prompt_lab))
    panel: PromptLabPanel = window.prompt_lab
    return panel


def type_limit(qtbot: Any, panel: PromptLabPanel, limit: int) -> None:
    field = panel.limit.lineEdit()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, str(limit))
    assert panel.limit.value() == limit


def run_comparison(qtbot: Any, panel: PromptLabPanel, timeout_s: float = 240) -> dict[str, Any]:
    assert panel.run_button.isEnabled(), panel.status.text()
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.request_id is not None
    qtbot.waitUntil(lambda: panel.request_id is None, timeout=int(timeout_s * 1000))
    assert panel.result is not None, panel.status.text()
    return panel.result


def table_rows(table: QAbstractItemView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def click_row(qtbot: Any, table: Any, row: int) -> None:
    item = table.item(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center())


def button(panel: PromptLabPanel, text: str) -> QPushButton:
    (found,) = [b for b in panel.findChildren(QPushButton) if b.text() == text]
    return found
