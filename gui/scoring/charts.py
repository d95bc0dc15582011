"""The per-token chart: surprisal in bits of each token (bars), or, comparing models, the KL track
with the tokens whose top choice flips marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.shell.charts import AFTER_COLOUR, BEFORE_COLOUR, SECOND_SERIES_COLOUR, Chart, ChartTheme, token_label

EMPTY_HINT = str(QT_TRANSLATE_NOOP("TokenTrack", "Score a text to see each token's surprisal here"))


class TokenTrack(Chart):
    """Bars per token position; the x axis is labelled with the tokens."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TokenTrack", EMPTY_HINT))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=BEFORE_COLOUR)
        self.second = pg.BarGraphItem(x=[], height=[], width=0.4, brush=AFTER_COLOUR)
        self.flips = pg.ScatterPlotItem(symbol="t", size=10, brush=SECOND_SERIES_COLOUR)
        for item in (self.bars, self.second, self.flips):
            self.plot_item.addItem(item)
        self.values = np.zeros(0)
        self._finish_setup()

    def _apply_theme(self, theme: ChartTheme) -> None:
        self.bars.setOpts(brush=theme.line(BEFORE_COLOUR), pen=None)
        self.second.setOpts(brush=theme.line(AFTER_COLOUR), pen=None)
        self.flips.setBrush(theme.line(SECOND_SERIES_COLOUR))

    def show_surprisal(
        self, texts: list[str], bits: list[float | None], second: list[float | None] | None = None
    ) -> None:
        """One bar per token (the unscored first token has none); `second`: the other text's bars."""
        self.values = np.array([np.nan if b is None else b for b in bits], dtype=float)
        self._draw(texts, self.values, self.tr("surprisal (bits)"), second)
        self.flips.setData([], [])
        self._reset_legend(
            [(self.bars, self.tr("surprisal −log₂ P, bits"))]
            + ([(self.second, self.tr("text B, same position"))] if second else [])
        )

    def show_kl(self, texts: list[str], kl: list[float | None], flips: list[int]) -> None:
        self.values = np.array([np.nan if k is None else k for k in kl], dtype=float)
        self._draw(texts, self.values, self.tr("KL(A ‖ B), nats"), None)
        heights = np.nan_to_num(self.values)
        self.flips.setData(flips, [float(heights[i]) for i in flips])
        self._reset_legend([(self.bars, self.tr("KL per token")), (self.flips, self.tr("top token flips"))])

    def show_word_bits(
        self, texts: list[str], bits_a: list[float | None], bits_b: list[float | None]
    ) -> None:
        self.values = np.array([np.nan if b is None else b for b in bits_a], dtype=float)
        self._draw(texts, self.values, self.tr("surprisal per word (bits)"), bits_b)
        self.flips.setData([], [])
        self._reset_legend([(self.bars, self.tr("model A")), (self.second, self.tr("model B"))])

    def _draw(
        self, texts: list[str], values: np.ndarray, axis: str, second: list[float | None] | None
    ) -> None:
        self._show_empty_state(len(values) == 0)
        x = np.arange(len(values))
        self.bars.setOpts(x=x, height=np.nan_to_num(values), width=0.8 if second is None else 0.45)
        other = np.array([np.nan if v is None else v for v in (second or [])], dtype=float)
        self.second.setOpts(x=np.arange(len(other)) + 0.4, height=np.nan_to_num(other), width=0.4)
        step = max(1, len(texts) // 40)
        self.plot_item.getAxis("bottom").setTicks(
            [[(i, token_label(t)) for i, t in enumerate(texts)][::step]]
        )
        self.plot_item.setLabel("left", axis)
        top = (
            float(np.nanmax(np.concatenate([values, other])))
            if len(values) and np.isfinite(values).any()
            else 1.0
        )
        self.view_box.setRange(
            xRange=(-0.6, max(len(values), len(other)) - 0.2), yRange=(0, top * 1.1 or 1), padding=0
        )
