"""The probability axis of the distribution chart: linear, or log10 with a floor under the smallest value."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gui.shell.charts import LOG_FLOOR


@dataclass(frozen=True)
class YScale:
    """Linear or log10 probability axis; in log mode values are drawn as log10, clamped to `floor`."""

    log: bool
    floor: float

    @classmethod
    def for_values(cls, log: bool, *arrays: np.ndarray) -> YScale:
        positive = [array[array > 0] for array in arrays if array.size]
        smallest = min((float(values.min()) for values in positive if values.size), default=1.0)
        floor = max(LOG_FLOOR, 10.0 ** math.floor(math.log10(smallest)))
        return cls(log, min(floor, 0.1))

    @property
    def bottom(self) -> float:
        return math.log10(self.floor) if self.log else 0.0

    def to_view(self, values: np.ndarray) -> np.ndarray:
        if not self.log:
            return values
        return np.log10(np.maximum(values, self.floor))

    def value_to_view(self, value: float) -> float:
        return float(self.to_view(np.array([value]))[0])

    def heights(self, values: np.ndarray) -> np.ndarray:
        return self.to_view(values) - self.bottom
