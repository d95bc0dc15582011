"""Walking the explorer's path: asking the engine for each step's distribution, choosing or sampling the next
token, running several steps, going back; and the actions on the current step (select, sample, look up).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot

from engine.core.sampling import sample_counts
from engine.process.protocol import Distribution, Failed, Tokens
from gui.sampling.state import PathEntry, StepView
from gui.sampling.views import ExplorerViews


class ExplorerStepping(ExplorerViews):
    """Mixin of `SamplingPanel`: the path of steps, the engine requests behind it, and step actions."""

    # --- stepping --------------------------------------------------------------------------------

    def start(self) -> None:
        self.synthetic = None if self.lesson_combo.currentData() in ("", None) else self.synthetic
        if self.synthetic is not None:
            return
        self.messages = []
        self.path = []
        self.steps = []
        self.marked_token = None
        self._request_step()

    def _request_step(self) -> None:
        if self.bridge.info is None:
            self.status_message.emit("Load a model first: the model bar at the top.")
            self._run_remaining = 0
            return
        prefix = tuple(entry.token for entry in self.path)
        if self.messages:
            self._pending_probe = self.bridge.probe("", self.messages, prefix)
        elif self.chat_template.isChecked():
            self._pending_probe = self.bridge.probe("", [("user", self.prompt.toPlainText())], prefix)
        else:
            self._pending_probe = self.bridge.probe(self.prompt.toPlainText(), [], prefix)
        self._set_busy(True)

    def step(self) -> None:
        """Append the selected candidate, or a seeded sample from the final distribution."""
        if self.result is None or self.synthetic is not None or self._pending_probe is not None:
            return
        if self.selected is not None and self.selected < self.shown_tokens.size:
            token = int(self.shown_tokens[self.selected])
        else:
            rng = np.random.default_rng(self.seed.value() + len(self.path))
            kept = self.result.kept
            weights = self.result.probs_after[kept].astype(np.float64)
            token = int(rng.choice(kept, p=weights / weights.sum()))
        self.choose(token)

    def choose(self, token: int) -> None:
        """Continue the text with `token` (any token, not only the top one)."""
        assert self.result is not None
        current = self.steps[-1]
        self.path.append(
            PathEntry(
                token,
                current.labels.get(token, f"#{token}"),
                self.result.entropy_bits,
                float(self.result.probs[token]),
            )
        )
        self.selected = None
        self._request_step()

    def run(self, count: int) -> None:
        self._run_remaining = count
        self.step()

    def back(self) -> None:
        if len(self.steps) > 1:
            self.go_to_step(len(self.steps) - 2)

    @Slot(int)
    def go_to_step(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.steps = self.steps[: index + 1]
            self.path = self.path[:index]
            self.selected = None
            self.refresh()

    def _on_breadcrumb(self, link: str) -> None:
        self.go_to_step(int(link.split(":")[1]))

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Distribution) and event.request_id == self._pending_probe:
            self._on_distribution(event)
        elif isinstance(event, Tokens) and event.request_id in self._pending_lookups:
            self.watched[self._pending_lookups.pop(event.request_id)] = event.tokens
            self._write_watched()
        elif isinstance(event, Failed) and event.request_id in (self._pending_probe, *self._pending_lookups):
            self._pending_probe = None
            self._pending_lookups.pop(event.request_id, None)
            self._run_remaining = 0
            self._set_busy(False)
            self.status_message.emit(f"The explorer's request failed: {event.message}")

    def _on_distribution(self, event: Distribution) -> None:
        """The step asked for arrived: show it, and go on when a run has steps left."""
        self._pending_probe = None
        self._set_busy(False)
        self._add_step(event)
        if self._run_remaining > 1:
            self._run_remaining -= 1
            self.step()
        else:
            self._run_remaining = 0

    def _add_step(self, event: Distribution) -> None:
        for entry in self.path:  # labels of a path opened from a chat arrive with the first step
            if not entry.label:
                entry.label = event.labels.get(entry.token, f"#{entry.token}")
        self.steps.append(StepView(event.logits, event.labels, event.special, event.text))
        self.samples = None
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.start_button, self.step_button, self.run_button, self.back_button):
            button.setEnabled(not busy)

    # --- actions on the current step -------------------------------------------------------------

    @Slot(int)
    def select(self, index: int) -> None:
        if 0 <= index < self.shown_tokens.size:
            self.selected = index
            self.table.selectRow(index)
            self.distribution.set_selected(index)

    def _on_table_selection(self) -> None:
        rows = {item.row() for item in self.table.selectedItems()}
        if len(rows) == 1:
            row = rows.pop()
            if row != self.selected:
                self.selected = row
                self.distribution.set_selected(row)

    def sample(self, draws: int) -> None:
        if self.result is None:
            return
        self.samples = sample_counts(self.result, draws, self.seed.value())
        self.refresh()

    def look_up(self, text: str | None = None) -> None:
        """Follow a token's rank and probability at every step (the first token when the text splits)."""
        text = self.lookup.text() if text is None else text
        if not text:
            return
        if self.synthetic is not None and self.steps:
            matches = [(i, label) for i, label in self.steps[-1].labels.items() if label == text]
            self.watched[text] = tuple(matches)
            self._write_watched()
        elif self.bridge.info is not None:
            self._pending_lookups[self.bridge.tokenize(text)] = text
