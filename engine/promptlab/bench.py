"""Benchmark: label scoring with the shared prefix's KV cache reused vs evaluated again every time.

    python -m engine.promptlab.bench [--model KEY|PATH] [--shots 8] [--examples 50] [--json]

The naive baseline empties the KV cache (`forget_from(0)`) before every label evaluation, so the
instructions and shots are decoded again each time; the reusing path decodes them once. Both split
decode batches the same way, so their probabilities agree (the benchmark prints the largest gap).
The dataset is the English and Portuguese tweet sets together (Portuguese labels mapped to English),
so that 50 examples can be scored with 8 shots drawn from outside them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from engine.core.models import DEFAULT_MODEL
from engine.promptlab.data import Dataset, dataset_from_rows, load_dataset
from engine.promptlab.runner import compare
from engine.promptlab.templates import template_from_spec

PORTUGUESE_TO_ENGLISH = {"positivo": "positive", "negativo": "negative", "neutro": "neutral"}


def bench_dataset() -> Dataset:
    english, portuguese = load_dataset("tweets-en"), load_dataset("tweets-pt")
    rows = english.rows() + [
        {"text": row["text"], "label": PORTUGUESE_TO_ENGLISH[row["label"]]} for row in portuguese.rows()
    ]
    return dataset_from_rows(
        rows,
        "tweets-en+pt",
        input_name=english.input_name,
        answer_name=english.answer_name,
        instruction=english.instruction,
    )


def _timed(session: Any, dataset: Dataset, spec: str, examples: int, reuse: bool) -> tuple[float, dict]:
    started = time.perf_counter()
    result = compare(
        session, dataset, [template_from_spec(spec, dataset)], limit=examples, reuse_prefix=reuse
    )
    return time.perf_counter() - started, result["templates"][0]


def run_bench(model: str, shots: int = 8, examples: int = 50, n_threads: int | None = None) -> dict[str, Any]:
    from engine.core.session import Session

    dataset = bench_dataset()
    spec = f"few:{shots}"
    with Session.open(model, n_ctx=2048, n_threads=n_threads) as session:
        _timed(session, dataset, "zero", 2, True)  # warm-up: first decodes are slower
        reuse_seconds, reused = _timed(session, dataset, spec, examples, True)
        naive_seconds, naive = _timed(session, dataset, spec, examples, False)
    gap = max(
        abs(a["probs"][label] - b["probs"][label])
        for a, b in zip(reused["examples"], naive["examples"], strict=True)
        for label in a["probs"]
    )
    return {
        "model": model,
        "shots": shots,
        "examples": len(reused["examples"]),
        "labels": len(dataset.label_set),
        "prefix_tokens": reused["examples"][0]["prefix_tokens"],
        "reuse_seconds": reuse_seconds,
        "naive_seconds": naive_seconds,
        "ratio": reuse_seconds / naive_seconds,
        "target_ratio": 0.33,
        "max_probability_gap": gap,
        "same_predictions": [e["prediction"] for e in reused["examples"]]
        == [e["prediction"] for e in naive["examples"]],
        "accuracy": reused["metrics"]["accuracy"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engine.promptlab.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--shots", type=int, default=8)
    parser.add_argument("--examples", type=int, default=50)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run_bench(args.model, args.shots, args.examples, args.threads)
    if args.json:
        json.dump(result, sys.stdout)
        print()
    else:
        print(
            f"{result['model']}: {result['shots']}-shot prompt ({result['prefix_tokens']} prefix tokens), "
            f"{result['examples']} examples x {result['labels']} labels"
        )
        print(f"  naive (forget_from(0) before each evaluation): {result['naive_seconds']:.2f} s")
        print(f"  shared prefix KV cache reused:               {result['reuse_seconds']:.2f} s")
        print(f"  ratio reuse / naive: {result['ratio']:.3f} (target <= {result['target_ratio']})")
        print(
            f"  largest probability gap: {result['max_probability_gap']:.2e}, "
            f"same predictions: {result['same_predictions']}"
        )
    return 0 if result["ratio"] <= result["target_ratio"] else 1


if __name__ == "__main__":
    sys.exit(main())
