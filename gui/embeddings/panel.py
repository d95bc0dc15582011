"""The embeddings view: a token's nearest neighbours in the model's own embedding matrix, a 2-D map,
how similar whole texts are, and how one word's vector moves with its context, layer by layer.

All numbers come from engine tasks (`engine/embeddings.py`); the first neighbour search on a model opens
its embedding matrix (a few seconds once, then cached on disk) with a progress bar and Cancel.
"""

from __future__ import annotations

import csv
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.shell.bridge import EngineBridge
from gui.embeddings.charts import (
    NEIGHBOUR_COLOUR,
    LayerCosineChart,
    SimilarityHeatmap,
    TokenMapChart,
    TrajectoryChart,
)
from gui.shell.widgets import NoticePanel, ask_save_path
from gui.shell.charts import token_label

TABLE_COLUMNS = ("Rank", "Token", "Id", "Cosine", "Distance", "")
BAR_COLUMN = 5
DEFAULT_TEXTS = (
    "The cat sat on the mat.",
    "A kitten was sleeping on the rug.",
    "Stock markets fell sharply today.",
    "Investors sold their shares.",
    "Preheat the oven to 200 degrees.",
)
DEFAULT_SENTENCES = ("I sat on the river bank", "I deposited money at the bank")
TEACHING_NOTE = (
    "Each token is a vector: a row of the model's embedding matrix. Two vectors are compared by their "
    "<b>cosine similarity</b> cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), 0 = "
    "unrelated, −1 = opposite. <b>Cosine distance</b> = 1 − cos."
)
SIMILARITY_NOTE = (
    "Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left "
    "out). The hidden states of a model share a common direction, so every value is high: compare the "
    "cells with each other, not with 0."
)
CONTEXT_NOTE = (
    "At the input (<i>emb</i>) the word is the same vector in every sentence. Each layer mixes in the "
    "words around it, so the two vectors drift apart: the lower the cosine, the more the context changed "
    "what the model holds for the word."
)
MODE_WORD, MODE_ANALOGY = "word", "analogy"
MAP_NEIGHBOURS, MAP_WORDS, MAP_SAMPLE = "neighbours", "words", "sample"


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


class EmbeddingsPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.requests: dict[str, int] = {}  # view -> its latest request id
        self.result: dict[str, Any] | None = None  # the neighbours shown
        self.map_result: dict[str, Any] | None = None
        self.similarity_result: dict[str, Any] | None = None
        self.context_result: dict[str, Any] | None = None
        self._status_connected = False
        self._build()
        bridge.received.connect(self._on_engine_event)
        self._set_model(bridge.info)

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.empty = NoticePanel(
            "Embeddings",
            "Load a model to explore its embeddings: the nearest neighbours of a word in the model's own "
            "embedding matrix, a 2-D map, text similarity, and a word's vector moving with its context.",
        )
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.note = QLabel(TEACHING_NOTE)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(self.note, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(220)
        self.progress.setVisible(False)
        self.progress.setFormat("%p %")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running computation (Esc)")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        header.addWidget(self.progress)
        header.addWidget(self.cancel_button)
        layout.addLayout(header)
        self.views = QTabWidget()
        self.views.addTab(self._build_neighbours(), "Neighbours")
        self.views.addTab(self._build_similarity(), "Text similarity")
        self.views.addTab(self._build_context(), "Word in context")
        self.views.setTabToolTip(0, "The tokens nearest to a word in the embedding matrix, and a 2-D map")
        self.views.setTabToolTip(1, "How similar whole texts are, from the model's hidden states")
        self.views.setTabToolTip(2, "The same word in different sentences, compared layer by layer")
        layout.addWidget(self.views, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        return content

    def _build_neighbours(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._build_search_row())
        layout.addLayout(self._build_filter_row())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_table_side())
        splitter.addWidget(self._build_map_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout.addWidget(splitter, 1)
        return page

    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem("Word or phrase", MODE_WORD)
        self.mode.addItem("Analogy a − b + c", MODE_ANALOGY)
        self.mode.setToolTip(
            "Word or phrase: its vector (several tokens: the mean of their vectors), or #id for one token.\n"
            "Analogy: the vector a − b + c, e.g. king, man, woman → queen."
        )
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.query = QLineEdit("king")
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.k = QSpinBox()
        self.k.setRange(1, 200)
        self.k.setValue(15)
        self.k.setPrefix("k = ")
        self.k.setToolTip("How many neighbours to list")
        self.search_button = QPushButton("Search")
        self.search_button.setDefault(True)
        self.search_button.setToolTip("Find the nearest tokens over the whole vocabulary (Enter)")
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.mode)
        row.addWidget(self.query, 1)
        row.addWidget(self.k)
        row.addWidget(self.search_button)
        self._on_mode_changed()
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.leading_space = QCheckBox("Word start (leading space)")
        self.leading_space.setChecked(True)
        self.leading_space.setToolTip(
            "Tokenizers keep the space before a word: ' king' is the word, 'king' is a piece found inside\n"
            "other words or at the start of a text. Ticked, a space is put before what you type."
        )
        self.hide_special = QCheckBox("Hide special and byte tokens")
        self.hide_special.setChecked(True)
        self.hide_special.setToolTip(
            "Leave out control tokens (<bos>, <|im_end|> …) and raw bytes (<0xE2> …)"
        )
        self.whole_words = QCheckBox("Whole words only")
        self.whole_words.setToolTip("Only tokens that start a word (leading space) and are letters only")
        self.include_query = QCheckBox("List the query's own tokens")
        self.include_query.setToolTip(
            "Normally the query's tokens are left out of its neighbours. Ticked, they stay in the ranking:\n"
            "a one-token query then comes first with cosine 1 (every vector is identical to itself)."
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
        self.table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
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
        self.table.setToolTip("Double-click a token to search its own neighbours")
        self.table.cellDoubleClicked.connect(self._on_row_double_clicked)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_csv_button = QPushButton("Export CSV…")
        self.export_csv_button.setToolTip("Save the neighbour table as CSV")
        self.export_csv_button.clicked.connect(lambda: self.export_dialog("neighbours", "csv"))
        buttons.addWidget(self.export_csv_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return side

    def _build_map_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.map_source = QComboBox()
        self.map_source.addItem("Map: the query and its neighbours", MAP_NEIGHBOURS)
        self.map_source.addItem("Map: words you list", MAP_WORDS)
        self.map_source.addItem("Map: a random sample of the vocabulary", MAP_SAMPLE)
        self.map_source.setToolTip(
            "A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are\n"
            "scaled to length 1 first, so the map shows directions, the thing cosine compares."
        )
        self.map_source.currentIndexChanged.connect(self._on_map_source_changed)
        self.map_words = QLineEdit(
            "king, queen, man, woman, prince, princess, boy, girl, Paris, France, Rome, Italy"
        )
        self.map_words.setToolTip("Comma-separated words (each as a word start, with a leading space)")
        self.map_words.returnPressed.connect(self.draw_map)
        self.sample_size = QSpinBox()
        self.sample_size.setRange(10, 5000)
        self.sample_size.setValue(400)
        self.sample_size.setPrefix("n = ")
        self.sample_size.setToolTip("How many tokens to sample (the filters above apply)")
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setPrefix("seed ")
        self.seed.setToolTip("Same seed, same sample")
        self.draw_button = QPushButton("Draw")
        self.draw_button.clicked.connect(self.draw_map)
        row.addWidget(self.map_source)
        row.addWidget(self.map_words, 3)
        row.addWidget(self.sample_size)
        row.addWidget(self.seed)
        row.addStretch(1)
        row.addWidget(self.draw_button)
        layout.addLayout(row)
        self.token_map = TokenMapChart()
        self.token_map.point_clicked.connect(self._on_point_clicked)
        self.token_map.setToolTip("Hover a point for its token and cosine; click it to search its neighbours")
        layout.addWidget(self.token_map, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_map_button = QPushButton("Export PNG…")
        self.export_map_button.setToolTip("Save the map as a PNG picture")
        self.export_map_button.clicked.connect(lambda: self.export_dialog("map", "png"))
        buttons.addWidget(self.export_map_button)
        layout.addLayout(buttons)
        self._on_map_source_changed()
        return side

    def _build_similarity(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>Texts</b> (one per line)"))
        self.texts = QPlainTextEdit("\n".join(DEFAULT_TEXTS))
        self.texts.setToolTip("Two to twelve texts, one per line")
        left.addWidget(self.texts, 1)
        row = QHBoxLayout()
        self.layer = QSpinBox()
        self.layer.setRange(-1, 0)
        self.layer.setValue(-1)
        self.layer.setSpecialValueText("last layer")
        self.layer.setPrefix("layer ")
        self.layer.setToolTip(
            "Whose hidden states to average: 0 = after the first block, 'last layer' = the top"
        )
        self.compare_button = QPushButton("Compare")
        self.compare_button.setToolTip("Compute every pair's cosine similarity")
        self.compare_button.clicked.connect(self.compare_texts)
        row.addWidget(self.layer)
        row.addStretch(1)
        row.addWidget(self.compare_button)
        left.addLayout(row)
        note = QLabel(SIMILARITY_NOTE)
        note.setWordWrap(True)
        left.addWidget(note)
        self.similarity_legend = QLabel("")
        self.similarity_legend.setWordWrap(True)
        self.similarity_legend.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.similarity_legend)
        buttons = QHBoxLayout()
        csv_button = QPushButton("Export CSV…")
        csv_button.clicked.connect(lambda: self.export_dialog("similarity", "csv"))
        png_button = QPushButton("Export PNG…")
        png_button.clicked.connect(lambda: self.export_dialog("similarity", "png"))
        buttons.addWidget(csv_button)
        buttons.addWidget(png_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(420)
        layout.addWidget(holder)
        self.heatmap = SimilarityHeatmap()
        self.heatmap.setToolTip("Hover a cell for the two texts and their cosine")
        layout.addWidget(self.heatmap, 1)
        return page

    def _build_context(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Word"))
        self.context_word = QLineEdit("bank")
        self.context_word.setMaximumWidth(160)
        self.context_word.setToolTip("The word to follow; it must appear in every sentence")
        row.addWidget(self.context_word)
        self.sentences = QPlainTextEdit("\n".join(DEFAULT_SENTENCES))
        self.sentences.setToolTip("Two or more sentences that use the word, one per line")
        self.sentences.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        row.addWidget(self.sentences, 1)
        column = QVBoxLayout()
        self.context_button = QPushButton("Compare")
        self.context_button.setToolTip("Read the word's hidden state at every layer in each sentence")
        self.context_button.clicked.connect(self.compare_contexts)
        context_csv = QPushButton("Export CSV…")
        context_csv.clicked.connect(lambda: self.export_dialog("context", "csv"))
        context_png = QPushButton("Export PNG…")
        context_png.clicked.connect(lambda: self.export_dialog("context", "png"))
        for button in (self.context_button, context_csv, context_png):
            column.addWidget(button)
        row.addLayout(column)
        layout.addLayout(row)
        self.context_summary = QLabel(CONTEXT_NOTE)
        self.context_summary.setWordWrap(True)
        self.context_summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.context_summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.layer_chart = LayerCosineChart()
        self.trajectory = TrajectoryChart()
        self.trajectory.setToolTip(
            "PCA of the word's vectors at every layer (scaled to length 1), one path per sentence; "
            "points grow from layer 0 to the last"
        )
        splitter.addWidget(self.layer_chart)
        splitter.addWidget(self.trajectory)
        layout.addWidget(splitter, 1)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if not self._status_connected and isinstance(window, QMainWindow):
            # the window's status bar shows this view's messages (cache timings, errors, exports)
            self.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
            self._status_connected = True

    # --- model state -----------------------------------------------------------------------------

    def _set_model(self, info: dict[str, Any] | None) -> None:
        self.info = info
        self.stack.setCurrentIndex(0 if info is None else 1)
        self.result = self.map_result = self.similarity_result = self.context_result = None
        self.requests.clear()
        self._set_busy(False)
        self._show_neighbours(None)
        self.token_map.clear()
        self.heatmap.clear()
        self.similarity_legend.setText("")
        self.layer_chart.clear()
        self.trajectory.clear()
        self.context_summary.setText(CONTEXT_NOTE)
        if info is not None:
            self.layer.setRange(-1, int(info.get("n_layers", 1)) - 1)
            self.note.setText(
                f"{TEACHING_NOTE} Here: {int(info.get('vocab_size', 0)):,} tokens × "
                f"{int(info.get('n_embd', 0))} numbers ({html.escape(str(info.get('name', '')))})."
            )

    def remembered_inputs(self) -> dict[str, QWidget]:
        return {
            "mode": self.mode,
            "query": self.query,
            "k": self.k,
            "leading_space": self.leading_space,
            "hide_special": self.hide_special,
            "whole_words": self.whole_words,
            "include_query": self.include_query,
            "texts": self.texts,
            "layer": self.layer,
            "context_word": self.context_word,
            "sentences": self.sentences,
        }

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded):
            self._set_model(event.info)
        elif isinstance(event, Unloaded):
            self._set_model(None)
        elif isinstance(event, TaskProgress) and event.request_id in self.requests.values():
            self.progress.setValue(round(event.fraction * 100))
            if event.message:
                self.progress.setFormat(f"{event.message} %p %")
        elif isinstance(event, TaskResult) and event.request_id in self.requests.values():
            self._finish(event.request_id)
            self._show_result(event.name, event.result)
        elif isinstance(event, Failed) and event.request_id in self.requests.values():
            self._finish(event.request_id)
            cancelled = event.kind == "cancelled"
            self.status_message.emit("Cancelled" if cancelled else f"Embeddings: {event.message}")
            if not cancelled:
                self.query_label.setText(f"<span style='color:#c0392b'>{html.escape(event.message)}</span>")

    def _finish(self, request_id: int) -> None:
        self.requests = {view: rid for view, rid in self.requests.items() if rid != request_id}
        if not self.requests:
            self._set_busy(False)

    def _show_result(self, name: str, result: Any) -> None:
        if name == "embeddings.neighbors":
            self._show_neighbours(result)
            if result.get("map") is not None:
                self._show_map(result["map"])
        elif name == "embeddings.map":
            self._show_map(result)
        elif name == "embeddings.similarity":
            self._show_similarity(result)
        elif name == "embeddings.context":
            self._show_context(result)

    # --- requests --------------------------------------------------------------------------------

    def _run(self, view: str, task: str, params: dict[str, Any]) -> int | None:
        if self.bridge.info is None:
            self.status_message.emit("Load a model first")
            return None
        previous = self.requests.get(view)
        if previous is not None:
            self.bridge.cancel(previous)
        request_id = self.bridge.run_task(task, params)
        self.requests[view] = request_id
        self._set_busy(True)
        return request_id

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress.setFormat("%p %")

    def cancel(self) -> None:
        for request_id in self.requests.values():
            self.bridge.cancel(request_id)

    def _filters(self) -> dict[str, bool]:
        return {"hide_special": self.hide_special.isChecked(), "whole_words": self.whole_words.isChecked()}

    def _as_word(self, text: str) -> str:
        """What the user typed, as the model would see it inside a sentence."""
        if text.strip().startswith("#") or not self.leading_space.isChecked():
            return text
        return " " + text.strip()

    def search(self, text: str | None = None) -> int | None:
        """Search the box's query (or `text`): neighbours plus, when the map follows them, the map."""
        if text is not None:
            self.query.setText(text)
        typed = self.query.text()
        if not typed.strip():
            self.status_message.emit("Type a word, a phrase or #id")
            return None
        params: dict[str, Any] = {"k": self.k.value(), **self._filters()}
        if self.mode.currentData() == MODE_ANALOGY:
            parts = [part for part in typed.split(",")]
            if len(parts) != 3:
                self.status_message.emit("An analogy needs three words: a, b, c")
                return None
            params["analogy"] = ",".join(self._as_word(part) for part in parts)
        else:
            params["query"] = self._as_word(typed)
            params["include_query"] = self.include_query.isChecked()
        params["with_map"] = self.map_source.currentData() == MAP_NEIGHBOURS
        return self._run("neighbours", "embeddings.neighbors", params)

    def draw_map(self) -> int | None:
        source = self.map_source.currentData()
        if source == MAP_NEIGHBOURS:
            return self.search()
        if source == MAP_WORDS:
            words = [self._as_word(word) for word in self.map_words.text().split(",") if word.strip()]
            return self._run("map", "embeddings.map", {"mode": "words", "words": words})
        params = {
            "mode": "sample",
            "count": self.sample_size.value(),
            "seed": self.seed.value(),
            **self._filters(),
        }
        return self._run("map", "embeddings.map", params)

    def compare_texts(self) -> int | None:
        texts = [line.strip() for line in self.texts.toPlainText().splitlines() if line.strip()][:12]
        if len(texts) < 2:
            self.status_message.emit("Give at least two texts, one per line")
            return None
        layer = None if self.layer.value() < 0 else self.layer.value()
        return self._run("similarity", "embeddings.similarity", {"texts": texts, "layer": layer})

    def compare_contexts(self) -> int | None:
        sentences = [line.strip() for line in self.sentences.toPlainText().splitlines() if line.strip()]
        word = self.context_word.text().strip()
        if not word or len(sentences) < 2:
            self.status_message.emit("Give a word and at least two sentences that use it")
            return None
        return self._run("context", "embeddings.context", {"word": word, "sentences": sentences})

    # --- showing results -------------------------------------------------------------------------

    def _on_mode_changed(self) -> None:
        analogy = self.mode.currentData() == MODE_ANALOGY
        self.query.setPlaceholderText(
            "a, b, c   e.g. king, man, woman" if analogy else "a word, a phrase or #id"
        )
        self.query.setToolTip(
            "Three words a, b, c: the tokens nearest to a − b + c"
            if analogy
            else "A word, a phrase (the mean of its tokens' vectors) or #id for one token id"
        )
        if analogy and "," not in self.query.text():
            self.query.setText("king, man, woman")

    def _on_map_source_changed(self) -> None:
        source = self.map_source.currentData()
        self.map_words.setVisible(source == MAP_WORDS)
        self.sample_size.setVisible(source == MAP_SAMPLE)
        self.seed.setVisible(source == MAP_SAMPLE)
        self.draw_button.setText("Search" if source == MAP_NEIGHBOURS else "Draw")

    def _show_neighbours(self, result: dict[str, Any] | None) -> None:
        self.result = result
        self.table.setRowCount(0)
        if result is None:
            self.query_label.setText("")
            return
        tokens = ", ".join(
            f"<code>{html.escape(repr(token['text']))}</code> #{token['id']}"
            for token in result["query_tokens"]
        )
        kind = "a − b + c" if result["mode"] == MODE_ANALOGY else "query"
        mean = (
            " (the mean of their vectors)"
            if result["mode"] != MODE_ANALOGY and len(result["query_tokens"]) > 1
            else ""
        )
        self.query_label.setText(
            f"<b>{html.escape(result['query'].strip())}</b> — {kind} tokens: {tokens}{mean}. "
            f"Nearest of {result['vocab_size']:,} tokens in {result['query_ms']:.0f} ms."
        )
        self.table.setRowCount(len(result["neighbors"]))
        for row, item in enumerate(result["neighbors"]):
            cells = [
                str(row + 1),
                token_label(item["text"]),
                str(item["id"]),
                f"{item['cosine']:.4f}",
                f"{item['distance']:.4f}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 2, 3, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(f"{item['text']!r} (token #{item['id']}): cosine {item['cosine']:.4f}")
                self.table.setItem(row, column, cell)
            bar = QTableWidgetItem("")
            bar.setData(Qt.ItemDataRole.UserRole, float(item["cosine"]))
            self.table.setItem(row, BAR_COLUMN, bar)
        table = self.result.get("table", {}) if self.result else {}
        if table.get("seconds") is not None:
            origin = "from the cache" if table.get("from_cache") else "read from the model file"
            self.status_message.emit(f"Embedding matrix {origin} in {table['seconds']:.1f} s")

    def _show_map(self, result: dict[str, Any]) -> None:
        self.map_result = result
        cosines = {item["id"]: item["cosine"] for item in (self.result or {}).get("neighbors", [])}
        self.token_map.set_map(result, cosines if self.map_source.currentData() == MAP_NEIGHBOURS else None)

    def _show_similarity(self, result: dict[str, Any]) -> None:
        self.similarity_result = result
        self.heatmap.set_matrix(result["texts"], result["matrix"])
        lines = [f"<b>T{index + 1}</b> {html.escape(text)}" for index, text in enumerate(result["texts"])]
        self.similarity_legend.setText(
            f"Layer {result['layer']} of 0–{result['n_layers'] - 1}:<br>" + "<br>".join(lines)
        )

    def _show_context(self, result: dict[str, Any]) -> None:
        self.context_result = result
        self.layer_chart.set_result(result)
        self.trajectory.set_result(result)
        pair = result["pairs"][0]
        lowest = min(range(len(pair["cosine"])), key=lambda layer: pair["cosine"][layer])
        self.context_summary.setText(
            f"{CONTEXT_NOTE} <b>{html.escape(result['word'])}</b>, sentences 1 and 2: cosine "
            f"{pair['embedding_cosine']:.2f} at the input, {pair['cosine'][0]:.3f} after layer 0, lowest "
            f"{pair['cosine'][lowest]:.3f} at layer {lowest}, {pair['cosine'][-1]:.3f} after the last."
        )

    def _on_row_double_clicked(self, row: int, _column: int) -> None:
        if self.result is not None and row < len(self.result["neighbors"]):
            self.mode.setCurrentIndex(0)
            self.search(f"#{self.result['neighbors'][row]['id']}")

    def _on_point_clicked(self, point: dict[str, Any]) -> None:
        if point.get("id", -1) >= 0:
            self.mode.setCurrentIndex(0)
            self.search(f"#{point['id']}")

    # --- export ----------------------------------------------------------------------------------

    def export(self, view: str, kind: str, path: Path) -> None:
        """Write a view as CSV (its numbers) or PNG (its chart)."""
        if kind == "png":
            chart = {"map": self.token_map, "similarity": self.heatmap, "context": self.layer_chart}[view]
            chart.export_png(path)
        else:
            rows = self._csv_rows(view)
            with path.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows(rows)
        self.status_message.emit(f"Exported to {path}")

    def _csv_rows(self, view: str) -> list[list[Any]]:
        if view == "neighbours" and self.result is not None:
            return [["rank", "id", "token", "cosine", "distance"]] + [
                [rank, item["id"], item["text"], item["cosine"], item["distance"]]
                for rank, item in enumerate(self.result["neighbors"], start=1)
            ]
        if view == "similarity" and self.similarity_result is not None:
            texts = self.similarity_result["texts"]
            return [["text", *texts]] + [
                [text, *row] for text, row in zip(texts, self.similarity_result["matrix"], strict=True)
            ]
        if view == "context" and self.context_result is not None:
            pairs = self.context_result["pairs"]
            header = ["layer"] + [f"cosine {pair['a'] + 1} vs {pair['b'] + 1}" for pair in pairs]
            rows: list[list[Any]] = [["embedding", *[pair["embedding_cosine"] for pair in pairs]]]
            rows += [
                [layer, *[pair["cosine"][layer] for pair in pairs]] for layer in self.context_result["layers"]
            ]
            return [header, *rows]
        raise ValueError("nothing to export yet")

    def has_data(self, view: str) -> bool:
        shown = {
            "neighbours": self.result,
            "map": self.map_result,
            "similarity": self.similarity_result,
            "context": self.context_result,
        }
        return shown.get(view) is not None

    def export_dialog(self, view: str, kind: str) -> None:
        if not self.has_data(view):
            self.status_message.emit("Nothing to export yet")
            return
        path = ask_save_path(self, "Export", f"embeddings-{view}.{kind}")
        if path is not None:
            self.export(view, kind, path)
