"""Point labels of a scatter placed where they keep clear of each other and of the other points.

Each label tries six spots around its point (right, left, then centred; above, then below), in
pixels at the chart's current size; the first spot that overlaps neither a label already placed, nor
another point, nor the edge of the plot is kept. A label with no free spot is hidden: its point still
names itself on hover. Labels are placed in the order given, so the most important come first.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

# (x, y) anchors of a pyqtgraph TextItem (the fraction of the label that sits left of / above its point):
# above right, below right, above left, below left, then centred above and below
CANDIDATE_ANCHORS = ((0.0, 1.1), (0.0, -0.1), (1.0, 1.1), (1.0, -0.1), (0.5, 1.4), (0.5, -0.4))
POINT_HALF_SIZE = 4.0  # pixels around another point that a label keeps free


def place_labels(view_box: pg.ViewBox, labels: list[tuple[pg.TextItem, float, float]]) -> int:
    """Anchor or hide each (label, x, y) of `view_box`; returns how many labels are shown."""
    area = view_box.sceneBoundingRect()
    points = [view_box.mapViewToScene(QPointF(x, y)) for _, x, y in labels]
    marks = [
        QRectF(
            point.x() - POINT_HALF_SIZE, point.y() - POINT_HALF_SIZE, 2 * POINT_HALF_SIZE, 2 * POINT_HALF_SIZE
        )
        for point in points
    ]
    placed: list[QRectF] = []
    for index, ((label, _x, _y), point) in enumerate(zip(labels, points, strict=True)):
        size = label.textItem.boundingRect().size()
        others = marks[:index] + marks[index + 1 :]
        spot = None
        for anchor_x, anchor_y in CANDIDATE_ANCHORS:
            rect = QRectF(
                point.x() - anchor_x * size.width(),
                point.y() - anchor_y * size.height(),
                size.width(),
                size.height(),
            )
            if area.contains(rect) and not any(rect.intersects(other) for other in placed + others):
                spot = (anchor_x, anchor_y), rect
                break
        label.setVisible(spot is not None)
        if spot is not None:
            label.setAnchor(spot[0])
            placed.append(spot[1])
    return len(placed)
