"""The explorer's views, redrawn from the current step's cached logits whenever the chain's settings change:
the charts, the table, the statistics, the breadcrumb of the path and the watched tokens.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
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
from gui.sampling.chain import STAGE_NAMES, stage_name
from gui.sampling.state import ExplorerState
from gui.shell.text import percent

SWEEP_TEMPERATURES = np.round(np.linspace(0.05, 2.5, 50), 3)
TABLE_COLUMNS = ("Rank", "Token", "Probability", "After chain", "Cumulative", "Removed by", "Sampled")
EDITABLE_COLUMNS = (1, 2)  # a synthetic lesson's token and probability


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
        chosen = self._chosen_index()
        labels = [self._label(int(token)) for token in self.shown_tokens]
        before = self.result.probs[self.shown_tokens]
        after = self.result.probs_after[self.shown_tokens]
        removed = [self.result.removed_stage(int(token)) for token in self.shown_tokens]
        self.distribution.set_data(
            labels, before, after, [STAGE_NAMES[r] if r else None for r in removed], chosen, self.selected
        )
        self.distribution.set_min_p_threshold(min_p_threshold(self.result.probs, settings))
        self.distribution.set_empirical(self._empirical())
        self._draw_cumulative(settings)
        self._draw_timeline()
        self._draw_sweep(settings)
        self._fill_table(labels, before, after, removed)
        self._write_stats()
        self._write_breadcrumb()
        self._write_watched()

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
        self.table.blockSignals(True)
        self.table.setRowCount(len(labels))
        cumulative = np.cumsum(before)
        sampled = self._empirical()
        for row, token in enumerate(self.shown_tokens):
            values = (
                str(self.result.rank(int(token))) if self.result else "",
                labels[row] if editable else repr(labels[row]),
                percent(float(before[row])),
                percent(float(after[row])),
                percent(float(cumulative[row])),
                stage_name(removed[row]),
                percent(float(sampled[row])) if sampled is not None else "",
            )
            for column, text in enumerate(values):
                item = self._table_item(text, editable and column in EDITABLE_COLUMNS, column != 1)
                if removed[row]:
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

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
        self.stats.setText(
            f"Entropy <b>{self.result.entropy_bits:.2f} bits</b> · the {self.shown_tokens.size} bars hold "
            f"{percent(shown_mass)} (tail beyond them {percent(max(0.0, 1 - shown_mass))}) · "
            f"<b>{kept:,}</b> of {vocabulary:,} tokens survive the chain"
        )

    def _write_breadcrumb(self) -> None:
        if self.synthetic is not None:
            self.breadcrumb.setText(
                "<i>A synthetic distribution: edit a token's probability in the table.</i>"
            )
            return
        prompt = self.prompt.toPlainText()
        parts = [f"<a href='step:0'>{_escape(prompt[-60:]) or '(prompt)'}</a>"]
        for index, entry in enumerate(self.path, start=1):
            parts.append(f"<a href='step:{index}'><code>{_escape(repr(entry.label))}</code></a>")
        self.breadcrumb.setText(" › ".join(parts) + " › <b>?</b>")

    def _show_empty(self) -> None:
        self.result = None
        self.shown_tokens = np.empty(0, dtype=np.int64)
        self.distribution.clear()
        self.cumulative.clear()
        self.timeline.clear()
        self.sweep.clear()
        self.table.setRowCount(0)
        self.stats.setText("Pick a lesson, or type a prompt and press <b>Start</b>.")
        self.breadcrumb.setText("")

    # --- watched tokens --------------------------------------------------------------------------

    def _write_watched(self) -> None:
        lines = [self._lookup_line(text, tokens) for text, tokens in self.watched.items()]
        self.lookup_result.setText("<br>".join(lines))

    def _lookup_line(self, looked_up: str, tokens: tuple[tuple[int, str], ...]) -> str:
        if not tokens:
            return f"<code>{_escape(repr(looked_up))}</code>: no such token"
        if self.result is None:
            return ""
        token, text = tokens[0]
        split = f" (first of {len(tokens)} tokens)" if len(tokens) > 1 else ""
        stage = self.result.removed_stage(token)
        fate = (
            f"removed by {STAGE_NAMES[stage]}"
            if stage
            else f"{percent(float(self.result.probs_after[token]))} after the chain"
        )
        return (
            f"<code>{_escape(repr(text))}</code>: rank <b>{self.result.rank(token):,}</b>, "
            f"p = <b>{percent(float(self.result.probs[token]))}</b>, {fate}{split}"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
