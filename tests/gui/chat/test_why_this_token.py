""""Why this token?" on a reply token, as a user asks it: click the token, choose the menu entry, and the
Inside view opens on the text the model read (its chat template over the conversation, then the reply so
far) with that token as the target."""

from __future__ import annotations

from pathlib import Path

from chat_driving import click_link, open_window, set_sampling, type_and_send
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engine.core.chat import Message
from engine.core.session import Session


def test_why_this_token_opens_the_inside_view_on_what_the_model_read(
    qtbot: QtBot, tmp_path: Path, smol: Session
) -> None:
    window = open_window(qtbot, tmp_path)
    set_sampling(window, max_tokens=6)
    message_id = type_and_send(qtbot, window, "Name a colour.")
    records = window.chat.tokens_of(message_id)
    assert len(records) >= 3
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Inspect tokens
    assert window.chat.inspect.isChecked()
    click_link(qtbot, window, f"tok:{message_id}:2")
    menu = window.chat._menu
    why = next(action for action in menu.actions() if action.text() == "Why this token?")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(why).center())
    inside = window.inside
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is inside, timeout=30_000)
    expected = smol.chat_prompt([Message("user", "Name a colour.")]) + records[0].text + records[1].text
    assert inside.prompt.toPlainText() == expected
    assert inside.target.text() == records[2].text
    qtbot.waitUntil(lambda: inside.lens is not None, timeout=120_000)
    assert inside.lens is not None
    window.close()


def test_score_on_a_reply_opens_the_score_view_with_the_reply_scored(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    set_sampling(window, max_tokens=8)
    message_id = type_and_send(qtbot, window, "Name a colour.")
    click_link(qtbot, window, f"act:score:{message_id}")
    scoring = window.scoring
    assert window.tabs.currentWidget() is scoring
    assert scoring.text_a.toPlainText() == window.store.message(message_id).content
    qtbot.waitUntil(lambda: "a" in scoring.scores, timeout=60_000)
    window.close()
