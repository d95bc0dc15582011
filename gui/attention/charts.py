"""Charts of the attention view: numpy arrays in, pictures out.

- `AttentionHeatmap`: one query x key matrix with token labels on both axes; the causal mask (and a
  sliding window) drawn as empty cells, hover for the exact weight, click a row to pick a query.
- `OverviewGrid`: a thumbnail of every layer x head; click one to open it.
- `HeadEntropyChart`: how spread out each head's attention is in one layer.
- `AttendsToChart`: the weights one query token gives to each key token.
- `SectionHeatmap`: attention between prompt sections (system, examples, query ...).

All colour maps are viridis (perceptually uniform, colour-blind safe). Each chart exports PNG and SVG.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

from gui.attention.ticks import TokenTicks
from gui.shell.axis_title import FittedAxisTitle
from gui.shell.charts import (
    AFTER_COLOUR,
    BEFORE_COLOUR,
    Chart,
    ChartTheme,
    mix,
    small_font,
    token_label,
    with_alpha,
)
from gui.shell.text import number

COLOUR_MAP = "viridis"
TICK_FONT_SCALE = 0.9
THUMBNAIL = 40  # pixels per side of one head's picture in the overview
GAP = 2

# empty-state hints, translated where used: QCoreApplication.translate(HINTS, HEATMAP_HINT)
HINTS = "AttentionCharts"
HEATMAP_HINT = str(
    QT_TRANSLATE_NOOP("AttentionCharts", "Capture a prompt to see which tokens each token attends to")
)
OVERVIEW_HINT = str(
    QT_TRANSLATE_NOOP("AttentionCharts", "Capture a prompt to see every layer and head at once")
)
ENTROPY_HINT = str(QT_TRANSLATE_NOOP("AttentionCharts", "Entropy of each head's attention appears here"))
ATTENDS_HINT = str(
    QT_TRANSLATE_NOOP(
        "AttentionCharts", "Click a row of the map (or a token in the text) to see what it attends to"
    )
)
SECTIONS_HINT = str(
    QT_TRANSLATE_NOOP("AttentionCharts", "Prompts from the chat or the prompt lab are split into sections")
)


def masked_for_display(matrix: np.ndarray, window: int | None) -> np.ndarray:
    """The matrix with cells no query may see set to NaN (drawn empty): above the diagonal, and
    beyond the sliding window when the layer has one."""
    shown = matrix.astype(np.float32, copy=True)
    n = shown.shape[0]
    queries, keys = np.indices((n, n))
    hidden = keys > queries
    if window is not None:
        hidden |= queries - keys >= window
    shown[hidden] = np.nan
    return shown


class _Heatmap(Chart):
    """A row-major image with viridis colours, a colour bar and a hover read-out."""

    hovered = Signal(int, int)  # row, column under the mouse (-1, -1 when outside)
    clicked = Signal(int, int)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(HINTS, hint), parent)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot_item.addItem(self.image)
        self.view_box.invertY(True)
        self.view_box.setAspectLocked(False)
        self.colour_bar = pg.ColorBarItem(
            values=(0, 1), colorMap=pg.colormap.get(COLOUR_MAP), interactive=False, width=14
        )
        self.bar_label = self.tr("weight")
        self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        self.marker = pg.QtWidgets.QGraphicsRectItem()
        self.marker.setZValue(10)
        self.view_box.addItem(self.marker, ignoreBounds=True)
        self.matrix: np.ndarray | None = None
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._finish_setup()

    def _apply_theme(self, theme: ChartTheme) -> None:
        # masked cells are transparent: a neutral grey, unlike any colour of the map, shows through
        self.view_box.setBackgroundColor(mix(theme.background, theme.text, 0.14))
        self.marker.setPen(pg.mkPen(theme.highlight, width=2))
        self.colour_bar.axis.setPen(theme.text)
        self.colour_bar.axis.setTextPen(theme.text)
        self.colour_bar.axis.setLabel(self.bar_label, color=theme.text.name())

    def clear(self) -> None:
        self.matrix = None
        self.image.clear()
        self.marker.setVisible(False)
        self.colour_bar.setVisible(False)
        super().clear()

    def show_matrix(self, matrix: np.ndarray, levels: tuple[float, float]) -> None:
        self.matrix = matrix
        self.image.setImage(matrix, levels=levels, autoLevels=False)
        self.image.setRect(0, 0, matrix.shape[1], matrix.shape[0])
        self.colour_bar.setLevels(levels)
        self.colour_bar.setVisible(True)
        self._show_empty_state(False)
        self.view_box.setRange(xRange=(0, matrix.shape[1]), yRange=(0, matrix.shape[0]), padding=0.01)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        if self.matrix is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.view_box.mapSceneToView(scene_pos)
        row, column = math.floor(point.y()), math.floor(point.x())
        rows, columns = self.matrix.shape
        return (row, column) if 0 <= row < rows and 0 <= column < columns else None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        self.hovered.emit(*(cell or (-1, -1)))

    def _on_mouse_clicked(self, event: object) -> None:
        cell = self.cell_at(event.scenePos())  # type: ignore[attr-defined]
        if cell is not None:
            self.clicked.emit(*cell)


class AttentionHeatmap(_Heatmap):
    """Query tokens down the left, key tokens along the bottom; one cell per (query, key) weight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HEATMAP_HINT, parent)
        self.plot_item.setLabel("left", self.tr("query (the token that looks)"))
        self.plot_item.setLabel("bottom", self.tr("key (the token looked at)"))
        self.texts: list[str] = []
        font = small_font(self, TICK_FONT_SCALE)
        self.query_ticks = TokenTicks(self.plot_widget, "left", font)
        self.key_ticks = TokenTicks(self.plot_widget, "bottom", font)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "key_ticks"):  # the base class clears once before the axes are set up
            self.query_ticks.set_texts([])
            self.key_ticks.set_texts([])

    def set_data(
        self, matrix: np.ndarray, texts: list[str], window: int | None = None, scale_max: float | None = None
    ) -> None:
        self.texts = texts
        shown = masked_for_display(matrix, window)
        top = scale_max if scale_max is not None else 1.0
        self.show_matrix(shown, (0.0, max(top, 1e-6)))
        self.query_ticks.set_texts(texts)
        self.key_ticks.set_texts(texts)
        self.plot_item.getAxis("bottom").setStyle(tickTextOffset=4)

    def set_selected_query(self, row: int | None) -> None:
        if self.matrix is None or row is None:
            self.marker.setVisible(False)
            return
        self.marker.setRect(0, row, self.matrix.shape[1], 1)
        self.marker.setVisible(True)


class OverviewGrid(_Heatmap):
    """Every head (rows) x layer (columns) as a small picture of its attention matrix; models have
    more layers than heads, so layers run along the wide axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OVERVIEW_HINT, parent)
        self.view_box.setAspectLocked(True)  # square thumbnails, like the matrices they show
        self.plot_item.setLabel("left", self.tr("head"))
        self.plot_item.setLabel("bottom", self.tr("layer"))
        self.layers: list[int] = []
        self.heads: list[int] = []
        self.cell = THUMBNAIL

    def _apply_theme(self, theme: ChartTheme) -> None:
        super()._apply_theme(theme)
        self.view_box.setBackgroundColor(theme.background)  # between thumbnails: the page, not a mask

    def set_data(self, weights: np.ndarray, layers: list[int], heads: list[int]) -> None:
        """weights: (layers, heads, n, n), any float type. Shaded by square root so that weak
        patterns show next to the strong first-token column."""
        self.layers, self.heads = layers, heads
        n = weights.shape[-1]
        self.cell = min(THUMBNAIL, n)
        step = self.cell + GAP
        picture = np.full((len(heads) * step, len(layers) * step), np.nan, dtype=np.float32)
        rows = np.linspace(0, n - 1, self.cell).round().astype(int)
        for li in range(len(layers)):
            for hi in range(len(heads)):
                thumb = masked_for_display(weights[li, hi][np.ix_(rows, rows)], None)
                top, left = hi * step, li * step
                picture[top : top + self.cell, left : left + self.cell] = np.sqrt(thumb)
        self.show_matrix(picture, (0.0, 1.0))
        self.colour_bar.setVisible(False)  # square-root shading: the bar would mislead; the map has one
        centre = self.cell / 2
        self.plot_item.getAxis("left").setTicks(
            [[(i * step + centre, str(head)) for i, head in enumerate(heads)]]
        )
        every = max(1, math.ceil(len(layers) / 30))
        self.plot_item.getAxis("bottom").setTicks(
            [[(i * step + centre, str(layer)) for i, layer in enumerate(layers) if i % every == 0]]
        )

    def layer_head_at(self, row: int, column: int) -> tuple[int, int] | None:
        step = self.cell + GAP
        hi, li = row // step, column // step
        if row % step >= self.cell or column % step >= self.cell:
            return None
        if li < len(self.layers) and hi < len(self.heads):
            return self.layers[li], self.heads[hi]
        return None

    def mark(self, layer: int, head: int | None) -> None:
        if layer not in self.layers:
            self.marker.setVisible(False)
            return
        step = self.cell + GAP
        left = self.layers.index(layer) * step - 1
        if head is None:  # the mean of the heads: the whole column of this layer
            self.marker.setRect(left, -1, self.cell + 2, len(self.heads) * step)
        else:
            self.marker.setRect(left, self.heads.index(head) * step - 1, self.cell + 2, self.cell + 2)
        self.marker.setVisible(True)


class SectionHeatmap(_Heatmap):
    """Mean attention from each prompt section (rows) to each section (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SECTIONS_HINT, parent)
        self.plot_item.setLabel("left", self.tr("from section"))
        self.plot_item.setLabel("bottom", self.tr("to section"))
        self.bar_label = self.tr("share of weight")
        self.refresh_theme()
        self.names: list[str] = []
        self.values: list[pg.TextItem] = []

    def set_data(self, matrix: np.ndarray, names: list[str]) -> None:
        self.names = names
        self.show_matrix(matrix.astype(np.float32), (0.0, 1.0))
        ticks = [(index + 0.5, name) for index, name in enumerate(names)]
        self.plot_item.getAxis("left").setTicks([ticks])
        self.plot_item.getAxis("bottom").setTicks([ticks])
        for item in self.values:
            self.view_box.removeItem(item)
        self.values = []
        for (row, column), value in np.ndenumerate(matrix):
            label = pg.TextItem(number(value, 2), anchor=(0.5, 0.5), color="w" if value < 0.6 else "k")
            label.setPos(column + 0.5, row + 0.5)
            self.view_box.addItem(label)
            self.values.append(label)


class _Bars(Chart):
    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(HINTS, hint), parent)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.plot_item.addItem(self.bars)
        self.view_box.setMouseEnabled(x=False, y=False)
        self._finish_setup()

    def clear(self) -> None:
        self.bars.setOpts(x=[], height=[])
        super().clear()


class HeadEntropyChart(_Bars):
    """Mean entropy of each head's rows: low = the head looks at few tokens, high = it spreads out."""

    head_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ENTROPY_HINT, parent)
        self.plot_item.setLabel("left", self.tr("entropy (bits)"))
        self.plot_item.setLabel("bottom", self.tr("head"))
        self.limit = pg.InfiniteLine(angle=0, movable=False)
        self.plot_item.addItem(self.limit)
        self.limit_sample = pg.PlotDataItem([0, 1], [0, 0])  # the legend's picture of the dashed line
        self.heads: list[int] = []
        self.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        self.left_title = FittedAxisTitle(self)  # across the top where the side panel leaves it short

    def set_data(
        self, entropy: np.ndarray, heads: list[int], uniform_bits: float, selected: int | None
    ) -> None:
        self.heads = heads
        theme = ChartTheme.of(self)
        colours = [
            theme.line(AFTER_COLOUR) if head == selected else theme.line(BEFORE_COLOUR) for head in heads
        ]
        self.bars.setOpts(x=np.arange(len(heads)), height=entropy, brushes=colours, pens=colours)
        self.limit.setPos(uniform_bits)
        dashed = pg.mkPen(theme.muted, width=1.5, style=Qt.PenStyle.DashLine)
        self.limit.setPen(dashed)
        self.limit_sample.setPen(dashed)
        self._reset_legend([(self.limit_sample, self.tr("attention spread evenly"))])
        self.plot_item.getAxis("bottom").setTicks([[(i, str(head)) for i, head in enumerate(heads)]])
        self._show_empty_state(False)
        self.view_box.setRange(
            xRange=(-0.6, len(heads) - 0.4), yRange=(0, max(uniform_bits, float(entropy.max())) * 1.15)
        )
        self.left_title.refresh()

    def _on_click(self, event: object) -> None:
        x = self._scene_x(event.scenePos())  # type: ignore[attr-defined]
        if x is not None and self.heads:
            index = round(x)
            if 0 <= index < len(self.heads):
                self.head_clicked.emit(self.heads[index])


class AttendsToChart(_Bars):
    """The weights one query token puts on each key token it can see."""

    key_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ATTENDS_HINT, parent)
        self.plot_item.setLabel("left", self.tr("weight"))
        self.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        self.count = 0
        self.key_ticks = TokenTicks(self.plot_widget, "bottom", small_font(self, TICK_FONT_SCALE), offset=0.0)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "key_ticks"):
            self.key_ticks.set_texts([])

    def set_data(self, weights: np.ndarray, texts: list[str], query: int) -> None:
        visible = weights[: query + 1]
        self.count = len(visible)
        theme = ChartTheme.of(self)
        colour = theme.line(AFTER_COLOUR)
        strongest = int(np.argmax(visible))
        brushes = [with_alpha(colour, 1.0 if i == strongest else 0.75) for i in range(len(visible))]
        self.bars.setOpts(x=np.arange(len(visible)), height=visible, brushes=brushes, pen=colour)
        seen_by = self.tr("keys seen by {token} (token {query})")
        self.plot_item.setLabel("bottom", seen_by.format(token=repr(token_label(texts[query])), query=query))
        self._show_empty_state(False)
        self.view_box.setRange(
            xRange=(-0.6, len(visible) - 0.4), yRange=(0, max(float(visible.max()), 0.05) * 1.1)
        )
        self.key_ticks.set_texts(texts[: query + 1])

    def _on_click(self, event: object) -> None:
        x = self._scene_x(event.scenePos())  # type: ignore[attr-defined]
        if x is not None and self.count:
            index = round(x)
            if 0 <= index < self.count:
                self.key_clicked.emit(index)
