"""Step records: what the model saw and chose at every generated token."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from engine.core.sampling import ChainResult
from engine.core.tokens import TokenInfo


@dataclass(frozen=True)
class Candidate:
    token: TokenInfo
    logit: float
    prob: float  # softmax of the raw logits
    rank: int  # 1 = most probable
    prob_after: float  # after the sampling chain (0 when removed)
    removed_by: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.token.id,
            "text": self.token.text,
            "logit": self.logit,
            "prob": self.prob,
            "rank": self.rank,
            "prob_after": self.prob_after,
            "removed_by": self.removed_by,
        }


@dataclass
class Step:
    index: int
    token: TokenInfo
    prob: float  # the model's probability of the chosen token
    prob_after: float  # its probability after the chain (what it was drawn from)
    rank: int
    entropy_bits: float  # of the full raw distribution
    candidates: list[Candidate]
    # The full logits row while this is the newest step of its Generation; None afterwards.
    logits: np.ndarray | None = field(default=None, repr=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "token": {"id": self.token.id, "text": self.token.text},
            "prob": self.prob,
            "prob_after": self.prob_after,
            "rank": self.rank,
            "entropy_bits": self.entropy_bits,
            "candidates": [candidate.as_dict() for candidate in self.candidates],
        }


def describe_candidates(
    result: ChainResult, top_n: int, token_info: Callable[[int], TokenInfo]
) -> list[Candidate]:
    """The top-N tokens of the raw distribution, each with its fate in the chain."""
    return [
        Candidate(
            token=token_info(int(token)),
            logit=float(result.logits[token]),
            prob=float(result.probs[token]),
            rank=rank,
            prob_after=float(result.probs_after[token]),
            removed_by=result.removed_stage(int(token)),
        )
        for rank, token in enumerate(result.top(top_n), start=1)
    ]


def make_step(
    index: int, token: int, result: ChainResult, top_n: int, token_info: Callable[[int], TokenInfo]
) -> Step:
    return Step(
        index=index,
        token=token_info(token),
        prob=float(result.probs[token]),
        prob_after=float(result.probs_after[token]),
        rank=result.rank(token),
        entropy_bits=result.entropy_bits,
        candidates=describe_candidates(result, top_n, token_info),
        logits=result.logits,
    )
