"""The text-similarity view: whole texts as the mean of their tokens' hidden states at one layer, and
the cosine of every pair as a heatmap."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from gui.embeddings.charts import SimilarityHeatmap
from gui.embeddings.exports import EmbeddingsExports

DEFAULT_TEXTS = (
    "The cat sat on the mat.",
    "A kitten was sleeping on the rug.",
    "Stock markets fell sharply today.",
    "Investors sold their shares.",
    "Preheat the oven to 200 degrees.",
)
SIMILARITY_NOTE = str(
    QT_TRANSLATE_NOOP(
        "SimilarityView",
        "Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left "
        "out). The hidden states of a model share a common direction, so every value is high: compare the "
        "cells with each other, not with 0.",
    )
)


class SimilarityView(EmbeddingsExports):
    """The text-similarity tab (a base of EmbeddingsPanel)."""

    def _build_similarity(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Texts</b> (one per line)")))
        self.texts = QPlainTextEdit("\n".join(DEFAULT_TEXTS))
        self.texts.setToolTip(self.tr("Two to twelve texts, one per line"))
        left.addWidget(self.texts, 1)
        row = QHBoxLayout()
        self.layer = QSpinBox()
        self.layer.setRange(-1, 0)
        self.layer.setValue(-1)
        self.layer.setSpecialValueText(self.tr("last layer"))
        self.layer.setPrefix(self.tr("layer "))
        self.layer.setToolTip(
            self.tr("Whose hidden states to average: 0 = after the first block, 'last layer' = the top")
        )
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Compute every pair's cosine similarity"))
        self.compare_button.clicked.connect(self.compare_texts)
        row.addWidget(self.layer)
        row.addStretch(1)
        row.addWidget(self.compare_button)
        left.addLayout(row)
        note = QLabel(QCoreApplication.translate("SimilarityView", SIMILARITY_NOTE))
        note.setWordWrap(True)
        left.addWidget(note)
        self.similarity_legend = QLabel("")
        self.similarity_legend.setWordWrap(True)
        self.similarity_legend.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.similarity_legend)
        buttons = QHBoxLayout()
        csv_button = QPushButton(self.tr("Export CSV…"))
        csv_button.clicked.connect(lambda: self.export_dialog("similarity", "csv"))
        png_button = QPushButton(self.tr("Export PNG…"))
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
        self.heatmap.setToolTip(self.tr("Hover a cell for the two texts and their cosine"))
        layout.addWidget(self.heatmap, 1)
        return page

    @Slot()
    def compare_texts(self) -> int | None:
        texts = [line.strip() for line in self.texts.toPlainText().splitlines() if line.strip()][:12]
        if len(texts) < 2:
            self.status_message.emit(self.tr("Give at least two texts, one per line"))
            return None
        layer = None if self.layer.value() < 0 else self.layer.value()
        return self._run("similarity", "embeddings.similarity", {"texts": texts, "layer": layer})

    def _show_similarity(self, result: dict[str, Any]) -> None:
        self.similarity_result = result
        self.heatmap.set_matrix(result["texts"], result["matrix"])
        lines = [f"<b>T{index + 1}</b> {html.escape(text)}" for index, text in enumerate(result["texts"])]
        head = self.tr("{model}, layer {layer} of 0–{last}:").format(
            model=html.escape(result["model"]), layer=result["layer"], last=result["n_layers"] - 1
        )
        self.similarity_legend.setText(head + "<br>" + "<br>".join(lines))
