"""Checks and defaults before llama.cpp loads a model: free memory and thread counts."""

from __future__ import annotations

import os

from engine.core.models import LoadSettings, ModelError, available_memory_bytes


def check_memory(path: str, settings: LoadSettings) -> None:
    free = available_memory_bytes()
    needed = os.path.getsize(path) * 1.1
    if free is not None and settings.n_gpu_layers == 0 and needed > free:
        raise ModelError(
            f"not enough memory: the model needs about {needed / 2**30:.1f} GiB, "
            f"{free / 2**30:.1f} GiB is free"
        )


def thread_counts(requested: int | None) -> tuple[int, int]:
    """(generation, prompt) threads. llama.cpp's own default (4) oversubscribes small machines;
    generation is memory-bound (half the cores suffice), prompt evaluation uses them all."""
    if requested:
        return requested, requested
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores // 2), max(1, cores)
