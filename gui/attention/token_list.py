"""Every token of the capture in a table: its position, the whole token (the map's axes can only label
some of them, shortened) and the weight the selected token gives it. Type to find a token; click a row
to follow that token."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.attention.texts import full_token
from gui.shell.text import number

# headers, translated where shown: QCoreApplication.translate("TokenList", header)
COLUMNS = ("#", str(QT_TRANSLATE_NOOP("TokenList", "Token")), str(QT_TRANSLATE_NOOP("TokenList", "Weight")))
WEIGHT_TIP = str(
    QT_TRANSLATE_NOOP(
        "TokenList",
        "The weight the selected token (bold) gives this one; empty for the tokens after it, which it "
        "cannot see",
    )
)


class TokenList(QWidget):
    token_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a token…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Show only the tokens whose text contains this (· stands for a space)")
        )
        layout.addWidget(self.search)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TokenList", header) for header in COLUMNS]
        )
        weight_header = self.table.horizontalHeaderItem(2)
        if weight_header is not None:
            weight_header.setToolTip(QCoreApplication.translate("TokenList", WEIGHT_TIP))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # compact
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.table.cellClicked.connect(lambda row, _column: self.token_clicked.emit(row))

    def set_tokens(self, texts: list[str], weights: np.ndarray | None, query: int | None) -> None:
        self.table.setRowCount(len(texts))
        for index, text in enumerate(texts):
            seen = weights is not None and query is not None and index <= query
            weight = number(float(weights[index]), 4) if weights is not None and seen else ""
            cells = (str(index), full_token(text), weight)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if index == query:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self._apply_filter()

    def row_texts(self, column: int = 1) -> list[str]:
        """The shown (not filtered out) rows' cells of one column, top to bottom."""
        return [
            self._cell(row, column) for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _apply_filter(self) -> None:
        wanted = self.search.text().replace(" ", "·").casefold()  # tokens show their spaces as ·
        for row in range(self.table.rowCount()):
            self.table.setRowHidden(row, bool(wanted) and wanted not in self._cell(row, 1).casefold())
