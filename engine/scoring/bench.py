"""Benchmark: scoring a text (every token's row read and scored) against a plain prefill of the same
tokens, and comparing two models against prefilling both, medians of alternating runs."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from engine.core.bench import BENCH_PROMPT
from engine.core.session import Session
from engine.scoring.compare import compare_sessions
from engine.scoring.quantize import quantize_model
from engine.scoring.score import score_tokens


def bench_text(session: Session, tokens: int) -> str:
    text = BENCH_PROMPT
    while len(session.prompt_tokens(text)) < tokens:
        text += " " + BENCH_PROMPT
    return text


def _prefill_s(session: Session, tokens: list[int]) -> float:
    session.model.forget_from(0)
    start = time.perf_counter()
    session.model.hold(tokens)
    return time.perf_counter() - start


def _score_s(session: Session, tokens: list[int]) -> float:
    start = time.perf_counter()
    score_tokens(session, tokens, top_n=5, window=len(tokens))
    return time.perf_counter() - start


def _compare_s(a: Session, b: Session, text: str, window: int) -> float:
    start = time.perf_counter()
    compare_sessions(a, b, text, window=window)
    return time.perf_counter() - start


def run_scoring_bench(
    model: str | None, tokens: int = 512, repeats: int = 3, type_name: str = "Q2_K"
) -> dict[str, Any]:
    """Scoring and comparison in one window of the whole text, against prefill of the same tokens."""
    n_ctx = max(1024, tokens + 64)
    with Session.open(model, n_ctx=n_ctx) as session, tempfile.TemporaryDirectory() as folder:
        text = bench_text(session, tokens)
        prompt = session.prompt_tokens(text)
        copy = quantize_model(session.model.settings.path, Path(folder) / f"copy.{type_name}.gguf", type_name)
        with Session.open(copy.path, n_ctx=n_ctx) as other:
            _prefill_s(session, prompt), _score_s(session, prompt)  # warm pages and caches
            plain, scored, both_plain, compared = [], [], [], []
            for _ in range(repeats):
                plain.append(_prefill_s(session, prompt))
                scored.append(_score_s(session, prompt))
                both_plain.append(plain[-1] + _prefill_s(other, prompt))
                compared.append(_compare_s(session, other, text, len(prompt)))
        prefill_s, score_s = statistics.median(plain), statistics.median(scored)
        both_s, compare_s = statistics.median(both_plain), statistics.median(compared)
        return {
            "model": session.info().name,
            "tokens": len(prompt),
            "prefill_s": prefill_s,
            "scoring_s": score_s,
            "prefill_tok_s": len(prompt) / prefill_s,
            "scoring_tok_s": len(prompt) / score_s,
            "scoring_ratio": prefill_s / score_s,
            "compared_with": copy.type,
            "prefill_both_s": both_s,
            "compare_s": compare_s,
            "compare_tok_s": len(prompt) / compare_s,
            "compare_ratio": both_s / compare_s,
        }
