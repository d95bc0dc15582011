"""A smaller copy of a model made by llama.cpp's own quantizer (`llama_model_quantize`, with
`allow_requantize` so an already quantized file can be quantized again), so that a model can be
compared with its own lower-precision copy without a download.

llama.cpp's quantizer has no progress or abort hook, so it runs in a child process: progress is
"busy" with the elapsed time and the bytes written so far, and cancelling ends that process. The file
is written under a temporary name and renamed when complete, so a cancelled run leaves nothing.
Copies made from the app go into the cache folder only (see `copy_path`).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.core.llama_types import Cancelled
from engine.core.models import ModelError, check_gguf_file, resolve_model
from engine.core.session import Session
from engine.process.tasks import TaskContext

# llama.cpp's llama_ftype numbers. The i-quants (IQ2_XXS ...) need an importance matrix: not offered.
# A tensor whose rows are not a multiple of 256 cannot take a k-quant; llama.cpp then picks its own
# fallback type for that tensor (SmolLM2's 576-wide matrices: Q2_K -> Q4_0 there).
QUANT_TYPES: dict[str, int] = {
    "Q2_K": 10,
    "Q3_K_S": 11,
    "Q3_K_M": 12,
    "Q3_K_L": 13,
    "Q4_0": 2,
    "Q4_1": 3,
    "Q4_K_S": 14,
    "Q4_K_M": 15,
    "Q5_0": 8,
    "Q5_1": 9,
    "Q5_K_S": 16,
    "Q5_K_M": 17,
    "Q6_K": 18,
    "Q8_0": 7,
}
POLL_S = 0.2
ROOT = Path(__file__).resolve().parents[2]  # the project folder: `-m engine...` runs from it


@dataclass(frozen=True)
class QuantizedCopy:
    path: str
    source: str
    type: str
    size_bytes: int
    source_size_bytes: int
    seconds: float
    cached: bool  # an existing copy was found, nothing was quantized

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def cache_root() -> Path:
    """The quantized copies' folder: `$LANTERNA_CACHE_DIR/quantized`, else ~/.cache/lanterna/quantized."""
    configured = os.environ.get("LANTERNA_CACHE_DIR")
    base = Path(configured) if configured else Path.home() / ".cache" / "lanterna"
    return base / "quantized"


def copy_path(source: str | Path, type_name: str) -> Path:
    """Where the app keeps `source`'s copy of this type: keyed by the source's path, size and mtime."""
    resolved = Path(source).resolve()
    stat = resolved.stat()
    key = hashlib.sha1(f"{resolved}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:10]
    return cache_root() / f"{resolved.stem}-{key}.{type_name}.gguf"


def file_type(type_name: str) -> int:
    try:
        return QUANT_TYPES[type_name.upper()]
    except KeyError:
        raise ValueError(
            f"unknown quantization type '{type_name}'; use one of {', '.join(QUANT_TYPES)}"
        ) from None


def run_quantizer(argv: list[str]) -> int:
    """The child process (`python -m engine.scoring.quantize SOURCE DESTINATION FTYPE THREADS`)."""
    import logging

    from engine.core.llama_backend import quantize_file

    logging.disable(logging.CRITICAL)  # its per-tensor log lines are not the caller's business
    source, destination, ftype, n_threads = argv
    return 1 if quantize_file(source, destination, int(ftype), int(n_threads)) else 0


def _start_quantizer(source: Path, partial: Path, ftype: int, n_threads: int) -> subprocess.Popen[bytes]:
    # A plain subprocess, not multiprocessing: the engine process is a daemon and may not start those.
    module = "engine.scoring.quantize"
    command = [sys.executable, "-m", module, str(source), str(partial), str(ftype), str(n_threads)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def quantize_model(
    source: str | Path,
    destination: str | Path,
    type_name: str,
    context: TaskContext | None = None,
    n_threads: int = 0,
) -> QuantizedCopy:
    """Write a `type_name` copy of `source` to `destination` with llama.cpp's quantizer."""
    context = context or TaskContext()
    ftype = file_type(type_name)
    source_path, target = Path(source), Path(destination)
    check_gguf_file(source_path)
    if target.resolve() == source_path.resolve():
        raise ValueError("the copy cannot overwrite the model it is made from")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    started = time.perf_counter()
    child = _start_quantizer(source_path, partial, ftype, n_threads)
    try:
        _wait(child, partial, started, context)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.returncode != 0:
            partial.unlink(missing_ok=True)
    if child.returncode != 0:
        raise ModelError(f"llama.cpp could not quantize {source_path.name} to {type_name}")
    os.replace(partial, target)
    return QuantizedCopy(
        str(target),
        str(source_path),
        type_name.upper(),
        target.stat().st_size,
        source_path.stat().st_size,
        time.perf_counter() - started,
        cached=False,
    )


def _wait(child: subprocess.Popen[bytes], partial: Path, started: float, context: TaskContext) -> None:
    while child.poll() is None:
        time.sleep(POLL_S)
        if context.should_stop():
            raise Cancelled("quantization cancelled")
        written = partial.stat().st_size if partial.exists() else 0
        elapsed = time.perf_counter() - started
        context.progress(0.0, f"quantizing: {elapsed:.0f} s, {written / 2**20:.1f} MiB written")


def cached_copy(source: str | Path, type_name: str, context: TaskContext | None = None) -> QuantizedCopy:
    """The cache's copy of `source` in `type_name`, made now unless it is already there."""
    file_type(type_name)
    target = copy_path(source, type_name.upper())
    if target.is_file():
        size = target.stat().st_size
        return QuantizedCopy(
            str(target), str(source), type_name.upper(), size, Path(source).stat().st_size, 0.0, True
        )
    return quantize_model(source, target, type_name, context)


def quantize_task(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """Engine task "scoring.quantize": {type, model?}: a copy of the loaded model (or `model`), cached."""
    source = resolve_model(params["model"]) if params.get("model") else Path(session.model.settings.path)
    return cached_copy(source, str(params.get("type", "Q2_K")), context).as_dict()


if __name__ == "__main__":
    raise SystemExit(run_quantizer(sys.argv[1:]))
