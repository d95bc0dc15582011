"""Ways into the explorer: the lesson picker with its presets, a synthetic lesson's editable distribution,
and a prompt or a chat reply's step handed over by another view.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem

from engine.core.lessons import Lesson, synthetic_logits
from gui.sampling.state import PathEntry, StepView
from gui.sampling.stepping import ExplorerStepping


class ExplorerLessons(ExplorerStepping):
    """Mixin of `SamplingPanel`: opening a lesson, a prompt or a chat step."""

    def _build_lesson_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lesson_combo = QComboBox()
        self.lesson_combo.addItem("Free exploration (your own prompt)", "")
        for lesson in self.lessons:
            self.lesson_combo.addItem(lesson.title, lesson.id)
        self.lesson_combo.setToolTip(
            "Built-in lessons: a prompt or a small distribution, with an explanation"
        )
        self.lesson_combo.activated.connect(
            lambda _index: self.open_lesson(str(self.lesson_combo.currentData()))
        )
        self.preset_row = QHBoxLayout()
        row.addWidget(QLabel("<b>Lesson</b>"))
        row.addWidget(self.lesson_combo, 1)
        row.addLayout(self.preset_row)
        return row

    # --- lessons ---------------------------------------------------------------------------------

    def open_lesson(self, lesson_id: str) -> None:
        lesson = next((item for item in self.lessons if item.id == lesson_id), None)
        self._clear_presets()
        self.watched = {}
        if lesson is None:
            self.explanation.setVisible(False)
            self.synthetic = None
            return
        self.lesson_combo.setCurrentIndex(self.lesson_combo.findData(lesson_id))
        self._introduce(lesson)
        if lesson.kind == "synthetic":
            self._open_synthetic(lesson)
        else:
            self._open_prompt_lesson(lesson)

    def _introduce(self, lesson: Lesson) -> None:
        """The lesson's explanation, and a button for each of its presets."""
        self.explanation.setText(f"<b>{lesson.title}</b> — {lesson.explanation}")
        self.explanation.setVisible(True)
        for preset in lesson.presets:
            button = QPushButton(preset.label)
            button.clicked.connect(lambda _checked=False, values=preset.settings: self.apply_settings(values))
            self.preset_row.addWidget(button)

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
        self.apply_settings(lesson.settings)
        self.start()
        for word in lesson.watch:
            self.look_up(word)

    def _open_synthetic(self, lesson: Lesson) -> None:
        self.synthetic = lesson
        self.messages = []
        labels = dict(enumerate(lesson.tokens))
        self.path = []
        self.steps = [StepView(synthetic_logits(lesson.probs), labels, frozenset(), "")]
        self.prompt.setPlainText("")
        self.apply_settings(lesson.settings)

    def _on_table_edited(self, item: QTableWidgetItem) -> None:
        """A synthetic lesson's token or probability was edited: rebuild its distribution."""
        if self.synthetic is None or not self.steps:
            return
        tokens = list(self.synthetic.tokens)
        probs = list(self.synthetic.probs)
        token_index = int(self.shown_tokens[item.row()])
        try:
            if item.column() == 2:
                probs[token_index] = float(item.text().replace("%", "").strip()) / 100
            else:
                tokens[token_index] = item.text()
            logits = synthetic_logits(probs)
        except ValueError:
            self.status_message.emit("A probability must be a number such as 40 % (they are renormalised).")
            self.refresh()
            return
        self.synthetic = replace(self.synthetic, tokens=tuple(tokens), probs=tuple(probs))
        self.steps = [StepView(logits, dict(enumerate(tokens)), frozenset(), "")]
        self.refresh()

    # --- from other views ------------------------------------------------------------------------

    def open_prompt(self, prompt: str) -> None:
        """Start from a plain prompt given by another view (e.g. one example of the prompt lab)."""
        self.lesson_combo.setCurrentIndex(0)
        self.open_lesson("")
        self.chat_template.setChecked(False)  # the text is exactly what the model saw
        self.prompt.setPlainText(prompt)
        self.start()

    def open_chat_step(self, step: dict[str, Any]) -> None:
        """Show a step of a chat reply: the chat's messages, and the reply's tokens before it."""
        record = step["record"]
        self.lesson_combo.setCurrentIndex(0)
        self.open_lesson("")
        self.messages = list(step["messages"])
        self.prompt.setPlainText(self.messages[-1][1] if self.messages else "")
        self.chat_template.setChecked(True)
        self.apply_settings(
            {
                key: step["settings"][key]
                for key in ("temperature", "top_k", "top_p", "min_p")
                if key in step["settings"]
            }
        )
        self.path = [PathEntry(token, "", 0.0, 0.0) for token in step["reply_prefix"]]
        self.marked_token = record.token_id
        self.steps = []
        self.status_message.emit(f"Opening step {record.index + 1} of the chat reply…")
        self._request_step()
