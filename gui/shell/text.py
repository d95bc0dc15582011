"""How numbers read on screen, the same in every view, in the reader's locale (0,40 in Portuguese)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: float, decimals: int = 2) -> str:
    """A number with fixed decimals in the GUI's locale, without group separators (1234,5 not 1.234,5)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A count with the locale's group separator (50,257 in English, 50.257 in Portuguese)."""
    return QLocale().toString(int(value))


def percent(prob: float) -> str:
    """A probability as a percentage: one decimal, or two significant digits below 0.1 %."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    prob = float(prob)  # numpy scalars are not accepted by QLocale
    if prob >= 0.001:
        return f"{locale.toString(prob * 100, 'f', 1)} %"
    return f"{locale.toString(prob * 100, 'g', 2)} %"
