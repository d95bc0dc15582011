"""What the chat says about the loaded model's template, on the real models: SmolLM2's template writes a
system prompt of its own, Gemma-3-270M base has no template and continues a "User: / Assistant:"
transcript, and its reply ends where it starts the user's next line."""

from __future__ import annotations

from pathlib import Path

from chat_driving import (
    LOAD_TIMEOUT,
    REPLY_TIMEOUT,
    click_link,
    open_window,
    reply,
    set_sampling,
    type_and_send,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engine.core.chat import Message
from engine.core.session import Session

SMOL_DEFAULT_SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"


def test_the_chat_says_when_the_template_adds_a_system_prompt(
    qtbot: QtBot, tmp_path: Path, smol: Session
) -> None:
    # Independently: the text is in the prompt the model reads, and only when no system prompt is given.
    assert SMOL_DEFAULT_SYSTEM in smol.chat_prompt([Message("user", "Hi")])
    assert SMOL_DEFAULT_SYSTEM not in smol.chat_prompt(
        [Message("system", "Be brief."), Message("user", "Hi")]
    )

    window = open_window(qtbot, tmp_path)
    note = window.chat.settings_form.template_system
    qtbot.waitUntil(note.isVisible, timeout=LOAD_TIMEOUT)
    assert SMOL_DEFAULT_SYSTEM in note.text() and "adds a system prompt" in note.text()
    assert not window.chat.base_model_note.isVisible()  # SmolLM2 has a chat template

    system_prompt = window.chat.settings_form.system_prompt
    qtbot.mouseClick(system_prompt.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(system_prompt, "Be brief.")
    assert not note.isVisible()  # the user's own system prompt replaces the template's
    qtbot.keyClick(system_prompt, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(system_prompt, Qt.Key.Key_Delete)
    assert note.isVisible()
    window.close()


def test_a_base_model_is_said_to_continue_a_transcript_and_its_reply_ends_at_the_next_turn(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path)
    window.load_model("gemma3-270m")
    qtbot.waitUntil(
        lambda: window.bridge.info is not None and window.bridge.model == "gemma3-270m", timeout=LOAD_TIMEOUT
    )
    chat = window.chat
    qtbot.waitUntil(chat.base_model_note.isVisible, timeout=LOAD_TIMEOUT)
    assert "base model" in chat.base_model_note.text() and "transcript" in chat.base_model_note.text()
    qtbot.waitUntil(lambda: not chat.template.checking)  # Gemma's fallback adds no system prompt
    assert not chat.settings_form.template_system.isVisible()

    set_sampling(window, max_tokens=40)
    message_id = type_and_send(qtbot, window, "What is the capital of France?")
    row = reply(window, message_id)
    assert row.stop_reason == "stop_string"  # greedy Gemma went on to write "\nUser:" itself
    assert row.content == " The capital of France is Paris."
    records = window.store.tokens(message_id)
    assert "".join(record.text for record in records) == row.content  # no orphan "\n", "User", ":"
    assert "User" not in chat.transcript.toPlainText()

    qtbot.mouseClick(chat.inspect, Qt.MouseButton.LeftButton)
    shown = chat.transcript.toPlainText()
    assert shown.rstrip().endswith("Paris.") and "User" not in shown
    # A plural form: "tokens" with the English catalogue, "token(s)" without one.
    assert f"Reply done: {len(records)} token" in window.statusBar().currentMessage()

    # Continue from "\n" instead of ".": Gemma writes "User:" straight after it, so the reply ends
    # at " Paris", the chosen "\n" included in the cut.
    period = next(record for record in records if record.text == ".")
    click_link(qtbot, window, f"tok:{message_id}:{period.index}")
    menu = chat._menu
    action = next(a for a in menu.actions() if repr("\n") in a.text())
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert chat.stream is not None
    branch = chat.stream.message_id
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    row = reply(window, branch)
    assert (row.stop_reason, row.content) == ("stop_string", " The capital of France is Paris")
    branch_records = window.store.tokens(branch)
    assert [record.text for record in branch_records] == [record.text for record in records[: period.index]]
    window.close()
