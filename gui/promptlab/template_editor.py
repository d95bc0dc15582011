"""The editor of one prompt template (a tab of the prompt lab's templates box)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from engine.promptlab.templates import Template


def escape_newlines(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape_newlines(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\\\", "\\")


TEXT_LINES = 3  # the prompt text stays at least this many lines tall, however short the window


def lines_tall(editor: QPlainTextEdit, lines: int) -> int:
    """The height that shows `lines` lines of text in `editor`, frame and margins included."""
    margins = editor.contentsMargins()
    document = 2 * editor.document().documentMargin()
    return int(lines * editor.fontMetrics().lineSpacing() + document + margins.top() + margins.bottom())


def side_by_side(*widgets: QWidget | str) -> QHBoxLayout:
    """Fields on one form row (a string becomes its label): keeps the editor short enough to fit."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for item in widgets:
        if isinstance(item, str):
            row.addWidget(QLabel(item))
        else:
            row.addWidget(item, 1 if isinstance(item, QLineEdit) else 0)
    return row


class TemplateEditor(QWidget):
    """One template's fields: name, text with placeholders, shots, chat wrapping."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        form = QFormLayout(self)
        form.setContentsMargins(2, 4, 2, 2)  # the templates box has margins of its own
        form.setVerticalSpacing(4)
        self.name = QLineEdit(template.name)
        self.name.setToolTip(self.tr("Shown in the tables and charts"))
        self.chat = QCheckBox(self.tr("Chat template"))
        self.chat.setChecked(template.chat)
        self.chat.setToolTip(
            self.tr(
                "Wrap the text in the model's chat template, as a user message; the answer prefix then\n"
                "opens the assistant's reply"
            )
        )
        form.addRow(self.tr("Name"), side_by_side(self.name, self.chat))
        self.text = QPlainTextEdit(template.text)
        self.text.setToolTip(
            self.tr(
                "The prompt. {input} is the example, {examples} the shots, {labels} the label words.\n"
                "Everything before the line holding {input} is shared by all examples, "
                "so it is evaluated once."
            )
        )
        self.text.setMinimumHeight(
            max(lines_tall(self.text, TEXT_LINES), self.text.minimumSizeHint().height())
        )
        form.addRow(self.tr("Text"), self.text)
        self.shots = QSpinBox()
        self.shots.setRange(1, 32)
        self.shots.setValue(max(template.shots, 1))
        self.shots.setToolTip(
            self.tr("How many labelled examples to show, balanced over labels and drawn with the seed")
        )
        self.picked = QLineEdit(", ".join(str(i) for i in template.shot_indices))
        self.picked.setPlaceholderText(self.tr("drawn with the seed"))
        self.picked.setToolTip(
            self.tr("Example numbers (0-based, comma-separated) to use as shots, in this order")
        )
        self.shot_format = QLineEdit(escape_newlines(template.shot_format))
        self.shot_format.setToolTip(
            self.tr("How one shot reads: {input} and {label} (the label word); \\n = new line")
        )
        self.separator = QLineEdit(escape_newlines(template.separator))
        self.separator.setToolTip(self.tr("Between shots; \\n = new line"))
        if template.kind == "few":
            form.addRow(self.tr("Shots"), side_by_side(self.shots, self.tr("Picked"), self.picked))
            form.addRow(self.tr("Shot"), side_by_side(self.shot_format, self.tr("Separator"), self.separator))
        self.reasoning = QSpinBox()
        self.reasoning.setRange(4, 256)
        self.reasoning.setValue(template.reasoning_tokens)
        self.reasoning.setToolTip(
            self.tr("Greedy tokens of reasoning at most, before the answer cue is appended")
        )
        if template.kind == "cot":
            form.addRow(self.tr("Reasoning"), self.reasoning)
        self.answer_prefix = QLineEdit(escape_newlines(template.answer_prefix))
        self.answer_prefix.setToolTip(
            self.tr("Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model")
        )
        form.addRow(self.tr("Answer prefix"), self.answer_prefix)
        for line in (self.name, self.picked, self.shot_format, self.separator, self.answer_prefix):
            line.setCursorPosition(0)  # show how each field starts, not its tail

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
