"""A note the reader must not miss: a sentence in words above or beside the numbers it qualifies."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui.shell.theme import blend

WARNING_COLOUR = "#D55E00"  # Okabe-Ito vermillion: tells itself apart for colour-blind readers too


class NoteLabel(QLabel):
    """Word-wrapped, selectable text; a warning sits on a vermillion tint with a bar at its left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = False
        self._restyle()

    def set_note(self, text: str, warning: bool = False) -> None:
        self.warning = warning
        self.setText(text)
        self._restyle()

    def _restyle(self) -> None:
        # the application's palette, not the label's: the style sheet below changes the label's own
        palette = QApplication.palette()
        if self.warning:
            tint = blend(WARNING_COLOUR, palette.color(QPalette.ColorRole.Window), 0.16)
            sheet = (
                f"QLabel {{ background: {tint}; border-left: 4px solid {WARNING_COLOUR}; padding: 4px 8px; }}"
            )
        else:
            muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
            sheet = f"QLabel {{ color: {muted}; padding: 4px 8px; }}"
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
