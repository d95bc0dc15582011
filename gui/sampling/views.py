"""The explorer's views, redrawn from the current step's cached logits whenever the chain's settings change:
the charts, the table, the statistics, the breadcrumb of the path and the watched tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QTableWidgetItem

from engine.core.sampling import (
    STAGES,
    SamplingSettings,
    apply_chain,
    min_p_threshold,
    stage_input,
    temperature_sweep,
    top_indices,
)
from gui.sampling.chain import describe_active, describe_order, stage_name
from gui.sampling.state import ExplorerState, model_title
from gui.shell.text import integer, number, percent

SWEEP_TEMPERATURES = np.round(np.linspace(0.05, 2.5, 50), 3)
# every number says whether it is of the raw distribution (before the chain) or of the one the chain leaves
TABLE_COLUMNS = tuple(
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("ExplorerViews", "Rank\n(before chain)"),
        QT_TRANSLATE_NOOP("ExplorerViews", "Token"),
        QT_TRANSLATE_NOOP("ExplorerViews", "Before chain"),
        QT_TRANSLATE_NOOP("ExplorerViews", "After chain"),
        QT_TRANSLATE_NOOP("ExplorerViews", "Cumulative\n(before chain)"),
        QT_TRANSLATE_NOOP("ExplorerViews", "Removed by"),
        QT_TRANSLATE_NOOP("ExplorerViews", "Sampled\n(after chain)"),
    )
)
TABLE_TOOLTIPS = tuple(
    str(tip)
    for tip in (
        QT_TRANSLATE_NOOP(
            "ExplorerViews", "Rank in the model's raw distribution, before any stage of the chain"
        ),
        QT_TRANSLATE_NOOP("ExplorerViews", "The candidate token"),
        QT_TRANSLATE_NOOP(
            "ExplorerViews", "Probability in the raw distribution (softmax of the logits), before the chain"
        ),
        QT_TRANSLATE_NOOP(
            "ExplorerViews",
            "Probability after the chain: what a draw uses; 0 where a stage removed the token",
        ),
        QT_TRANSLATE_NOOP(
            "ExplorerViews", "Sum of the raw probabilities of this token and the more probable ones"
        ),
        QT_TRANSLATE_NOOP("ExplorerViews", "The stage of the chain that removed the token"),
        QT_TRANSLATE_NOOP(
            "ExplorerViews", "How often the token came up among the draws (Sample), drawn after the chain"
        ),
    )
)
BEFORE_COLUMN = 2
EDITABLE_COLUMNS = (1, BEFORE_COLUMN)  # a synthetic lesson's token and probability


@dataclass(frozen=True)
class WatchedRow:
    """A watched word's cells, one per table column, and what they mean."""

    cells: tuple[str, ...]
    tooltip: str


class ExplorerViews(ExplorerState):
    """Mixin of `SamplingPanel`: the chain's settings applied to the current step, and everything drawn."""

    # --- settings --------------------------------------------------------------------------------

    def settings(self) -> SamplingSettings:
        return self.chain.settings()

    def apply_settings(self, values: dict[str, Any]) -> None:
        self.chain.apply(values)
        self.refresh()

    # --- drawing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-apply the chain to the current step's cached logits and redraw everything."""
        if not self.steps:
            self._show_empty()
            return
        current = self.steps[-1]
        settings = self.settings()
        self.result = apply_chain(current.logits, settings)
        count = min(self.bar_count.value(), current.logits.size)
        self.shown_tokens = top_indices(current.logits, count)
        if self.selected_index is None:
            self.selected_token = None  # a choice the bars no longer show is not what Step takes
        chosen = self._chosen_index()
        labels = [self._label(int(token)) for token in self.shown_tokens]
        before = self.result.probs[self.shown_tokens]
        after = self.result.probs_after[self.shown_tokens]
        removed = [self.result.removed_stage(int(token)) for token in self.shown_tokens]
        stages = [stage_name(stage) or None for stage in removed]
        self.distribution.set_data(labels, before, after, stages, chosen, self.selected_index)
        self.distribution.set_min_p_threshold(min_p_threshold(self.result.probs, settings))
        self.distribution.set_empirical(self._empirical())
        self._draw_cumulative(settings)
        self._draw_timeline()
        self._draw_sweep(settings)
        self._fill_table(labels, before, after, removed)
        self._write_stats()
        self._write_order()
        self._write_breadcrumb()
        self._write_watched()
        self._show_selection()

    @property
    def selected_index(self) -> int | None:
        """Where the selected token is among the bars (None when nothing, or nothing shown, is selected)."""
        if self.selected_token is None:
            return None
        found = np.flatnonzero(self.shown_tokens == self.selected_token)
        return int(found[0]) if found.size else None

    def _show_selection(self) -> None:
        """The table row and the bar of the selected token, and what Step will do, in words."""
        index = self.selected_index
        self.table.blockSignals(True)
        if index is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(index)
        self.table.blockSignals(False)
        self.distribution.set_selected(index)
        self._write_step_button()

    def _write_step_button(self) -> None:
        if self.synthetic is not None:
            text = self.tr("Step")
            tip = self.tr("A synthetic distribution has no next step: edit it, or sample from it")
        elif self.selected_token is not None:
            label = repr(self._label(self.selected_token))
            label = label if len(label) <= 18 else label[:16] + "…'"
            text = self.tr("Step: continue with {token}").format(token=label)
            tip = self.tr("Continue with the selected candidate (click its bar again to sample instead)")
        else:
            text = self.tr("Step: sample")
            tip = self.tr(
                "Draw the next token from the distribution after the chain (seeded); click a bar to pick"
            )
        self.step_button.setText(text)
        self.step_button.setToolTip(tip)
        can_step = self.result is not None and self.synthetic is None and self._pending_probe is None
        self.step_button.setEnabled(can_step)
        self.run_button.setEnabled(can_step)

    def clear_selection(self) -> None:
        """Forget the chosen candidate: a new step, lesson or prompt starts with Step sampling."""
        self.selected_token = None
        if self.steps:
            self._show_selection()
        else:
            self._write_step_button()

    def _chosen_index(self) -> int | None:
        """Where the chat reply's own token is among the bars, when a chat step is open."""
        if self.marked_token is None or len(self.steps) != 1:
            return None
        found = np.flatnonzero(self.shown_tokens == self.marked_token)
        return int(found[0]) if found.size else None

    def _label(self, token: int) -> str:
        return self.steps[-1].labels.get(token, f"#{token}")

    def _empirical(self) -> np.ndarray | None:
        if self.samples is None:
            return None
        total = sum(self.samples.values())
        return np.array([self.samples.get(int(token), 0) / total for token in self.shown_tokens])

    def _draw_cumulative(self, settings: SamplingSettings) -> None:
        seen = stage_input(self.steps[-1].logits, settings, "top_p")
        ordered = np.sort(seen[self.shown_tokens])[::-1]
        cumulative = np.cumsum(ordered)
        through_top_p = {STAGES.index(stage) for stage in settings.order[: settings.order.index("top_p") + 1]}
        removed = self.result.removed_by[self.shown_tokens] if self.result else np.empty(0)
        kept_by_top_p = sum(1 for stage in removed if int(stage) not in through_top_p)
        self.cumulative.set_data(cumulative, kept_by_top_p)
        self.cumulative.set_top_p(settings.top_p if settings.top_p < 1.0 else None)

    def _on_tab_changed(self, _index: int) -> None:
        if self.steps:
            self._draw_sweep(self.settings())

    def _draw_timeline(self) -> None:
        if not self.path:
            self.timeline.clear()
            return
        entropy = np.array([entry.entropy_bits for entry in self.path])
        prob = np.array([entry.prob for entry in self.path])
        self.timeline.set_data(entropy, prob, len(self.path) - 1)

    def _draw_sweep(self, settings: SamplingSettings) -> None:
        if self.tabs.currentWidget() is not self.sweep:
            return  # 50 chain runs per redraw: computed only while its tab is open
        entropy, top1 = temperature_sweep(self.steps[-1].logits, settings, SWEEP_TEMPERATURES)
        self.sweep.set_data(SWEEP_TEMPERATURES, entropy, top1, settings.temperature)

    def _fill_table(
        self, labels: list[str], before: np.ndarray, after: np.ndarray, removed: list[str | None]
    ) -> None:
        editable = self.synthetic is not None
        watched = self._watched_rows()
        self.table.blockSignals(True)
        self.table.setRowCount(len(labels) + len(watched))
        cumulative = np.cumsum(before)
        sampled = self._empirical()
        for row, token in enumerate(self.shown_tokens):
            values = (
                integer(self.result.rank(int(token))) if self.result else integer(row + 1),
                labels[row] if editable else repr(labels[row]),
                self._before_text(int(token), float(before[row])),
                percent(float(after[row])) if self.result else "—",
                percent(float(cumulative[row])),
                stage_name(removed[row]),
                percent(float(sampled[row])) if sampled is not None else "",
            )
            for column, text in enumerate(values):
                item = self._table_item(text, editable and column in EDITABLE_COLUMNS, column != 1)
                if removed[row]:
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                self.table.setItem(row, column, item)
        for offset, line in enumerate(watched):
            self._put_watched_row(len(labels) + offset, line)
        self.table.blockSignals(False)

    def _watched_rows(self) -> list[WatchedRow]:
        """The watched words' rows under the candidates (see `ExplorerWords`)."""
        return []

    def _put_watched_row(self, row: int, line: WatchedRow) -> None:
        """A watched word's row: in italics, not selectable (Step takes a candidate, not a word)."""
        for column, text in enumerate(line.cells):
            item = self._table_item(text, False, column != 1)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(line.tooltip)
            self.table.setItem(row, column, item)

    def _before_text(self, _token: int, prob: float) -> str:
        return percent(prob)

    @staticmethod
    def _table_item(text: str, editable: bool, right_aligned: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if right_aligned:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _write_stats(self) -> None:
        assert self.result is not None
        shown_mass = float(self.result.probs[self.shown_tokens].sum())
        kept = self.result.kept.size
        vocabulary = self.result.logits.size
        if self.synthetic:
            source = self.tr("A synthetic distribution (no model)")
        else:
            source = model_title(self.steps_model)
        numbers = self.tr(
            "<b>{source}</b> · entropy before the chain <b>{before} bits</b>, after it <b>{after} bits</b>"
            " · <b>{kept}</b> of {vocabulary} tokens survive the chain · the bars hold {mass} before it"
        ).format(
            source=escape(source),
            before=number(self.result.entropy_bits, 2),
            after=number(self.result.entropy_after_bits, 2),
            kept=integer(kept),
            vocabulary=integer(vocabulary),
            mass=percent(shown_mass),
        )
        self.stats.setText(self._chat_comparison() + self._partial_note() + numbers)

    def _partial_note(self) -> str:
        """A server's step: only its top N are known; said, with the probability nobody here knows."""
        tail = self.steps[-1].tail_mass if self.steps and not self.synthetic else None
        if tail is None or self.result is None:
            return ""
        known = int(np.isfinite(self.result.logits).sum())
        return self.tr(
            "<b>On the top {n} only</b>: the server listed {n} tokens ({known} of the probability); the "
            "other {tail} is unknown. Bars, entropy and the chain here act on these {n}, renormalised.<br>"
        ).format(n=integer(known), known=percent(1.0 - tail), tail=percent(tail))

    def _chat_comparison(self) -> str:
        """At a step opened from a chat: the chat's recorded numbers beside the ones recomputed here."""
        if self.marked_token is None or len(self.steps) != 1 or self.result is None:
            return ""
        token = self.marked_token
        before, after = self.marked_record
        here_before = percent(float(self.result.probs[token]))
        here_after = percent(float(self.result.probs_after[token]))
        return self.tr(
            "The chat recorded <code>{token}</code> at {before} before the chain and <b>{after}</b> after "
            "it; recomputed here: {here_before} and <b>{here_after}</b> (a last digit can differ: the "
            "model's arithmetic depends slightly on how the context is batched).<br>"
        ).format(
            token=escape(repr(self._label(token))),
            before=percent(before),
            after=percent(after),
            here_before=here_before,
            here_after=here_after,
        )

    def _write_order(self) -> None:
        settings = self.settings()
        self.order_summary.setText(f"{describe_order(settings)} · {describe_active(settings)}")

    def _write_breadcrumb(self) -> None:
        if self.synthetic is not None:
            self.breadcrumb.setText(
                self.tr("<i>A synthetic distribution: edit a token's probability in the table.</i>")
            )
            return
        prompt = self.context_text()
        start = escape(prompt[-60:]) or self.tr("(prompt)")
        parts = [f"<a href='step:0'>{start}</a>"]
        for index, entry in enumerate(self.path, start=1):
            parts.append(f"<a href='step:{index}'><code>{escape(repr(entry.label))}</code></a>")
        self.breadcrumb.setText(" › ".join(parts) + " › <b>?</b>")

    def context_text(self) -> str:
        """The text the steps continue: the plain prompt, or the last chat message."""
        return self.context_prompt or (self.messages[-1][1] if self.messages else "")

    def _show_empty(self) -> None:
        self.result = None
        self.shown_tokens = np.empty(0, dtype=np.int64)
        self.distribution.clear()
        self.cumulative.clear()
        self.timeline.clear()
        self.sweep.clear()
        self.table.setRowCount(0)
        self.stats.setText(
            self.empty_note or self.tr("Pick a lesson, or type a prompt and press <b>Start</b>.")
        )
        self.breadcrumb.setText("")
        self._write_order()
        self._write_step_button()

    def _write_watched(self) -> None:
        """The summary of the watched words (see `ExplorerWords`)."""


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
