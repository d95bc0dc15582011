"""Charts of the prompt lab: metric bars per template, a confusion-matrix heatmap, a reliability diagram.

Templates are told apart by viridis colours (colour-blind safe); the heatmap is viridis too. Each chart
exports PNG and SVG through the shared chart frame.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSplitter, QWidget

from gui.shell.axis_title import FittedAxisTitle
from gui.shell.charts import Chart, ChartTheme, legend_bar, token_label
from gui.shell.text import number

# (key, tick label): the labels are translated where shown
METRICS = (
    ("accuracy", QT_TRANSLATE_NOOP("MetricBars", "accuracy")),
    ("macro_f1", QT_TRANSLATE_NOOP("MetricBars", "macro-F1")),
    ("ece", QT_TRANSLATE_NOOP("MetricBars", "ECE")),
)


def template_colours(count: int) -> list[QColor]:
    """Distinct viridis colours, avoiding the near-white top end."""
    colour_map = pg.colormap.get("viridis")
    stops = np.linspace(0.1, 0.8, max(count, 1)) if count > 1 else np.array([0.35])
    return [colour_map.map(float(stop), mode="qcolor") for stop in stops]


SIDE_BY_SIDE_MIN_WIDTH = 360  # narrower than this, the two summary charts stack instead
STACKED_MIN_HEIGHT = 220  # a stacked confusion matrix keeps this much; more of them scroll
LEGEND_MARGIN = 24  # pixels the legend keeps from the plot's left edge and its anchor offset


def fit_legend(chart: Chart) -> None:
    """As many legend columns as the chart's width holds, and a title row as tall as the legend's rows:
    the legend sits above the data, whole, however narrow the chart."""
    legend = chart.legend
    if not legend.items or not chart.has_data:
        return
    room = chart.plot_item.width() - LEGEND_MARGIN - reserved_left(chart)
    for columns in range(len(legend.items), 0, -1):
        legend.setColumnCount(columns)
        legend.updateSize()
        if legend.width() <= room:
            break
    height = int(legend.height()) + 4
    chart.plot_item.titleLabel.setMaximumHeight(height)
    chart.plot_item.layout.setRowFixedHeight(0, height)


def reserved_left(chart: Chart) -> float:
    """The width a y-axis title written across the top of the plot may take, left of the legend."""
    title = getattr(chart, "left_title", None)
    return title.axis.label.boundingRect().width() + 8 if isinstance(title, FittedAxisTitle) else 0.0


class ChartFlow(QWidget):
    """Charts side by side where each gets SIDE_BY_SIDE_MIN_WIDTH, else one under the other (each at
    least STACKED_MIN_HEIGHT high: put the flow in a scroll area)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.charts: list[QWidget] = []

    def set_charts(self, charts: list[QWidget]) -> None:
        for chart in self.charts:
            self.box.removeWidget(chart)
            chart.deleteLater()
        self.charts = list(charts)
        for chart in self.charts:
            self.box.addWidget(chart)
        self._flow(self.width())

    def _flow(self, width: int) -> None:
        side_by_side = width >= len(self.charts) * SIDE_BY_SIDE_MIN_WIDTH
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        for chart in self.charts:
            chart.setMinimumHeight(0 if side_by_side else STACKED_MIN_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow(event.size().width())


class LegendFittingChart(Chart):
    """A chart whose legend is laid out again for its width whenever it is resized."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_legend(self)


class ChartPair(QSplitter):
    """Two charts side by side where each gets SIDE_BY_SIDE_MIN_WIDTH, stacked where they would not."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= 2 * SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
            self.setSizes([1, 1])  # an even split in the new direction
        super().resizeEvent(event)


class MetricBars(LegendFittingChart):
    """Accuracy, macro-F1 and ECE of each template, grouped by metric (all on 0–1), with the majority
    and chance baselines marked across the accuracy group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Run a comparison to see accuracy, macro-F1 and calibration error"), parent)
        self.plot_item.setLabel("left", self.tr("value (0–1)"))
        self.left_title = FittedAxisTitle(self)
        self.bars: list[pg.BarGraphItem] = []
        self.marks: list[pg.PlotDataItem] = []
        self.values: dict[str, dict[str, float]] = {}
        self.baseline_values: dict[str, float] = {}
        self.legend.setColumnCount(2)  # templates and baselines in one row overflow a narrow chart
        self._finish_setup()

    def clear(self) -> None:
        for item in [*self.bars, *self.marks]:
            self.plot_item.removeItem(item)
        self.bars = []
        self.marks = []
        self.values = {}
        self.baseline_values = {}
        self.legend.clear()
        super().clear()

    def _baseline_marks(self, baselines: dict[str, Any]) -> list[tuple[pg.PlotDataItem, str]]:
        """Dashed (majority) and dotted (chance) lines across the accuracy bars."""
        majority, chance = baselines["majority"], baselines["chance"]
        muted = ChartTheme.of(self).muted
        entries = []
        for name, value, style in (
            (
                self.tr("always '{label}'").format(label=majority["label"]),
                majority["accuracy"],
                pg.QtCore.Qt.PenStyle.DashLine,
            ),
            (
                self.tr("chance (1 of {labels})").format(labels=chance["labels"]),
                chance["accuracy"],
                pg.QtCore.Qt.PenStyle.DotLine,
            ),
        ):
            line = pg.PlotDataItem([-0.45, 0.45], [value, value], pen=pg.mkPen(muted, width=2, style=style))
            self.plot_item.addItem(line)
            self.marks.append(line)
            self.baseline_values[name] = float(value)
            entries.append((line, name))
        return entries

    def set_templates(self, templates: list[dict[str, Any]], baselines: dict[str, Any] | None = None) -> None:
        self.clear()
        if not templates:
            return
        colours = template_colours(len(templates))
        width = 0.8 / len(templates)
        theme = ChartTheme.of(self)
        for index, template in enumerate(templates):
            metrics = template["metrics"]
            self.values[template["name"]] = {key: float(metrics[key]) for key, _ in METRICS}
            x = np.arange(len(METRICS)) - 0.4 + width * (index + 0.5)
            heights = [metrics[key] for key, _ in METRICS]
            bar = pg.BarGraphItem(
                x=x, height=heights, width=width * 0.9, brush=colours[index], pen=theme.text
            )
            self.plot_item.addItem(bar)
            self.bars.append(bar)
        entries = [(legend_bar(colours[n], theme.text), t["name"]) for n, t in enumerate(templates)]
        self._reset_legend(entries + (self._baseline_marks(baselines) if baselines else []))
        axis = self.plot_item.getAxis("bottom")
        axis.setTicks(
            [
                [
                    (i, QCoreApplication.translate("MetricBars", str(name)))
                    for i, (_, name) in enumerate(METRICS)
                ]
            ]
        )
        self._show_empty_state(False)
        fit_legend(self)
        self.view_box.setRange(xRange=(-0.6, len(METRICS) - 0.4), yRange=(0, 1.12), padding=0)


class ConfusionHeatmap(Chart):
    """Counts of true (rows) × predicted (columns) labels, viridis, the count written in each cell."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("No confusion matrix yet"), parent)
        self.title = title
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot_item.addItem(self.image)
        self.view_box.invertY(True)
        self.colour_bar = pg.ColorBarItem(
            values=(0, 1),
            colorMap=pg.colormap.get("viridis"),
            interactive=False,
            width=12,
            label=self.tr("count"),
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        self.plot_item.setLabel("left", self.tr("true"))
        self.plot_item.setLabel("bottom", self.tr("predicted"))
        self.cells: list[pg.TextItem] = []
        self.matrix: np.ndarray | None = None
        self._finish_setup()

    def _apply_theme(self, theme: ChartTheme) -> None:
        self.colour_bar.axis.setPen(theme.text)
        self.colour_bar.axis.setTextPen(theme.text)

    def clear(self) -> None:
        self.matrix = None
        self.image.clear()
        for cell in self.cells:
            self.view_box.removeItem(cell)
        self.cells = []
        self.colour_bar.setVisible(False)
        super().clear()

    def set_matrix(self, matrix: list[list[int]], labels: list[str], title: str | None = None) -> None:
        self.clear()
        values = np.asarray(matrix, dtype=np.float64)
        self.matrix = values
        top = max(float(values.max()), 1.0)
        self.image.setImage(values, levels=(0, top), autoLevels=False)
        self.image.setRect(0, 0, values.shape[1], values.shape[0])
        self.colour_bar.setLevels((0, top))
        self.colour_bar.setVisible(True)
        ticks = [(i + 0.5, token_label(label)) for i, label in enumerate(labels)]
        self.plot_item.getAxis("bottom").setTicks([ticks])
        self.plot_item.getAxis("left").setTicks([ticks])
        for row in range(values.shape[0]):
            for column in range(values.shape[1]):
                bright = values[row, column] / top > 0.6  # viridis is light at the top
                cell = pg.TextItem(str(int(values[row, column])), anchor=(0.5, 0.5))
                cell.setColor(QColor("#202020") if bright else QColor("#f5f5f5"))
                cell.setPos(column + 0.5, row + 0.5)
                self.view_box.addItem(cell)
                self.cells.append(cell)
        self.plot_item.setTitle(title or self.title)
        self._show_empty_state(False)
        self.plot_item.setTitle(title or self.title)
        self.view_box.setRange(xRange=(0, values.shape[1]), yRange=(0, values.shape[0]), padding=0.02)


class ReliabilityDiagram(LegendFittingChart):
    """Accuracy against mean confidence per bin, one line per template; the diagonal = perfect calibration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Run a comparison to see how well confidence matches accuracy"), parent)
        self.plot_item.setLabel("bottom", self.tr("confidence (probability of the predicted label)"))
        self.plot_item.setLabel("left", self.tr("accuracy"))
        self.diagonal = pg.PlotDataItem([0, 1], [0, 1])
        self.plot_item.addItem(self.diagonal)
        self.lines: list[pg.PlotDataItem] = []
        self.legend.setColumnCount(1)  # "name (ECE …)" entries are long
        self._finish_setup()

    def _apply_theme(self, theme: ChartTheme) -> None:
        self.diagonal.setPen(pg.mkPen(theme.muted, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))

    def clear(self) -> None:
        for line in self.lines:
            self.plot_item.removeItem(line)
        self.lines = []
        self.legend.clear()
        super().clear()

    def set_templates(self, templates: list[dict[str, Any]]) -> None:
        self.clear()
        if not templates:
            return
        colours = template_colours(len(templates))
        entries = []
        for colour, template in zip(colours, templates, strict=True):
            filled = [b for b in template["reliability"] if b["count"]]
            line = pg.PlotDataItem(
                [b["confidence"] for b in filled],
                [b["accuracy"] for b in filled],
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=[6 + min(b["count"], 30) / 3 for b in filled],
                symbolBrush=colour,
                symbolPen=colour,
            )
            self.plot_item.addItem(line)
            self.lines.append(line)
            ece = number(template["metrics"]["ece"], 3)
            entries.append((line, self.tr("{name} (ECE {ece})").format(name=template["name"], ece=ece)))
        self._reset_legend(entries)
        self._show_empty_state(False)
        fit_legend(self)
        self.view_box.setRange(xRange=(0, 1), yRange=(0, 1.08), padding=0.02)
