"""Small shared widgets: a notice in place of a view, the spin box used for sampling settings, and the
export file dialog."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog, QLabel, QVBoxLayout, QWidget


class NoticePanel(QWidget):
    """A calm, centred explanation in place of a view."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def double_spin(low: float, high: float, step: float, tip: str, value: float | None = None) -> QDoubleSpinBox:
    """A two-decimal spin box, e.g. for temperature or top-p."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(2)
    if value is not None:
        spin.setValue(value)
    spin.setToolTip(tip)
    return spin


def ask_save_path(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """The file the user picks for an export (filtered by the suggested name's extension), or None."""
    kind = Path(suggested_name).suffix.lstrip(".")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, f"{kind.upper()} (*.{kind})")
    return Path(name) if name else None

