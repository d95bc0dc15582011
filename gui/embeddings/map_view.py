"""The neighbours view's 2-D map (PCA of unit vectors): of the query and its neighbours, of words
you list, or of a seeded sample of the vocabulary; a click on a point searches its neighbours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from gui.embeddings.charts import TokenMapChart
from gui.embeddings.neighbours_view import NeighboursView

MAP_NEIGHBOURS, MAP_WORDS, MAP_SAMPLE = "neighbours", "words", "sample"


class MapView(NeighboursView):
    """The map beside the neighbour table (a base of EmbeddingsPanel)."""

    def _build_map_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.map_source = QComboBox()
        self.map_source.addItem(self.tr("Map: the query and its neighbours"), MAP_NEIGHBOURS)
        self.map_source.addItem(self.tr("Map: words you list"), MAP_WORDS)
        self.map_source.addItem(self.tr("Map: a random sample of the vocabulary"), MAP_SAMPLE)
        self.map_source.setToolTip(
            self.tr(
                "A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are\n"
                "scaled to length 1 first, so the map shows directions, the thing cosine compares."
            )
        )
        self.map_source.currentIndexChanged.connect(self._on_map_source_changed)
        self.map_words = QLineEdit(
            "king, queen, man, woman, prince, princess, boy, girl, Paris, France, Rome, Italy"
        )
        self.map_words.setToolTip(
            self.tr("Comma-separated words (each as a word start, with a leading space)")
        )
        self.map_words.returnPressed.connect(self.draw_map)
        self.sample_size = QSpinBox()
        self.sample_size.setRange(10, 5000)
        self.sample_size.setValue(400)
        self.sample_size.setPrefix("n = ")
        self.sample_size.setToolTip(self.tr("How many tokens to sample (the filters above apply)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setPrefix(self.tr("seed "))
        self.seed.setToolTip(self.tr("Same seed, same sample"))
        self.draw_button = QPushButton(self.tr("Draw"))
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
        self.token_map.setToolTip(
            self.tr("Hover a point for its token and cosine; click it to search its neighbours")
        )
        layout.addWidget(self.token_map, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_map_button = QPushButton(self.tr("Export PNG…"))
        self.export_map_button.setToolTip(self.tr("Save the map as a PNG picture"))
        self.export_map_button.clicked.connect(lambda: self.export_dialog("map", "png"))
        buttons.addWidget(self.export_map_button)
        layout.addLayout(buttons)
        self._on_map_source_changed()
        return side

    @Slot()
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

    def _with_map(self) -> bool:
        return self.map_source.currentData() == MAP_NEIGHBOURS

    def _on_map_source_changed(self) -> None:
        source = self.map_source.currentData()
        self.map_words.setVisible(source == MAP_WORDS)
        self.sample_size.setVisible(source == MAP_SAMPLE)
        self.seed.setVisible(source == MAP_SAMPLE)
        self.draw_button.setText(self.tr("Search") if source == MAP_NEIGHBOURS else self.tr("Draw"))

    def _show_map(self, result: dict[str, Any]) -> None:
        self.map_result = result
        cosines = {item["id"]: item["cosine"] for item in (self.result or {}).get("neighbors", [])}
        self.token_map.set_map(result, cosines if self.map_source.currentData() == MAP_NEIGHBOURS else None)

    def _on_point_clicked(self, point: dict[str, Any]) -> None:
        if point.get("id", -1) >= 0:
            self._search_token(int(point["id"]))
