"""Two models on the same text. With the same vocabulary (two quantizations of one model) every token
is compared over the full distribution: KL(P_a ‖ P_b), whether the top token agrees, Δp of the token
that came next. With different vocabularies the distributions cannot be compared token by token, so
each word's surprisal (summed over its tokens) is compared instead, and the result says so.

Memory: both models decode the same window in lockstep and each logits row is read straight out of its
own context's output buffer (at most n_batch rows each, llama.cpp's own); no row is copied and no
n_tokens × n_vocab array is ever built.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.core.session import Session
from engine.process.tasks import TaskContext
from engine.scoring.score import score_tokens
from engine.scoring.stats import score_pair
from engine.scoring.summary import token_summary, word_summary
from engine.scoring.windows import adds_bos, check_window, plan_windows, window_rows
from engine.scoring.words import word_of_tokens, word_sums

PIECE_SAMPLE_STEP = 61  # every 61st token's text is compared to tell two vocabularies apart


@dataclass
class Comparison:
    mode: str  # "token" | "word"
    reason: str  # why this comparison was made, in words
    tokens: list[dict[str, Any]]  # tokens (token mode) or words (word mode)
    summary: dict[str, Any]
    model_a: str
    model_b: str
    window: int
    stride: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def same_vocabulary(a: Session, b: Session, tokens_a: list[int], tokens_b: list[int]) -> tuple[bool, str]:
    if a.vocab_size != b.vocab_size:
        return False, f"different vocabularies ({a.vocab_size:,} and {b.vocab_size:,} tokens)"
    if tokens_a != tokens_b:
        return False, "the two tokenizers split this text differently"
    for token in range(0, a.vocab_size, PIECE_SAMPLE_STEP):
        if a.model.piece(token) != b.model.piece(token):
            return False, f"different vocabularies (token {token} differs)"
    return True, f"same vocabulary ({a.vocab_size:,} tokens): compared token by token"


def compare_sessions(
    a: Session,
    b: Session,
    text: str,
    *,
    window: int | None = None,
    stride: int | None = None,
    context: TaskContext | None = None,
) -> Comparison:
    """Compare model B with model A (the reference) on `text`."""
    if a is b:
        raise ValueError("compare two sessions: one model cannot decode the same window twice at once")
    if not text:
        raise ValueError("nothing to compare: the text is empty")
    context = context or TaskContext()
    size, step = check_window(a, window, stride)
    size, step = min(size, b.model.n_ctx), min(step, size - 1)
    tokens_a, tokens_b = a.prompt_tokens(text), b.prompt_tokens(text)
    same, reason = same_vocabulary(a, b, tokens_a, tokens_b)
    if same:
        rows, summary = _token_mode(a, b, tokens_a, size, step, context)
    else:
        rows, summary = _word_mode(a, b, tokens_a, tokens_b, size, step, context)
    names = _title(a), _title(b)
    mode = "token" if same else "word"
    return Comparison(mode, reason, rows, summary, names[0], names[1], size, step)


def _title(session: Session) -> str:
    """The model's name and quantization: two copies of one model share the name."""
    info = session.info()
    return f"{info.name} ({info.quantization})"


def _token_mode(
    a: Session, b: Session, tokens: list[int], window: int, stride: int, context: TaskContext
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    windows = plan_windows(len(tokens), window, stride)
    bos = adds_bos(a)
    first = a.token_info(tokens[0])
    rows: list[dict[str, Any]] = [
        {"id": first.id, "text": first.text, "kl": None, "same_top": None, "p_a": None, "p_b": None}
    ]
    for index, span in enumerate(windows):
        context.check()
        rows_a = window_rows(a, tokens, span, bos, context.should_stop)
        rows_b = window_rows(b, tokens, span, bos, context.should_stop)
        for (position, row_a), (_, row_b) in zip(rows_a, rows_b, strict=True):
            rows.append(_token_row(a, tokens[position], score_pair(row_a, row_b, tokens[position])))
        context.progress((index + 1) / len(windows), f"window {index + 1} of {len(windows)}")
    scored = rows[1:]
    summary = token_summary(
        np.array([row["kl"] for row in scored]),
        np.array([row["same_top"] for row in scored]),
        np.array([row["logprob_a"] for row in scored]),
        np.array([row["logprob_b"] for row in scored]),
    )
    return rows, summary


def _token_row(session: Session, token: int, pair: Any) -> dict[str, Any]:
    return {
        "id": token,
        "text": session.token_info(token).text,
        "kl": pair.kl,
        "same_top": pair.same_top,
        "p_a": math.exp(pair.logprob_a),
        "p_b": math.exp(pair.logprob_b),
        "logprob_a": pair.logprob_a,
        "logprob_b": pair.logprob_b,
        "top_a": {"id": pair.top_a, "text": session.token_info(pair.top_a).text},
        "top_b": {"id": pair.top_b, "text": session.token_info(pair.top_b).text},
    }


def _word_mode(
    a: Session,
    b: Session,
    tokens_a: list[int],
    tokens_b: list[int],
    window: int,
    stride: int,
    context: TaskContext,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    half = TaskContext(context.should_stop, lambda f, m: context.progress(f / 2, f"model A: {m}"))
    score_a = score_tokens(a, tokens_a, top_n=0, window=window, stride=stride, context=half)
    half = TaskContext(context.should_stop, lambda f, m: context.progress(0.5 + f / 2, f"model B: {m}"))
    score_b = score_tokens(
        b, tokens_b, top_n=0, window=min(window, b.model.n_ctx), stride=stride, context=half
    )
    owners_a, words = word_of_tokens(_text_bytes(a, tokens_a))
    owners_b, words_b = word_of_tokens(_text_bytes(b, tokens_b))
    if words != words_b:
        raise ValueError("the two models' tokenizers read different words out of this text")
    bits_a = word_sums(owners_a, [token.surprisal_bits for token in score_a.tokens], len(words))
    bits_b = word_sums(owners_b, [token.surprisal_bits for token in score_b.tokens], len(words))
    rows = [_word_row(word, x, y) for word, x, y in zip(words, bits_a, bits_b, strict=True)]
    both = [(x, y) for x, y in zip(bits_a, bits_b, strict=True) if x is not None and y is not None]
    summary = word_summary(np.array([x for x, _ in both]), np.array([y for _, y in both]))
    return rows, summary


def _text_bytes(session: Session, tokens: list[int]) -> list[bytes]:
    """Each token's bytes in the text; special tokens (BOS) are not part of the text."""
    return [b"" if session.model.is_special(token) else session.model.piece(token) for token in tokens]


def _word_row(word: str, bits_a: float | None, bits_b: float | None) -> dict[str, Any]:
    return {
        "id": None,
        "text": word,
        "kl": None,
        "same_top": None,
        "p_a": None if bits_a is None else 2.0**-bits_a,
        "p_b": None if bits_b is None else 2.0**-bits_b,
        "surprisal_a_bits": bits_a,
        "surprisal_b_bits": bits_b,
    }


def compare_task(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """Engine task "scoring.compare": {text, model_b, window?, stride?}: the loaded model is A."""
    settings = session.model.settings
    with Session.open(
        str(params["model_b"]),
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        n_gpu_layers=settings.n_gpu_layers,
    ) as other:
        result = compare_sessions(
            session,
            other,
            str(params.get("text", "")),
            window=params.get("window") or None,
            stride=params.get("stride") or None,
            context=context,
        )
        path_b = other.model.settings.path
    return {**result.as_dict(), "model_path": settings.path, "model_b_path": path_b}
