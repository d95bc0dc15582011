"""The Inside view reached from the explorer and the attention view, by their "Inside ▸" buttons, with
the text the model read (the explorer: the prompt and the path so far, and the token chosen there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_the_explorer_opens_its_step_inside(app_window: Any, qtbot: Any) -> None:
    window, explorer = app_window, app_window.sampling
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    explorer.prompt.setPlainText("The capital of France is")
    qtbot.mouseClick(explorer.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.is_model_step, timeout=60_000)
    qtbot.mouseClick(explorer.inside_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.inside
    assert window.inside.prompt.toPlainText() == "The capital of France is"
    assert window.inside.target.text() == ""  # nothing chosen: the lens follows the model's top token
    qtbot.waitUntil(lambda: window.inside.lens is not None, timeout=120_000)


def test_the_attention_view_opens_its_prompt_inside(app_window: Any, qtbot: Any) -> None:
    window, attention = app_window, app_window.attention
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    attention.prompt.setPlainText("The cat sat on the mat")
    qtbot.mouseClick(attention.inside_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.inside
    assert window.inside.prompt.toPlainText() == "The cat sat on the mat"


def test_a_made_up_distribution_says_it_has_no_inside(app_window: Any, qtbot: Any) -> None:
    window, explorer = app_window, app_window.sampling
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    top_p = next(
        i for i in range(explorer.lesson_combo.count()) if explorer.lesson_combo.itemData(i) == "top-p"
    )
    explorer.lesson_combo.setCurrentIndex(top_p)
    messages: list[str] = []
    explorer.status_message.connect(messages.append)
    qtbot.mouseClick(explorer.inside_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is explorer
    assert messages and "no layers" in messages[-1]
