"""Checks, defaults and callbacks for llama.cpp's loads and decodes (ctypes only, no llama_cpp)."""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Callable
from typing import Any

from engine.core.models import LoadSettings, ModelError, available_memory_bytes


def check_memory(path: str, settings: LoadSettings) -> None:
    free = available_memory_bytes()
    needed = os.path.getsize(path) * 1.1
    if free is not None and settings.n_gpu_layers == 0 and needed > free:
        raise ModelError(
            f"not enough memory: the model needs about {needed / 2**30:.1f} GiB, "
            f"{free / 2**30:.1f} GiB is free"
        )


def thread_counts(generation: int | None, prompt: int | None = None) -> tuple[int, int]:
    """(generation, prompt) threads: the ones asked for (one given serves both), else the rule used
    before a model's counts are measured (engine/core/thread_tuning.py): generation is memory-bound, half
    the cores; prompt evaluation uses them all. llama.cpp's own default (4) oversubscribes small machines."""
    if generation or prompt:
        return generation or prompt or 1, prompt or generation or 1
    cores = usable_cores()
    return max(1, cores // 2), max(1, cores)


def usable_cores() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# llama_progress_callback / ggml_abort_callback with an int result (the register of C's bool): on Python
# 3.11 a ctypes c_bool callback result drops a reference to the True singleton each call, which later
# aborts the interpreter.
PROGRESS_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_float, ctypes.c_void_p)
ABORT_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


def progress_callback(on_progress: Callable[[float], bool] | None, cancelled: threading.Event) -> Any:
    """A load-progress callback asking `on_progress` whether to go on; sets `cancelled` when it says no."""

    def progress(fraction: float, _data: ctypes.c_void_p) -> int:
        keep_going = on_progress(float(fraction)) if on_progress else True
        if not keep_going:
            cancelled.set()
        return 1 if keep_going else 0

    return PROGRESS_CALLBACK(progress)


def abort_callback(check: Callable[[], bool]) -> Any:
    """A ggml abort callback: llama.cpp asks it between graph nodes and stops the decode on 1."""
    return ABORT_CALLBACK(lambda _data: 1 if check() else 0)
