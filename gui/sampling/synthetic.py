"""A synthetic lesson's distribution, edited in the table: probabilities typed as the course writes them
(0.40, 0,40 or 40 %), kept as typed, and renormalised only when the user asks (Normalise).

Until they sum to 1 they are not a distribution: the table and the bars show them as typed, with their sum,
and the chain is not applied (it would have to renormalise them silently).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QTableWidgetItem

from engine.core.lessons import synthetic_logits
from engine.core.sampling import top_indices
from gui.sampling.state import StepView
from gui.sampling.stepping import ExplorerStepping
from gui.sampling.views import BEFORE_COLUMN
from gui.shell.text import number as decimal

SUM_TOLERANCE = 1e-6
PROBABILITY_HINT = str(QT_TRANSLATE_NOOP("ExplorerSynthetic", "Type a probability as 0.40, 0,40 or 40 %"))


def parse_probability(text: str) -> float:
    """A probability as a course writes it: 0.40, 0,40, 40 % or 40%; ValueError with a calm message (in the
    GUI's language: the explorer shows it)."""
    hint = QCoreApplication.translate("ExplorerSynthetic", PROBABILITY_HINT)
    cleaned = text.replace("\u00a0", " ").strip()
    is_percent = cleaned.endswith("%")
    number = cleaned.rstrip("%").strip().replace(",", ".")
    try:
        value = float(number)
    except ValueError:
        message = QCoreApplication.translate("ExplorerSynthetic", "“{text}” is not a probability.")
        raise ValueError(f"{message.format(text=text)} {hint}.") from None
    if is_percent:
        value /= 100
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        message = QCoreApplication.translate(
            "ExplorerSynthetic", "A probability is between 0 and 1 (0 % to 100 %), not “{text}”."
        )
        raise ValueError(f"{message.format(text=text)} {hint}.")
    return value


def probability_text(value: float) -> str:
    """0.4 -> "0.40", 0.125 -> "0.125": the way the course writes probabilities, at most four decimals, with
    the locale's decimal point (0,40 in Portuguese)."""
    text = f"{value:.4f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"{whole}{QLocale().decimalPoint()}{decimals.ljust(2, '0')}"


def sums_to_one(probs: tuple[float, ...]) -> bool:
    return abs(math.fsum(probs) - 1.0) <= SUM_TOLERANCE


class ExplorerSynthetic(ExplorerStepping):
    """Mixin of `SamplingPanel`: the synthetic lesson's editable table, its sum and Normalise."""

    def refresh(self) -> None:
        if self.synthetic is not None and not sums_to_one(self.synthetic.probs):
            self._show_as_typed()
        else:
            super().refresh()
        self._write_sum()

    def _set_synthetic_step(self) -> None:
        """The lesson's values as the step's distribution, when they are one."""
        assert self.synthetic is not None
        probs = self.synthetic.probs
        labels = dict(enumerate(self.synthetic.tokens))
        self.path = []
        step = StepView(synthetic_logits(probs), labels, frozenset(), "") if sums_to_one(probs) else None
        self.steps = [step] if step is not None else []
        self.steps_model = None

    def _before_text(self, token: int, prob: float) -> str:
        if self.synthetic is None:
            return super()._before_text(token, prob)
        return probability_text(self.synthetic.probs[token])  # as typed: the user's own numbers

    def _show_as_typed(self) -> None:
        """Values that do not sum to 1: shown as typed, without the chain."""
        assert self.synthetic is not None
        typed = np.asarray(self.synthetic.probs, dtype=np.float64)
        self.result = None
        self.samples = None
        self.shown_tokens = top_indices(typed, typed.size)
        labels = [self.synthetic.tokens[int(token)] for token in self.shown_tokens]
        before = typed[self.shown_tokens]
        self.distribution.set_data(labels, before, None, [None] * len(labels))
        self.distribution.set_min_p_threshold(None)
        self.distribution.set_empirical(None)
        for chart in (self.cumulative, self.timeline, self.sweep):
            chart.clear()
        self._fill_table(labels, before, np.zeros_like(before), [None] * len(labels))
        self.stats.setText(
            self.tr(
                "<b>{sum}</b>. The chain is not applied to these values: press "
                "<b>Normalise</b> to divide each by their sum."
            ).format(sum=self._sum_words())
        )
        self._write_order()
        self._write_breadcrumb()
        self._write_watched()
        self._show_selection()

    def _sum_words(self) -> str:
        assert self.synthetic is not None
        total = math.fsum(self.synthetic.probs)
        if sums_to_one(self.synthetic.probs):
            return self.tr("Sum {total} — a distribution").format(total=decimal(total, 2))
        return self.tr("Sum {total} — not a distribution until normalised").format(total=decimal(total, 2))

    def _write_sum(self) -> None:
        synthetic = self.synthetic is not None
        self.sum_label.setVisible(synthetic)
        self.normalise_button.setVisible(synthetic)
        if self.synthetic is not None:
            self.sum_label.setText(self._sum_words())
            self.normalise_button.setEnabled(not sums_to_one(self.synthetic.probs))

    def normalise(self) -> None:
        """Divide every probability by their sum (the only place the explorer renormalises typed values)."""
        if self.synthetic is None:
            return
        total = math.fsum(self.synthetic.probs)
        if total <= 0:
            self.status_message.emit(self.tr("At least one probability must be above 0 to normalise."))
            return
        self.synthetic = replace(self.synthetic, probs=tuple(p / total for p in self.synthetic.probs))
        self._set_synthetic_step()
        self.refresh()

    def _on_table_edited(self, item: QTableWidgetItem) -> None:
        """A synthetic lesson's token or probability was edited: keep the value as typed."""
        if self.synthetic is None or item.row() >= self.shown_tokens.size:
            return
        token_index = int(self.shown_tokens[item.row()])
        tokens = list(self.synthetic.tokens)
        probs = list(self.synthetic.probs)
        if item.column() == BEFORE_COLUMN:
            try:
                probs[token_index] = parse_probability(item.text())
            except ValueError as error:
                self.status_message.emit(str(error))
                self.refresh()  # the cell shows the value it had
                return
        else:
            tokens[token_index] = item.text()
        self.synthetic = replace(self.synthetic, tokens=tuple(tokens), probs=tuple(probs))
        self._set_synthetic_step()
        self.selected_token = None
        self.refresh()
