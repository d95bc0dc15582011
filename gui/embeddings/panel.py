"""The embeddings view: a token's nearest neighbours in the model's own embedding matrix, a 2-D map,
how similar whole texts are, and how one word's vector moves with its context, layer by layer.

All numbers come from engine tasks (`engine/embeddings/`); the first neighbour search on a model opens
its embedding matrix (a few seconds once, then cached on disk) with a progress bar and Cancel.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.embeddings.context_view import ContextView, context_note
from gui.embeddings.map_view import MapView
from gui.embeddings.similarity_view import SimilarityView
from gui.shell.bridge import EngineBridge
from gui.shell.text import integer
from gui.shell.widgets import NoticePanel

TEACHING_NOTE = str(
    QT_TRANSLATE_NOOP(
        "EmbeddingsPanel",
        "Each token is a vector: a row of the model's embedding matrix. Two vectors are compared by their "
        "<b>cosine similarity</b> cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), 0 = "
        "unrelated, −1 = opposite. <b>Cosine distance</b> = 1 − cos.",
    )
)


def model_name(info: dict[str, Any] | None) -> str:
    """How results name the model that made them: its GGUF name, else its file name."""
    if info is None:
        return ""
    return str(
        info.get("name")
        or Path(str(info.get("path", ""))).name
        or QCoreApplication.translate("EmbeddingsPanel", "this model")
    )


class EmbeddingsPanel(MapView, SimilarityView, ContextView):
    """The three tabs (neighbours with their map, text similarity, word in context) over one engine."""

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.requests = {}  # view -> its latest request id
        self.result = None  # the neighbours shown
        self.map_result = None
        self.similarity_result = None
        self.context_result = None
        self._status_connected = False
        self._build()
        bridge.received.connect(self._on_engine_event)
        bridge.state_changed.connect(self._on_state_changed)
        self._set_model(bridge.info)

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.empty = NoticePanel(
            self.tr("Embeddings"),
            self.tr(
                "Load a model to explore its embeddings: the nearest neighbours of a word in the model's own "
                "embedding matrix, a 2-D map, text similarity, and a word's vector moving with its context."
            ),
        )
        self.loading = NoticePanel(
            self.tr("Embeddings"),
            self.tr(
                "A model is loading; its embeddings can be explored here as soon as it is ready. Results of "
                "the model loaded before are cleared: each result belongs to the model that made it."
            ),
        )
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        self.stack.addWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_content(self) -> QWidget:
        self.content = content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.note = QLabel(QCoreApplication.translate("EmbeddingsPanel", TEACHING_NOTE))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(self.note, 1)
        self._add_busy_controls(header)
        layout.addLayout(header)
        self.views = QTabWidget()
        self.views.addTab(self._build_neighbours(), self.tr("Neighbours"))
        self.views.addTab(self._build_similarity(), self.tr("Text similarity"))
        self.views.addTab(self._build_context(), self.tr("Word in context"))
        self.views.setTabToolTip(
            0, self.tr("The tokens nearest to a word in the embedding matrix, and a 2-D map")
        )
        self.views.setTabToolTip(1, self.tr("How similar whole texts are, from the model's hidden states"))
        self.views.setTabToolTip(2, self.tr("The same word in different sentences, compared layer by layer"))
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if not self._status_connected and isinstance(window, QMainWindow):
            # the window's status bar shows this view's messages (cache timings, errors, exports)
            self.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
            self._status_connected = True

    # --- model state -----------------------------------------------------------------------------

    def _set_model(self, info: dict[str, Any] | None, *, loading: bool = False) -> None:
        """Every result belongs to the model that made it: a model change clears them all."""
        self.info = info
        self.model_name = model_name(info)
        self.stack.setCurrentWidget(self.loading if loading else self.empty if info is None else self.content)
        self.result = self.map_result = self.similarity_result = self.context_result = None
        self.requests.clear()
        self._set_busy(False)
        self._show_neighbours(None)
        self.token_map.clear()
        self.heatmap.clear()
        self.similarity_legend.setText("")
        self.layer_chart.clear()
        self.trajectory.clear()
        self.context_summary.setText(context_note())
        if info is not None:
            self.layer.setRange(-1, int(info.get("n_layers", 1)) - 1)
            here = self.tr("Here: {vocab} tokens × {width} numbers ({model}).").format(
                vocab=integer(int(info.get("vocab_size", 0))),
                width=integer(int(info.get("n_embd", 0))),
                model=html.escape(self.model_name),
            )
            self.note.setText(f"{QCoreApplication.translate('EmbeddingsPanel', TEACHING_NOTE)} {here}")

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

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        # The bridge forgets the model as soon as a load starts or the engine restarts; the results
        # on screen then belong to a model that is going away, so they go at once, not at Loaded.
        if self.bridge.info is None:
            self._set_model(None, loading=state in ("loading", "restarting"))

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
            self.status_message.emit(
                self.tr("Cancelled")
                if cancelled
                else self.tr("Embeddings: {message}").format(message=event.message)
            )
            if not cancelled:
                self.query_label.setText(f"<span style='color:#c0392b'>{html.escape(event.message)}</span>")

    def _show_result(self, name: str, result: Any) -> None:
        # Requests are dropped on every model change, so a result that arrives is the current model's.
        result["model"] = self.model_name
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
