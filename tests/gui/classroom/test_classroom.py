"""The classroom as a user meets it: choose a lesson, answer, Check, read the verdict, Next; and a step
really opens its view on the main window with the example (a real engine, SmolLM2 loaded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from gui.classroom.panel import ClassroomPanel
from gui.shell.classroom_routes import open_step

TIMEOUT = 120_000


def click_lesson(qtbot: QtBot, panel: ClassroomPanel, lesson_id: str) -> None:
    row = next(i for i, lesson in enumerate(panel.lessons) if lesson.id == lesson_id)
    item = panel.lesson_list.item(row)
    panel.lesson_list.scrollToItem(item)
    rect = panel.lesson_list.visualItemRect(item)
    qtbot.mouseClick(panel.lesson_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot: QtBot, panel: ClassroomPanel, texts: list[str]) -> None:
    qtbot.waitUntil(lambda: all(button.isVisible() for button in panel.choice_buttons))
    for button in panel.choice_buttons:
        if button.text() in texts:  # on the box itself: a wide row's middle is not part of the button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_a_user_walks_the_sampling_lesson(qtbot: QtBot) -> None:
    panel = ClassroomPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    opened: list[tuple[str, dict[str, Any]]] = []
    panel.open_view.connect(lambda view, payload: opened.append((view, payload)))
    click_lesson(qtbot, panel, "sampling")
    assert opened[-1] == ("explorer", {"lesson": "top-p"})
    assert panel.position.text() == "Step 1 of 3"
    assert panel.show_button.text() == "↗ Sampling explorer"
    assert all(button.text() in "ABCDE" for button in panel.choice_buttons)
    choose(qtbot, panel, ["A", "B"])  # C is missing
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.verdict.text().startswith("<b>Not quite.</b> The answer: A, B, C")
    choose(qtbot, panel, ["C"])
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.verdict.text() == "<b>Right.</b>"
    assert "0.40, 0.70, 0.85" in panel.answer.text()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.position.text() == "Step 2 of 3"
    assert opened[-1] == ("explorer", {"lesson": "top-p", "settings": {"top_k": 2, "top_p": 1.0}})
    assert panel.verdict.text() == "" and not any(button.isChecked() for button in panel.choice_buttons)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.verdict.text() == "Choose an answer first."
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert not panel.next_button.isEnabled()  # the last step
    assert all(button.__class__.__name__ == "QRadioButton" for button in panel.choice_buttons)
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.position.text() == "Step 2 of 3"


def test_a_lesson_for_another_model_offers_to_load_it(qtbot: QtBot) -> None:
    panel = ClassroomPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_model("smollm2-135m")
    click_lesson(qtbot, panel, "function")  # written for Gemma
    assert panel.load_button.isVisible() and panel.load_button.text() == "Load Gemma-3-270M base (Q4_K_M)"
    requested: list[str] = []
    opened: list[str] = []
    panel.load_model_requested.connect(requested.append)
    panel.open_view.connect(lambda view, _payload: opened.append(view))
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert requested == ["gemma3-270m"]
    panel.set_model("gemma3-270m")  # loaded: the step opens again, now on its own model
    assert opened == ["explorer"] and not panel.load_button.isVisible()
    assert "(loaded)" in panel.model_note.text()


def test_open_step_opens_each_view_with_the_example(qtbot: QtBot, app_window: Any) -> None:
    window = app_window
    panel = ClassroomPanel()
    qtbot.addWidget(panel)
    panel.open_view.connect(lambda view, payload: open_step(window, view, payload))
    panel.set_model(window.bridge.model)
    click_lesson(qtbot, panel, "attention")  # SmolLM2, layer 13, head 8
    attention = window.attention
    assert window.tabs.currentWidget() is attention
    assert attention.prompt.toPlainText() == "The cat sat on the mat because it was tired."
    qtbot.waitUntil(lambda: attention.maps is not None and attention.head == 8, timeout=TIMEOUT)
    assert attention.layer == 13
    open_step(window, "explorer", {"lesson": "top-p", "settings": {"top_k": 2, "top_p": 1.0}})
    assert window.tabs.currentWidget() is window.sampling
    assert window.sampling.lesson.id == "top-p" and window.sampling.settings().top_k == 2
    assert [window.sampling.synthetic.tokens[i] for i in sorted(window.sampling.result.kept)] == ["A", "B"]
    open_step(window, "score", {"text": "The cat sat on the mat."})
    assert window.tabs.currentWidget() is window.scoring
    qtbot.waitUntil(lambda: bool(window.scoring.scores), timeout=TIMEOUT)
    assert window.scoring.text_a.toPlainText() == "The cat sat on the mat."
    open_step(window, "embeddings", {"query": "king"})
    assert window.tabs.currentWidget() is window.embeddings
    qtbot.waitUntil(lambda: window.embeddings.result is not None, timeout=TIMEOUT)
    assert window.embeddings.result["neighbors"][0]["text"] in (" King", " kings", " queen")
    open_step(window, "promptlab", {"dataset_file": "tweets-es.jsonl"})
    assert window.tabs.currentWidget() is window.prompt_lab
    assert window.prompt_lab.dataset_combo.currentText() == "tweets-es.jsonl"
    assert len(window.prompt_lab.dataset) == 36
    open_step(window, "chat", {"message": "Recife é uma"})
    assert window.tabs.currentWidget() is window.chat
    assert window.chat.input.toPlainText() == "Recife é uma"
