"""Ways into the explorer: the lesson picker with its presets and the model a lesson was written for, a
synthetic lesson's distribution, and a prompt or a chat reply's step handed over by another view.

A lesson shows its own settings; the user's are kept aside meanwhile and come back when the lesson is left,
so a lesson never changes the numbers of later work.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from engine.core.lessons import Lesson
from engine.core.sampling import LLAMA_ORDER, SamplingSettings
from gui.sampling.state import PathEntry, model_title
from gui.sampling.synthetic import ExplorerSynthetic
from gui.shell.text import integer

CHAT_KEYS = ("temperature", "top_k", "top_p", "min_p")


def chat_sampling(step: dict[str, Any]) -> SamplingSettings:
    """The chain a chat reply ran: its conversation's values over the chat's defaults (llama.cpp's), in
    llama.cpp's order, as the chat builds it (`gui.chat.settings_form.sampling_from`)."""
    given = step.get("sampling")
    if isinstance(given, SamplingSettings):
        return given
    defaults = SamplingSettings.llama_defaults()
    values = {key: getattr(defaults, key) for key in CHAT_KEYS} | dict(step.get("settings", {}))
    return replace(
        defaults,
        temperature=float(values["temperature"]),
        top_k=int(values["top_k"]),
        top_p=float(values["top_p"]),
        min_p=float(values["min_p"]),
        order=LLAMA_ORDER,
    )


class ExplorerLessons(ExplorerSynthetic):
    """Mixin of `SamplingPanel`: opening a lesson, a prompt or a chat step."""

    request_model: SignalInstance

    def _build_lesson_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lesson_combo = QComboBox()
        self.lesson_combo.addItem(self.tr("Free exploration (your own prompt)"), "")
        for lesson in self.lessons:
            self.lesson_combo.addItem(lesson.title, lesson.id)
        self.lesson_combo.setToolTip(
            self.tr(
                "Built-in lessons: a prompt or a small distribution, with an explanation. "
                "A lesson shows its own settings; yours come back when you leave it."
            )
        )
        self.lesson_combo.activated.connect(
            lambda _index: self.open_lesson(str(self.lesson_combo.currentData()))
        )
        self.preset_row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Lesson</b>")))
        row.addWidget(self.lesson_combo, 1)
        row.addLayout(self.preset_row)
        return row

    def _build_model_notice(self) -> QHBoxLayout:
        """The line that says when a lesson was written for another model than the loaded one."""
        row = QHBoxLayout()
        self.model_notice = QLabel()
        self.model_notice.setWordWrap(True)
        self.switch_model_button = QPushButton()
        self.switch_model_button.setToolTip(self.tr("Load the model this lesson was written for"))
        self.switch_model_button.clicked.connect(self._switch_to_lesson_model)
        row.addWidget(self.model_notice, 1)
        row.addWidget(self.switch_model_button)
        self._write_model_notice()
        return row

    # --- lessons ---------------------------------------------------------------------------------

    def open_lesson(self, lesson_id: str) -> None:
        lesson = next((item for item in self.lessons if item.id == lesson_id), None)
        self._clear_presets()
        self.watched = {}
        self.clear_selection()
        if lesson is None:
            self._leave_lesson()
            self.refresh()
            return
        if self.user_settings is None:
            self.user_settings = self.settings()  # kept aside until the lesson is left
        self.lesson = lesson
        self.lesson_combo.setCurrentIndex(self.lesson_combo.findData(lesson_id))
        self._introduce(lesson)
        if lesson.kind == "synthetic":
            self._open_synthetic(lesson)
        else:
            self._open_prompt_lesson(lesson)

    def _leave_lesson(self) -> None:
        """Back to the user's own work: the settings they had before the lesson, and no lesson text."""
        was_synthetic = self.synthetic is not None
        self.lesson = None
        self.synthetic = None
        self.explanation_box.setVisible(False)
        self.lesson_combo.setCurrentIndex(0)
        if self.user_settings is not None:
            self.chain.show_settings(self.user_settings)
            self.user_settings = None
        if was_synthetic:
            self.steps, self.path = [], []
        self._write_model_notice()

    def start_from_prompt_box(self) -> None:
        """Start pressed: a synthetic lesson has no prompt, so a typed prompt leaves it."""
        if self.synthetic is not None:
            self._clear_presets()
            self._leave_lesson()
        self.start()

    def _introduce(self, lesson: Lesson) -> None:
        """The lesson's explanation, the model it was written for, and a button for each of its presets."""
        self.explanation.setText(f"<b>{lesson.title}</b> — {lesson.explanation}")
        self.explanation_box.setVisible(True)
        self._write_model_notice()
        for preset in lesson.presets:
            button = QPushButton(preset.label)
            button.setToolTip(self.tr("Set {preset} for this lesson").format(preset=preset.label))
            button.clicked.connect(lambda _checked=False, values=preset.settings: self.apply_settings(values))
            self.preset_row.addWidget(button)

    def _write_model_notice(self) -> None:
        lesson = self.lesson
        other = lesson is not None and bool(lesson.model) and lesson.model != self.loaded_model
        self.model_notice.setVisible(other)
        self.switch_model_button.setVisible(other)
        if lesson is None or not other:
            return
        written_for = model_title(lesson.model)
        loaded = model_title(self.loaded_model)
        self.model_notice.setText(
            self.tr(
                "<b>Written for {model}</b>; {loaded} is loaded: its ranks and probabilities differ"
                " from the explanation's."
            ).format(model=written_for, loaded=loaded)
        )
        self.switch_model_button.setText(self.tr("Switch to {model}").format(model=written_for))

    def _switch_to_lesson_model(self) -> None:
        if self.lesson is not None and self.lesson.model:
            self.status_message.emit(
                self.tr("Loading {model} for the lesson…").format(model=model_title(self.lesson.model))
            )
            self.request_model.emit(self.lesson.model)

    def _clear_presets(self) -> None:
        while self.preset_row.count():
            item = self.preset_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _open_prompt_lesson(self, lesson: Lesson) -> None:
        self.synthetic = None
        self.prompt.setPlainText(lesson.prompt)
        self.chat_template.setChecked(lesson.chat)
        self.chain.show_settings(lesson.sampling(SamplingSettings()))  # exactly the lesson's settings
        self.start()
        for word in lesson.watch:
            self.look_up(word)

    def _open_synthetic(self, lesson: Lesson) -> None:
        self.synthetic = lesson
        self.messages = []
        self.context_prompt = ""
        self.marked_token = None
        self.samples = None
        self.prompt.setPlainText("")
        self._set_synthetic_step()
        self.chain.show_settings(lesson.sampling(SamplingSettings()))
        self.refresh()

    # --- from other views ------------------------------------------------------------------------

    def open_prompt(self, prompt: str) -> None:
        """Start from a plain prompt given by another view (e.g. one example of the prompt lab)."""
        self.open_lesson("")
        self.chat_template.setChecked(False)  # the text is exactly what the model saw
        self.prompt.setPlainText(prompt)
        self.start()

    def open_chat_step(self, step: dict[str, Any]) -> None:
        """Show a step of a chat reply: the chat's messages, the reply's tokens before it, and the chat's
        chain exactly (its settings and its order), so the numbers are the ones the chat recorded."""
        record = step["record"]
        self.open_lesson("")
        self.chain.show_settings(chat_sampling(step))
        self.messages = list(step["messages"])
        self.context_prompt = ""
        self.prompt.setPlainText(self.messages[-1][1] if self.messages else "")
        self.chat_template.setChecked(True)
        self.path = [PathEntry(token, "", 0.0, 0.0) for token in step["reply_prefix"]]
        self.marked_token = record.token_id
        self.marked_record = (float(record.prob), float(record.prob_after))
        self.steps = []
        self.piece_logits = {}
        self.clear_selection()
        self.status_message.emit(
            self.tr("Opening step {number} of the chat reply…").format(number=integer(record.index + 1))
        )
        self._request_step()
