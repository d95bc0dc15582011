"""Benchmark: prefill with attention capture of every layer against a plain prefill, same tokens."""

from __future__ import annotations

import statistics
import time
from typing import Any

from engine.attention.capture import capture_attention
from engine.core.bench import BENCH_PROMPT
from engine.core.session import Session


def _prompt_tokens(session: Session, count: int) -> list[int]:
    tokens = session.prompt_tokens(BENCH_PROMPT)
    while len(tokens) < count:
        tokens += session.model.tokenize(BENCH_PROMPT, add_special=False)
    return tokens[:count]


def _plain_prefill_s(session: Session, tokens: list[int]) -> float:
    session.model.forget_from(0)
    start = time.perf_counter()
    session.model.hold(tokens)
    return time.perf_counter() - start


def _capture_prefill_s(session: Session, tokens: list[int]) -> tuple[float, int]:
    start = time.perf_counter()
    maps = capture_attention(session, tokens)
    return time.perf_counter() - start, int(maps.weights.nbytes)


def run_attention_bench(model: str | None, tokens: int = 256, repeats: int = 5) -> dict[str, Any]:
    """Median seconds of each (alternating runs); the capture includes creating its context."""
    with Session.open(model, n_ctx=max(1024, tokens + 16)) as session:
        prompt = _prompt_tokens(session, tokens)
        _plain_prefill_s(session, prompt)  # warm caches and pages on both paths
        _capture_prefill_s(session, prompt)
        plain, captured = [], []
        nbytes = 0
        for _ in range(repeats):
            plain.append(_plain_prefill_s(session, prompt))
            seconds, nbytes = _capture_prefill_s(session, prompt)
            captured.append(seconds)
        info = session.info()
        plain_s, capture_s = statistics.median(plain), statistics.median(captured)
        return {
            "model": info.name,
            "tokens": len(prompt),
            "layers": info.n_layers,
            "heads": info.n_heads,
            "plain_prefill_s": plain_s,
            "capture_prefill_s": capture_s,
            "ratio": capture_s / plain_s,
            "capture_bytes": nbytes,
        }
