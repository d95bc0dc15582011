"""Panels of the main window that show one thing each: a chat step's distribution, and the places of the
views that are not part of this version yet (each says what it will show and how to get there today).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from gui.transcript import percent


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


class StepPanel(QWidget):
    """One generation step as a table: every listed candidate, its probability, its fate in the chain."""

    COLUMNS = ("Rank", "Token", "Probability", "After chain", "Removed by")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(
            "<h2>Sampling explorer</h2><p>Open a step from a chat reply (click or right-click a token with "
            "“Inspect tokens” on, then <i>Open this step in the sampling explorer</i>) to see its "
            "candidates here.</p>"
        )
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.step: dict[str, Any] | None = None

    def show_step(self, step: dict[str, Any]) -> None:
        self.step = step
        record = step["record"]
        context = html.escape(step["reply_prefix_text"][-120:])
        self.heading.setText(
            f"<h2>Step {record.index + 1} of a chat reply</h2>"
            f"<p>After “…{context}” the model chose <code>{html.escape(repr(record.text))}</code> "
            f"with p = {percent(record.prob)} (rank {record.rank}). Entropy of the full distribution: "
            f"<b>{record.entropy_bits:.2f} bits</b>.</p>"
        )
        self.table.setRowCount(len(record.alternatives))
        for row, alternative in enumerate(record.alternatives):
            cells = (
                str(alternative.rank),
                repr(alternative.text),
                percent(alternative.prob),
                percent(alternative.prob_after),
                (alternative.removed_by or "").replace("_", "-"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if alternative.id == record.token_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setVisible(True)
