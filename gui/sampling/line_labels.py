"""A marker line's label placed where it hides no data: the first free spot along the line.

`place_line_label` tries spots along the visible length of an `InfiniteLine` (from `fractions`, first
preferred), each with the label on either side of the line, and keeps the first whose rectangle, in
scene pixels at the chart's current size, stays inside the plot and overlaps none of the `occupied`
rectangles (bars, curves, other labels). Where no spot is free it says so, and the caller names the
line elsewhere (in the legend).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

# text anchors: (0, 0) right of / below the spot, (1, 1) left of / above it
ANCHORS_BESIDE_VERTICAL = ((0.0, 0.0), (1.0, 0.0))
ANCHORS_ABOUT_HORIZONTAL = ((1.0, 1.0), (0.0, 1.0), (1.0, 0.0), (0.0, 0.0))
LABEL_PADDING = 3.0  # pixels kept free around the label
CURVE_HALF_WIDTH = 3.0  # pixels either side of a curve that a label keeps free


def fractions_from(start: float, stop: float, count: int = 24) -> list[float]:
    return [float(value) for value in np.linspace(start, stop, count)]


def curve_rects(view_box: pg.ViewBox, x: np.ndarray, y: np.ndarray, samples: int = 240) -> list[QRectF]:
    """Small rectangles along a curve drawn in `view_box` (interpolated between its points)."""
    if x.size < 2:
        return []
    grid = np.linspace(float(x.min()), float(x.max()), samples)
    values = np.interp(grid, x, y)
    rects = []
    for gx, gy in zip(grid, values, strict=True):
        point = view_box.mapViewToScene(QPointF(float(gx), float(gy)))
        side = 2 * CURVE_HALF_WIDTH
        rects.append(QRectF(point.x() - CURVE_HALF_WIDTH, point.y() - CURVE_HALF_WIDTH, side, side))
    return rects


def view_rect(view_box: pg.ViewBox, left: float, bottom: float, right: float, top: float) -> QRectF:
    """A rectangle given in view coordinates, in scene pixels."""
    return view_box.mapViewToScene(QRectF(left, bottom, right - left, top - bottom)).boundingRect()


def place_line_label(
    line: pg.InfiniteLine,
    view_box: pg.ViewBox,
    occupied: Iterable[QRectF],
    fractions: Sequence[float],
    anchors: Sequence[tuple[float, float]],
) -> bool:
    """Move `line`'s label to the first free spot; False (label left where it was) if none is free."""
    blocked = list(occupied)
    area = view_box.sceneBoundingRect()
    (x0, x1), (y0, y1) = view_box.viewRange()
    size = line.label.textItem.boundingRect().size()
    vertical = abs(line.angle % 180 - 90) < 1e-6
    value = float(line.value())
    for fraction in fractions:
        spot = (value, y0 + fraction * (y1 - y0)) if vertical else (x0 + fraction * (x1 - x0), value)
        point = view_box.mapViewToScene(QPointF(*spot))
        for anchor_x, anchor_y in anchors:
            rect = QRectF(
                point.x() - anchor_x * size.width(),
                point.y() - anchor_y * size.height(),
                size.width(),
                size.height(),
            )
            padded = rect.adjusted(-LABEL_PADDING, -LABEL_PADDING, LABEL_PADDING, LABEL_PADDING)
            if area.contains(rect) and not any(padded.intersects(other) for other in blocked):
                line.label.anchors = [(anchor_x, anchor_y), (anchor_x, anchor_y)]
                line.label.setPosition(fraction)
                return True
    return False
