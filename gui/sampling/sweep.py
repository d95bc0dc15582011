"""The temperature sweep: entropy and the top-1 probability over temperatures, the current one marked."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.sampling.chain import compact
from gui.sampling.dual_axis import DualAxisChart

SWEEP_HINT = str(
    QT_TRANSLATE_NOOP(
        "SweepChart", "Start a prompt or pick a lesson to see how temperature reshapes the distribution"
    )
)


class SweepChart(DualAxisChart):
    """Entropy and the top-1 probability as functions of temperature, with the current temperature marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        entropy = QCoreApplication.translate("SweepChart", "entropy after the chain")
        top1 = QCoreApplication.translate("SweepChart", "top-1 probability after the chain")
        super().__init__(
            QCoreApplication.translate("SweepChart", SWEEP_HINT),
            QCoreApplication.translate("SweepChart", "temperature"),
            (QCoreApplication.translate("SweepChart", "entropy after the chain (bits)"), entropy),
            (top1, top1),
            parent,
        )
        self._finish_setup()

    def set_data(
        self,
        temperatures: np.ndarray,
        entropy_bits: np.ndarray,
        top1_prob: np.ndarray,
        current_t: float | None = None,
    ) -> None:
        temps = np.asarray(temperatures, dtype=float)
        self._plot(temps, np.asarray(entropy_bits, dtype=float), np.asarray(top1_prob, dtype=float))
        low, high = (float(temps.min()), float(temps.max())) if temps.size else (0.0, 1.0)
        margin = (high - low) * 0.03 or 0.05
        self.view_box.setXRange(low - margin, high + margin, padding=0)
        self.set_current_temperature(current_t)

    def set_current_temperature(self, t: float | None) -> None:
        self._set_marker(t, "" if t is None else f"T = {compact(t)}")
