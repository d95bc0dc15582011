"""Watched words (Find): a text's rank and probability at every step, before and after the chain, as the
last rows of the table.

A word the model splits into pieces t1 t2 … tN has the probability of the whole sequence,
p(t1) · p(t2 | t1) · … · p(tN | t1 … tN-1): the explorer asks the engine for the distribution after each
prefix of the pieces (real probes of the model, cached by the tokens they follow) and multiplies.
"""

from __future__ import annotations

import numpy as np

from engine.core.sampling import SamplingSettings, apply_chain, rank_of, softmax
from engine.process.protocol import Distribution, Tokens
from gui.sampling.chain import stage_name
from gui.sampling.views import ExplorerViews, WatchedRow
from gui.shell.text import integer, percent

Pieces = tuple[tuple[int, str], ...]


def word_probability(
    rows: list[np.ndarray], pieces: tuple[int, ...], settings: SamplingSettings
) -> tuple[float, float]:
    """The probability of the pieces in sequence, before and after the chain; `rows[i]` are the logits
    that piece i follows."""
    before = after = 1.0
    for logits, piece in zip(rows, pieces, strict=True):
        before *= float(softmax(logits)[piece])
        after *= float(apply_chain(logits, settings).probs_after[piece])
    return before, after


class ExplorerWords(ExplorerViews):
    """Mixin of `SamplingPanel`: Find and the lesson's watched words."""

    def look_up(self, text: str | None = None) -> None:
        """Follow a text's rank and probability at every step (of the whole word when it splits)."""
        text = self.lookup.text() if text is None else text
        if not text:
            return
        if self.synthetic is not None:
            matches = [(i, label) for i, label in enumerate(self.synthetic.tokens) if label == text]
            self.watched[text] = tuple(matches[:1])
            self.refresh()
        elif self.bridge.info is not None:
            self._pending_lookups[self.bridge.tokenize(text)] = text
            self._write_watched()

    def _retokenize_watched(self) -> None:
        """Another model has other tokens: look the watched texts up again."""
        texts = list(self.watched)
        self.watched = {}
        self.piece_logits = {}
        self._pending_pieces = {}
        for text in texts:
            self.look_up(text)

    def _on_word_event(self, event: object) -> bool:
        """Handle a lookup's tokens or a piece's distribution; False when the event is not for words."""
        if isinstance(event, Tokens) and event.request_id in self._pending_lookups:
            self.watched[self._pending_lookups.pop(event.request_id)] = event.tokens
        elif isinstance(event, Distribution) and event.request_id in self._pending_pieces:
            self.piece_logits[self._pending_pieces.pop(event.request_id)] = event.logits
        else:
            return False
        self.refresh()
        return True

    def _write_watched(self) -> None:
        waiting = list(self._pending_lookups.values())
        if not self.watched and not waiting:
            self.lookup_result.setText("")
            return
        names = ", ".join(repr(text) for text in [*self.watched, *waiting])
        self.lookup_result.setText(
            self.tr("Followed in the last rows of the table, at every step: {names}").format(names=names)
        )

    # --- the rows --------------------------------------------------------------------------------

    def _watched_rows(self) -> list[WatchedRow]:
        if self.result is None or not self.steps:
            return []
        self.word_probabilities = {}
        return [self._watched_row(text, tokens) for text, tokens in self.watched.items()]

    def _watched_row(self, looked_up: str, tokens: Pieces) -> WatchedRow:
        name = looked_up if self.synthetic is not None else repr(looked_up)
        if not tokens:
            cells = ("", self.tr("{name} · watched: no such token").format(name=name), "", "", "", "", "")
            return WatchedRow(cells, self.tr("Not a token of this distribution"))
        if len(tokens) == 1:
            return self._token_row(name, tokens[0][0])
        return self._word_row(looked_up, name, tokens)

    def _token_row(self, name: str, token: int) -> WatchedRow:
        assert self.result is not None
        cells = (
            integer(self.result.rank(token)),
            self.tr("{name} · watched").format(name=name),
            percent(float(self.result.probs[token])),
            percent(float(self.result.probs_after[token])),
            "",
            stage_name(self.result.removed_stage(token)),
            self._empirical_of(token),
        )
        tooltip = self.tr("{name}, followed with Find: its rank and probabilities at this step")
        return WatchedRow(cells, tooltip.format(name=name))

    def _empirical_of(self, token: int) -> str:
        if self.samples is None:
            return ""
        return percent(self.samples.get(token, 0) / sum(self.samples.values()))

    def _word_row(self, looked_up: str, name: str, tokens: Pieces) -> WatchedRow:
        ids = tuple(token for token, _ in tokens)
        pieces = " + ".join(repr(text) for _, text in tokens)
        first_rank = rank_of(self.steps[-1].logits, ids[0])
        tooltip = self.tr(
            "{name} is split into {count} pieces ({pieces}). Its probability is the product along its "
            "pieces, p(first) · p(second | first) …, from real probes of the model. A word has no rank of "
            "its own; its first piece ranks {rank} before the chain."
        ).format(name=name, count=integer(len(tokens)), pieces=pieces, rank=integer(first_rank))
        rows = self._piece_rows(ids)
        if rows is None:
            before_text = after_text = "…"
            removed = ""
        else:
            before, after = self.word_probabilities[looked_up] = word_probability(rows, ids, self.settings())
            before_text, after_text = percent(before), percent(after)
            removed = self.tr("a piece removed") if after == 0 else ""
        watched = self.tr("{name} · watched, {count} pieces").format(name=name, count=integer(len(tokens)))
        cells = ("—", watched, before_text, after_text, "", removed, "")
        return WatchedRow(cells, tooltip)

    def _piece_rows(self, tokens: tuple[int, ...]) -> list[np.ndarray] | None:
        """The logits each piece follows at the current step; asks for any not known yet (None until then)."""
        path = tuple(entry.token for entry in self.path)
        rows: list[np.ndarray] = [self.steps[-1].logits]
        missing = False
        for count in range(1, len(tokens)):
            key = path + tokens[:count]
            row = self.piece_logits.get(key)
            if row is None:
                missing = True
                if key not in self._pending_pieces.values():
                    self._pending_pieces[self._ask_distribution(key)] = key
            else:
                rows.append(row)
        return None if missing else rows
