"""Attention rollout (Abnar & Zuidema 2020): how much of the last position's information flows from
each input token, if attention were the only path and the residual connection an equal second path.

Each layer's attention (llama.cpp's `kq_soft_max-<ℓ>`, copied by a TensorTap) is averaged over heads,
the identity added for the residual stream and the rows renormalised: Â = (A + I) / 2. The rollout
is R = Â_{L−1} ⋯ Â_1 Â_0; row n−1 of R says how much of the last position's state "comes from" each
token. It ignores the MLPs, the values' sizes and the target: a cheap second opinion, not occlusion.
"""

from __future__ import annotations

import numpy as np

from engine.core.session import Session
from engine.core.tensor_tap import TensorTap
from engine.process.tasks import TaskContext

SOFTMAX_PREFIX = "kq_soft_max-"
MAX_ROLLOUT_TOKENS = 1024


class _MeanAttention:
    """Per layer, the attention averaged over heads (n x n float64), filled micro-batch by micro-batch."""

    def __init__(self, n_layers: int, n_tokens: int, context: TaskContext) -> None:
        self.maps = np.zeros((n_layers, n_tokens, n_tokens))
        self.rows_done = [0] * n_layers
        self.context = context
        self.tap = TensorTap(self.wants, self.receive)

    def wants(self, name: str) -> bool:
        return name.startswith(SOFTMAX_PREFIX) and name[len(SOFTMAX_PREFIX) :].isdigit()

    def receive(self, name: str, array: np.ndarray) -> None:
        self.context.check()
        layer = int(name[len(SOFTMAX_PREFIX) :])
        if layer >= len(self.maps):
            return
        heads = array.reshape((-1, *array.shape[-2:]))  # (n_head, rows, n_kv padded)
        first = self.rows_done[layer]
        rows = min(heads.shape[1], self.maps.shape[1] - first)
        keys = first + rows
        self.maps[layer, first:keys, :keys] = heads[:, :rows, :keys].mean(axis=0)
        self.rows_done[layer] = keys


def mean_attention(session: Session, tokens: list[int], context: TaskContext) -> np.ndarray:
    """layers x n x n: each layer's attention weights averaged over its heads."""
    if len(tokens) > MAX_ROLLOUT_TOKENS:
        raise ValueError(f"rollout is limited to {MAX_ROLLOUT_TOKENS} tokens; this prompt has {len(tokens)}")
    collector = _MeanAttention(session.info().n_layers, len(tokens), context)
    model = session.model
    with model.capturing(collector.tap, n_ctx=len(tokens) + 16):
        model.hold(tokens, context.should_stop)
    return collector.maps


def rollout(maps: np.ndarray) -> np.ndarray:
    """R = Â_{L−1} ⋯ Â_0 with Â = rows of (A + I) renormalised; every row of R sums to 1."""
    n = maps.shape[1]
    result = np.eye(n)
    for layer in maps:
        mixed = layer + np.eye(n)
        mixed /= mixed.sum(axis=1, keepdims=True)
        result = mixed @ result
    return result
