"""Which tokens a context must decode to hold a sequence: cached-prefix reuse, n_batch chunks, stops.

`ContextFeed` is the backend's base class; the backend supplies the llama.cpp calls it builds on.
"""

from __future__ import annotations

import abc
import threading
from collections.abc import Callable, Sequence

import numpy as np

from engine.core.llama_types import Cancelled
from engine.core.models import LoadSettings


class ContextFeed(abc.ABC):
    """Keeps a context holding exactly the tokens asked for, decoding only what it does not hold yet."""

    settings: LoadSettings
    _cached: list[int]  # tokens whose keys/values sit in the KV cache
    _stop_flag: threading.Event

    @property
    @abc.abstractmethod
    def n_ctx(self) -> int: ...

    @abc.abstractmethod
    def _decode(self, tokens: Sequence[int], outputs: int = 1) -> None:
        """Decode `tokens` after the cached ones; logits are kept for the last `outputs` of them."""

    @abc.abstractmethod
    def forget_from(self, position: int) -> None: ...

    @abc.abstractmethod
    def last_logits(self) -> np.ndarray: ...

    @abc.abstractmethod
    def _output_rows(self, count: int) -> np.ndarray:
        """The logits rows (count x n_vocab) the last decode kept, copied."""

    def request_stop(self) -> None:
        """Ask a running evaluation to stop at its next batch boundary (safe from any thread)."""
        self._stop_flag.set()

    def evaluate(self, tokens: Sequence[int], should_stop: Callable[[], bool] | None = None) -> np.ndarray:
        """Make the context hold exactly `tokens` and return the logits row of the last one.

        The longest prefix already in the KV cache is reused; the rest is decoded in n_batch
        chunks with `should_stop` checked between them.
        """
        if not tokens:
            raise ValueError("nothing to evaluate: the prompt is empty")
        if len(tokens) > self.n_ctx:
            raise ValueError(f"the prompt has {len(tokens)} tokens but the context holds {self.n_ctx}")
        common = min(self._cached_prefix(tokens), len(tokens) - 1)  # the last token is decoded again
        self.forget_from(common)
        self._decode_chunks(tokens, common, should_stop)
        return self.last_logits()

    def logits_rows(
        self, tokens: Sequence[int], count: int, should_stop: Callable[[], bool] | None = None
    ) -> np.ndarray:
        """Make the context hold exactly `tokens`; logits rows (count x n_vocab) of the last `count`.

        Row i predicts the token after tokens[len(tokens) - count + i] (teacher forcing). The cached
        prefix is reused; the last `count` tokens are decoded again, in the final chunk, so that one
        llama_decode call returns all their rows.
        """
        if not 1 <= count <= len(tokens):
            raise ValueError(f"count must be between 1 and {len(tokens)}")
        if count > self.settings.n_batch:
            raise ValueError(f"at most {self.settings.n_batch} rows at once (n_batch)")
        head = list(tokens[: len(tokens) - count])
        if head:
            self.hold(head, should_stop)
        else:
            self.forget_from(0)
        tail = list(tokens[len(tokens) - count :])
        self._decode(tail, outputs=count)
        self._cached.extend(tail)
        return self._output_rows(count)

    def hold(self, tokens: Sequence[int], should_stop: Callable[[], bool] | None = None) -> None:
        """Make the context hold exactly `tokens`, reusing the cache; no logits are read.

        Unlike `evaluate`, a token already cached is never decoded again (a capture sees each once).
        """
        if len(tokens) > self.n_ctx:
            raise ValueError(f"the prompt has {len(tokens)} tokens but the context holds {self.n_ctx}")
        common = self._cached_prefix(tokens)
        self.forget_from(common)
        self._decode_chunks(tokens, common, should_stop)

    def _decode_chunks(
        self, tokens: Sequence[int], start: int, should_stop: Callable[[], bool] | None
    ) -> None:
        self._stop_flag.clear()
        batch = self.settings.n_batch
        for first in range(start, len(tokens), batch):
            if self._stop_flag.is_set() or (should_stop is not None and should_stop()):
                raise Cancelled("evaluation cancelled")
            chunk = list(tokens[first : first + batch])
            self._decode(chunk)
            self._cached.extend(chunk)

    def _cached_prefix(self, tokens: Sequence[int]) -> int:
        """How many leading tokens of `tokens` the KV cache already holds."""
        common = 0
        for cached, new in zip(self._cached, tokens, strict=False):
            if cached != new:
                break
            common += 1
        return common

    def append(self, token: int) -> np.ndarray:
        """Decode one more token after what the context holds; logits row of that token."""
        if len(self._cached) >= self.n_ctx:
            raise ValueError("the context is full")
        self._decode([token])
        self._cached.append(token)
        return self.last_logits()

    @property
    def n_cached(self) -> int:
        return len(self._cached)
