"""What one logits row says about the token that really came next: log-probability, rank, entropy,
top alternatives; and, for two rows over the same vocabulary, KL(P‖Q) and whether the top token agrees.

Everything is computed on the full vocabulary, in float32 passes with float64 sums: the row is shifted
by its maximum first, so exp never overflows and log Z = max + ln Σ exp(x − max).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

LN2 = math.log(2.0)


@dataclass(frozen=True)
class RowScore:
    logprob: float  # ln P(target), natural log
    rank: int  # 1 = the most probable token of the whole vocabulary
    entropy_bits: float  # of the whole distribution at this step
    top_ids: np.ndarray  # the N most probable token ids, most probable first
    top_probs: np.ndarray


@dataclass(frozen=True)
class PairScore:
    kl: float  # KL(P_a ‖ P_b) in nats over the full vocabulary
    same_top: bool  # the two rows' most probable tokens are the same
    logprob_a: float  # ln P_a(target)
    logprob_b: float
    top_a: int  # each row's most probable token
    top_b: int


def _normalised(row: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(row − max, exp of it, ln Σ exp): log-softmax is shifted − ln Σ."""
    shifted = row - row.max()
    weights = np.exp(shifted)
    return shifted, weights, math.log(float(weights.sum(dtype=np.float64)))


def score_row(row: np.ndarray, target: int, top_n: int = 0) -> RowScore:
    """Score `target` under the distribution softmax(row)."""
    shifted, weights, log_total = _normalised(row)
    total = math.exp(log_total)
    # H = −Σ p ln p with ln p = shifted − ln Σ: H = ln Σ − (Σ e^shifted · shifted) / Σ
    entropy = log_total - float(np.dot(weights, shifted)) / total
    target_logit = row[target]
    rank = 1 + int(np.count_nonzero(row > target_logit))
    top_ids = _top_ids(row, top_n)
    top_probs = np.exp(shifted[top_ids].astype(np.float64) - log_total)
    return RowScore(
        logprob=float(shifted[target]) - log_total,
        rank=rank,
        entropy_bits=max(entropy, 0.0) / LN2,
        top_ids=top_ids,
        top_probs=top_probs,
    )


def _top_ids(row: np.ndarray, count: int) -> np.ndarray:
    count = min(count, row.size)
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(row, row.size - count)[row.size - count :]
    return part[np.argsort(-row[part], kind="stable")].astype(np.int64)


def score_pair(row_a: np.ndarray, row_b: np.ndarray, target: int) -> PairScore:
    """KL(P_a ‖ P_b) = Σ p_a (ln p_a − ln p_b), the top-token agreement and both ln P(target)."""
    shifted_a, weights_a, log_total_a = _normalised(row_a)
    shifted_b, _weights_b, log_total_b = _normalised(row_b)
    log_ratio = shifted_a - shifted_b  # ln p_a − ln p_b, up to the constant below
    constant = log_total_b - log_total_a
    kl = float(np.dot(weights_a, log_ratio)) / math.exp(log_total_a) + constant
    top_a, top_b = int(np.argmax(row_a)), int(np.argmax(row_b))
    return PairScore(
        kl=max(kl, 0.0),  # KL is never negative; rounding can leave −1e-9 for identical rows
        same_top=top_a == top_b,
        logprob_a=float(shifted_a[target]) - log_total_a,
        logprob_b=float(shifted_b[target]) - log_total_b,
        top_a=top_a,
        top_b=top_b,
    )
