"""A chart exported as a picture that says what it shows: a caption (prompt, model, settings and order,
step) above the chart, at a size that reads well on a slide; the caption also goes into the PNG's text.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph.exporters
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from gui.shell.charts import Chart, ChartTheme

EXPORT_WIDTH = 1800  # pixels: readable when projected or printed across a page
CAPTION_PIXELS = 22  # the caption's font size at that width


def _caption_font(first: bool) -> QFont:
    font = QFont()
    font.setPixelSize(CAPTION_PIXELS + (4 if first else 0))
    font.setBold(first)
    return font


def _caption_height(lines: list[str]) -> int:
    return sum(QFontMetrics(_caption_font(i == 0)).lineSpacing() for i in range(len(lines))) + 2 * 16


def _paint_caption(painter: QPainter, lines: list[str], width: float, text: QColor) -> None:
    painter.setPen(text)
    y = 16.0
    for index, line in enumerate(lines):
        font = _caption_font(index == 0)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width - 48))
        painter.drawText(QRectF(24, y, width - 48, metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, elided)
        y += metrics.lineSpacing()


def captioned_png(chart: Chart, lines: list[str], path: str | Path, width: int = EXPORT_WIDTH) -> QImage:
    """The chart rendered `width` pixels wide, with `lines` above it; saved to `path` and returned."""
    exporter = pyqtgraph.exporters.ImageExporter(chart.plot_item)
    exporter.parameters()["width"] = int(width)
    plot = exporter.export(toBytes=True)
    theme = ChartTheme.of(chart)
    top = _caption_height(lines)
    image = QImage(plot.width(), plot.height() + top, QImage.Format.Format_ARGB32)
    image.fill(theme.background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _paint_caption(painter, lines, plot.width(), theme.text)
        painter.drawImage(0, top, plot)
    finally:
        painter.end()
    image.setText("Description", "\n".join(lines))
    image.setText("Software", "Lanterna")
    writer = QImageWriter(str(path), QByteArray(b"png"))  # PNG whatever the name ends with
    if not writer.write(image):
        raise OSError(f"cannot write {path}: {writer.errorString()}")
    return image


def captioned_svg(chart: Chart, lines: list[str], path: str | Path) -> None:
    """The chart as SVG with `lines` above it (Qt's generator: pyqtgraph's cannot add a caption)."""
    source = chart.plot_item.sceneBoundingRect()
    scale = EXPORT_WIDTH / max(source.width(), 1.0)
    top = _caption_height(lines)
    target = QRectF(0, top, EXPORT_WIDTH, source.height() * scale)
    size = QRectF(0, 0, EXPORT_WIDTH, top + target.height())
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setFileName(str(path))
    generator.setResolution(chart.plot_widget.logicalDpiX())
    generator.setSize(size.size().toSize())
    generator.setViewBox(size)
    generator.setTitle(lines[0] if lines else "Lanterna chart")
    generator.setDescription("\n".join(lines))
    theme = ChartTheme.of(chart)
    painter = QPainter(generator)
    try:
        painter.fillRect(size, theme.background)
        _paint_caption(painter, lines, EXPORT_WIDTH, theme.text)
        chart.plot_widget.scene().render(painter, target, source)
    finally:
        painter.end()
