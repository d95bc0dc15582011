"""Small shared widgets: the error box's style, a notice in place of a view, the spin box used for
sampling settings, the export file dialog, and the values of a view's inputs remembered between runs."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def error_style(object_name: str, padding: str = "0") -> str:
    """A translucent red box for an error (reads as "error" on light and dark backgrounds; the text
    keeps the palette's colour) around the widget named `object_name`."""
    return (
        f"#{object_name} {{ background: rgba(220, 60, 60, 0.14); border: 1px solid rgba(220, 60, 60, 0.75);"
        f" border-radius: 6px; padding: {padding}; }}"
    )


class NoticePanel(QWidget):
    """A calm, centred explanation in place of a view."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMaximumWidth(560)
        # Centred by stretches, not by an alignment flag: an aligned wrapped label gets a height for
        # another width and its text is cut after the first lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
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


def inputs_state(widgets: dict[str, QWidget]) -> dict[str, Any]:
    """The values of a view's inputs (text, numbers, ticks, choices), to remember between runs."""
    state: dict[str, Any] = {}
    for name, widget in widgets.items():
        if isinstance(widget, QLineEdit):
            state[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            state[name] = widget.toPlainText()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            state[name] = widget.value()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state[name] = widget.isChecked()
        elif isinstance(widget, QComboBox):
            state[name] = widget.currentIndex()
    return state


def restore_inputs(widgets: dict[str, QWidget], state: dict[str, Any]) -> None:
    """Put remembered values back, in the order of `widgets`; values of the wrong kind are skipped."""
    for name, widget in widgets.items():
        value = state.get(name)
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int) and not isinstance(value, bool):
            widget.setValue(value)
        elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
            widget.setValue(float(value))
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox) and isinstance(value, int) and 0 <= value < widget.count():
            widget.setCurrentIndex(value)

