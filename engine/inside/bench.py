"""Benchmark: the lens of every layer against the prefill it reads from; occlusion with the prefix's KV
cache reused against evaluating every ablated prompt from scratch. Ratios measured in one run."""

from __future__ import annotations

import statistics
import time
from typing import Any

import numpy as np

from engine.core.bench import BENCH_PROMPT
from engine.core.session import Session
from engine.inside.attribution import occlusion
from engine.inside.lens import run_lens
from engine.inside.units import split_units


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


def lens_bench(session: Session, tokens: int, repeats: int) -> dict[str, Any]:
    prompt = _prompt_tokens(session, tokens)
    run_lens(session, prompt)  # reads the unembedding once; warms pages on both paths
    prefill, capture, lens = [], [], []
    for _ in range(repeats):
        prefill.append(_plain_prefill_s(session, prompt))
        result = run_lens(session, prompt)
        capture.append(result.seconds["prefill"])
        lens.append(result.seconds["lens"])
    prefill_s, lens_s = statistics.median(prefill), statistics.median(lens)
    return {
        "tokens": len(prompt),
        "layers": len(result.layers),
        "prefill_s": prefill_s,
        "capture_prefill_s": statistics.median(capture),
        "lens_s": lens_s,
        "ratio": lens_s / prefill_s,
        "self_check_max_abs_prob_diff": result.self_check,
    }


def occlusion_bench(session: Session, tokens: int, repeats: int) -> dict[str, Any]:
    prompt = _prompt_tokens(session, tokens)
    text = session.detokenize(prompt)
    prompt = session.prompt_tokens(text)  # the units are cut from text: the tokens it gives back
    units = split_units(session, text, prompt, "token")
    target = [int(np.argmax(session.model.evaluate(prompt)))]
    reuse_s, naive_s = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        base, reused, decoded, _count = occlusion(session, prompt, units, target)
        reuse_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        _base, naive, naive_decoded, _ = occlusion(session, prompt, units, target, reuse=False)
        naive_s.append(time.perf_counter() - start)
    reuse, plain = statistics.median(reuse_s), statistics.median(naive_s)
    return {
        "tokens": len(prompt),
        "units": len(units),
        "target": session.detokenize(target),
        "base_logprob": base,
        "reuse_s": reuse,
        "naive_s": plain,
        "ratio": reuse / plain,
        "reuse_evaluations": decoded,
        "naive_evaluations": naive_decoded,
        "evaluation_ratio": decoded / naive_decoded,
        "max_abs_diff": float(np.max(np.abs(np.array(reused) - np.array(naive)))),
    }


def run_inside_bench(
    model: str | None, lens_tokens: int = 64, occlusion_tokens: int = 32, repeats: int = 3
) -> dict[str, Any]:
    with Session.open(model, n_ctx=1024) as session:
        return {
            "model": session.info().name,
            "lens": lens_bench(session, lens_tokens, repeats),
            "occlusion": occlusion_bench(session, occlusion_tokens, repeats),
            "targets": {"lens_ratio_max": 1.0, "occlusion_ratio_max": 0.5},
        }
