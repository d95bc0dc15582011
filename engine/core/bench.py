"""Benchmarks that print ratios measured in one run (performance targets live here, not in tests)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from engine.core.llama_backend import ReferenceLlama
from engine.core.session import Session

BENCH_PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle.\n\n"


def _timed_instrumented(session: Session, tokens: int) -> tuple[list[int], float]:
    session.model.forget_from(0)  # both sides start from an empty KV cache
    start = time.perf_counter()
    generation = session.generate(BENCH_PROMPT, max_tokens=tokens, temperature=0.0, top_n=10).run()
    elapsed = time.perf_counter() - start
    # The end-of-generation token is not part of the text llama-cpp-python's loop returns.
    ids = [step.token.id for step in generation.steps if not step.token.special]
    return ids, elapsed


def _timed_raw(reference: ReferenceLlama, tokens: int) -> tuple[list[int], float]:
    start = time.perf_counter()
    ids = reference.greedy_tokens(BENCH_PROMPT, tokens)
    return ids, time.perf_counter() - start


def _instrumentation_ms(session: Session, tokens: int) -> float:
    """Milliseconds per token spent on the distribution work alone (chain, entropy, top-10, records),
    replayed on real logits rows: the part of the ratio that does not depend on machine noise."""
    from engine.core.generation import make_step
    from engine.core.sampling import SamplingSettings, apply_chain

    rows = [
        step.logits.copy()
        for step in session.generate(BENCH_PROMPT, max_tokens=16, temperature=0.0)
        if step.logits is not None
    ]
    settings = replace(SamplingSettings.llama_defaults(), temperature=0.0)
    start = time.perf_counter()
    for index in range(tokens):
        row = rows[index % len(rows)]
        result = apply_chain(row, settings)
        make_step(index, int(result.kept[0]), result, 10, session.token_info)
    return (time.perf_counter() - start) / tokens * 1e3


def run_generation_bench(
    model: str | None, tokens: int = 96, repeats: int = 3, n_threads: int | None = None
) -> dict[str, Any]:
    """Instrumented generation (full distribution, entropy, chain and top-10 every step) against
    llama-cpp-python's own greedy loop producing the same tokens, on the same model, alternating runs."""
    session = Session.open(model, n_ctx=1024, n_threads=n_threads)
    reference = ReferenceLlama(session.model.settings.path, n_ctx=1024, n_threads=n_threads)
    try:
        best_instrumented = best_raw = float("inf")
        ours: list[int] = []
        theirs: list[int] = []
        for _ in range(repeats):
            theirs, raw_s = _timed_raw(reference, tokens)
            ours, instrumented_s = _timed_instrumented(session, tokens)
            best_raw, best_instrumented = min(best_raw, raw_s), min(best_instrumented, instrumented_s)
        instrumented_tok_s = len(ours) / best_instrumented
        raw_tok_s = len(theirs) / best_raw
        return {
            "model": session.info().name,
            "vocab_size": session.vocab_size,
            "generation": {
                "tokens": len(ours),
                "instrumented_tok_s": instrumented_tok_s,
                "raw_tok_s": raw_tok_s,
                "ratio": instrumented_tok_s / raw_tok_s,
                "same_tokens": ours == theirs,
                "instrumentation_ms_per_token": _instrumentation_ms(session, tokens),
                "raw_ms_per_token": 1e3 / raw_tok_s,
            },
        }
    finally:
        reference.close()
        session.close()
