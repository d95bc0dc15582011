"""The settings column of a conversation: its system prompt and sampling settings, with their defaults."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from engine.core.sampling import SamplingSettings
from gui.shell.widgets import double_spin

DEFAULT_CHAT_SETTINGS: dict[str, Any] = {
    "temperature": 0.8,
    "top_k": 40,
    "top_p": 0.95,
    "min_p": 0.05,
    "max_tokens": 512,
    "seed": -1,  # -1: a fresh random seed per reply
}


def sampling_from(settings: dict[str, Any]) -> SamplingSettings:
    return replace(
        SamplingSettings.llama_defaults(),
        temperature=float(settings["temperature"]),
        top_k=int(settings["top_k"]),
        top_p=float(settings["top_p"]),
        min_p=float(settings["min_p"]),
    )


class SamplingForm(QWidget):
    """System prompt and sampling settings of one conversation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields()
        self._build_form()
        self.system_prompt.textChanged.connect(self.changed)
        for spin in (self.temperature, self.top_k, self.top_p, self.min_p, self.max_tokens, self.seed):
            spin.valueChanged.connect(self.changed)

    def _build_fields(self) -> None:
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(
            self.tr("Optional: instructions the model sees before the chat")
        )
        self.system_prompt.setToolTip(
            self.tr(
                "The system message is placed first by the model's chat template. It steers tone and role."
            )
        )
        self.system_prompt.setMaximumHeight(110)
        self.template_system = QLabel()
        self.template_system.setWordWrap(True)
        self.template_system.setVisible(False)
        self.template_system.setToolTip(
            self.tr(
                "A chat template may write text the model reads but you did not type. This one writes a "
                "system prompt whenever the conversation has none."
            )
        )
        self.temperature = double_spin(
            0,
            2,
            0.05,
            self.tr(
                "Temperature divides the logits: below 1 sharpens the "
                "distribution, above 1 flattens it; 0 always takes the top token."
            ),
        )
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        self.top_k.setSpecialValueText(self.tr("off"))
        self.top_k.setToolTip(self.tr("Top-k keeps only the k most probable tokens (0 = off)."))
        self.top_p = double_spin(
            0,
            1,
            0.01,
            self.tr(
                "Top-p (nucleus) keeps the most probable tokens until their "
                "cumulative probability reaches p (1 = off)."
            ),
        )
        self.min_p = double_spin(
            0,
            1,
            0.01,
            self.tr("Min-p drops tokens less probable than p × the top token's probability (0 = off)."),
        )
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(1, 8192)
        self.max_tokens.setToolTip(self.tr("The reply stops after this many tokens."))
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setToolTip(self.tr("The same seed, prompt and settings give the same reply."))

    def _build_form(self) -> None:
        # The system prompt part in a box layout: a form row would not grow with the note's wrapped text.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(QLabel(self.tr("<b>System prompt</b>")))
        column.addWidget(self.system_prompt)
        column.addWidget(self.template_system)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        column.addSpacing(6)
        column.addLayout(form)
        form.addRow(QLabel(self.tr("<b>Sampling</b>")))
        for label, widget in (
            (self.tr("Temperature"), self.temperature),
            (self.tr("Top-k"), self.top_k),
            (self.tr("Top-p"), self.top_p),
            (self.tr("Min-p"), self.min_p),
            (self.tr("Max tokens"), self.max_tokens),
            (self.tr("Seed"), self.seed),
        ):
            form.addRow(label, widget)
        note = QLabel(self.tr("Chain order: top-k → top-p → min-p → temperature (llama.cpp's default)."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

    def show_template_system(self, note: str) -> None:
        """The note about the system prompt the chat template adds ("" hides it)."""
        self.template_system.setText(note)
        self.template_system.setVisible(bool(note))

    def values(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature.value(),
            "top_k": self.top_k.value(),
            "top_p": self.top_p.value(),
            "min_p": self.min_p.value(),
            "max_tokens": self.max_tokens.value(),
            "seed": self.seed.value(),
        }

    def set_values(self, system_prompt: str, settings: dict[str, Any]) -> None:
        merged = {**DEFAULT_CHAT_SETTINGS, **settings}
        widgets = (
            self.system_prompt,
            self.temperature,
            self.top_k,
            self.top_p,
            self.min_p,
            self.max_tokens,
            self.seed,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.system_prompt.setPlainText(system_prompt)
        self.temperature.setValue(float(merged["temperature"]))
        self.top_k.setValue(int(merged["top_k"]))
        self.top_p.setValue(float(merged["top_p"]))
        self.min_p.setValue(float(merged["min_p"]))
        self.max_tokens.setValue(int(merged["max_tokens"]))
        self.seed.setValue(int(merged["seed"]))
        for widget in widgets:
            widget.blockSignals(False)
