"""Entropy and the chosen token's probability over the steps of a reply; a click picks a step."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

from gui.sampling.dual_axis import DualAxisChart

TIMELINE_HINT = str(
    QT_TRANSLATE_NOOP("TimelineChart", "Generate a reply to follow entropy and confidence step by step")
)


class TimelineChart(DualAxisChart):
    """Entropy (bits) and the chosen token's probability over a reply's steps, shown as steps 1..N."""

    step_clicked = Signal(int)  # the 0-based index of the step under the click

    def __init__(self, parent: QWidget | None = None) -> None:
        entropy = QCoreApplication.translate("TimelineChart", "entropy before the chain")
        chosen = QCoreApplication.translate("TimelineChart", "chosen token's probability before the chain")
        super().__init__(
            QCoreApplication.translate("TimelineChart", TIMELINE_HINT),
            QCoreApplication.translate("TimelineChart", "generation step"),
            (QCoreApplication.translate("TimelineChart", "entropy before the chain (bits)"), entropy),
            (chosen, chosen),
            parent,
        )
        self._steps = 0
        self.plot_widget.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._finish_setup()

    def set_data(self, entropy_bits: np.ndarray, chosen_prob: np.ndarray, current: int | None = None) -> None:
        entropy = np.asarray(entropy_bits, dtype=float)
        chosen = np.asarray(chosen_prob, dtype=float)
        self._steps = entropy.size
        self._plot(np.arange(1, entropy.size + 1, dtype=float), entropy, chosen)
        self.view_box.setXRange(0.5, max(entropy.size, 1) + 0.5, padding=0)
        self.set_current(current)

    def set_current(self, current: int | None) -> None:
        self._set_marker(None if current is None else current + 1.0)

    def clear(self) -> None:
        self._steps = 0
        super().clear()

    def step_at(self, scene_pos: QPointF) -> int | None:
        x = self._scene_x(scene_pos)
        if x is None or not self._steps:
            return None
        index = round(x) - 1
        return index if 0 <= index < self._steps else None

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.step_at(event.scenePos())
        if index is not None:
            self.step_clicked.emit(index)
