"""Small widgets of the chat panel: the colour key of inspected tokens and the message input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from gui.shell.theme import PROBABILITY_BINS, token_background, token_foreground


class Legend(QWidget):
    """The colour key of inspected tokens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        caption = QLabel(self.tr("p(token):"))
        caption.setToolTip(
            self.tr("The model's probability of each chosen token, before the sampling chain.")
        )
        layout.addWidget(caption)
        for probability_bin in PROBABILITY_BINS:
            chip = QLabel(probability_bin.label)
            chip.setToolTip(
                self.tr("Chosen tokens the model gave {range} probability").format(
                    range=probability_bin.label
                )
            )
            layout.addWidget(chip)
            self.chips.append(chip)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chips:
            self.refresh()  # the chips follow the theme, as the tokens do

    def refresh(self) -> None:
        for chip, probability_bin in zip(self.chips, PROBABILITY_BINS, strict=True):
            colour = token_background(probability_bin.low + 0.001, self.palette())
            text = token_foreground(colour, self.palette())
            chip.setStyleSheet(f"background:{colour}; color:{text}; padding:2px 6px; border-radius:3px;")


class MessageInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line. (Esc is the chat tab's shortcut, so that it works
    wherever the focus is.)"""

    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submit.emit()
            return
        super().keyPressEvent(event)
