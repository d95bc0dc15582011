"""Driving the sampling explorer as a user does: picking a lesson with the keyboard, typing a prompt,
clicking buttons, rows and table cells, typing into a cell; and reading what the widgets show."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.sampling.panel import SamplingPanel
from gui.shell.main_window import MainWindow

STEP_TIMEOUT = 60_000


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.text()!r} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_step(qtbot: QtBot, panel: SamplingPanel) -> None:
    qtbot.waitUntil(lambda: panel._pending_probe is None and panel.result is not None, timeout=STEP_TIMEOUT)


def choose_lesson(qtbot: QtBot, panel: SamplingPanel, lesson_id: str) -> None:
    """Open the lesson picker, move to `lesson_id` ("" = free exploration) with the arrows, press Enter."""
    combo = panel.lesson_combo
    target = combo.findData(lesson_id)
    assert target >= 0, lesson_id
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    while view.currentIndex().row() != target:
        key = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5_000)
    assert combo.currentIndex() == target


def preset_buttons(panel: SamplingPanel) -> dict[str, QPushButton]:
    """The lesson's preset buttons, by their text."""
    items = (panel.preset_row.itemAt(i) for i in range(panel.preset_row.count()))
    widgets = (item.widget() for item in items if item is not None)
    return {widget.text(): widget for widget in widgets if isinstance(widget, QPushButton)}


def type_prompt(qtbot: QtBot, panel: SamplingPanel, text: str) -> None:
    """Replace the prompt box's text as a user does: select all, then type (or paste what is not ASCII,
    which QTest cannot type)."""
    qtbot.mouseClick(panel.prompt.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(panel.prompt, text)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(panel.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.prompt.toPlainText() == text


def start(qtbot: QtBot, panel: SamplingPanel, prompt: str) -> None:
    type_prompt(qtbot, panel, prompt)
    click(qtbot, panel.start_button)
    wait_step(qtbot, panel)


def find(qtbot: QtBot, panel: SamplingPanel, text: str) -> None:
    """Type `text` into Find and press Enter."""
    panel.lookup.clear()
    qtbot.keyClicks(panel.lookup, text)
    qtbot.keyClick(panel.lookup, Qt.Key.Key_Return)


def headers(panel: SamplingPanel) -> list[str]:
    """The table's column headers as read (a header on two lines reads as one)."""
    items = [panel.table.horizontalHeaderItem(i) for i in range(panel.table.columnCount())]
    return [item.text().replace("\n", " ") if item else "" for item in items]


def column(panel: SamplingPanel, name: str) -> list[str]:
    index = headers(panel).index(name)
    cells = [panel.table.item(row, index) for row in range(panel.table.rowCount())]
    return [cell.text() if cell else "" for cell in cells]


def click_row(qtbot: QtBot, panel: SamplingPanel, row: int) -> None:
    item = panel.table.item(row, 0)
    assert item is not None
    panel.tabs.setCurrentIndex(0)  # the Table tab, as a user would click it
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualItemRect(item).center()
    )


def type_into_cell(qtbot: QtBot, panel: SamplingPanel, row: int, name: str, text: str) -> None:
    """Double-click a cell, type `text` over what it holds, press Enter."""
    item = panel.table.item(row, headers(panel).index(name))
    assert item is not None
    panel.tabs.setCurrentIndex(0)
    viewport = panel.table.viewport()
    centre = panel.table.visualItemRect(item).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    editors = [editor for editor in viewport.findChildren(QLineEdit) if editor.isVisible()]
    assert len(editors) == 1, "double-click opened no editor"
    editor = editors[0]
    editor.selectAll()  # what the editor does on opening; typing replaces the old value
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def number(pattern: str, text: str) -> float:
    """The number `pattern` (a regex with one group) finds in `text`, plain text."""
    plain = re.sub(r"<[^>]+>", "", text)
    found = re.search(pattern, plain)
    assert found, f"{pattern!r} not in {plain!r}"
    return float(found.group(1))


def entropy_bits(probs: np.ndarray) -> float:
    """Entropy by its definition, in float64, computed here (not by the app)."""
    p = np.asarray(probs, dtype=np.float64)
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def input_controls(root: QWidget) -> list[QWidget]:
    """Every visible control a user types into, picks from or clicks, inside `root`."""
    kinds = (QAbstractSpinBox, QLineEdit, QComboBox, QAbstractButton, QPlainTextEdit, QListWidget)
    found = [widget for widget in root.findChildren(QWidget) if isinstance(widget, kinds)]
    # a line edit inside a spin box or a combo is part of that control
    return [
        w for w in found if w.isVisible() and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
    ]


def click_transcript_link(qtbot: QtBot, window: MainWindow, href: str) -> None:
    """Click the transcript's text linked to `href` (a token is `tok:<message>:<index>`)."""
    transcript = window.chat.transcript
    position = _anchor_position(window, href)
    cursor = QTextCursor(transcript.document())
    cursor.setPosition(position)
    transcript.setTextCursor(cursor)
    transcript.ensureCursorVisible()
    before = transcript.cursorRect(cursor)
    cursor.setPosition(position + 1)
    after = transcript.cursorRect(cursor)
    x = (before.x() + after.x()) // 2 if after.y() == before.y() else before.x() + 2
    qtbot.mouseClick(transcript.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, before.center().y()))


def _anchor_position(window: MainWindow, href: str) -> int:
    block = window.chat.transcript.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            iterator += 1
        block = block.next()
    raise AssertionError(f"nothing in the transcript links to {href}")


def send_chat(qtbot: QtBot, window: MainWindow, text: str) -> int:
    """Type a message in the chat tab and click Send; the reply's message id once it is complete."""
    chat = window.chat
    window.tabs.setCurrentWidget(chat)
    qtbot.mouseClick(chat.input.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(chat.input, text)
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    assert chat.stream is not None, "Send did not start a reply"
    message_id = chat.stream.message_id
    qtbot.waitUntil(lambda: chat.stream is None, timeout=120_000)
    return message_id
