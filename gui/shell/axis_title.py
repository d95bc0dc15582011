"""A y-axis title that stays whole on a short chart: written along the axis where the axis is long
enough for it, else across the top of the plot, above the axis (in the row the legend shares, at the
other end), as charts of small figures do."""

from __future__ import annotations

import pyqtgraph as pg

from gui.shell.charts import Chart, ChartTheme

TITLE_GAP = 2  # pixels between the title written across and the top of its axis


class FittedAxisTitle:
    """Keeps `chart`'s `side` axis title whole at any chart height; call `refresh` after a theme change."""

    def __init__(self, chart: Chart, side: str = "left") -> None:
        self.chart = chart
        self.axis: pg.AxisItem = chart.plot_item.getAxis(side)
        # a child of the axis, just above its top end: hidden with the axis while the chart is empty
        self.across = pg.TextItem(anchor=(0, 1))
        self.across.setParentItem(self.axis)
        self.across.setVisible(False)
        chart.view_box.sigResized.connect(lambda *_: self.refresh())

    @property
    def upright(self) -> bool:
        """True while the title is written along its axis."""
        return not self.across.isVisible()

    def refresh(self) -> None:
        label = self.axis.label
        text = label.toPlainText()
        fits = self.chart.view_box.height() >= label.boundingRect().width()
        across = bool(text) and not fits
        self.axis.showLabel(not across)
        self.across.setVisible(across)
        if across:
            self.across.setText(text, color=ChartTheme.of(self.chart).text)
            self.across.setFont(label.font())
            self.across.setPos(0, -TITLE_GAP)
