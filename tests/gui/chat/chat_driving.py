"""Driving the chat as a user does: typing, clicking Send, clicking a token or a message link in the
transcript, and reading what the widgets show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from gui.chat.records import MessageRow
from gui.chat.transcript import TranscriptView
from gui.shell.main_window import MainWindow

LOAD_TIMEOUT = 60_000
REPLY_TIMEOUT = 120_000


def open_window(qtbot: QtBot, data_dir: Path, model: str | None = None) -> MainWindow:
    window = MainWindow(model, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=LOAD_TIMEOUT)
    return window


def set_sampling(window: MainWindow, max_tokens: int, temperature: float = 0.0) -> None:
    form = window.chat.settings_form
    form.temperature.setValue(temperature)
    form.max_tokens.setValue(max_tokens)


def type_and_send(qtbot: QtBot, window: MainWindow, text: str, wait: bool = True) -> int:
    """Type `text` into the message box and click Send; the new reply's message id."""
    chat = window.chat
    qtbot.mouseClick(chat.input.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(chat.input, text)
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    assert chat.stream is not None, "Send did not start a reply"
    message_id = chat.stream.message_id
    if wait:
        qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    return message_id


def reply(window: MainWindow, message_id: int) -> MessageRow:
    return window.store.message(message_id)


def anchor_position(window: MainWindow, href: str) -> int:
    """Where, in the transcript's document, the text linked to `href` begins."""
    transcript = window.chat.transcript
    block = transcript.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            iterator += 1
        block = block.next()
    raise AssertionError(f"nothing in the transcript links to {href}")


def _middle_of_first_character(transcript: TranscriptView, position: int) -> QPoint:
    cursor = QTextCursor(transcript.document())
    cursor.setPosition(position)
    before = transcript.cursorRect(cursor)
    cursor.setPosition(position + 1)
    after = transcript.cursorRect(cursor)
    x = (before.x() + after.x()) // 2 if after.y() == before.y() else before.x() + 2
    return QPoint(x, before.center().y())


def click_link(qtbot: QtBot, window: MainWindow, href: str) -> None:
    transcript = window.chat.transcript
    position = anchor_position(window, href)
    cursor = QTextCursor(transcript.document())
    cursor.setPosition(position)
    transcript.setTextCursor(cursor)
    transcript.ensureCursorVisible()  # scrolled into view, as a user would
    point = _middle_of_first_character(transcript, position)
    qtbot.mouseClick(transcript.viewport(), Qt.MouseButton.LeftButton, pos=point)


def token_fragments(window: MainWindow) -> list[tuple[str, QTextCharFormat]]:
    """(text, format) of every painted token fragment in the transcript."""
    found = []
    block = window.chat.transcript.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith("tok:"):
                found.append((fragment.text(), fragment.charFormat()))
            iterator += 1
        block = block.next()
    return found


def shown_foreground(fmt: QTextCharFormat, palette: QPalette) -> QColor:
    """The colour the text is drawn in: the format's own, else the palette's text colour."""
    if fmt.foreground().style() == Qt.BrushStyle.NoBrush:
        return palette.color(QPalette.ColorRole.Text)
    return fmt.foreground().color()
