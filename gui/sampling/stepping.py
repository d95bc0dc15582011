"""Walking the explorer's path: asking the engine for each step's distribution, choosing or sampling the next
token, running several steps, going back; and the actions on the current step (select, sample).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot

from engine.core.sampling import sample_counts
from engine.process.protocol import Distribution, Failed
from gui.sampling.state import PathEntry, StepView, model_title
from gui.sampling.words import ExplorerWords


class ExplorerStepping(ExplorerWords):
    """Mixin of `SamplingPanel`: the path of steps, the engine requests behind it, and step actions."""

    # --- stepping --------------------------------------------------------------------------------

    def start(self) -> None:
        """A fresh path from the prompt box's text (as a user message when Chat template is ticked)."""
        text = self.prompt.toPlainText()
        in_template = self.chat_template.isChecked()
        self.context_prompt = "" if in_template else text
        self.messages = [("user", text)] if in_template else []
        self.path = []
        self.steps = []
        self.marked_token = None
        self.piece_logits = {}
        self._pending_pieces = {}
        self.empty_note = ""
        self.clear_selection()
        self._request_step()

    def _request_step(self) -> None:
        if self.bridge.info is None:
            self.status_message.emit(self.tr("Load a model first: the model bar at the top."))
            self._run_remaining = 0
            return
        self._pending_probe = self._ask_distribution(tuple(entry.token for entry in self.path))
        if not self.steps:  # a new path: nothing older stays on screen as if it were this one
            self.empty_note = self.tr("Asking {model} for the distribution…").format(
                model=model_title(self.loaded_model)
            )
            self._show_empty()
            self.empty_note = ""
        self._set_busy(True)

    def step(self) -> None:
        """Append the selected candidate, or a seeded sample from the final distribution."""
        if self.result is None or self.synthetic is not None or self._pending_probe is not None:
            return
        token = self.selected_token if self.selected_token is not None else self._draw_next()
        self.choose(token)

    def _draw_next(self) -> int:
        assert self.result is not None
        rng = np.random.default_rng(self.seed.value() + len(self.path))
        kept = self.result.kept
        weights = self.result.probs_after[kept].astype(np.float64)
        return int(rng.choice(kept, p=weights / weights.sum()))

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
        self.clear_selection()
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
            self.selected_token = None
            self.samples = None
            self.refresh()

    def _on_breadcrumb(self, link: str) -> None:
        self.go_to_step(int(link.split(":")[1]))

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if self._on_word_event(event):
            return
        if isinstance(event, Distribution) and event.request_id == self._pending_probe:
            self._on_distribution(event)
        elif isinstance(event, Failed) and event.request_id in (
            self._pending_probe,
            *self._pending_lookups,
            *self._pending_pieces,
        ):
            if event.request_id == self._pending_probe:
                self._pending_probe = None
                self._run_remaining = 0
                self._set_busy(False)
            self._pending_lookups.pop(event.request_id, None)
            self._pending_pieces.pop(event.request_id, None)
            self.status_message.emit(
                self.tr("The explorer's request failed: {error}").format(error=event.message)
            )

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
        if not self.steps:
            self.steps_model = self._probe_model
        tail = event.tail_mass if event.partial else None
        self.steps.append(StepView(event.logits, event.labels, event.special, event.text, tail))
        self.samples = None
        self.selected_token = None  # a new step: Step samples until a candidate is chosen
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.start_button, self.back_button):
            button.setEnabled(not busy)
        self._write_step_button()

    # --- actions on the current step -------------------------------------------------------------

    @Slot(int)
    def select(self, index: int) -> None:
        """A click on a bar: that candidate is what Step continues with (a second click drops it)."""
        if 0 <= index < self.shown_tokens.size:
            token = int(self.shown_tokens[index])
            self.selected_token = None if token == self.selected_token else token
            self._show_selection()

    def _on_table_selection(self) -> None:
        rows = {item.row() for item in self.table.selectedItems()}
        if len(rows) == 1:
            row = rows.pop()
            if row < self.shown_tokens.size:
                self.selected_token = int(self.shown_tokens[row])
                self.distribution.set_selected(row)
                self._write_step_button()

    def sample(self, draws: int) -> None:
        if self.result is None:
            return
        self.samples = sample_counts(self.result, draws, self.seed.value())
        self.refresh()
