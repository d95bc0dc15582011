"""Token labels along a chart axis, thinned so that they never overlap.

A long prompt has more tokens than an axis has room for labels. `TokenTicks` walks the tokens in order
and labels each one whose label keeps clear of the last label shown, at the axis's current length in
pixels and measured with the axis's own font: short tokens are all labelled where they have the room, and
only a long label makes its neighbours give way. It works this out again whenever the plot is resized or
its range changes. The full token is always one hover away.
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
        self.step = 1.0  # tokens per label shown, on average
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
        """Label every token whose label fits beside the last one shown, at the axis's length now."""
        shown = self.shown_indices(self.pixels_per_token())
        self.step = len(self.labels) / max(1, len(shown))  # tokens per label, on average
        ticks = [(index + self.offset, self.labels[index]) for index in shown]
        if ticks != self.shown:  # setting ticks repaints the axis, which may resize the view again
            self.shown = ticks
            self.axis.setTicks([ticks])

    def pixels_per_token(self) -> float:
        low, high = self.view_box.viewRange()[1 if self.vertical else 0]
        length = self.view_box.height() if self.vertical else self.view_box.width()
        return length / max(high - low, 1e-9)

    def extents(self) -> list[float]:
        """The room each label needs along the axis: its height on a vertical axis, else its width."""
        metrics = QFontMetricsF(self.font, self.device)
        if self.vertical:
            return [metrics.height()] * len(self.labels)
        return [metrics.horizontalAdvance(label) for label in self.labels]

    def shown_indices(self, pixels_per_token: float) -> list[int]:
        """The tokens labelled: each whose label, centred on its token, keeps LABEL_GAP pixels clear of
        the previous label shown (all of them where there is room, none lost to a fixed rule)."""
        if not self.labels:
            return []
        if pixels_per_token <= 0:
            return [0]
        shown: list[int] = []
        last_end = -math.inf
        for index, extent in enumerate(self.extents()):
            centre = index * pixels_per_token
            if centre - extent / 2 >= last_end + LABEL_GAP:
                shown.append(index)
                last_end = centre + extent / 2
        return shown
