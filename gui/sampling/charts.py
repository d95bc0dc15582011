"""Charts of the sampling explorer: numpy arrays in, pictures out.

- `DistributionChart`: each candidate token's probability before and after the sampler chain, which stage
  removed it, the chosen token, and optionally how often each token came up when sampled.
- `CumulativeChart`: the cumulative probability the top-p stage walks through, and where it stops.
- `TimelineChart`: entropy and the chosen token's probability over the steps of a reply.
- `SweepChart`: entropy and the top-1 probability as functions of temperature.

Every chart follows the palette of its widget (light or dark), shows a short hint until it has data, and
exports itself as PNG or SVG. Colours come from the colour-blind-safe viridis family.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.shell.charts import (
    AFTER_COLOUR,
    BEFORE_COLOUR,
    Chart,
    ChartTheme,
    EMPIRICAL_COLOUR,
    LOG_FLOOR,
    MIN_P_COLOUR,
    REMOVED_COLOUR,
    SECOND_SERIES_COLOUR,
    TOP_P_COLOUR,
    colour_line,
    decade_label,
    legend_bar,
    small_font,
    token_label,
    with_alpha,
)

CROWDED_BARS = 25  # above this many candidates the token labels get a smaller font and two rows
STAGE_LABELS_UPRIGHT_MAX = 12  # above this many candidates stage names are written vertically

DISTRIBUTION_HINT = "Start a prompt or pick a lesson to see the distribution"
CUMULATIVE_HINT = "Start a prompt or pick a lesson to see where top-p cuts the distribution"
TIMELINE_HINT = "Generate a reply to follow entropy and confidence step by step"
SWEEP_HINT = "Start a prompt or pick a lesson to see how temperature reshapes the distribution"

# --- distribution ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _YScale:
    """Linear or log10 probability axis; in log mode values are drawn as log10, clamped to `floor`."""

    log: bool
    floor: float

    @classmethod
    def for_values(cls, log: bool, *arrays: np.ndarray) -> _YScale:
        positive = [array[array > 0] for array in arrays if array.size]
        smallest = min((float(values.min()) for values in positive if values.size), default=1.0)
        floor = max(LOG_FLOOR, 10.0 ** math.floor(math.log10(smallest)))
        return cls(log, min(floor, 0.1))

    @property
    def bottom(self) -> float:
        return math.log10(self.floor) if self.log else 0.0

    def to_view(self, values: np.ndarray) -> np.ndarray:
        if not self.log:
            return values
        return np.log10(np.maximum(values, self.floor))

    def value_to_view(self, value: float) -> float:
        return float(self.to_view(np.array([value]))[0])

    def heights(self, values: np.ndarray) -> np.ndarray:
        return self.to_view(values) - self.bottom


@dataclass(frozen=True)
class _Candidates:
    labels: list[str]
    before: np.ndarray
    after: np.ndarray
    removed_by: list[str | None]
    chosen: int | None
    selected: int | None

    def __len__(self) -> int:
        return len(self.labels)


# (centre offset, width) of the before / after / sampled bars inside one candidate's slot
_SLOTS_TWO = {"before": (-0.2, 0.38), "after": (0.2, 0.38)}
_SLOTS_THREE = {"before": (-0.27, 0.28), "after": (0.03, 0.28), "empirical": (0.28, 0.18)}


class DistributionChart(Chart):
    """Each candidate's probability before and after the sampler chain, most probable first."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DISTRIBUTION_HINT, parent)
        self.before_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.after_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.empirical_bars = pg.BarGraphItem(x=[], height=[], width=0.18)
        self.selection_band = pg.LinearRegionItem(values=(0, 1), movable=False)
        self.selection_band.setZValue(-10)
        self.chosen_marker = pg.TextItem("▼", anchor=(0.5, 1.0))
        self.min_p_line = pg.InfiniteLine(
            angle=0, movable=False, label="min-p", labelOpts={"position": 0.97, "anchors": [(1, 1), (1, 1)]}
        )
        self.min_p_line.setZValue(30)  # its label stays readable over stage names of the tail
        self.stage_labels: list[pg.TextItem] = []
        for item in (self.selection_band, self.before_bars, self.after_bars, self.empirical_bars):
            self.view_box.addItem(item)
        for item in (self.chosen_marker, self.min_p_line):
            self.view_box.addItem(item, ignoreBounds=True)
        self._legend_samples: dict[str, Any] = {}
        self.tick_labels: list[str] = []  # the token labels under the bars, as shown
        self.plot_item.setLabel("left", "probability")
        self.plot_item.setLabel("bottom", "candidate token")
        self._data: _Candidates | None = None
        self._log_scale = False
        self._min_p: float | None = None
        self._empirical: np.ndarray | None = None
        self._theme: ChartTheme | None = None
        self.plot_widget.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._finish_setup()

    # public API

    def set_data(
        self,
        labels: list[str],
        before: np.ndarray,
        after: np.ndarray,
        removed_by: list[str | None],
        chosen: int | None = None,
        selected: int | None = None,
    ) -> None:
        """Show N candidates (most probable first); `removed_by` names the stage that removed each, if any."""
        before_array = np.asarray(before, dtype=float)
        after_array = np.asarray(after, dtype=float)
        if not len(labels) == before_array.size == after_array.size == len(removed_by):
            raise ValueError("labels, before, after and removed_by must have the same length")
        self._data = _Candidates(list(labels), before_array, after_array, list(removed_by), chosen, selected)
        if self._empirical is not None and self._empirical.size != len(labels):
            self._empirical = None  # frequencies of another distribution mean nothing here
        self._redraw()

    def clear(self) -> None:
        self._data = None
        self._empirical = None
        for bars in (self.before_bars, self.after_bars, self.empirical_bars):
            bars.setOpts(x=[], height=[], brushes=None, pens=None)
        for item in (self.selection_band, self.chosen_marker, self.min_p_line, *self.stage_labels):
            item.setVisible(False)
        self.plot_item.getAxis("bottom").setTicks(None)
        self.tick_labels = []
        self._show_empty_state(True)

    def set_selected(self, index: int | None) -> None:
        if self._data is not None:
            self._data = dataclasses.replace(self._data, selected=index)
            self._redraw()

    def set_log_scale(self, on: bool) -> None:
        self._log_scale = on
        self.plot_item.setLogMode(y=on)
        self._redraw()

    @property
    def log_scale(self) -> bool:
        return self._log_scale

    def set_min_p_threshold(self, value: float | None) -> None:
        """A dashed line at the probability min-p keeps tokens above (None hides it)."""
        self._min_p = value
        self._redraw()

    @property
    def min_p_threshold(self) -> float | None:
        return self._min_p

    def set_empirical(self, freqs: np.ndarray | None) -> None:
        """Sampled frequencies as a thin third bar per candidate (None hides them)."""
        frequencies = None if freqs is None else np.asarray(freqs, dtype=float)
        if frequencies is not None and self._data is not None and frequencies.size != len(self._data):
            raise ValueError("one sampled frequency per candidate is needed")
        self._empirical = frequencies
        self._redraw()

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The candidate whose column holds `scene_pos` (scene coordinates), if any."""
        x = self._scene_x(scene_pos)
        if x is None or self._data is None:
            return None
        index = round(x)
        return index if 0 <= index < len(self._data) else None

    # drawing

    def _redraw(self) -> None:
        data = self._data
        if data is None or self._theme is None:
            return
        self._show_empty_state(False)
        arrays = [data.before, data.after]
        if self._empirical is not None:
            arrays.append(self._empirical)
        scale = _YScale.for_values(self._log_scale, *arrays)
        slots = _SLOTS_THREE if self._empirical is not None else _SLOTS_TWO
        self._draw_bars(data, scale, slots, self._theme)
        self._draw_empirical(data, scale, slots, self._theme)
        self._draw_stage_labels(data, scale, self._theme)
        self._draw_chosen(data, scale)
        self._draw_selection(data)
        self._draw_min_p(scale)
        self._draw_ticks(data)
        self._draw_y_ticks(scale)
        self._fit_view(data, scale)
        self._sync_legend()

    def _draw_bars(
        self, data: _Candidates, scale: _YScale, slots: dict[str, tuple[float, float]], theme: ChartTheme
    ) -> None:
        positions = np.arange(len(data), dtype=float)
        removed = [stage is not None for stage in data.removed_by]
        grey_brush, grey_pen = with_alpha(REMOVED_COLOUR, 0.55), theme.line(REMOVED_COLOUR, 2.0)
        before_brush, before_pen = with_alpha(BEFORE_COLOUR, 0.3), theme.line(BEFORE_COLOUR)
        after_brush, after_pen = QColor(AFTER_COLOUR), theme.line(AFTER_COLOUR)
        for bars, key, brush, pen, values in (
            (self.before_bars, "before", before_brush, before_pen, data.before),
            (self.after_bars, "after", after_brush, after_pen, data.after),
        ):
            offset, width = slots[key]
            bars.setOpts(
                x=positions + offset,
                y0=scale.bottom,
                height=scale.heights(values),
                width=width,
                brushes=[grey_brush if gone else brush for gone in removed],
                pens=[pg.mkPen(grey_pen if gone else pen, width=1.2) for gone in removed],
            )

    def _draw_empirical(
        self, data: _Candidates, scale: _YScale, slots: dict[str, tuple[float, float]], theme: ChartTheme
    ) -> None:
        frequencies = self._empirical
        self.empirical_bars.setVisible(frequencies is not None)
        if frequencies is None:
            return
        offset, width = slots["empirical"]
        self.empirical_bars.setOpts(
            x=np.arange(len(data), dtype=float) + offset,
            y0=scale.bottom,
            height=scale.heights(frequencies),
            width=width,
            brushes=None,
            pens=None,
            brush=EMPIRICAL_COLOUR,
            pen=pg.mkPen(theme.line(EMPIRICAL_COLOUR), width=1),
        )

    def _draw_stage_labels(self, data: _Candidates, scale: _YScale, theme: ChartTheme) -> None:
        upright = len(data) <= STAGE_LABELS_UPRIGHT_MAX
        self._grow_stage_labels(len(data))
        colour = theme.line(REMOVED_COLOUR, 4.5)  # text needs more contrast than a bar outline
        for index, label in enumerate(self.stage_labels):
            stage = data.removed_by[index] if index < len(data) else None
            label.setVisible(stage is not None)
            if stage is None:
                continue
            label.setText(stage)
            label.setColor(colour)
            label.setAngle(0 if upright else 90)
            # upright: centred above the bar; vertical: reads upward from the top of the bar
            label.setAnchor((0.5, 1.0) if upright else (-0.1, 0.5))
            top = max(float(data.before[index]), float(data.after[index]))
            label.setPos(index, scale.value_to_view(top))

    def _grow_stage_labels(self, count: int) -> None:
        font = small_font(self)
        while len(self.stage_labels) < count:
            label = pg.TextItem("", anchor=(0.5, 1.0))
            label.setFont(font)
            self.view_box.addItem(label, ignoreBounds=True)
            self.stage_labels.append(label)

    def _draw_chosen(self, data: _Candidates, scale: _YScale) -> None:
        chosen = data.chosen
        visible = chosen is not None and 0 <= chosen < len(data)
        self.chosen_marker.setVisible(visible)
        if chosen is not None and visible:
            top = max(float(data.before[chosen]), float(data.after[chosen]))
            self.chosen_marker.setPos(chosen, scale.value_to_view(top))

    def _draw_selection(self, data: _Candidates) -> None:
        selected = data.selected
        visible = selected is not None and 0 <= selected < len(data)
        self.selection_band.setVisible(visible)
        if selected is not None and visible:
            self.selection_band.setRegion((selected - 0.5, selected + 0.5))

    def _draw_min_p(self, scale: _YScale) -> None:
        self.min_p_line.setVisible(self._min_p is not None)
        if self._min_p is not None:
            self.min_p_line.setValue(scale.value_to_view(self._min_p))

    def _draw_ticks(self, data: _Candidates) -> None:
        crowded = len(data) > CROWDED_BARS
        texts = self.tick_labels = [token_label(label) for label in data.labels]
        if crowded:
            # every label stays; alternate rows keep neighbours from overlapping
            texts = [text if index % 2 == 0 else "\n" + text for index, text in enumerate(texts)]
        axis = self.plot_item.getAxis("bottom")
        axis.setStyle(tickFont=small_font(self, 0.8) if crowded else small_font(self, 1.0))
        axis.setTicks([list(enumerate(texts))])

    def _draw_y_ticks(self, scale: _YScale) -> None:
        axis = self.plot_item.getAxis("left")
        if not scale.log:
            axis.setTicks(None)
            return
        exponents = range(round(scale.bottom), 1)
        axis.setTicks([[(exponent, decade_label(exponent)) for exponent in exponents]])

    def _fit_view(self, data: _Candidates, scale: _YScale) -> None:
        values = [data.before.max(initial=0.0), data.after.max(initial=0.0), self._min_p or 0.0]
        if self._empirical is not None:
            values.append(self._empirical.max(initial=0.0))
        top = max(values) or 1.0
        y_range = (scale.bottom, scale.value_to_view(top) + 0.35) if scale.log else (0.0, top * 1.12)
        self.view_box.setRange(xRange=(-0.6, len(data) - 0.4), yRange=y_range, padding=0)

    def _sync_legend(self) -> None:
        samples = self._legend_samples
        entries = [(samples["before"], "before chain"), (samples["after"], "after chain")]
        if self._data is not None and any(stage is not None for stage in self._data.removed_by):
            entries.append((samples["removed"], "removed"))
        if self._data is not None and self._data.chosen is not None:
            entries.append((samples["chosen"], "chosen"))
        if self._empirical is not None:
            entries.append((samples["empirical"], "sampled"))
        self._reset_legend(entries)

    def _apply_theme(self, theme: ChartTheme) -> None:
        self._theme = theme
        self.chosen_marker.setColor(theme.text)
        self.selection_band.setBrush(with_alpha(theme.highlight, 0.18))
        for line in self.selection_band.lines:
            line.setPen(pg.mkPen(with_alpha(theme.highlight, 0.5), width=1))
        colour_line(self.min_p_line, theme.line(MIN_P_COLOUR), theme, Qt.PenStyle.DashLine)
        chosen_sample = pg.ScatterPlotItem(symbol="t", size=10, brush=theme.text, pen=theme.text)
        self._legend_samples = {
            "before": legend_bar(with_alpha(BEFORE_COLOUR, 0.3), theme.line(BEFORE_COLOUR)),
            "after": legend_bar(AFTER_COLOUR, theme.line(AFTER_COLOUR)),
            "removed": legend_bar(with_alpha(REMOVED_COLOUR, 0.55), theme.line(REMOVED_COLOUR, 2.0)),
            "chosen": chosen_sample,
            "empirical": legend_bar(EMPIRICAL_COLOUR, theme.line(EMPIRICAL_COLOUR)),
        }
        self._redraw()

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos())
        if index is not None:
            self.bar_clicked.emit(index)


# --- cumulative ------------------------------------------------------------------------------------------


class CumulativeChart(Chart):
    """Cumulative probability over rank 1..N; the ranks top-p keeps in teal, the rest grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CUMULATIVE_HINT, parent)
        self.kept_curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.removed_curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.top_p_line = pg.InfiniteLine(
            angle=0, movable=False, label="top-p", labelOpts={"position": 0.97, "anchors": [(1, 1), (1, 1)]}
        )
        for item in (self.kept_curve, self.removed_curve):
            self.view_box.addItem(item)
        self.view_box.addItem(self.top_p_line, ignoreBounds=True)
        self.plot_item.setLabel("left", "cumulative probability")
        self.plot_item.setLabel("bottom", "rank")
        self._kept_count = 0
        self._legend_samples: dict[str, pg.BarGraphItem] = {}
        self._finish_setup()

    def set_data(self, cumulative: np.ndarray, kept_count: int) -> None:
        """`cumulative[r - 1]` is the probability mass of ranks 1..r; ranks up to `kept_count` survive."""
        values = np.asarray(cumulative, dtype=float)
        kept = min(max(int(kept_count), 0), values.size)
        self._kept_count = kept
        self._show_empty_state(False)
        edges = np.arange(values.size + 1, dtype=float) + 0.5
        self._set_step(self.kept_curve, edges[: kept + 1], values[:kept])
        self._set_step(self.removed_curve, edges[kept:], values[kept:])
        self.view_box.setRange(xRange=(0.5, max(values.size, 1) + 0.5), yRange=(0, 1.05), padding=0)
        self._sync_legend()

    def set_top_p(self, p: float | None) -> None:
        self.top_p_line.setVisible(p is not None)
        if p is not None:
            self.top_p_line.setValue(p)
            self.top_p_line.label.setText(f"top-p = {p:g}")

    def clear(self) -> None:
        for curve in (self.kept_curve, self.removed_curve):
            curve.setData()
        self.top_p_line.setVisible(False)
        self._show_empty_state(True)

    @staticmethod
    def _set_step(curve: pg.PlotDataItem, edges: np.ndarray, values: np.ndarray) -> None:
        curve.setVisible(values.size > 0)
        if values.size:
            curve.setData(x=edges, y=values)
        else:
            curve.setData()

    def _sync_legend(self) -> None:
        entries = [(self._legend_samples["kept"], f"kept ({self._kept_count})")]
        if self.removed_curve.isVisible():
            entries.append((self._legend_samples["removed"], "removed"))
        self._reset_legend(entries)

    def _apply_theme(self, theme: ChartTheme) -> None:
        kept, removed = theme.line(AFTER_COLOUR), theme.line(REMOVED_COLOUR, 2.0)
        self.kept_curve.setPen(pg.mkPen(kept, width=2))
        self.kept_curve.setBrush(with_alpha(AFTER_COLOUR, 0.35))
        self.removed_curve.setPen(pg.mkPen(removed, width=2))
        self.removed_curve.setBrush(with_alpha(REMOVED_COLOUR, 0.25))
        colour_line(self.top_p_line, theme.line(TOP_P_COLOUR), theme, Qt.PenStyle.SolidLine)
        self._legend_samples = {
            "kept": legend_bar(with_alpha(AFTER_COLOUR, 0.35), kept),
            "removed": legend_bar(with_alpha(REMOVED_COLOUR, 0.25), removed),
        }
        if self.has_data:
            self._sync_legend()


# --- two series on two y axes ----------------------------------------------------------------------------


class _DualAxisChart(Chart):
    """One series on the left axis, one on the right (a second ViewBox sharing x), and a vertical marker."""

    AXES = ("left", "bottom", "right")

    def __init__(
        self, hint: str, x_label: str, left: tuple[str, str], right: tuple[str, str], parent: QWidget | None
    ) -> None:
        super().__init__(hint, parent)
        (self._left_label, self._left_name), (self._right_label, self._right_name) = left, right
        self.right_view = pg.ViewBox(enableMenu=False)
        self.right_view.setMouseEnabled(x=False, y=False)
        # a child of the plot item (not of the scene) so that exports include it
        self.right_view.setParentItem(self.plot_item)
        self.plot_item.getAxis("right").linkToView(self.right_view)
        self.right_view.setXLink(self.view_box)
        self.view_box.sigResized.connect(self._sync_right_view)
        self.left_curve = pg.PlotDataItem()
        self.right_curve = pg.PlotDataItem()
        self.view_box.addItem(self.left_curve)
        self.right_view.addItem(self.right_curve)
        self.marker_line = pg.InfiniteLine(
            angle=90, movable=False, label="", labelOpts={"position": 0.96, "anchors": [(0, 0), (0, 0)]}
        )
        self.view_box.addItem(self.marker_line, ignoreBounds=True)
        self.plot_item.setLabel("bottom", x_label)

    def _sync_right_view(self) -> None:
        self.right_view.setGeometry(self.view_box.geometry())
        self.right_view.linkedViewChanged(self.view_box, self.right_view.XAxis)

    def _plot(self, x: np.ndarray, left: np.ndarray, right: np.ndarray) -> None:
        if not x.size == left.size == right.size:
            raise ValueError("the series must have the same length")
        self._show_empty_state(False)
        symbol = "o" if x.size <= 60 else None  # dots help on short series and clutter long ones
        self.left_curve.setData(x=x, y=left, symbol=symbol, symbolSize=5)
        self.right_curve.setData(x=x, y=right, symbol=symbol, symbolSize=5)
        self.right_curve.setVisible(True)
        self.view_box.setYRange(0, max(1.0, float(left.max(initial=0.0))) * 1.08, padding=0)
        self.right_view.setYRange(0, 1.05, padding=0)
        self._reset_legend([(self.left_curve, self._left_name), (self.right_curve, self._right_name)])

    def _set_marker(self, x: float | None, text: str = "") -> None:
        self.marker_line.setVisible(x is not None)
        if x is not None:
            self.marker_line.setValue(x)
            self.marker_line.label.setText(text)

    def clear(self) -> None:
        self.left_curve.setData()
        self.right_curve.setData()
        self.right_curve.setVisible(False)
        self.marker_line.setVisible(False)
        self._show_empty_state(True)

    def _apply_theme(self, theme: ChartTheme) -> None:
        left, right = theme.line(AFTER_COLOUR), theme.line(SECOND_SERIES_COLOUR)
        self.left_curve.setPen(pg.mkPen(left, width=2))
        self.left_curve.setSymbolBrush(left)
        self.left_curve.setSymbolPen(left)
        self.right_curve.setPen(pg.mkPen(right, width=2, style=Qt.PenStyle.DashLine))
        self.right_curve.setSymbolBrush(right)
        self.right_curve.setSymbolPen(right)
        # axis names in their series' colours tell which axis belongs to which line
        self.plot_item.getAxis("left").setLabel(self._left_label, color=left.name())
        self.plot_item.getAxis("right").setLabel(self._right_label, color=right.name())
        colour_line(self.marker_line, theme.text, theme, Qt.PenStyle.DashLine)


class TimelineChart(_DualAxisChart):
    """Entropy (bits) and the chosen token's probability over a reply's steps, shown as steps 1..N."""

    step_clicked = Signal(int)  # the 0-based index of the step under the click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            TIMELINE_HINT,
            "generation step",
            ("entropy (bits)", "entropy"),
            ("chosen-token probability", "chosen-token probability"),
            parent,
        )
        self._steps = 0
        self.plot_widget.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._finish_setup()

    def set_data(self, entropy_bits: np.ndarray, chosen_prob: np.ndarray, current: int | None = None) -> None:
        entropy = np.asarray(entropy_bits, dtype=float)
        chosen = np.asarray(chosen_prob, dtype=float)
        self._steps = entropy.size
        self._plot(np.arange(1, entropy.size + 1, dtype=float), entropy, chosen)
        self.view_box.setXRange(0.5, max(entropy.size, 1) + 0.5, padding=0)
        self.set_current(current)

    def set_current(self, current: int | None) -> None:
        self._set_marker(None if current is None else current + 1.0)

    def clear(self) -> None:
        self._steps = 0
        super().clear()

    def step_at(self, scene_pos: QPointF) -> int | None:
        x = self._scene_x(scene_pos)
        if x is None or not self._steps:
            return None
        index = round(x) - 1
        return index if 0 <= index < self._steps else None

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.step_at(event.scenePos())
        if index is not None:
            self.step_clicked.emit(index)


class SweepChart(_DualAxisChart):
    """Entropy and the top-1 probability as functions of temperature, with the current temperature marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            SWEEP_HINT,
            "temperature",
            ("entropy (bits)", "entropy"),
            ("top-1 probability", "top-1 probability"),
            parent,
        )
        self._finish_setup()

    def set_data(
        self,
        temperatures: np.ndarray,
        entropy_bits: np.ndarray,
        top1_prob: np.ndarray,
        current_t: float | None = None,
    ) -> None:
        temps = np.asarray(temperatures, dtype=float)
        self._plot(temps, np.asarray(entropy_bits, dtype=float), np.asarray(top1_prob, dtype=float))
        low, high = (float(temps.min()), float(temps.max())) if temps.size else (0.0, 1.0)
        margin = (high - low) * 0.03 or 0.05
        self.view_box.setXRange(low - margin, high + margin, padding=0)
        self.set_current_temperature(current_t)

    def set_current_temperature(self, t: float | None) -> None:
        self._set_marker(t, "" if t is None else f"T = {t:g}")
