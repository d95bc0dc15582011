"""Exact top-k cosine search over the whole vocabulary, reading a quarter of the float32 bytes.

The exact score of row r for a query q is cos(v_r, q) computed in float64 from the model file's own
float32 values, rounded to float32 (`exact_scores`); the exact search ranks every row by it, ties in id
order (`exact_top`). `nearest_ids` returns the same ids and scores in two passes:

1. First pass: ŝ_r = (Q8_0 row r · Q8_0(q)) x scale_r through ggml (the model file's own Q8_0 blocks
   and 1 / |v_r|, or a Q8_0 copy of the unit rows). Rigorously |ŝ_r − s_r| ≤ ε_r, with
   ε_r = E_q + e_r (1 + E_q) + γ (1 + E_q)(1 + e_r), where E_q bounds |Q8_0(q) − q| from the
   quantization step of each block of q (half a step, plus the float16 rounding of the step), e_r is
   the row's stored quantization error (0 for the file's own blocks), and γ covers the float32
   rounding of the dot product (n_embd / 32 + 24 terms of 2^-24 each) and of the exact score.
2. L = the k-th largest ŝ_r − ε_r is a lower bound of the exact k-th score. Every row of the exact
   top k (ties included) has ŝ_r + ε_r ≥ s_r ≥ L, so re-ranking exactly the rows with
   ŝ_r + ε_r ≥ L gives the exact top k. Typically a few dozen rows out of 262,144.
Without ggml the first pass is numpy's float32 product over the exact rows (ε: float32 rounding only):
the same answers, slower.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from engine.core.ggml_matvec import Q8Matvec
from engine.embeddings.index import EmbeddingIndex
from engine.embeddings.ranking import top_k

UNIT = 2.0**-24  # float32 unit roundoff
EXACT_CHUNK = 16384


def exact_scores(index: EmbeddingIndex, ids: np.ndarray | slice, query: np.ndarray) -> np.ndarray:
    """cos(row, query) for the chosen rows: float64 from the file's float32 values, as float32."""
    rows = index.rows_at(ids).astype(np.float64)
    lengths = np.sqrt(np.einsum("ij,ij->i", rows, rows))
    with np.errstate(divide="ignore", invalid="ignore"):
        # einsum sums each row on its own, the same way whatever the batch, so a re-ranked row gets
        # the score the full scan gives it (the tests and the bench check the equality bit for bit)
        scores = np.einsum("ij,j->i", rows, np.asarray(query, np.float64)) / np.where(
            lengths > 0, lengths, 1.0
        )
    return scores.astype(np.float32)


def all_exact_scores(index: EmbeddingIndex, query: np.ndarray) -> np.ndarray:
    """`exact_scores` of every row (the exact search's scores), in chunks."""
    return np.concatenate(
        [
            exact_scores(index, slice(first, min(first + EXACT_CHUNK, index.n_vocab)), query)
            for first in range(0, index.n_vocab, EXACT_CHUNK)
        ]
    )


def ranked(ids: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best finite scores, largest first, ties in id order (`ids` ascending)."""
    keep = np.isfinite(scores)
    ids, scores = ids[keep], scores[keep]
    order = np.argsort(-scores, kind="stable")[:k]
    return ids[order], scores[order]


def exact_top(
    index: EmbeddingIndex, query: np.ndarray, k: int, blocked: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """The exact search: every row's exact score, blocked rows (bool mask) left out."""
    scores = all_exact_scores(index, query)
    scores[~np.isfinite(scores)] = -np.inf
    if blocked is not None:
        scores[blocked] = -np.inf
    best = top_k(scores, k)
    return best, scores[best]


def query_error(query: np.ndarray) -> float:
    """A bound on |Q8_0(query) − query| (Euclidean), from the quantization step of each block of 32.

    Per value: half a step d = max|x| / 127, the float16 rounding of d times 127 quants (relative
    2^-11, or 2^-24 absolute below float16's normal range) and the float32 rounding of x / d.
    """
    grouped = np.abs(np.asarray(query, np.float64)).reshape(-1, 32)
    step = grouped.max(axis=1) / 127
    rounding = np.maximum(step * 2.0**-11, 2.0**-24)
    per_value = step * (0.5 + 127 * 2.0**-22) + 127 * rounding
    return float(np.sqrt(32 * (per_value**2).sum()))


@dataclass
class Scorer:
    """A first pass: approximate cosines of every row, and what bounds their error."""

    product: Callable[[np.ndarray], np.ndarray]  # float32 query -> raw dot of every row
    scale: np.ndarray  # per row: product x scale approximates the cosine
    error: np.ndarray | None  # per row: ‖first-pass row − exact unit row‖ (None: 0)
    query_error: Callable[[np.ndarray], float]  # bound on |what the product uses − query|
    terms: int  # float32 additions per dot product that round (for γ)
    name: str

    def bound(self, query: np.ndarray) -> np.ndarray | float:
        """ε_r: |approximate − exact cosine| ≤ ε_r for every row r."""
        e_q = self.query_error(query) + 4 * UNIT  # + the float32 rounding of the query itself
        gamma = (self.terms + 24) * UNIT * (1 + e_q)
        if self.error is None:
            return e_q + gamma
        return e_q + self.error * (1 + e_q) + gamma * (1 + self.error)


def ggml_scorer(index: EmbeddingIndex, matvec: Q8Matvec) -> Scorer:
    """Q8_0 rows x Q8_0(query) through ggml."""
    error = None if index.direct else index.error
    return Scorer(matvec, index.scale, error, query_error, index.n_embd // 32, "ggml Q8_0")


def numpy_scorer(index: EmbeddingIndex) -> Scorer:
    """The exact float32 rows x the float32 query, chunk by chunk through numpy (no ggml)."""

    def product(query: np.ndarray) -> np.ndarray:
        return np.concatenate(
            [
                index.rows_at(slice(first, min(first + EXACT_CHUNK, index.n_vocab))) @ query
                for first in range(0, index.n_vocab, EXACT_CHUNK)
            ]
        )

    return Scorer(product, index.inverse_length, None, lambda _query: 0.0, index.n_embd, "numpy float32")


def candidates(scorer: Scorer, query: np.ndarray, k: int, blocked: np.ndarray | None) -> np.ndarray:
    """The rows that may be in the exact top k (ascending ids): ŝ_r + ε_r ≥ k-th largest ŝ − ε."""
    approx = scorer.product(query.astype(np.float32))
    approx *= scorer.scale
    bound = scorer.bound(query)
    with np.errstate(invalid="ignore"):
        low = approx - bound
        low[~np.isfinite(low)] = -np.inf
        if blocked is not None:
            low[blocked] = -np.inf
        eligible = np.isfinite(low)
        best = top_k(low, k)
        if best.size < k:  # fewer than k rows can rank at all: re-rank them all
            return np.flatnonzero(eligible)
        keep = approx + bound >= low[best[-1]]
        keep &= eligible
    return np.flatnonzero(keep)


def nearest_ids(
    index: EmbeddingIndex,
    scorer: Scorer | None,
    vector: np.ndarray,
    k: int,
    blocked: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The exact k nearest rows to `vector` by cosine (ids, float32 cosines), blocked rows left out."""
    query = np.asarray(vector, np.float64)
    length = float(np.linalg.norm(query))
    if length == 0:
        raise ValueError("the query vector is zero: its cosine with anything is undefined")
    if not np.isfinite(length):
        return np.empty(0, np.int64), np.empty(0, np.float32)
    query = query / length
    if scorer is None:
        return exact_top(index, query, k, blocked)
    chosen = candidates(scorer, query, k, blocked)
    return ranked(chosen, exact_scores(index, chosen, query), k)


def blocked_rows(n_vocab: int, hidden: np.ndarray | None, exclude: Sequence[int]) -> np.ndarray | None:
    """One mask of the rows a query leaves out: hidden by a filter, or excluded (its own tokens)."""
    if not exclude:
        return hidden
    blocked = np.zeros(n_vocab, bool) if hidden is None else hidden.copy()
    blocked[list(exclude)] = True
    return blocked
