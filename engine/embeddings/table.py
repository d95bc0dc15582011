"""One model's embedding table (matrix, unit rows, vocabulary, filter masks), opened once per session."""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.embeddings.matrix import Progress, StopCheck, load_matrices, matrix_shape
from engine.embeddings.vocabulary import Filters, cached_vocabulary
from engine.process.tasks import TaskContext

if TYPE_CHECKING:
    from engine.core.session import Session

CACHE_KEY = "embeddings"  # Session.cache entry holding the EmbeddingTable


@dataclass
class EmbeddingTable:
    """One model's token vectors, with what a query needs: unit rows, token texts, filter masks."""

    vectors: np.ndarray  # (n_vocab, n_embd) float16, the dequantized rows (memory-mapped)
    unit: np.ndarray  # (n_vocab, n_embd) float32, rows of length 1 (memory-mapped)
    texts: list[str]
    special: np.ndarray  # bool per token: control / unknown tokens
    byte: np.ndarray  # bool per token: raw bytes
    whole_word: np.ndarray  # bool per token
    from_cache: bool
    seconds: float  # time it took to open
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step of opening
    _hidden: dict[Filters, np.ndarray | None] = field(default_factory=dict)

    @property
    def vocab_size(self) -> int:
        return int(self.unit.shape[0])

    @property
    def n_embd(self) -> int:
        return int(self.unit.shape[1])

    def hidden(self, filters: Filters) -> np.ndarray | None:
        """Tokens a filter hides (None: nothing hidden), computed once per filter."""
        if filters not in self._hidden:
            hidden = np.zeros(self.vocab_size, bool)
            if filters.hide_special:
                hidden |= self.special | self.byte
            if filters.whole_words:
                hidden |= ~self.whole_word
            self._hidden[filters] = hidden if hidden.any() else None
        return self._hidden[filters]

    def mean_vector(self, ids: Sequence[int]) -> np.ndarray:
        """The mean of the tokens' vectors (float32)."""
        if not ids:
            raise ValueError("no tokens to average")
        return np.asarray(self.vectors[list(ids)], np.float32).mean(axis=0)

    def token(self, token_id: int) -> dict[str, Any]:
        return {"id": int(token_id), "text": self.texts[token_id]}


def open_table(
    session: Session, progress: Progress | None = None, should_stop: StopCheck | None = None
) -> EmbeddingTable:
    """Read (or load from the cache) the model's embedding matrix and vocabulary.

    The vocabulary (Python-bound) is read in a second thread while numpy dequantizes the matrix
    (which releases the interpreter lock); only this thread reports progress.
    """
    started = time.perf_counter()
    path = session.model.settings.path
    with ThreadPoolExecutor(max_workers=1) as helper:
        words = helper.submit(cached_vocabulary, session, matrix_shape(path)[0])
        vectors, unit, from_cache = load_matrices(path, progress, should_stop)
        matrix_seconds = time.perf_counter() - started
        if progress is not None:
            progress(1.0, "reading the vocabulary")
        vocabulary_found = words.result()
    return EmbeddingTable(
        vectors=vectors,
        unit=unit,
        texts=vocabulary_found.texts,
        special=vocabulary_found.special,
        byte=vocabulary_found.byte,
        whole_word=vocabulary_found.whole_word,
        from_cache=from_cache,
        seconds=time.perf_counter() - started,
        phases={
            "matrices": matrix_seconds,
            "vocabulary_wait": time.perf_counter() - started - matrix_seconds,
        },
    )


def embedding_table(session: Session, context: TaskContext | None = None) -> EmbeddingTable:
    """The session's table, opened on first use and kept in session.cache until the model goes."""
    table = session.cache.get(CACHE_KEY)
    if table is None:
        context = context or TaskContext()
        table = open_table(session, context.progress, context.should_stop)
        session.cache[CACHE_KEY] = table
    assert isinstance(table, EmbeddingTable)
    return table
