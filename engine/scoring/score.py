"""Teacher-forced scoring of any text: every token's log-probability, surprisal, rank, entropy and
alternatives under the model, and the text's log-likelihood, cross-entropy and perplexity.

    log-likelihood  ln L = Σ_i ln P(t_i | t_<i)            (the likelihood is the product Π_i P)
    surprisal       s_i = −log2 P(t_i | t_<i)  bits
    cross-entropy   H = −(1/N) Σ_i log2 P(t_i | t_<i)  bits per token, over the N scored tokens
    perplexity      PPL = 2^H = exp(−ln L / N)

The first token has nothing before it and is not scored (with BOS it is BOS itself).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from engine.core.session import Session
from engine.process.tasks import TaskContext
from engine.scoring.stats import LN2, score_row
from engine.scoring.windows import Window, adds_bos, check_window, plan_windows, window_rows

MAX_TOP_N = 50


@dataclass(frozen=True)
class Candidate:
    id: int
    text: str
    prob: float

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "prob": self.prob}


@dataclass(frozen=True)
class TokenScore:
    id: int
    text: str
    logprob: float | None  # ln P(token | everything before it); None for the first token
    rank: int | None = None
    entropy_bits: float | None = None
    candidates: tuple[Candidate, ...] = ()

    @property
    def surprisal_bits(self) -> float | None:
        return None if self.logprob is None else -self.logprob / LN2

    @property
    def prob(self) -> float | None:
        return None if self.logprob is None else math.exp(self.logprob)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "logprob": self.logprob,
            "surprisal_bits": self.surprisal_bits,
            "rank": self.rank,
            "entropy_bits": self.entropy_bits,
            "candidates": [candidate.as_dict() for candidate in self.candidates],
        }


@dataclass
class TextScore:
    tokens: list[TokenScore]
    window: int
    stride: int
    windows: list[Window] = field(default_factory=list)
    model: str = ""

    @property
    def scored(self) -> list[TokenScore]:
        return [token for token in self.tokens if token.logprob is not None]

    @property
    def log_likelihood(self) -> float:
        return math.fsum(token.logprob for token in self.scored if token.logprob is not None)

    @property
    def cross_entropy_bits(self) -> float | None:
        count = len(self.scored)
        return -self.log_likelihood / count / LN2 if count else None

    @property
    def perplexity(self) -> float | None:
        count = len(self.scored)
        return math.exp(-self.log_likelihood / count) if count else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "tokens": [token.as_dict() for token in self.tokens],
            "n_tokens": len(self.tokens),
            "n_scored": len(self.scored),
            "log_likelihood": self.log_likelihood,
            "cross_entropy_bits": self.cross_entropy_bits,
            "perplexity": self.perplexity,
            "window": self.window,
            "stride": self.stride,
            "windows": [window.as_dict() for window in self.windows],
            "model": self.model,
        }


def score_tokens(
    session: Session,
    tokens: list[int],
    *,
    top_n: int = 5,
    window: int | None = None,
    stride: int | None = None,
    context: TaskContext | None = None,
) -> TextScore:
    """Score every token after the first, window by window (one decode per window of ≤ n_batch rows)."""
    context = context or TaskContext()
    if not 0 <= top_n <= MAX_TOP_N:
        raise ValueError(f"top N must be between 0 and {MAX_TOP_N}")
    size, step = check_window(session, window, stride)
    windows = plan_windows(len(tokens), size, step)
    scores: list[TokenScore] = [_unscored(session, tokens[0])] if tokens else []
    bos = adds_bos(session)
    for index, span in enumerate(windows):
        context.check()
        for position, row in window_rows(session, tokens, span, bos, context.should_stop):
            scores.append(_scored(session, tokens[position], row, top_n))
        context.progress((index + 1) / len(windows), f"window {index + 1} of {len(windows)}")
    return TextScore(scores, size, step, windows, session.info().name)


def score_text(session: Session, text: str, **options: Any) -> TextScore:
    """Score `text` as the model reads it (BOS first where the model uses one)."""
    if not text:
        raise ValueError("nothing to score: the text is empty")
    return score_tokens(session, session.prompt_tokens(text), **options)


def _unscored(session: Session, token: int) -> TokenScore:
    return TokenScore(token, session.token_info(token).text, None)


def _scored(session: Session, token: int, row: Any, top_n: int) -> TokenScore:
    result = score_row(row, token, top_n)
    candidates = tuple(
        Candidate(int(candidate), session.token_info(int(candidate)).text, float(prob))
        for candidate, prob in zip(result.top_ids, result.top_probs, strict=True)
    )
    return TokenScore(
        token,
        session.token_info(token).text,
        result.logprob,
        result.rank,
        result.entropy_bits,
        candidates,
    )


def score_task(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """Engine task "scoring.score": {text, top_n?, window?, stride?} -> TextScore.as_dict() + model path."""
    result = score_text(
        session,
        str(params.get("text", "")),
        top_n=int(params.get("top_n", 5)),
        window=params.get("window") or None,
        stride=params.get("stride") or None,
        context=context,
    )
    return {**result.as_dict(), "model_path": session.model.settings.path, "label": params.get("label")}
