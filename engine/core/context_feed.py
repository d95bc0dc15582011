"""Which tokens a context must decode to hold a sequence: cached-prefix reuse, n_batch chunks, stops.

`ContextFeed` is the backend's base class; the backend supplies the llama.cpp calls it builds on.
"""

from __future__ import annotations

import abc
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from engine.core.llama_types import Cancelled
from engine.core.models import LoadSettings

log = logging.getLogger(__name__)


class ContextFeed(abc.ABC):
    """Keeps a context holding exactly the tokens asked for, decoding only what it does not hold yet."""

    settings: LoadSettings
    _cached: list[int]  # tokens whose keys/values sit in the KV cache
    _stop_flag: threading.Event
    _ahead: Future[np.ndarray] | None = None  # a decode running on the worker thread (append_ahead)
    _ahead_pool: ThreadPoolExecutor | None = None

    @property
    @abc.abstractmethod
    def n_ctx(self) -> int: ...

    @abc.abstractmethod
    def _decode(self, tokens: Sequence[int], outputs: int = 1) -> None:
        """Decode `tokens` after the cached ones; logits are kept for the last `outputs` of them."""

    @abc.abstractmethod
    def _set_abort(self, check: Callable[[], bool] | None) -> None:
        """Have llama.cpp call `check` between graph nodes and abort the decode when it is true."""

    @abc.abstractmethod
    def forget_from(self, position: int) -> None: ...

    @abc.abstractmethod
    def last_logits(self) -> np.ndarray: ...

    @abc.abstractmethod
    def _output_row(self, index: int) -> np.ndarray:
        """Logits row `index` of those the last decode kept: a view, valid until the next decode."""

    def request_stop(self) -> None:
        """Ask a running evaluation to stop at its next batch boundary (safe from any thread)."""
        self._stop_flag.set()

    def evaluate(self, tokens: Sequence[int], should_stop: Callable[[], bool] | None = None) -> np.ndarray:
        """Make the context hold exactly `tokens` and return the logits row of the last one.

        The longest prefix already in the KV cache is reused; the rest is decoded in n_batch
        chunks with `should_stop` checked between them.
        """
        self.settle()
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
        prefix is reused; the last `count` tokens are decoded again, so that one llama_decode call
        (per n_batch of rows) returns all their rows.
        """
        return np.stack([row.copy() for row in self.each_logits_row(tokens, count, should_stop)])

    def each_logits_row(
        self, tokens: Sequence[int], count: int, should_stop: Callable[[], bool] | None = None
    ) -> Iterator[np.ndarray]:
        """As `logits_rows`, one row at a time, without copying: each row is a view into llama.cpp's
        output buffer, valid until the next decode (read it before asking for the next row).

        The last `count` tokens are decoded in n_batch chunks, each one decode keeping all its rows,
        so memory is llama.cpp's own buffer of at most n_batch rows, never count x n_vocab here.
        """
        self.settle()
        if not 1 <= count <= len(tokens):
            raise ValueError(f"count must be between 1 and {len(tokens)}")
        head = list(tokens[: len(tokens) - count])
        if head:
            self.hold(head, should_stop)
        else:
            self.forget_from(0)
        tail = list(tokens[len(tokens) - count :])
        for first in range(0, count, self.settings.n_batch):
            if first and should_stop is not None and should_stop():
                raise Cancelled("evaluation cancelled")
            chunk = tail[first : first + self.settings.n_batch]
            self._decode_abortable(chunk, len(chunk), should_stop)
            self._cached.extend(chunk)
            for index in range(len(chunk)):
                yield self._output_row(index)

    def hold(self, tokens: Sequence[int], should_stop: Callable[[], bool] | None = None) -> None:
        """Make the context hold exactly `tokens`, reusing the cache; no logits are read.

        Unlike `evaluate`, a token already cached is never decoded again (a capture sees each once).
        """
        self.settle()
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
            self._decode_abortable(chunk, 1, should_stop)
            self._cached.extend(chunk)

    def _decode_abortable(
        self, tokens: Sequence[int], outputs: int, should_stop: Callable[[], bool] | None
    ) -> None:
        """`_decode` with llama.cpp's abort callback asking the stop flag and `should_stop` between
        graph nodes, so that a long chunk stops within milliseconds of a cancel, not at its end.

        The callback costs a Python call per graph node (~1 ms a chunk); single-token decodes
        (`append`) go without it, since generation checks between tokens anyway.
        """
        stopped = False

        def check() -> bool:
            nonlocal stopped
            stopped = stopped or self._stop_flag.is_set() or (should_stop is not None and should_stop())
            return stopped

        self._set_abort(check)
        try:
            self._decode(tokens, outputs)
        except RuntimeError:
            if not stopped:
                raise
            self.forget_from(len(self._cached))  # drop whatever the aborted chunk left in the cache
            raise Cancelled("evaluation cancelled") from None
        finally:
            self._set_abort(None)

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
        self.settle()
        return self._append_now(token)

    def _append_now(self, token: int) -> np.ndarray:
        if len(self._cached) >= self.n_ctx:
            raise ValueError("the context is full")
        self._decode([token])
        self._cached.append(token)
        return self.last_logits()

    # --- decoding ahead: the next token's llama_decode overlapped with the caller's own work --------

    @property
    def can_decode_ahead(self) -> bool:
        """False while something (a tensor tap) must see every decode on the owner's thread."""
        return True

    def append_ahead(self, token: int) -> None:
        """Start `append(token)` on a worker thread and return at once; `take_ahead` gives its row.

        llama_decode releases the GIL, so the caller's Python and numpy work runs meanwhile. Any other
        use of the context (evaluate, hold, append, forget_from) first waits for the decode to end."""
        self.settle()
        if len(self._cached) >= self.n_ctx:
            raise ValueError("the context is full")
        if self._ahead_pool is None:
            self._ahead_pool = ThreadPoolExecutor(1, thread_name_prefix="lanterna-decode")
        self._ahead = self._ahead_pool.submit(self._append_now, token)

    def take_ahead(self) -> np.ndarray:
        """Wait for the decode `append_ahead` started; the logits row of its token."""
        future, self._ahead = self._ahead, None
        if future is None:
            raise RuntimeError("no decode is running ahead (the context was used in between)")
        return future.result()

    def settle(self) -> None:
        """Wait for a decode running ahead that nobody will take (a generation left early)."""
        if threading.current_thread().name.startswith("lanterna-decode"):
            return  # the decode itself (a tap's cleanup) must not wait for itself
        future, self._ahead = self._ahead, None
        if future is not None:
            try:
                future.result()
            except Exception:  # the abandoned token is simply not in the cache
                log.warning("a decode ahead failed", exc_info=True)

    def _stop_worker(self) -> None:
        self.settle()
        if self._ahead_pool is not None:
            self._ahead_pool.shutdown(wait=True)
            self._ahead_pool = None

    @property
    def n_cached(self) -> int:
        return len(self._cached)
