"""GPU offload checked against the CPU on the same model, in one run (`python main.py bench-gpu`).

For each packaged (or given) model: whether this llama.cpp build can offload at all, greedy tokens/s with
every layer on the CPU and with every layer on the GPU, the largest difference of the full next-token
distribution between the two (max |Δp| over the vocabulary), whether greedy generation picks the same
tokens, and an attention capture read from GPU-resident tensors (`kq_soft_max-<layer>` through the eval
callback): rows sum to 1, nothing above the diagonal, and the largest difference from the CPU's maps.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from engine.core.bench import BENCH_PROMPT
from engine.core.llama_backend import supports_gpu_offload
from engine.core.session import Session
from engine.core.tensor_tap import TensorTap

PROBE_PROMPT = "The capital of France is"
ATTENTION_PROMPT = "Recife é uma cidade do Nordeste do Brasil, conhecida pelas pontes e pelos rios."


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits.astype(np.float64) - float(np.max(logits)))
    return shifted / shifted.sum()


def _greedy(session: Session, tokens: int) -> tuple[list[int], float]:
    session.model.forget_from(0)
    start = time.perf_counter()
    generation = session.generate(BENCH_PROMPT, max_tokens=tokens, temperature=0.0, top_n=10).run()
    elapsed = time.perf_counter() - start
    return [step.token.id for step in generation.steps], elapsed


def _attention_rows(session: Session, layer_count: int) -> dict[int, np.ndarray]:
    """kq_soft_max of every layer for the attention prompt: [heads, queries, keys] per layer."""
    tokens = session.prompt_tokens(ATTENTION_PROMPT)
    maps: dict[int, list[np.ndarray]] = {}

    def receive(name: str, array: np.ndarray) -> None:
        maps.setdefault(int(name.rsplit("-", 1)[1]), []).append(array.reshape(array.shape[-3:]))

    tap = TensorTap(lambda name: name.startswith("kq_soft_max-"), receive)
    with session.model.capturing(tap, n_ctx=len(tokens) + 16):
        session.model.hold(tokens)
    if tap.error is not None:
        raise tap.error
    n = len(tokens)
    return {
        layer: np.concatenate(parts, axis=1)[:, :n, :n]
        for layer, parts in maps.items()
        if layer < layer_count
    }


def _attention_checks(gpu: dict[int, np.ndarray], cpu: dict[int, np.ndarray]) -> dict[str, Any]:
    worst_sum = max(float(np.max(np.abs(rows.sum(axis=-1) - 1.0))) for rows in gpu.values())
    above = max(float(np.max(np.abs(np.triu(rows, k=1)))) for rows in gpu.values())
    differs = max(float(np.max(np.abs(gpu[layer] - cpu[layer]))) for layer in gpu)
    return {
        "layers": len(gpu),
        "max_row_sum_error": worst_sum,
        "max_above_diagonal": above,
        "max_abs_diff_vs_cpu": differs,
    }


def _measure(model: str | None, n_gpu_layers: int, tokens: int) -> dict[str, Any]:
    with Session.open(model, n_ctx=1024, n_gpu_layers=n_gpu_layers) as session:
        _greedy(session, 8)  # warm-up: first decode pays for kernels and page faults
        ids, seconds = _greedy(session, tokens)
        _, logits = session.next_logits(PROBE_PROMPT)
        info = session.info()
        return {
            "name": info.name,
            "n_layers": info.n_layers,
            "tok_s": len(ids) / seconds,
            "ids": ids,
            "probs": _softmax(logits),
            "attention": _attention_rows(session, info.n_layers),
        }


def check_model(model: str | None, tokens: int = 64) -> dict[str, Any]:
    cpu = _measure(model, 0, tokens)
    gpu = _measure(model, -1, tokens)
    return {
        "model": cpu["name"],
        "cpu_tok_s": cpu["tok_s"],
        "gpu_tok_s": gpu["tok_s"],
        "speedup": gpu["tok_s"] / cpu["tok_s"],
        "max_abs_dp": float(np.max(np.abs(gpu["probs"] - cpu["probs"]))),
        "same_greedy_tokens": gpu["ids"] == cpu["ids"],
        "attention": _attention_checks(gpu["attention"], cpu["attention"]),
    }


def run_gpu_check(models: list[str | None], tokens: int = 64) -> dict[str, Any]:
    """Every figure the GPU path needs, or a plain statement that this build cannot offload."""
    if not supports_gpu_offload():
        return {
            "gpu_offload_supported": False,
            "message": "this llama.cpp build runs on the CPU only: rebuild it with "
            "`python3 main.py setup --gpu cuda` (or vulkan, metal) on a machine with a GPU",
            "models": [],
        }
    return {"gpu_offload_supported": True, "models": [check_model(model, tokens) for model in models]}
