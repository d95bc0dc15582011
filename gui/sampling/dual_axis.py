"""The frame of a chart with two series on two y axes sharing x, and a vertical marker line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.sampling.line_labels import ANCHORS_BESIDE_VERTICAL, curve_rects, fractions_from, place_line_label
from gui.shell.charts import AFTER_COLOUR, SECOND_SERIES_COLOUR, Chart, ChartTheme, colour_line


class DualAxisChart(Chart):
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
        self._series: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.view_box.sigResized.connect(lambda *_: self._place_marker_label())
        self.view_box.sigResized.connect(lambda *_: self._fit_axis_titles())
        self.axis_titles_shown = True

    def _sync_right_view(self) -> None:
        self.right_view.setGeometry(self.view_box.geometry())
        self.right_view.linkedViewChanged(self.view_box, self.right_view.XAxis)

    def _fit_axis_titles(self, again: bool = False) -> None:
        """Axis titles where the plot is tall enough for them; where it is not (a short chart at 1024 x 700),
        the legend carries the titles, units included, and the tick numbers take their series' colours."""
        titles = [self.plot_item.getAxis(name).label for name in ("left", "right")]
        needed = max(title.boundingRect().width() for title in titles)
        fits = self.view_box.height() >= needed
        if fits == self.axis_titles_shown and not again:
            return
        self.axis_titles_shown = fits
        theme = ChartTheme.of(self)
        for name, colour in (("left", AFTER_COLOUR), ("right", SECOND_SERIES_COLOUR)):
            axis = self.plot_item.getAxis(name)
            axis.showLabel(fits)
            axis.setTextPen(theme.text if fits else theme.line(colour))
        if self._series is not None:
            left, right = (
                (self._left_name, self._right_name) if fits else (self._left_label, self._right_label)
            )
            self._reset_legend([(self.left_curve, left), (self.right_curve, right)])

    def _place_marker_label(self) -> None:
        """The marker's label where neither curve runs: the highest free spot, right of the line or left."""
        if self._series is None or not self.marker_line.isVisible():
            return
        x, left, right = self._series
        occupied = curve_rects(self.view_box, x, left) + curve_rects(self.right_view, x, right)
        fractions = fractions_from(0.97, 0.03)
        if not place_line_label(
            self.marker_line, self.view_box, occupied, fractions, ANCHORS_BESIDE_VERTICAL
        ):
            self.marker_line.label.anchors = [(0, 0), (0, 0)]
            self.marker_line.label.setPosition(0.96)

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
        self._series = (x, left, right)
        self._fit_axis_titles(again=True)

    def _set_marker(self, x: float | None, text: str = "") -> None:
        self.marker_line.setVisible(x is not None)
        if x is not None:
            self.marker_line.setValue(x)
            self.marker_line.label.setText(text)
            self._place_marker_label()

    def clear(self) -> None:
        self.left_curve.setData()
        self.right_curve.setData()
        self.right_curve.setVisible(False)
        self.marker_line.setVisible(False)
        self._series = None
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
        self._fit_axis_titles(again=True)
