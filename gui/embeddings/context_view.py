"""The word-in-context view: one word's hidden state at every layer in several sentences, the cosine
of each pair layer by layer, and the paths of its vectors on a PCA map."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.embeddings.charts import LayerCosineChart, TrajectoryChart
from gui.embeddings.exports import EmbeddingsExports
from gui.shell.text import number

DEFAULT_SENTENCES = ("I sat on the river bank", "I deposited money at the bank")
CONTEXT_NOTE = str(
    QT_TRANSLATE_NOOP(
        "ContextView",
        "At the input (<i>emb</i>) the word is the same vector in every sentence. Each layer mixes in the "
        "words around it, so the two vectors drift apart: the lower the cosine, the more the context changed "
        "what the model holds for the word.",
    )
)


def context_note() -> str:
    """CONTEXT_NOTE in the GUI's language."""
    return QCoreApplication.translate("ContextView", CONTEXT_NOTE)


class ContextView(EmbeddingsExports):
    """The word-in-context tab (a base of EmbeddingsPanel)."""

    def _build_context(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Word")))
        self.context_word = QLineEdit("bank")
        self.context_word.setMaximumWidth(160)
        self.context_word.setToolTip(self.tr("The word to follow; it must appear in every sentence"))
        row.addWidget(self.context_word)
        self.sentences = QPlainTextEdit("\n".join(DEFAULT_SENTENCES))
        self.sentences.setToolTip(self.tr("Two or more sentences that use the word, one per line"))
        self.sentences.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        row.addWidget(self.sentences, 1)
        column = QVBoxLayout()
        self.context_button = QPushButton(self.tr("Compare"))
        self.context_button.setToolTip(
            self.tr("Read the word's hidden state at every layer in each sentence")
        )
        self.context_button.clicked.connect(self.compare_contexts)
        context_csv = QPushButton(self.tr("Export CSV…"))
        context_csv.clicked.connect(lambda: self.export_dialog("context", "csv"))
        context_png = QPushButton(self.tr("Export PNG…"))
        context_png.clicked.connect(lambda: self.export_dialog("context", "png"))
        for button in (self.context_button, context_csv, context_png):
            column.addWidget(button)
        row.addLayout(column)
        layout.addLayout(row)
        self.context_summary = QLabel(context_note())
        self.context_summary.setWordWrap(True)
        self.context_summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.context_summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.layer_chart = LayerCosineChart()
        self.trajectory = TrajectoryChart()
        self.trajectory.setToolTip(
            self.tr(
                "PCA of the word's vectors at every layer (scaled to length 1), one path per sentence; "
                "points grow from layer 0 to the last"
            )
        )
        splitter.addWidget(self.layer_chart)
        splitter.addWidget(self.trajectory)
        layout.addWidget(splitter, 1)
        return page

    @Slot()
    def compare_contexts(self) -> int | None:
        sentences = [line.strip() for line in self.sentences.toPlainText().splitlines() if line.strip()]
        word = self.context_word.text().strip()
        if not word or len(sentences) < 2:
            self.status_message.emit(self.tr("Give a word and at least two sentences that use it"))
            return None
        return self._run("context", "embeddings.context", {"word": word, "sentences": sentences})

    def _show_context(self, result: dict[str, Any]) -> None:
        self.context_result = result
        self.layer_chart.set_result(result)
        self.trajectory.set_result(result)
        pair = result["pairs"][0]
        lowest = min(range(len(pair["cosine"])), key=lambda layer: pair["cosine"][layer])
        summary = self.tr(
            "<b>{word}</b>, sentences 1 and 2: cosine {input} at the input, {first} after layer 0, lowest "
            "{lowest} at layer {layer}, {last} after the last (from {model})."
        ).format(
            word=html.escape(result["word"]),
            input=number(pair["embedding_cosine"], 2),
            first=number(pair["cosine"][0], 3),
            lowest=number(pair["cosine"][lowest], 3),
            layer=lowest,
            last=number(pair["cosine"][-1], 3),
            model=html.escape(result["model"]),
        )
        self.context_summary.setText(f"{context_note()} {summary}")
