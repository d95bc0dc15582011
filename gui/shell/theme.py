"""Look and feel: Fusion style with a light or dark palette that follows the system, and the
colour-blind-safe probability colours (viridis bins) used to paint tokens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.shell.charts import contrast_ratio

MIN_TEXT_CONTRAST = 4.5  # WCAG AA for normal text

# Viridis at 0, 0.25, 0.5, 0.75 and 1: perceptually uniform and readable by colour-blind users.
VIRIDIS_STOPS = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")


@dataclass(frozen=True)
class ProbabilityBin:
    low: float  # inclusive lower bound of the model's probability of the chosen token
    colour: str
    label: str


PROBABILITY_BINS = (
    ProbabilityBin(0.0, VIRIDIS_STOPS[0], "< 10 %"),
    ProbabilityBin(0.1, VIRIDIS_STOPS[1], "10–30 %"),
    ProbabilityBin(0.3, VIRIDIS_STOPS[2], "30–60 %"),
    ProbabilityBin(0.6, VIRIDIS_STOPS[3], "60–90 %"),
    ProbabilityBin(0.9, VIRIDIS_STOPS[4], "≥ 90 %"),
)


def probability_bin(prob: float) -> ProbabilityBin:
    chosen = PROBABILITY_BINS[0]
    for candidate in PROBABILITY_BINS:
        if prob >= candidate.low:
            chosen = candidate
    return chosen


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(colour: str, base: QColor, alpha: float) -> str:
    """`colour` laid over `base` with opacity `alpha`, as #rrggbb (Qt rich text has no rgba)."""
    top = QColor(colour)
    mix = [
        round(alpha * channel_top + (1 - alpha) * channel_base)
        for channel_top, channel_base in zip(
            (top.red(), top.green(), top.blue()), (base.red(), base.green(), base.blue()), strict=True
        )
    ]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def token_background(prob: float, palette: QPalette | None = None, alpha: float = 0.5) -> str:
    palette = palette or QApplication.palette()
    if is_dark(palette):
        alpha = min(1.0, alpha * 1.6)  # viridis' dark end needs more weight to show on a dark base
    return blend(probability_bin(prob).colour, palette.color(QPalette.ColorRole.Base), alpha)


def token_foreground(background: str, palette: QPalette | None = None) -> str:
    """The text colour for a token painted `background`: the palette's own text colour where it reads
    (WCAG AA, 4.5:1), otherwise black or white, whichever contrasts more (light text on viridis'
    yellow end of a dark theme does not)."""
    palette = palette or QApplication.palette()
    base, text = QColor(background), palette.color(QPalette.ColorRole.Text)
    if contrast_ratio(text, base) >= MIN_TEXT_CONTRAST:
        return text.name()
    black, white = QColor("#000000"), QColor("#ffffff")
    return "#000000" if contrast_ratio(black, base) >= contrast_ratio(white, base) else "#ffffff"


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#18191b",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2d31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#7fb2f0",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#3c3f44",
        QPalette.ColorRole.Dark: "#141517",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6f76"))
    return palette


def wants_dark() -> bool:
    """LANTERNA_THEME=dark|light wins; otherwise the system's colour scheme."""
    forced = os.environ.get("LANTERNA_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if wants_dark() else app.style().standardPalette())


def follow_system_theme(app: QApplication) -> None:
    """Apply the theme now and again whenever the system switches between light and dark."""
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
