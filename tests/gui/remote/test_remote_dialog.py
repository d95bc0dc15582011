"""A model on a server, as a user reaches it: the connect dialog against a real llama-cpp-python server on
127.0.0.1 (and a closed port), then the whole window talking to that server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from llama_server import free_port, start_llama_cpp_server, stop
from PySide6.QtCore import Qt

from gui.remote.dialog import ConnectDialog


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    process, url = start_llama_cpp_server()
    yield url
    stop(process)


def test_test_button_shows_capabilities_and_errors(qtbot: Any, server: str) -> None:
    dialog = ConnectDialog(server)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.capabilities is not None, timeout=60_000)
    assert "Next-token probe: yes" in dialog.report.text()
    assert "need a local model" in dialog.report.text()
    with qtbot.waitSignal(dialog.connect_requested) as blocker:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [server, ""]
    closed = ConnectDialog(f"http://127.0.0.1:{free_port()}")
    qtbot.addWidget(closed)
    qtbot.mouseClick(closed.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in closed.report.text(), timeout=10_000)


def test_the_window_chats_with_a_server_and_says_what_needs_a_local_model(
    app_window: Any, qtbot: Any, server: str
) -> None:
    window = app_window
    qtbot.keyClick(
        window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.server_dialog
    assert dialog.isVisible()
    dialog.address.setText(server)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.bridge.info and window.bridge.info.get("remote")), timeout=60_000)
    assert "on a server" in window.model_summary.full_text()
    window.chat.settings_form.max_tokens.setValue(8)
    qtbot.mouseClick(window.chat.input.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.chat.input, "Hello")
    qtbot.mouseClick(window.chat.send_button, Qt.MouseButton.LeftButton)
    assert window.chat.stream is not None, "Send started a reply"
    message_id = window.chat.stream.message_id
    qtbot.waitUntil(lambda: window.chat.stream is None, timeout=120_000)
    assert window.store.message(message_id).content.strip(), "the server's reply reached the transcript"
    tokens = window.chat.tokens_of(message_id)
    assert tokens and all(token.alternatives for token in tokens)  # every token can be inspected
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    explorer = window.sampling
    explorer.prompt.setPlainText("The capital of France is")
    qtbot.mouseClick(explorer.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.is_model_step, timeout=60_000)
    assert "On the top" in explorer.stats.text()  # a server's top-N is never shown as the whole distribution
    assert "is unknown" in explorer.stats.text()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    messages: list[str] = []
    window.attention.status_message.connect(messages.append)
    qtbot.mouseClick(window.attention.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert "needs a local model" in messages[-1]
    window.close()
    assert window.settings.value("model/last") != server  # a server is not reopened at the next start
