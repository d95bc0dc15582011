"""How numbers read on screen, the same in every view."""

from __future__ import annotations


def percent(prob: float) -> str:
    """A probability as a percentage: one decimal, or two significant digits below 0.1 %."""
    return f"{prob * 100:.1f} %" if prob >= 0.001 else f"{prob * 100:.2g} %"
