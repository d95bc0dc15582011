"""The prompt lab fits the smallest supported windows: every input whole and in view (not scrolled
away or squeezed below its minimum size hint), the template editor included.

The panel is laid out in a host of the size the main window leaves it at 1024x700 and 1280x800 (the
window's own model bar, tab bar and status bar measured on the real window): whether the window as a
whole can be that small also depends on the other views, which are not under test here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from promptlab_actions import click_tab, open_prompt_lab
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.promptlab.panel import PromptLabPanel
from gui.promptlab.template_editor import TemplateEditor

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def cut_off_inputs(panel: PromptLabPanel) -> list[str]:
    """The visible inputs shown smaller than their minimum size hint, clipping by scroll areas counted."""
    problems = []
    for widget in panel.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's or combo box's own line edit: the box itself is checked
        need, shown = widget.minimumSizeHint(), widget.visibleRegion().boundingRect()
        if min(widget.height(), shown.height()) < need.height() or shown.width() < need.width():
            name = getattr(widget, "text", lambda: "")() if isinstance(widget, QAbstractButton) else ""
            problems.append(f"{type(widget).__name__} {name!r}: shown {shown.size()}, needs {need}")
    return problems


def panel_as_in_a_window_of(
    qtbot: Any, window: Any, size: QSize, data_dir: Path
) -> tuple[QWidget, PromptLabPanel]:
    """A prompt lab on the window's engine, given the room the window leaves its panel at `size`, and
    its host (keep it: qtbot holds widgets weakly)."""
    window.resize(QSize(1280, 800))
    shown = open_prompt_lab(qtbot, window)
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 800), timeout=5_000)
    chrome = window.size() - shown.size()  # model bar, tab bar, status bar, around the panel
    room = size - chrome
    assert shown.minimumSizeHint().width() <= room.width()  # the panel does not hold the window wide
    assert shown.minimumSizeHint().height() <= room.height()
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    data_dir.mkdir(parents=True, exist_ok=True)
    panel = PromptLabPanel(window.bridge, data_dir)
    layout.addWidget(panel)
    host.resize(room)
    host.show()
    qtbot.waitUntil(lambda: panel.size() == room, timeout=5_000)
    return host, panel


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(1280, 800)])
def test_every_input_and_the_template_editor_fit_the_window(
    qtbot: Any, app_window: Any, size: QSize, tmp_path: Path
) -> None:
    _host, panel = panel_as_in_a_window_of(qtbot, app_window, size, tmp_path / "host")
    for template in range(panel.template_tabs.count()):  # zero-shot, then few-shot (the most fields)
        click_tab(qtbot, panel.template_tabs, template)
        for result_tab in range(panel.result_tabs.count()):
            click_tab(qtbot, panel.result_tabs, result_tab)
            qtbot.wait(20)
            assert cut_off_inputs(panel) == [], (template, panel.result_tabs.tabText(result_tab))
        editor = panel.template_tabs.currentWidget()
        assert isinstance(editor, TemplateEditor)
        text = editor.text
        assert text.visibleRegion().boundingRect().height() >= 3 * text.fontMetrics().lineSpacing()
        # usable: it takes typing at the end of the prompt
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(text, " Be brief.")
        assert editor.value().text.endswith(" Be brief.")
