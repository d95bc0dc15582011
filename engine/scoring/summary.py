"""Summary statistics of a model-vs-model comparison, as `llama-perplexity --kl-divergence` reports
them: mean KL divergence and its percentiles, the share of positions whose top token is the same
("same top p"), percentiles of Δp = p_b(token) − p_a(token), and the perplexity of each model.

Model A is the reference (llama.cpp's "base"), model B the one compared with it (llama.cpp's "Q").
KL is in nats (natural log), as llama.cpp prints it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

KL_PERCENTILES = (99.9, 99.0, 95.0, 90.0, 50.0, 10.0, 5.0, 1.0, 0.1)
DELTA_P_PERCENTILES = (99.9, 99.0, 95.0, 90.0, 75.0, 50.0, 25.0, 10.0, 5.0, 1.0, 0.1)


def _percentiles(values: np.ndarray, points: Sequence[float]) -> dict[str, float]:
    table = {"max": float(values.max())}
    table.update({f"{point:g}": float(np.percentile(values, point)) for point in points})
    table["min"] = float(values.min())
    return table


def perplexity(logprobs: np.ndarray) -> float:
    return math.exp(-float(logprobs.mean()))


def token_summary(
    kl: np.ndarray, same_top: np.ndarray, logprob_a: np.ndarray, logprob_b: np.ndarray
) -> dict[str, Any]:
    """llama-perplexity's KL-divergence statistics over the scored tokens."""
    if kl.size == 0:
        raise ValueError("nothing to compare: the text has fewer than two tokens")
    delta_p = np.exp(logprob_b) - np.exp(logprob_a)
    ppl_a, ppl_b = perplexity(logprob_a), perplexity(logprob_b)
    return {
        "n_tokens": int(kl.size),
        "mean_kl": float(kl.mean()),
        "kl_p99": float(np.percentile(kl, 99.0)),
        "kl_median": float(np.median(kl)),
        "kl_percentiles": _percentiles(kl, KL_PERCENTILES),
        "kl_unit": "nats",
        "same_top_share": float(same_top.mean()),
        "ppl_a": ppl_a,
        "ppl_b": ppl_b,
        "ppl_ratio": ppl_b / ppl_a,
        "ln_ppl_ratio": math.log(ppl_b / ppl_a),
        "ppl_unit": "token",
        "delta_p_mean": float(delta_p.mean()),
        "delta_p_rms": float(np.sqrt(np.mean(delta_p**2))),
        "delta_p_percentiles": _percentiles(delta_p, DELTA_P_PERCENTILES),
    }


def word_summary(bits_a: np.ndarray, bits_b: np.ndarray) -> dict[str, Any]:
    """Per-word statistics for models with different vocabularies: no KL (the distributions are over
    different tokens), word perplexities 2^(mean bits per word) and Δp of each word's probability."""
    if bits_a.size == 0:
        raise ValueError("no word was scored by both models")
    delta_p = np.exp2(-bits_b) - np.exp2(-bits_a)
    ppl_a, ppl_b = float(np.exp2(bits_a.mean())), float(np.exp2(bits_b.mean()))
    return {
        "n_words": int(bits_a.size),
        "mean_kl": None,
        "kl_p99": None,
        "same_top_share": None,
        "ppl_a": ppl_a,
        "ppl_b": ppl_b,
        "ppl_ratio": ppl_b / ppl_a,
        "ln_ppl_ratio": math.log(ppl_b / ppl_a),
        "ppl_unit": "word",
        "delta_p_mean": float(delta_p.mean()),
        "delta_p_rms": float(np.sqrt(np.mean(delta_p**2))),
        "delta_p_percentiles": _percentiles(delta_p, DELTA_P_PERCENTILES),
    }
