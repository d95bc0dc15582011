"""Token colours: every probability bin's chip keeps its text readable (WCAG AA, 4.5:1) in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from gui.shell.charts import contrast_ratio
from gui.shell.theme import (
    MIN_TEXT_CONTRAST,
    PROBABILITY_BINS,
    dark_palette,
    token_background,
    token_foreground,
)


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def test_the_old_pairing_failed_so_the_check_can_fail(qapp: QApplication) -> None:
    """Light theme text on the dark theme's ≥ 90 % chip was 1.4:1: the rule below is not vacuous."""
    palette = dark_palette()
    chip = QColor(token_background(0.95, palette, 0.5))
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text), chip) < MIN_TEXT_CONTRAST


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("alpha", [0.25, 0.5, 1.0])
def test_every_token_colour_meets_aa(qapp: QApplication, dark: bool, alpha: float) -> None:
    palette = dark_palette() if dark else light_palette()
    for probability_bin in PROBABILITY_BINS:
        background = token_background(probability_bin.low + 0.001, palette, alpha)
        text = token_foreground(background, palette)
        ratio = contrast_ratio(QColor(text), QColor(background))
        assert ratio >= MIN_TEXT_CONTRAST, (probability_bin.label, background, text, round(ratio, 2))
