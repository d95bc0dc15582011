"""The distribution chart: each candidate token's probability before and after the sampler chain, which
stage removed it, the chosen token, and optionally how often each token came up when sampled.

Like every chart of the explorer it follows the palette of its widget (light or dark), shows a short hint
until it has data, and exports itself as PNG or SVG; colours come from the colour-blind-safe viridis family.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QWidget

from gui.sampling.line_labels import ANCHORS_ABOUT_HORIZONTAL, fractions_from, place_line_label, view_rect
from gui.sampling.scale import YScale
from gui.shell.charts import (
    AFTER_COLOUR,
    BEFORE_COLOUR,
    EMPIRICAL_COLOUR,
    MIN_P_COLOUR,
    REMOVED_COLOUR,
    Chart,
    ChartTheme,
    colour_line,
    decade_label,
    legend_bar,
    small_font,
    token_label,
    with_alpha,
)

CROWDED_BARS = 25  # above this many candidates the token labels get a smaller font and two rows
STAGE_LABELS_UPRIGHT_MAX = 12  # above this many candidates stage names are written vertically

DISTRIBUTION_HINT = str(
    QT_TRANSLATE_NOOP("DistributionChart", "Start a prompt or pick a lesson to see the distribution")
)


@dataclass(frozen=True)
class _Candidates:
    labels: list[str]
    before: np.ndarray
    after: np.ndarray
    removed_by: list[str | None]
    chosen: int | None
    selected: int | None
    has_after: bool = True  # False: values as typed, not a distribution, with no chain applied

    def __len__(self) -> int:
        return len(self.labels)


# (centre offset, width) of the before / after / sampled bars inside one candidate's slot
_SLOTS_TWO = {"before": (-0.2, 0.38), "after": (0.2, 0.38)}
_SLOTS_THREE = {"before": (-0.27, 0.28), "after": (0.03, 0.28), "empirical": (0.28, 0.18)}
_SLOTS_ONE = {"before": (0.0, 0.6), "after": (0.0, 0.0)}


class DistributionChart(Chart):
    """Each candidate's probability before and after the sampler chain, most probable first."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DistributionChart", DISTRIBUTION_HINT), parent)
        self.before_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.after_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.empirical_bars = pg.BarGraphItem(x=[], height=[], width=0.18)
        self.selection_band = pg.LinearRegionItem(values=(0, 1), movable=False)
        self.selection_band.setZValue(-10)
        self.chosen_marker = pg.TextItem("▼", anchor=(0.5, 1.0))
        self.min_p_line = pg.InfiniteLine(
            angle=0, movable=False, label="min-p", labelOpts={"position": 0.97, "anchors": [(1, 1), (1, 1)]}
        )
        self.min_p_line.setZValue(30)
        self.min_p_in_legend = False  # True where no free spot beside the line holds its label (see below)
        self._bar_tops: list[float] = []  # each candidate's highest bar, in view coordinates
        self._scale: YScale | None = None
        self.view_box.sigResized.connect(lambda *_: self._on_view_resized())
        self.stage_labels: list[pg.TextItem] = []
        for item in (self.selection_band, self.before_bars, self.after_bars, self.empirical_bars):
            self.view_box.addItem(item)
        for item in (self.chosen_marker, self.min_p_line):
            self.view_box.addItem(item, ignoreBounds=True)
        self._legend_samples: dict[str, Any] = {}
        self.tick_labels: list[str] = []  # the token labels under the bars, as shown
        self.plot_item.setLabel("left", self.tr("probability"))
        self.plot_item.setLabel("bottom", self.tr("candidate token"))
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
        after: np.ndarray | None,
        removed_by: list[str | None],
        chosen: int | None = None,
        selected: int | None = None,
    ) -> None:
        """Show N candidates (most probable first); `removed_by` names the stage that removed each, if any.

        `after` None: the values are not a distribution yet (typed by the user) and no chain ran on them.
        """
        before_array = np.asarray(before, dtype=float)
        after_array = np.zeros_like(before_array) if after is None else np.asarray(after, dtype=float)
        if not len(labels) == before_array.size == after_array.size == len(removed_by):
            raise ValueError("labels, before, after and removed_by must have the same length")
        self._data = _Candidates(
            list(labels), before_array, after_array, list(removed_by), chosen, selected, after is not None
        )
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
        scale = YScale.for_values(self._log_scale, *arrays)
        slots = _SLOTS_THREE if self._empirical is not None else _SLOTS_TWO
        if not data.has_after:
            slots = _SLOTS_ONE
        self._draw_bars(data, scale, slots, self._theme)
        self._draw_empirical(data, scale, slots, self._theme)
        self._draw_stage_labels(data, scale, self._theme)
        self._draw_chosen(data, scale)
        self._draw_selection(data)
        self._draw_min_p(scale)
        self._draw_ticks(data)
        self._draw_y_ticks(scale)
        self._fit_view(data, scale)
        self._bar_tops, self._scale = [scale.value_to_view(max(v)) for v in zip(*arrays, strict=True)], scale
        self._place_min_p_label(scale)
        self._sync_legend()

    def _on_view_resized(self) -> None:
        """Where the min-p label finds room depends on the plot's size in pixels."""
        if self._data is None or self._scale is None or self._min_p is None:
            return
        in_legend = self.min_p_in_legend
        self._place_min_p_label(self._scale)
        if in_legend != self.min_p_in_legend:
            self._sync_legend()

    def _place_min_p_label(self, scale: YScale) -> None:
        """The min-p label beside its line where it covers no bar, stage name or marker; in the legend
        where no such spot is free."""
        self.min_p_in_legend = False
        if self._min_p is None:
            return
        occupied = [
            view_rect(self.view_box, index - 0.45, scale.bottom, index + 0.45, top)
            for index, top in enumerate(self._bar_tops)
        ]
        marks = (*self.stage_labels, self.chosen_marker)
        occupied += [mark.sceneBoundingRect() for mark in marks if mark.isVisible()]
        fractions = fractions_from(0.98, 0.02, 33)
        placed = place_line_label(
            self.min_p_line, self.view_box, occupied, fractions, ANCHORS_ABOUT_HORIZONTAL
        )
        self.min_p_in_legend = not placed
        self.min_p_line.label.setVisible(placed)

    def _draw_bars(
        self, data: _Candidates, scale: YScale, slots: dict[str, tuple[float, float]], theme: ChartTheme
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
        self.after_bars.setVisible(data.has_after)

    def _draw_empirical(
        self, data: _Candidates, scale: YScale, slots: dict[str, tuple[float, float]], theme: ChartTheme
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

    def _draw_stage_labels(self, data: _Candidates, scale: YScale, theme: ChartTheme) -> None:
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

    def _draw_chosen(self, data: _Candidates, scale: YScale) -> None:
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

    def _draw_min_p(self, scale: YScale) -> None:
        self.min_p_line.setVisible(self._min_p is not None)
        if self._min_p is not None:
            self.min_p_line.setValue(scale.value_to_view(self._min_p))

    def _draw_ticks(self, data: _Candidates) -> None:
        texts = self.tick_labels = [token_label(label) for label in data.labels]
        crowded = len(data) > CROWDED_BARS
        font = small_font(self, 0.8) if crowded else small_font(self, 1.0)
        metrics = QFontMetricsF(font)
        per_bar = self.view_box.width() / max(1, len(data))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
        if widest + 4 > per_bar:
            # every label stays; alternate rows keep neighbours from overlapping, and a label still
            # wider than two bars is cut with "…" (the table and the hover give it in full)
            room = max(12.0, 2 * per_bar - 6)
            texts = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) for text in texts]
            texts = [text if index % 2 == 0 else "\n" + text for index, text in enumerate(texts)]
        axis = self.plot_item.getAxis("bottom")
        axis.setStyle(tickFont=font, hideOverlappingLabels=40)  # the first label may reach under the y axis
        axis.setTicks([list(enumerate(texts))])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._data is not None and self.has_data:
            self._draw_ticks(self._data)  # how crowded the labels are depends on the width

    def _draw_y_ticks(self, scale: YScale) -> None:
        axis = self.plot_item.getAxis("left")
        if not scale.log:
            axis.setTicks(None)
            return
        exponents = range(round(scale.bottom), 1)
        axis.setTicks([[(exponent, decade_label(exponent)) for exponent in exponents]])

    def _fit_view(self, data: _Candidates, scale: YScale) -> None:
        values = [data.before.max(initial=0.0), data.after.max(initial=0.0), self._min_p or 0.0]
        if self._empirical is not None:
            values.append(self._empirical.max(initial=0.0))
        top = max(values) or 1.0
        y_range = (scale.bottom, scale.value_to_view(top) + 0.35) if scale.log else (0.0, top * 1.12)
        self.view_box.setRange(xRange=(-0.6, len(data) - 0.4), yRange=y_range, padding=0)

    def _sync_legend(self) -> None:
        samples = self._legend_samples
        entries = [(samples["before"], self.tr("before chain")), (samples["after"], self.tr("after chain"))]
        if self._data is not None and not self._data.has_after:
            entries = [(samples["before"], self.tr("as typed (not a distribution: no chain applied)"))]
        if self._data is not None and any(stage is not None for stage in self._data.removed_by):
            entries.append((samples["removed"], self.tr("removed")))
        if self._data is not None and self._data.chosen is not None:
            entries.append((samples["chosen"], self.tr("chosen")))
        if self._empirical is not None:
            entries.append((samples["empirical"], self.tr("sampled")))
        if self._min_p is not None and self.min_p_in_legend:
            entries.append((samples["min_p"], "min-p"))
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
            "min_p": pg.PlotDataItem(
                pen=pg.mkPen(theme.line(MIN_P_COLOUR), width=2, style=Qt.PenStyle.DashLine)
            ),
        }
        self._redraw()

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos())
        if index is not None:
            self.bar_clicked.emit(index)
