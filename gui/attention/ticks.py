"""Token labels along a chart axis, thinned so that they never overlap.

A long prompt has more tokens than an axis has room for labels. `TokenTicks` labels every k-th token,
with k the smallest step at which neighbouring labels keep clear of each other at the axis's current
length in pixels (measured with the axis's own font), and works k out again whenever the plot is
resized or its range changes. The full token is always one hover away.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from gui.shell.charts import token_label

LABEL_GAP = 6  # pixels kept free between two neighbouring labels


class TokenTicks:
    """Thinned token labels on one axis ("left" or "bottom") of a plot whose view shows one token per
    unit; `offset` is where in its unit a token's label sits (0.5: the middle of a heatmap cell)."""

    def __init__(
        self, plot_widget: pg.PlotWidget, orientation: str, font: QFont, offset: float = 0.5
    ) -> None:
        plot_item = plot_widget.getPlotItem()
        self.device: QWidget = plot_widget  # labels are measured on the widget they are drawn on
        self.axis: pg.AxisItem = plot_item.getAxis(orientation)
        self.view_box: pg.ViewBox = plot_item.getViewBox()
        self.vertical = orientation in ("left", "right")
        self.offset = offset
        self.labels: list[str] = []
        self.shown: list[tuple[float, str]] | None = None  # the ticks last given to the axis
        self.step = 1
        self.font = QFont(font)
        self.axis.setStyle(tickFont=self.font)  # drawn in the very font measured here
        self.view_box.sigResized.connect(lambda *_: self.refresh())
        self.view_box.sigRangeChanged.connect(lambda *_: self.refresh())

    def set_texts(self, texts: list[str]) -> None:
        self.labels = [token_label(text) for text in texts]
        self.shown = None
        self.refresh()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.axis.setStyle(tickFont=self.font)
        self.refresh()

    def refresh(self) -> None:
        """Label every `step`-th token, the step chosen for the axis's length now."""
        self.step = self.step_for(self.pixels_per_token())
        ticks = [
            (index + self.offset, label) for index, label in enumerate(self.labels) if index % self.step == 0
        ]
        if ticks != self.shown:  # setting ticks repaints the axis, which may resize the view again
            self.shown = ticks
            self.axis.setTicks([ticks])

    def pixels_per_token(self) -> float:
        low, high = self.view_box.viewRange()[1 if self.vertical else 0]
        length = self.view_box.height() if self.vertical else self.view_box.width()
        return length / max(high - low, 1e-9)

    def label_extent(self) -> float:
        """The room one label needs along the axis: its height on a vertical axis, else its width."""
        metrics = QFontMetricsF(self.font, self.device)
        if self.vertical:
            return metrics.height()
        return max((metrics.horizontalAdvance(label) for label in self.labels), default=0.0)

    def step_for(self, pixels_per_token: float) -> int:
        if not self.labels or pixels_per_token <= 0:
            return 1
        return max(1, math.ceil((self.label_extent() + LABEL_GAP) / pixels_per_token))
