"""Charts of the embeddings view: a 2-D map of tokens, a text-similarity heatmap, a word across layers.

- `TokenMapChart`: a PCA scatter of token (or word) vectors; the query stands out; labels on hover.
- `SimilarityHeatmap`: the cosine matrix of a list of texts in viridis, the value in each cell.
- `LayerCosineChart`: the cosine between one word's vectors in two contexts, layer by layer.
- `TrajectoryChart`: the same word's vectors on a PCA map, one path per sentence through the layers.

Colours are colour-blind safe (Okabe–Ito for categories, viridis for values) and follow the palette.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolTip, QWidget

from gui.embeddings.label_placement import place_labels
from gui.shell.charts import Chart, ChartTheme, token_label, with_alpha
from gui.shell.text import number

# Okabe–Ito: distinguishable with every common colour-vision deficiency
QUERY_COLOUR = "#D55E00"  # vermillion
NEIGHBOUR_COLOUR = "#0072B2"  # blue
SAMPLE_COLOUR = "#009E73"  # bluish green
SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
EMBEDDING_X = -2.0  # where the input embedding sits on the layer axis, a step apart from layer 0
LABELLED_POINTS_MAX = 45  # above this many points, labels only on hover

CONTEXT = "EmbeddingsCharts"  # the translation context of this module's texts
MAP_HINT = str(
    QT_TRANSLATE_NOOP("EmbeddingsCharts", "Search a word to see it among its neighbours on a 2-D map")
)
HEATMAP_HINT = str(QT_TRANSLATE_NOOP("EmbeddingsCharts", "Add two or more texts and press Compare"))
LAYERS_HINT = str(
    QT_TRANSLATE_NOOP("EmbeddingsCharts", "Give a word and two sentences that use it, then Compare")
)
TRAJECTORY_HINT = str(
    QT_TRANSLATE_NOOP("EmbeddingsCharts", "The word's path through the layers appears here")
)


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _role_colour(role: str) -> str:
    return {"query": QUERY_COLOUR, "neighbor": NEIGHBOUR_COLOUR}.get(role, SAMPLE_COLOUR)


def _explained_label(axis: int, explained: list[float]) -> str:
    share = explained[axis] * 100 if axis < len(explained) else 0.0
    return QCoreApplication.translate("EmbeddingsCharts", "PC{axis} ({share} % of variance)").format(
        axis=axis + 1, share=number(share, 0)
    )


class TokenMapChart(Chart):
    """Points from `engine.embeddings.maps.token_map` / `words_map`: {text, role, x, y}."""

    point_clicked = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_translated(MAP_HINT), parent)
        self.points: list[dict[str, Any]] = []
        self.explained: list[float] = []
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip)
        self.scatter.sigClicked.connect(self._on_clicked)
        self.plot_item.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self.labelled: list[dict[str, Any]] = []  # the points that have a label, most important first
        self.view_box.sigResized.connect(lambda *_: self._place_labels())
        self.view_box.sigRangeChanged.connect(lambda *_: self._place_labels())
        self._legend_items = {
            role: pg.ScatterPlotItem(symbol=symbol, size=11, brush=_role_colour(role), pen=None)
            for role, symbol in (("query", "star"), ("neighbor", "o"))
        }
        self._finish_setup()

    @staticmethod
    def _tip(x: float, y: float, data: Any) -> str:
        point = data or {}
        cosine = point.get("cosine")
        extra = (
            "\n"
            + QCoreApplication.translate("EmbeddingsCharts", "cosine {value}").format(value=number(cosine, 3))
            if cosine is not None
            else ""
        )
        ident = f" (#{point['id']})" if point.get("id", -1) >= 0 else ""
        return f"{point.get('text', '')!r}{ident}{extra}\nPC1 {number(x, 3)}, PC2 {number(y, 3)}"

    def clear(self) -> None:
        self.points = []
        self.scatter.clear()
        self._set_labels([])
        super().clear()

    def set_map(self, result: dict[str, Any] | None, cosines: dict[int, float] | None = None) -> None:
        """Draw a map result; `cosines` (id -> cosine to the query) enriches the hover text."""
        if not result or not result.get("points"):
            self.clear()
            return
        self.points = [
            dict(point, cosine=(cosines or {}).get(point.get("id", -1))) for point in result["points"]
        ]
        self.explained = list(result.get("explained", []))
        self._show_empty_state(False)
        self._redraw()

    def _apply_theme(self, theme: ChartTheme) -> None:
        if self.points:
            self._redraw()

    def _redraw(self) -> None:
        theme = ChartTheme.of(self)
        outline = pg.mkPen(theme.background, width=1)
        spots = [
            {
                "pos": (point["x"], point["y"]),
                "size": 18 if point["role"] == "query" else 9,
                "symbol": "star" if point["role"] == "query" else "o",
                "brush": pg.mkBrush(theme.line(_role_colour(point["role"]), 2.0)),
                "pen": outline,
                "data": point,
            }
            for point in self.points
        ]
        self.scatter.setData(spots=spots)
        roles = {point["role"] for point in self.points}
        self._reset_legend(
            [
                (item, _translated(_ROLE_NAMES[role]))
                for role, item in self._legend_items.items()
                if role in roles
            ]
        )
        self.plot_item.setLabel("bottom", _explained_label(0, self.explained), color=theme.text)
        self.plot_item.setLabel("left", _explained_label(1, self.explained), color=theme.text)
        labelled = self.points if len(self.points) <= LABELLED_POINTS_MAX else []
        self._set_labels(labelled, theme)
        self.view_box.autoRange(padding=0.12)
        self._place_labels()

    def _place_labels(self) -> None:
        """Labels that would cover each other or another point move around their point, or give way."""
        place_labels(
            self.view_box,
            [
                (label, point["x"], point["y"])
                for label, point in zip(self.labels, self.labelled, strict=True)
            ],
        )

    def _set_labels(self, points: list[dict[str, Any]], theme: ChartTheme | None = None) -> None:
        for label in self.labels:
            self.view_box.removeItem(label)
        self.labels = []
        # the query first, then the neighbours in their order (nearest first): the first placed keep a label
        self.labelled = sorted(points, key=lambda point: point["role"] != "query") if theme else []
        if theme is None:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        for point in self.labelled:
            query = point["role"] == "query"
            label = pg.TextItem(token_label(point["text"]), anchor=(0, 1.1), color=theme.text)
            label.setFont(QFont(font.family(), int(font.pointSizeF()), QFont.Weight.Bold if query else -1))
            label.setPos(point["x"], point["y"])
            self.view_box.addItem(label, ignoreBounds=True)
            self.labels.append(label)

    def _on_clicked(self, _item: Any, points: Any, _event: Any) -> None:
        if len(points):
            self.point_clicked.emit(dict(points[0].data()))


_ROLE_NAMES = {
    "query": str(QT_TRANSLATE_NOOP("EmbeddingsCharts", "query")),
    "neighbor": str(QT_TRANSLATE_NOOP("EmbeddingsCharts", "neighbours")),
}


class SimilarityHeatmap(Chart):
    """A cosine matrix of texts: viridis cells, the value written in each, the pair on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_translated(HEATMAP_HINT), parent)
        self.matrix = np.zeros((0, 0))
        self.texts: list[str] = []
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot_item.addItem(self.image)
        self.view_box.invertY(True)
        self.view_box.setAspectLocked(True)
        self.colour_bar = pg.ColorBarItem(
            values=(0, 1),
            colorMap=pg.colormap.get("viridis"),
            interactive=False,
            width=14,
            label=self.tr("cosine"),
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        self.cell_labels: list[pg.TextItem] = []
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._finish_setup()

    def clear(self) -> None:
        self.matrix = np.zeros((0, 0))
        self.texts = []
        self.image.clear()
        self._set_cell_labels()
        super().clear()
        self.colour_bar.setVisible(False)

    def set_matrix(self, texts: list[str], matrix: list[list[float]] | np.ndarray) -> None:
        values = np.asarray(matrix, float)
        if values.size == 0:
            self.clear()
            return
        self.texts = list(texts)
        self.matrix = values
        self._show_empty_state(False)
        self.legend.setVisible(False)
        self.colour_bar.setVisible(True)
        low = float(min(values.min(), 0.99))
        self.image.setImage(values)
        self.colour_bar.setLevels((low, 1.0))
        ticks = [(index + 0.5, f"T{index + 1}") for index in range(len(texts))]
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).setTicks([ticks])
        self._set_cell_labels()
        self.view_box.autoRange(padding=0.02)

    def hover_text(self, row: int, column: int) -> str:
        pair = self.tr("T{row} vs T{column}: cosine {value}").format(
            row=row + 1, column=column + 1, value=number(self.matrix[row, column], 4)
        )
        return f"{pair}\nT{row + 1}: {self.texts[row]}\nT{column + 1}: {self.texts[column]}"

    def _set_cell_labels(self) -> None:
        for label in self.cell_labels:
            self.view_box.removeItem(label)
        self.cell_labels = []
        count = len(self.texts)
        if not count or count > 10:
            return
        low, high = self.colour_bar.levels()
        for row in range(count):
            for column in range(count):
                value = self.matrix[row, column]
                bright = (value - low) / max(high - low, 1e-9) > 0.6  # viridis is light at the top
                label = pg.TextItem(
                    number(value, 2), anchor=(0.5, 0.5), color="#202020" if bright else "#f5f5f5"
                )
                label.setPos(column + 0.5, row + 0.5)
                self.view_box.addItem(label)
                self.cell_labels.append(label)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.texts or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return
        point = self.view_box.mapSceneToView(scene_pos)
        row, column = int(np.floor(point.y())), int(np.floor(point.x()))
        if 0 <= row < len(self.texts) and 0 <= column < len(self.texts):
            global_pos = self.plot_widget.mapToGlobal(self.plot_widget.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, self.hover_text(row, column), self.plot_widget)


class _ResultChart(Chart):
    """A chart drawn from one result dict. Its items are rebuilt on every draw, so a new result and a
    palette change take the same path."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(hint, parent)
        self.result: dict[str, Any] | None = None
        self.items: list[Any] = []  # what the last draw added (curves, labels)

    def clear(self) -> None:
        self.result = None
        self._remove_items()
        super().clear()

    def _remove_items(self) -> None:
        for item in self.items:
            if isinstance(item, pg.TextItem):
                self.view_box.removeItem(item)
            else:
                self.plot_item.removeItem(item)
        self.items = []

    def set_result(self, result: dict[str, Any] | None) -> None:
        self.clear()
        if not result:
            return
        self.result = result
        self._show_empty_state(False)
        self._redraw()

    def _apply_theme(self, theme: ChartTheme) -> None:
        if self.result is not None:
            self._redraw()

    def _redraw(self) -> None:
        assert self.result is not None
        self._remove_items()
        self._draw(self.result, ChartTheme.of(self))

    def _draw(self, result: dict[str, Any], theme: ChartTheme) -> None:
        raise NotImplementedError


class LayerCosineChart(_ResultChart):
    """cos(word in sentence a, word in sentence b) at each layer; 'emb' is the input embedding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_translated(LAYERS_HINT), parent)
        self.plot_item.showGrid(x=False, y=True, alpha=0.25)
        self._finish_setup()

    def _draw(self, result: dict[str, Any], theme: ChartTheme) -> None:
        layers = list(result["layers"])
        x = np.array([EMBEDDING_X, *layers], float)
        entries = []
        for index, pair in enumerate(result["pairs"]):
            colour = theme.line(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            y = np.array([pair["embedding_cosine"], *pair["cosine"]], float)
            curve = self.plot_item.plot(
                x,
                y,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour,
                symbolPen=None,
            )
            self.items.append(curve)
            entries.append((curve, self.tr("sentence {a} vs {b}").format(a=pair["a"] + 1, b=pair["b"] + 1)))
        self._reset_legend(entries)
        step = max(1, len(layers) // 10)
        ticks = [(EMBEDDING_X, "emb")] + [(float(layer), str(layer)) for layer in layers[::step]]
        self.plot_item.getAxis("bottom").setTicks([ticks])
        self.plot_item.setLabel("bottom", self.tr("layer (emb = input embedding)"), color=theme.text)
        self.plot_item.setLabel("left", self.tr("cosine similarity"), color=theme.text)
        lowest = min(min(pair["cosine"]) for pair in result["pairs"])
        x_range = (EMBEDDING_X - 1.3, layers[-1] + 0.7)  # room for the "emb" label
        self.view_box.setRange(xRange=x_range, yRange=(min(lowest, 0.9) - 0.05, 1.02), padding=0)


class TrajectoryChart(_ResultChart):
    """The word's unit vectors at every layer on one PCA map: a path per sentence, layer 0 to last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_translated(TRAJECTORY_HINT), parent)
        self._finish_setup()

    def _draw(self, result: dict[str, Any], theme: ChartTheme) -> None:
        points = result["map"]["points"]
        entries = []
        for index, sentence in enumerate(result["sentences"]):
            path = [point for point in points if point["sentence"] == index]
            colour = theme.line(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            x = np.array([point["x"] for point in path])
            y = np.array([point["y"] for point in path])
            sizes = np.linspace(5, 12, len(path))
            curve = self.plot_item.plot(
                x,
                y,
                pen=pg.mkPen(with_alpha(colour, 0.6), width=1.5),
                symbol="o",
                symbolSize=sizes,
                symbolBrush=colour,
                symbolPen=None,
            )
            self.items.append(curve)
            entries.append((curve, f"{index + 1}: {_shorten(sentence['text'])}"))
            last = len(path) - 1
            for layer in sorted({0, last // 2, last}):
                label = pg.TextItem(f"L{path[layer]['layer']}", anchor=(0, 1), color=colour)
                label.setPos(x[layer], y[layer])
                self.view_box.addItem(label, ignoreBounds=True)
                self.items.append(label)
        self._reset_legend(entries)
        explained = result["map"]["explained"]
        self.plot_item.setLabel("bottom", _explained_label(0, explained), color=theme.text)
        self.plot_item.setLabel("left", _explained_label(1, explained), color=theme.text)
        self.view_box.autoRange(padding=0.12)


def _shorten(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
