"""Benchmarks that print ratios measured in one run (performance targets live here, not in tests)."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import Any

from engine.core.llama_backend import ReferenceLlama
from engine.core.llama_load import thread_counts
from engine.core.session import Session

BENCH_PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle.\n\n"


def _timed_instrumented(session: Session, tokens: int, overlap: bool = True) -> tuple[list[int], float]:
    session.model.forget_from(0)  # every side starts from an empty KV cache
    start = time.perf_counter()
    generation = session.generate(
        BENCH_PROMPT, max_tokens=tokens, temperature=0.0, top_n=10, overlap=overlap
    ).run()
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


def _timed_native(session: Session, tokens: int) -> tuple[list[int], float]:
    prompt = session.prompt_tokens(BENCH_PROMPT)
    start = time.perf_counter()
    ids = session.model.native_greedy(prompt, tokens)
    return ids, time.perf_counter() - start


def _prefill_tok_s(session: Session, count: int = 256) -> float:
    """A fresh prompt of `count` tokens decoded in n_batch chunks, at the prompt threads in use."""
    text = BENCH_PROMPT * (count // 8)
    tokens = session.prompt_tokens(text)[:count]
    session.model.forget_from(0)
    start = time.perf_counter()
    session.model.hold(tokens)
    elapsed = time.perf_counter() - start
    session.model.forget_from(0)
    return len(tokens) / elapsed


def run_generation_bench(
    model: str | None, tokens: int = 96, repeats: int = 3, n_threads: int | None = None
) -> dict[str, Any]:
    """Instrumented generation (full distribution, entropy, chain and top-10 every step) against
    llama-cpp-python's own greedy loop and against a bare llama_decode + argmax loop (the native
    anchor) producing the same tokens, at the tuned thread counts (or `n_threads`), runs alternating;
    also the same generation one step at a time (no overlap), at the old default (half the cores),
    and prefill speed."""
    session = Session.open(model, n_ctx=1024, n_threads=n_threads)
    generation_threads, prompt_threads = session.model.threads
    old_default = thread_counts(None)
    reference = ReferenceLlama(session.model.settings.path, 1024, generation_threads, prompt_threads)
    try:
        best: dict[str, float] = {}
        ours: list[int] = []
        ids: dict[str, list[int]] = {}

        def keep(name: str, result: tuple[list[int], float]) -> None:
            ids[name] = result[0]
            best[name] = min(best.get(name, float("inf")), result[1])

        for _ in range(repeats):
            keep("raw", _timed_raw(reference, tokens))
            keep("native", _timed_native(session, tokens))
            keep("instrumented", _timed_instrumented(session, tokens))
            keep("sequential", _timed_instrumented(session, tokens, overlap=False))
            best["prefill"] = min(best.get("prefill", float("inf")), 1 / _prefill_tok_s(session))
        session.model.set_threads(*old_default)
        for _ in range(repeats):
            keep("old_default", _timed_instrumented(session, tokens))
            best["old_prefill"] = min(best.get("old_prefill", float("inf")), 1 / _prefill_tok_s(session))
        session.model.set_threads(generation_threads, prompt_threads)
        ours = ids["instrumented"]
        speed = {name: len(ids[name]) / best[name] for name in ids}
        return {
            "model": session.info().name,
            "vocab_size": session.vocab_size,
            "threads": {
                "generation": generation_threads,
                "prompt": prompt_threads,
                "source": session.threads.source,
                "figures": [figure.__dict__ for figure in session.threads.figures],
                "old_default": list(old_default),
            },
            "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
            "generation": {
                "tokens": len(ours),
                "instrumented_tok_s": speed["instrumented"],
                "raw_tok_s": speed["raw"],
                "native_tok_s": speed["native"],
                "sequential_tok_s": speed["sequential"],
                "old_default_tok_s": speed["old_default"],
                "ratio": speed["instrumented"] / speed["raw"],
                "native_ratio": speed["instrumented"] / speed["native"],
                "overlap_gain": speed["instrumented"] / speed["sequential"],
                "speedup_vs_old_default": speed["instrumented"] / speed["old_default"],
                "same_tokens": ours == ids["raw"],
                "same_tokens_native": ours == ids["native"],
                "instrumentation_ms_per_token": _instrumentation_ms(session, tokens),
                "raw_ms_per_token": 1e3 / speed["raw"],
            },
            "prefill": {
                "tokens": 256,
                "tok_s": 1 / best["prefill"],
                "old_default_tok_s": 1 / best["old_prefill"],
            },
        }
    finally:
        reference.close()
        session.close()
