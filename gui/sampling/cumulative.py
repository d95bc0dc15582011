"""The cumulative probability the top-p stage walks through, and where it stops."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from gui.sampling.chain import compact
from gui.shell.axis_title import FittedAxisTitle
from gui.shell.charts import (
    AFTER_COLOUR,
    REMOVED_COLOUR,
    TOP_P_COLOUR,
    Chart,
    ChartTheme,
    colour_line,
    legend_bar,
    with_alpha,
)
from gui.shell.text import integer

CUMULATIVE_HINT = str(
    QT_TRANSLATE_NOOP(
        "CumulativeChart", "Start a prompt or pick a lesson to see where top-p cuts the distribution"
    )
)


class CumulativeChart(Chart):
    """Cumulative probability over rank 1..N; the ranks top-p keeps in teal, the rest grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CumulativeChart", CUMULATIVE_HINT), parent)
        self.kept_curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.removed_curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.top_p_line = pg.InfiniteLine(
            angle=0, movable=False, label="top-p", labelOpts={"position": 0.97, "anchors": [(1, 1), (1, 1)]}
        )
        for item in (self.kept_curve, self.removed_curve):
            self.view_box.addItem(item)
        self.view_box.addItem(self.top_p_line, ignoreBounds=True)
        self.plot_item.setLabel("left", self.tr("cumulative probability (as top-p sees it)"))
        self.plot_item.setLabel("bottom", self.tr("rank before the chain"))
        self._kept_count = 0
        self._legend_samples: dict[str, pg.BarGraphItem] = {}
        self.left_title = FittedAxisTitle(self)
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
        self.left_title.refresh()

    def set_top_p(self, p: float | None) -> None:
        self.top_p_line.setVisible(p is not None)
        if p is not None:
            self.top_p_line.setValue(p)
            self.top_p_line.label.setText(f"top-p = {compact(p)}")

    def clear(self) -> None:
        for curve in (self.kept_curve, self.removed_curve):
            curve.setData()
        self.top_p_line.setVisible(False)
        self._show_empty_state(True)
        self.left_title.refresh()

    @staticmethod
    def _set_step(curve: pg.PlotDataItem, edges: np.ndarray, values: np.ndarray) -> None:
        curve.setVisible(values.size > 0)
        if values.size:
            curve.setData(x=edges, y=values)
        else:
            curve.setData()

    def _sync_legend(self) -> None:
        entries = [
            (self._legend_samples["kept"], self.tr("kept ({count})").format(count=integer(self._kept_count)))
        ]
        if self.removed_curve.isVisible():
            entries.append((self._legend_samples["removed"], self.tr("removed")))
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
        self.left_title.refresh()
