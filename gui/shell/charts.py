"""What every chart in Lanterna shares: the viridis-family palette, token labels, contrast-checked colours,
a palette-following theme, and `Chart`, the frame (legend row, empty-state hint, PNG/SVG export) that each
feature's charts build on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pyqtgraph.exporters
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QResizeEvent, QTextOption
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QVBoxLayout, QWidget

BEFORE_COLOUR = "#3b528b"
AFTER_COLOUR = "#21918c"
REMOVED_COLOUR = "#9e9e9e"
EMPIRICAL_COLOUR = "#e0b000"
TOP_P_COLOUR = "#440154"
MIN_P_COLOUR = "#b5367a"
SECOND_SERIES_COLOUR = "#b5367a"

LOG_FLOOR = 1e-6  # the lowest probability a log-scale chart draws; zeros are clamped to it
LABEL_MAX_CHARS = 10

_VISIBLE_CHARACTERS = {" ": "·", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def token_label(text: str) -> str:
    """A short, visible label for a token: spaces as "·", control characters escaped, ≤ 10 characters."""
    if not text:
        return "∅"
    visible = "".join(_visible_character(character) for character in text)
    if len(visible) > LABEL_MAX_CHARS:
        return visible[: LABEL_MAX_CHARS - 1] + "…"
    return visible


def _visible_character(character: str) -> str:
    if character in _VISIBLE_CHARACTERS:
        return _VISIBLE_CHARACTERS[character]
    if character.isprintable():
        return character
    return character.encode("unicode_escape").decode("ascii")


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_label(exponent: int) -> str:
    """Tick text for 10**exponent on a log axis: plain decimals down to 0.001, then 10⁻ⁿ."""
    if exponent >= -3:
        return f"{10.0**exponent:g}"
    return "10" + str(exponent).translate(_SUPERSCRIPTS)


# --- colours ---------------------------------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    darker, lighter = sorted((relative_luminance(first), relative_luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: QColor, other: QColor, weight: float) -> QColor:
    """`colour` moved `weight` (0–1) of the way toward `other`."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * weight,
        colour.greenF() + (other.greenF() - colour.greenF()) * weight,
        colour.blueF() + (other.blueF() - colour.blueF()) * weight,
    )


def readable_colour(colour: str | QColor, background: QColor, min_contrast: float = 3.0) -> QColor:
    """`colour`, lightened on dark backgrounds (darkened on light ones) just enough to stand out."""
    start = QColor(colour)
    target = QColor("white") if relative_luminance(background) < 0.18 else QColor("black")
    for step in range(11):
        candidate = mix(start, target, step / 10)
        if contrast_ratio(candidate, background) >= min_contrast:
            return candidate
    return target


def with_alpha(colour: str | QColor, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result


@dataclass(frozen=True)
class ChartTheme:
    """The few palette colours a chart needs."""

    background: QColor
    text: QColor
    muted: QColor
    highlight: QColor

    @classmethod
    def of(cls, widget: QWidget) -> ChartTheme:
        palette = widget.palette()
        return cls(
            background=palette.color(QPalette.ColorRole.Base),
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            highlight=palette.color(QPalette.ColorRole.Highlight),
        )

    def line(self, colour: str, min_contrast: float = 3.0) -> QColor:
        return readable_colour(colour, self.background, min_contrast)


class LocaleAxisItem(pg.AxisItem):
    """Numeric tick labels with the reader's decimal sign (0,5 in Portuguese); pyqtgraph writes 0.5."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        point = QLocale().decimalPoint()
        strings = super().tickStrings(values, scale, spacing)
        return strings if point == "." else [text.replace(".", point) for text in strings]


def small_font(widget: QWidget, scale: float = 0.85) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    return font


class _StaticSample(ItemSample):
    """A legend sample that does not hide its item when clicked: the legend here only explains."""

    def mouseClickEvent(self, event: Any) -> None:
        event.accept()

    def paint(self, painter: QPainter, *args: Any) -> None:
        if isinstance(self.item, pg.BarGraphItem):  # a plain swatch; the stock sample adds a stray line
            painter.setPen(pg.mkPen(self.item.opts["pen"]))
            painter.setBrush(pg.mkBrush(self.item.opts["brush"]))
            painter.drawRect(QRectF(3, 3, 14, 14))
            return
        super().paint(painter, *args)


# --- the common frame --------------------------------------------------------------------------------------


class Chart(QWidget):
    """A plot with a legend row on top, a hint while empty, palette-following colours and exports."""

    AXES: tuple[str, ...] = ("left", "bottom")

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(
            axisItems={name: LocaleAxisItem(name) for name in ("left", "bottom")}
        )
        self.plot_item = self.plot_widget.getPlotItem()
        self.view_box = self.plot_item.getViewBox()
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.view_box.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom", "right"):
            self.plot_item.getAxis(name).enableAutoSIPrefix(False)  # "0.4", not "400 (x0.001)"
        self.legend = pg.LegendItem(colCount=6, sampleType=_StaticSample, frame=False, labelTextSize="9pt")
        self.legend.setParentItem(self.plot_item)
        self.legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-12, 0))
        self.hint = pg.TextItem(hint, anchor=(0.5, 0.5))
        # a hint longer than the chart is wide (translations run longer) wraps, centred, instead of clipping
        self.hint.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        self.view_box.addItem(self.hint, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self.has_data = False
        self._ready = False  # palette changes before a subclass has built its items are ignored

    def _finish_setup(self) -> None:
        self._ready = True
        self.refresh_theme()
        self.clear()

    def clear(self) -> None:
        """Back to the empty state with its hint."""
        self._show_empty_state(True)

    def refresh_theme(self) -> None:
        """Repaint with the widget's current palette (called on palette changes too)."""
        theme = ChartTheme.of(self)
        self.plot_widget.setBackground(theme.background)
        for name in ("left", "bottom", "right"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(theme.text)
            axis.setTextPen(theme.text)
        self.hint.setColor(theme.muted)
        self.legend.setLabelTextColor(theme.text)
        self._apply_theme(theme)

    def _apply_theme(self, theme: ChartTheme) -> None:
        """Colour the chart's own items; each chart knows its items."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setTextWidth(max(120, self.width() - 48))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.refresh_theme()

    def export_png(self, path: str | Path, width: int | None = None) -> None:
        exporter = pyqtgraph.exporters.ImageExporter(self.plot_item)
        if width is not None:
            exporter.parameters()["width"] = int(width)
        exporter.export(str(path))

    def export_svg(self, path: str | Path) -> None:
        try:
            pyqtgraph.exporters.SVGExporter(self.plot_item).export(str(path))
        except ValueError:
            # pyqtgraph's exporter cannot parse the closed paths ("... Z") newer Qt versions write;
            # Qt's own generator draws the same picture, without pyqtgraph's per-item clean-up
            self._export_svg_with_qt(path)

    def _export_svg_with_qt(self, path: str | Path) -> None:
        source = self.plot_item.sceneBoundingRect()
        target = QRectF(0, 0, source.width(), source.height())
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 keeps the plot area's clipping
        generator.setFileName(str(path))
        # pyqtgraph caches drawings as QPictures, which rescale to the device's resolution: match the screen's
        generator.setResolution(self.plot_widget.logicalDpiX())
        generator.setSize(target.size().toSize())
        generator.setViewBox(target)
        generator.setTitle("Lanterna chart")
        painter = QPainter(generator)
        try:
            painter.fillRect(target, ChartTheme.of(self).background)
            self.plot_widget.scene().render(painter, target, source)
        finally:
            painter.end()

    def _show_empty_state(self, empty: bool) -> None:
        self.has_data = not empty
        # the title row is where the legend sits; without data it would push the hint off centre
        self.plot_item.setTitle(None if empty else " ")
        self.hint.setVisible(empty)
        self.legend.setVisible(not empty)
        for name in self.AXES:
            self.plot_item.showAxis(name, not empty)
        if empty:
            self.view_box.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self.hint.setPos(0.5, 0.5)
        # lay out now, not on the next event-loop turn, so grabs and exports right after see the axes
        self.plot_item.layout.activate()

    def _reset_legend(self, entries: list[tuple[Any, str]]) -> None:
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, name)

    def _scene_x(self, scene_pos: QPointF) -> float | None:
        """The data x under a click inside the plot or on its bottom axis, None elsewhere."""
        inside_plot = self.view_box.sceneBoundingRect().contains(scene_pos)
        on_bottom_axis = self.plot_item.getAxis("bottom").sceneBoundingRect().contains(scene_pos)
        if not (inside_plot or on_bottom_axis):
            return None
        return float(self.view_box.mapSceneToView(scene_pos).x())


def colour_line(line: pg.InfiniteLine, colour: QColor, theme: ChartTheme, style: Qt.PenStyle) -> None:
    """Colour a threshold or marker line and its label, which gets a backdrop to stay legible over data."""
    line.setPen(pg.mkPen(colour, width=2, style=style))
    line.label.setColor(colour)
    line.label.fill = pg.mkBrush(with_alpha(theme.background, 0.8))
    line.label.update()


def legend_bar(colour: QColor | str, outline: QColor | str) -> pg.BarGraphItem:
    return pg.BarGraphItem(x=[0], height=[1], width=1, brush=colour, pen=outline)
