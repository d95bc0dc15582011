"""Which parts of a prompt a prediction rests on: occlusion (leave one out) and contrastive occlusion.

Occlusion: score(u) = log p(target | prompt) − log p(target | prompt without u), in nats; positive =
the target became less likely without u. Contrastive: the same for log p(A) − log p(B). The ablated
prompts are evaluated from the last unit to the first, so each shares with the one before it every
token before its gap: those keys and values stay in the KV cache (the context feed reuses the common
prefix) and only the tokens after the gap are decoded, n(n−1)/2 instead of n(n−1) for n
single-token units.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.inside.units import Unit
from engine.process.tasks import TaskContext

if TYPE_CHECKING:  # the GUI unpickles these results: no llama_cpp behind them
    from engine.core.session import Session


@dataclass
class Attribution:
    prompt: str
    tokens: list[tuple[int, str]]
    target: str
    target_ids: list[int]
    contrast: str | None
    contrast_ids: list[int]
    unit: str
    method: str  # "occlusion" or "rollout"
    units: list[Unit]
    scores: list[float]
    base_logprob: float  # log p(target), or log p(target) − log p(contrast), in nats
    evaluations: int  # tokens decoded (occlusion) or 1 prompt pass (rollout)
    naive_evaluations: int  # what evaluating every ablated prompt from scratch would decode
    seconds: float
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt,
            "tokens": [{"id": token, "text": text} for token, text in self.tokens],
            "target": self.target,
            "target_ids": self.target_ids,
            "contrast": self.contrast,
            "contrast_ids": self.contrast_ids,
            "unit": self.unit,
            "method": self.method,
            "units": [
                {"text": u.text, "start": u.start, "end": u.end, "tokens": list(u.token_indices), "score": s}
                for u, s in zip(self.units, self.scores, strict=True)
            ],
            "base_logprob": self.base_logprob,
            "evaluations": self.evaluations,
            "naive_evaluations": self.naive_evaluations,
            "seconds": self.seconds,
            **self.extra,
        }


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


class Scorer:
    """log p(continuation | tokens) by teacher forcing, counting the tokens each evaluation decodes.

    `reuse=False` empties the KV cache first every time (the naive baseline the saving is measured
    against). The count mirrors the context feed: the held prefix is kept, the rest decoded.
    """

    def __init__(self, session: Session, context: TaskContext, reuse: bool = True) -> None:
        self.model = session.model
        self.context = context
        self.reuse = reuse
        self.decoded = 0
        self.naive = 0  # what the same evaluations decode from an empty cache
        self.model.forget_from(0)
        self._held: list[int] = []

    def logprobs(self, tokens: list[int], continuations: Sequence[Sequence[int]]) -> list[float]:
        """log p of each continuation after `tokens`; single-token continuations share one row."""
        if all(len(c) == 1 for c in continuations):
            row = self._rows(tokens, [])[0]
            return [float(row[c[0]]) for c in continuations]
        return [
            float(sum(self._rows(tokens, list(c[:-1]))[i, t] for i, t in enumerate(c))) for c in continuations
        ]

    def _rows(self, tokens: list[int], forced: list[int]) -> np.ndarray:
        """log-softmax rows (float64) after tokens[-1] and after each forced token."""
        sequence = tokens + forced
        count = len(forced) + 1
        head = sequence[: len(sequence) - count]
        if not self.reuse:
            self.model.forget_from(0)
            self._held = []
        kept = _common_prefix(self._held, head) if head else 0
        rows = self.model.logits_rows(sequence, count, self.context.should_stop).astype(np.float64)
        self.decoded += len(head) - kept + count
        self.naive += len(sequence)
        self._held = list(sequence)
        rows -= rows.max(axis=1, keepdims=True)
        rows -= np.log(np.exp(rows).sum(axis=1, keepdims=True))
        return rows


def occlusion(
    session: Session,
    tokens: list[int],
    units: list[Unit],
    target_ids: list[int],
    contrast_ids: list[int] | None = None,
    *,
    reuse: bool = True,
    context: TaskContext | None = None,
) -> tuple[float, list[float], int, int]:
    """(base score, drop per unit, tokens decoded, tokens a naive evaluation decodes);
    score = log p(target) [− log p(contrast)]."""
    context = context or TaskContext()
    scorer = Scorer(session, context, reuse)
    continuations = [target_ids] + ([contrast_ids] if contrast_ids else [])

    def score(kept: list[int]) -> float:
        values = scorer.logprobs(kept, continuations)
        return values[0] - values[1] if contrast_ids else values[0]

    base = score(tokens)
    drops = [0.0] * len(units)
    for done, index in enumerate(sorted(range(len(units)), key=lambda i: -units[i].token_indices[0])):
        context.check()
        removed = set(units[index].token_indices)
        kept = [token for position, token in enumerate(tokens) if position not in removed]
        if not kept:
            raise ValueError("leaving this unit out leaves no prompt: add text before it")
        drops[index] = base - score(kept)
        context.progress((done + 1) / len(units), f"leaving out unit {done + 1} of {len(units)}")
    return base, drops, scorer.decoded, scorer.naive


def timed_occlusion(
    session: Session,
    prompt: str,
    tokens: list[int],
    units: list[Unit],
    target: tuple[str, list[int]],
    contrast: tuple[str, list[int]] | None,
    unit: str,
    context: TaskContext,
) -> Attribution:
    started = time.perf_counter()
    base, drops, decoded, naive = occlusion(
        session, tokens, units, target[1], contrast[1] if contrast else None, context=context
    )
    return Attribution(
        prompt=prompt,
        tokens=[(token, session.token_info(token).text) for token in tokens],
        target=target[0],
        target_ids=target[1],
        contrast=contrast[0] if contrast else None,
        contrast_ids=contrast[1] if contrast else [],
        unit=unit,
        method="occlusion",
        units=units,
        scores=drops,
        base_logprob=base,
        evaluations=decoded,
        naive_evaluations=naive,
        seconds=time.perf_counter() - started,
    )
