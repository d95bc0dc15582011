"""What the logit lens reports for a block of rows (several layers x all positions) at once.

Per row (a layer at a position): the top k tokens with probabilities, a target's probability and
rank, the entropy and the KL divergence to the final layer. All of them need the whole softmax, so
the block's logits and probabilities are computed in full (by ggml in one graph where it can, see
`Unembedding.logits_and_probs`) into two buffers reused from block to block; nothing else of
vocabulary size is made.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.core.ggml_matvec import aligned_empty
from engine.inside.unembedding import Unembedding

LOG2E = 1.0 / np.log(2.0)
# logits per block (64 MB of float32, twice: logits and probabilities): a few layers at once
BLOCK_FLOATS = 16 * 2**20
TOPK_CHUNK = 1024


@dataclass
class LayerStats:
    top_ids: np.ndarray
    top_probs: np.ndarray
    target_prob: np.ndarray
    target_rank: np.ndarray
    entropy_bits: np.ndarray
    kl_bits: np.ndarray


def layers_per_block(n_positions: int, n_vocab: int) -> int:
    """How many layers' rows go into one matrix product: a taller product runs faster per row,
    within BLOCK_FLOATS."""
    return max(1, BLOCK_FLOATS // max(1, n_positions * n_vocab))


class LensBuffers:
    """Logits and probabilities for up to `rows` rows, aligned for ggml, reused block after block
    (fresh 64 MB arrays per block would cost their page faults every time)."""

    def __init__(self, rows: int, n_vocab: int) -> None:
        self.logits = aligned_empty((rows, n_vocab))
        self.probs = aligned_empty((rows, n_vocab))

    def take(self, rows: int) -> tuple[np.ndarray, np.ndarray]:
        return self.logits[:rows], self.probs[:rows]  # leading rows: contiguous, still aligned


def top_k_indices(logits: np.ndarray, k: int) -> np.ndarray:
    """The k largest columns of each row, largest first (equal values in any order).

    Faster than argpartition over whole rows: the k-th largest chunk maximum is a lower bound for
    the k-th largest value, so only the chunks whose maximum reaches it are searched.
    """
    n_rows, n_columns = logits.shape
    k = min(k, n_columns)
    if n_columns % TOPK_CHUNK or n_columns // TOPK_CHUNK <= k:
        top = (
            np.argpartition(logits, -k, axis=1)[:, -k:]
            if k < n_columns
            else np.tile(np.arange(k), (n_rows, 1))
        )
        return _sorted_columns(logits, top)
    chunked = logits.reshape(n_rows, -1, TOPK_CHUNK)
    maxima = chunked.max(axis=2)
    threshold = np.partition(maxima, -k, axis=1)[:, -k]
    rows, chunks = np.nonzero(maxima >= threshold[:, None])  # at least k chunks per row
    values = chunked[rows, chunks]  # candidates x TOPK_CHUNK, contiguous copies
    best = np.argpartition(values, -k, axis=1)[:, -k:]
    columns = (chunks[:, None] * TOPK_CHUNK + best).ravel()
    owners = np.repeat(rows, k)
    order = np.lexsort((columns, -logits[owners, columns], owners))
    first = np.searchsorted(owners[order], np.arange(n_rows))
    return columns[order][first[:, None] + np.arange(k)]


def _sorted_columns(logits: np.ndarray, columns: np.ndarray) -> np.ndarray:
    values = np.take_along_axis(logits, columns, axis=1)
    order = np.lexsort((columns, -values), axis=1) if columns.size else columns
    return np.take_along_axis(columns, order, axis=1)


def block_stats(
    unembedding: Unembedding,
    hidden: list[np.ndarray],
    final_logp: np.ndarray,
    targets: np.ndarray,
    top_k: int,
    buffers: LensBuffers,
    check_slot: int | None = None,
) -> tuple[list[LayerStats], float | None]:
    """Everything reported for a few layers (each n x n_embd), and, for `check_slot`, the largest
    |p_lens − p_llama| against the final log-probabilities (the self-check).

    With p the softmax, z the logits shifted by their maximum (so that ln p = z + ln p_max) and
    S = Σp: H = −Σ p z − S ln p_max and KL(p ‖ f) = −H − Σ p ln f, in nats, then bits. Ranks and
    the top k are taken on the logits (exact ties stay ties), probabilities read off p.
    """
    n = len(targets)
    logits, probs = buffers.take(n * len(hidden))
    unembedding.logits_and_probs(np.concatenate(hidden), logits, probs)
    rows = np.arange(len(logits))
    all_targets = np.tile(targets, len(hidden))
    target_logit = logits[rows, all_targets].copy()
    rank = np.count_nonzero(logits > target_logit[:, None], axis=1) + 1
    top = top_k_indices(logits, top_k)
    largest = logits[rows, top[:, 0]].copy()
    np.subtract(logits, largest[:, None], out=logits)
    log_p_max = np.log(probs[rows, top[:, 0]].astype(np.float64))
    total = probs.sum(axis=1, dtype=np.float64)
    mean_z = np.einsum("ij,ij->i", probs, logits).astype(np.float64)
    mean_final = np.concatenate(
        [np.einsum("ij,ij->i", probs[i * n : (i + 1) * n], final_logp) for i in range(len(hidden))]
    ).astype(np.float64)
    entropy = -mean_z - total * log_p_max
    kl = np.maximum((-entropy - mean_final) * LOG2E, 0.0).astype(np.float32)
    check = None
    if check_slot is not None:
        part = probs[check_slot * n : (check_slot + 1) * n]
        check = float(np.max(np.abs(part - np.exp(final_logp))))
    stats = [
        LayerStats(
            top_ids=top[part].astype(np.int32),
            top_probs=np.take_along_axis(probs[part], top[part], axis=1).astype(np.float32),
            target_prob=probs[rows[part], all_targets[part]].astype(np.float32),
            target_rank=rank[part].astype(np.int32),
            entropy_bits=(entropy[part] * LOG2E).astype(np.float32),
            kl_bits=kl[part],
        )
        for part in (slice(i * n, (i + 1) * n) for i in range(len(hidden)))
    ]
    return stats, check
