"""One model's embedding table (rows, search index, vocabulary, filter masks), opened once per session."""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.ggml_matvec import Q8Matvec
from engine.embeddings.index import EmbeddingIndex, load_index
from engine.embeddings.matrix import Progress, RowsAt, StopCheck, matrix_shape
from engine.embeddings.search import Scorer, ggml_scorer, numpy_scorer
from engine.embeddings.vocabulary import Filters, cached_vocabulary
from engine.process.tasks import TaskContext

if TYPE_CHECKING:
    from engine.core.session import Session

CACHE_KEY = "embeddings"  # Session.cache entry holding the EmbeddingTable


class Rows:
    """Rows of the embedding matrix read on demand from the model file (float32): `rows[ids]`.

    `unit=True` scales each row to length 1 (zero rows stay zero).
    """

    def __init__(self, rows_at: RowsAt, shape: tuple[int, int], unit: bool = False) -> None:
        self._rows_at, self.shape, self._unit = rows_at, shape, unit
        self.dtype = np.dtype(np.float32)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, which: Any) -> np.ndarray:
        if isinstance(which, (int, np.integer)):
            return self[np.array([which])][0]
        picked = which if isinstance(which, slice) else np.asarray(which, np.int64)
        rows = self._rows_at(picked)
        if not self._unit:
            return rows
        lengths = np.sqrt(np.einsum("ij,ij->i", rows, rows))
        return rows / np.where(lengths > 0, lengths, 1.0)[:, None]


@dataclass
class EmbeddingTable:
    """One model's token vectors, with what a query needs: the search index, token texts, filter masks."""

    index: EmbeddingIndex
    scorer: Scorer | None  # the first pass (ggml, else numpy); None: exact scores of every row
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
        return self.index.n_vocab

    @property
    def n_embd(self) -> int:
        return self.index.n_embd

    @property
    def vectors(self) -> Rows:
        """The rows as the model file holds them, as float32: `table.vectors[ids]`."""
        return Rows(self.index.rows_at, (self.vocab_size, self.n_embd))

    @property
    def unit(self) -> Rows:
        """The rows scaled to length 1: `table.unit[ids]`."""
        return Rows(self.index.rows_at, (self.vocab_size, self.n_embd), unit=True)

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

    The vocabulary (Python-bound) is read in a second thread while numpy reads the matrix (which
    releases the interpreter lock); only this thread reports progress.
    """
    started = time.perf_counter()
    path = session.model.settings.path
    with ThreadPoolExecutor(max_workers=1) as helper:
        words = helper.submit(cached_vocabulary, session, matrix_shape(path)[0])
        index, from_cache = load_index(path, progress, should_stop)
        matrix_seconds = time.perf_counter() - started
        if progress is not None:
            progress(1.0, "reading the vocabulary")
        vocabulary_found = words.result()
    return EmbeddingTable(
        index=index,
        scorer=first_pass_scorer(index),
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


def first_pass_scorer(index: EmbeddingIndex) -> Scorer:
    """ggml's Q8_0 product where the libraries load, else numpy's float32 one (same results, slower)."""
    matvec = None if index.blocks is None else Q8Matvec.open(index.blocks, index.n_embd)
    return numpy_scorer(index) if matvec is None else ggml_scorer(index, matvec)


def embedding_table(session: Session, context: TaskContext | None = None) -> EmbeddingTable:
    """The session's table, opened on first use and kept in session.cache until the model goes."""
    table = session.cache.get(CACHE_KEY)
    if table is None:
        context = context or TaskContext()
        table = open_table(session, context.progress, context.should_stop)
        session.cache[CACHE_KEY] = table
    assert isinstance(table, EmbeddingTable)
    return table
