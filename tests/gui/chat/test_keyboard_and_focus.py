"""The chat's keys work wherever the focus is in the chat tab, Stop hands the focus back to the message
box, and the status bar follows the reply (real SmolLM2 in a real engine process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chat_driving import REPLY_TIMEOUT, click_link, open_window, reply, set_sampling, type_and_send
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.shell.main_window import MainWindow

LONG_PROMPT = "Write a very long story about a dragon who learns to read."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def wait_for_tokens(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.chat.stream is not None and window.chat.stream.tokens > 2, timeout=REPLY_TIMEOUT
    )


def stop_with(
    qtbot: QtBot, window: MainWindow, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    """Start a long reply with Regenerate, put the focus on `widget`, press the key: the reply stops."""
    chat = window.chat
    last = window.store.path(chat.conversation_id)[-1].id  # type: ignore[arg-type]
    set_sampling(window, max_tokens=400)
    click_link(qtbot, window, f"act:regen:{last}")
    assert chat.stream is not None, "Regenerate did not start a reply"
    message_id = chat.stream.message_id
    wait_for_tokens(qtbot, window)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
    qtbot.waitUntil(lambda: chat.stream is None, timeout=30_000)
    row = reply(window, message_id)
    assert row.status == "stopped" and len(window.store.tokens(message_id)) < 400


def test_esc_and_ctrl_period_stop_a_regenerated_reply_from_anywhere_in_the_chat(
    qtbot: QtBot, window: MainWindow
) -> None:
    chat = window.chat
    set_sampling(window, max_tokens=4)
    type_and_send(qtbot, window, LONG_PROMPT)
    # After a click on Regenerate the focus is in the transcript, not in the message box.
    stop_with(qtbot, window, chat.transcript, Qt.Key.Key_Escape)
    stop_with(qtbot, window, chat.settings_form.system_prompt, Qt.Key.Key_Escape)
    stop_with(qtbot, window, chat.conversation_list, Qt.Key.Key_Escape)
    stop_with(qtbot, window, chat.settings_form.temperature, Qt.Key.Key_Period, CTRL)


def test_the_other_shortcuts_work_from_the_transcript(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = window.chat
    set_sampling(window, max_tokens=4)
    qtbot.keyClicks(chat.input, "Say hi.")
    chat.transcript.setFocus()
    qtbot.keyClick(chat.transcript, Qt.Key.Key_Return, CTRL)  # Ctrl+Return sends
    assert chat.stream is not None
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    assert "Say hi." in chat.transcript.toPlainText()

    was = chat.inspect.isChecked()
    chat.transcript.setFocus()
    qtbot.keyClick(chat.transcript, Qt.Key.Key_I, CTRL)
    assert chat.inspect.isChecked() is not was

    first = chat.conversation_id
    chat.transcript.setFocus()
    qtbot.keyClick(chat.transcript, Qt.Key.Key_N, CTRL)
    assert chat.conversation_id not in (None, first) and chat.input.hasFocus()

    # The file dialog is native and modal, so it is stood in for: the test checks that Ctrl+O opens it.
    asked: list[str] = []

    def open_dialog(*_args: object) -> tuple[str, str]:
        asked.append("open")
        return "", ""  # cancelled

    monkeypatch.setattr("gui.shell.model_loading.QFileDialog.getOpenFileName", open_dialog)
    chat.transcript.setFocus()
    qtbot.keyClick(chat.transcript, Qt.Key.Key_O, CTRL)
    assert asked == ["open"]

    chat.transcript.setFocus()
    qtbot.keyClick(chat.transcript, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.sampling


def test_stop_gives_the_focus_back_to_the_message_box_and_the_status_follows_the_reply(
    qtbot: QtBot, window: MainWindow
) -> None:
    chat = window.chat
    set_sampling(window, max_tokens=400)
    type_and_send(qtbot, window, LONG_PROMPT, wait=False)
    assert QApplication.focusWidget() is chat.input  # not the system prompt, after Send was disabled
    wait_for_tokens(qtbot, window)
    message = window.statusBar().currentMessage()
    assert not message.startswith("Reading") and "Writing the reply" in message

    qtbot.mouseClick(chat.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chat.stream is None, timeout=30_000)
    assert QApplication.focusWidget() is chat.input
    assert not chat.stop_button.isEnabled() and chat.send_button.isEnabled()
