"""The editor of one prompt template (a tab of the prompt lab's templates box)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from engine.promptlab.templates import Template


def escape_newlines(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape_newlines(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\\\", "\\")


class TemplateEditor(QWidget):
    """One template's fields: name, text with placeholders, shots, chat wrapping."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        self.name = QLineEdit(template.name)
        self.name.setToolTip("Shown in the tables and charts")
        form.addRow("Name", self.name)
        self.text = QPlainTextEdit(template.text)
        self.text.setToolTip(
            "The prompt. {input} is the example, {examples} the shots, {labels} the label words.\n"
            "Everything before the line holding {input} is shared by all examples, so it is evaluated once."
        )
        self.text.setMinimumHeight(90)
        form.addRow("Text", self.text)
        self.shots = QSpinBox()
        self.shots.setRange(1, 32)
        self.shots.setValue(max(template.shots, 1))
        self.shots.setToolTip(
            "How many labelled examples to show, balanced over labels and drawn with the seed"
        )
        self.picked = QLineEdit(", ".join(str(i) for i in template.shot_indices))
        self.picked.setPlaceholderText("drawn with the seed")
        self.picked.setToolTip("Example numbers (0-based, comma-separated) to use as shots, in this order")
        self.shot_format = QLineEdit(escape_newlines(template.shot_format))
        self.shot_format.setToolTip(
            "How one shot reads: {input} and {label} (the label word); \\n = new line"
        )
        self.separator = QLineEdit(escape_newlines(template.separator))
        self.separator.setToolTip("Between shots; \\n = new line")
        if template.kind == "few":
            form.addRow("Shots", self.shots)
            form.addRow("Picked", self.picked)
            form.addRow("Shot", self.shot_format)
            form.addRow("Separator", self.separator)
        self.reasoning = QSpinBox()
        self.reasoning.setRange(4, 256)
        self.reasoning.setValue(template.reasoning_tokens)
        self.reasoning.setToolTip("Greedy tokens of reasoning at most, before the answer cue is appended")
        if template.kind == "cot":
            form.addRow("Reasoning", self.reasoning)
        self.chat = QCheckBox("Wrap in the model's chat template")
        self.chat.setChecked(template.chat)
        self.chat.setToolTip(
            "Send the text as a user message; the answer prefix then opens the assistant's reply"
        )
        self.answer_prefix = QLineEdit(escape_newlines(template.answer_prefix))
        self.answer_prefix.setToolTip("Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model")
        form.addRow("", self.chat)
        form.addRow("Answer prefix", self.answer_prefix)

    def value(self) -> Template:
        picked = tuple(int(part) for part in self.picked.text().replace(" ", "").split(",") if part)
        return replace(
            self.template,
            name=self.name.text().strip() or self.template.name,
            text=self.text.toPlainText(),
            shots=(len(picked) or self.shots.value()) if self.template.kind == "few" else 0,
            shot_indices=picked,
            shot_format=unescape_newlines(self.shot_format.text()),
            separator=unescape_newlines(self.separator.text()),
            chat=self.chat.isChecked(),
            answer_prefix=unescape_newlines(self.answer_prefix.text()),
            reasoning_tokens=self.reasoning.value(),
        )
