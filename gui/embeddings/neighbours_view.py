"""The neighbours view: a word, phrase, #id or analogy a − b + c, its nearest tokens in the embedding
matrix as a table with cosine bars, and the filters that apply to the search."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.embeddings.charts import NEIGHBOUR_COLOUR
from gui.embeddings.exports import EmbeddingsExports
from gui.shell.charts import token_label
from gui.shell.text import integer, number

TABLE_COLUMNS = (
    str(QT_TRANSLATE_NOOP("NeighboursView", "Rank")),
    str(QT_TRANSLATE_NOOP("NeighboursView", "Token")),
    str(QT_TRANSLATE_NOOP("NeighboursView", "Id")),
    str(QT_TRANSLATE_NOOP("NeighboursView", "Cosine")),
    str(QT_TRANSLATE_NOOP("NeighboursView", "Distance")),
    "",
)
BAR_COLUMN = 5
MODE_WORD, MODE_ANALOGY = "word", "analogy"


class CosineBarDelegate(QStyledItemDelegate):
    """A bar as long as the cosine (0 to 1) in the neighbour table."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        value = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(value, float):
            return
        rect: QRect = option.rect.adjusted(4, 5, -4, -5)
        width = round(rect.width() * min(max(value, 0.0), 1.0))
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NEIGHBOUR_COLOUR))
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), width, rect.height()), 2, 2)
        painter.restore()


class NeighboursView(EmbeddingsExports):
    """The neighbours view's search row, filters and table (a base of EmbeddingsPanel)."""

    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Word or phrase"), MODE_WORD)
        self.mode.addItem(self.tr("Analogy a − b + c"), MODE_ANALOGY)
        self.mode.setToolTip(
            self.tr(
                "Word or phrase: its vector (several tokens: the mean of their vectors), "
                "or #id for one token.\n"
                "Analogy: the vector a − b + c, e.g. king, man, woman → queen."
            )
        )
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.query = QLineEdit("king")
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.k = QSpinBox()
        self.k.setRange(1, 200)
        self.k.setValue(15)
        self.k.setPrefix("k = ")
        self.k.setToolTip(self.tr("How many neighbours to list"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.search_button.setToolTip(self.tr("Find the nearest tokens over the whole vocabulary (Enter)"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.mode)
        row.addWidget(self.query, 1)
        row.addWidget(self.k)
        row.addWidget(self.search_button)
        self._on_mode_changed()
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.leading_space = QCheckBox(self.tr("Word start (leading space)"))
        self.leading_space.setChecked(True)
        self.leading_space.setToolTip(
            self.tr(
                "Tokenizers keep the space before a word: ' king' is the word, "
                "'king' is a piece found inside\n"
                "other words or at the start of a text. Ticked, a space is put before what you type."
            )
        )
        self.hide_special = QCheckBox(self.tr("Hide special and byte tokens"))
        self.hide_special.setChecked(True)
        self.hide_special.setToolTip(
            self.tr("Leave out control tokens (<bos>, <|im_end|> …) and raw bytes (<0xE2> …)")
        )
        self.whole_words = QCheckBox(self.tr("Whole words only"))
        self.whole_words.setToolTip(
            self.tr("Only tokens that start a word (leading space) and are letters only")
        )
        self.include_query = QCheckBox(self.tr("List the query's own tokens"))
        self.include_query.setToolTip(
            self.tr(
                "Normally the query's tokens are left out of its neighbours. "
                "Ticked, they stay in the ranking:\n"
                "a one-token query then comes first with cosine 1 (every vector is identical to itself)."
            )
        )
        for box in (self.leading_space, self.hide_special, self.whole_words, self.include_query):
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _build_table_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query_label = QLabel("")
        self.query_label.setWordWrap(True)
        self.query_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.query_label)
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("NeighboursView", title) if title else "" for title in TABLE_COLUMNS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BAR_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(BAR_COLUMN, 110)
        self.table.setItemDelegateForColumn(BAR_COLUMN, CosineBarDelegate(self.table))
        self.table.setToolTip(self.tr("Double-click a token to search its own neighbours"))
        self.table.cellDoubleClicked.connect(self._on_row_double_clicked)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setToolTip(self.tr("Save the neighbour table as CSV"))
        self.export_csv_button.clicked.connect(lambda: self.export_dialog("neighbours", "csv"))
        buttons.addWidget(self.export_csv_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return side

    def _filters(self) -> dict[str, bool]:
        return {"hide_special": self.hide_special.isChecked(), "whole_words": self.whole_words.isChecked()}

    def _as_word(self, text: str) -> str:
        """What the user typed, as the model would see it inside a sentence."""
        if text.strip().startswith("#") or not self.leading_space.isChecked():
            return text
        return " " + text.strip()

    # No optional parameter: `clicked(bool)` would fill it with the button's checked state.
    @Slot()
    def search(self) -> int | None:
        """Search the box's query: its neighbours and, when the map follows them, the map."""
        typed = self.query.text()
        if not typed.strip():
            self.status_message.emit(self.tr("Type a word, a phrase or #id"))
            return None
        params: dict[str, Any] = {"k": self.k.value(), **self._filters()}
        if self.mode.currentData() == MODE_ANALOGY:
            parts = [part for part in typed.split(",")]
            if len(parts) != 3:
                self.status_message.emit(self.tr("An analogy needs three words: a, b, c"))
                return None
            params["analogy"] = ",".join(self._as_word(part) for part in parts)
        else:
            params["query"] = self._as_word(typed)
            params["include_query"] = self.include_query.isChecked()
        params["with_map"] = self._with_map()
        return self._run("neighbours", "embeddings.neighbors", params)

    def _with_map(self) -> bool:
        """Whether a search also asks for the map of the query and its neighbours (see MapView)."""
        return False

    def _on_mode_changed(self) -> None:
        analogy = self.mode.currentData() == MODE_ANALOGY
        self.query.setPlaceholderText(
            self.tr("a, b, c   e.g. king, man, woman") if analogy else self.tr("a word, a phrase or #id")
        )
        self.query.setToolTip(
            self.tr("Three words a, b, c: the tokens nearest to a − b + c")
            if analogy
            else self.tr("A word, a phrase (the mean of its tokens' vectors) or #id for one token id")
        )
        if analogy and "," not in self.query.text():
            self.query.setText("king, man, woman")

    def _show_neighbours(self, result: dict[str, Any] | None) -> None:
        self.result = result
        self.table.setRowCount(0)
        if result is None:
            self.query_label.setText("")
            return
        self.query_label.setText(self._query_summary(result))
        self.table.setRowCount(len(result["neighbors"]))
        for row, item in enumerate(result["neighbors"]):
            self._fill_row(row, item)
        table = self.result.get("table", {}) if self.result else {}
        if table.get("seconds") is not None:
            seconds = number(table["seconds"], 1)
            if table.get("from_cache"):
                message = self.tr("Embedding matrix from the cache in {seconds} s")
            else:
                message = self.tr("Embedding matrix read from the model file in {seconds} s")
            self.status_message.emit(message.format(seconds=seconds))

    @staticmethod
    def _query_summary(result: dict[str, Any]) -> str:
        """The line above the table: the query, its tokens, and how long the search took."""
        tokens = ", ".join(
            f"<code>{html.escape(repr(token['text']))}</code> #{token['id']}"
            for token in result["query_tokens"]
        )
        translate = QCoreApplication.translate
        if result["mode"] == MODE_ANALOGY:
            head = translate("NeighboursView", "<b>{query}</b> — a − b + c tokens: {tokens}.")
        elif len(result["query_tokens"]) > 1:
            head = translate(
                "NeighboursView", "<b>{query}</b> — query tokens: {tokens} (the mean of their vectors)."
            )
        else:
            head = translate("NeighboursView", "<b>{query}</b> — query tokens: {tokens}.")
        tail = translate("NeighboursView", "Nearest of {vocab} tokens in {ms} ms, from {model}.")
        return (
            head.format(query=html.escape(result["query"].strip()), tokens=tokens)
            + " "
            + tail.format(
                vocab=integer(result["vocab_size"]),
                ms=number(result["query_ms"], 0),
                model=html.escape(result["model"]),
            )
        )

    def _fill_row(self, row: int, item: dict[str, Any]) -> None:
        cells = [
            str(row + 1),
            token_label(item["text"]),
            str(item["id"]),
            number(item["cosine"], 4),
            number(item["distance"], 4),
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column in (0, 2, 3, 4):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setToolTip(
                self.tr("{token} (token #{id}): cosine {cosine}").format(
                    token=repr(item["text"]), id=item["id"], cosine=number(item["cosine"], 4)
                )
            )
            self.table.setItem(row, column, cell)
        bar = QTableWidgetItem("")
        bar.setData(Qt.ItemDataRole.UserRole, float(item["cosine"]))
        self.table.setItem(row, BAR_COLUMN, bar)

    def _on_row_double_clicked(self, row: int, _column: int) -> None:
        if self.result is not None and row < len(self.result["neighbors"]):
            self._search_token(int(self.result["neighbors"][row]["id"]))

    def _search_token(self, token_id: int) -> None:
        """Put #id in the box (as a word search) and search it, as if typed."""
        self.mode.setCurrentIndex(0)
        self.query.setText(f"#{token_id}")
        self.search()
