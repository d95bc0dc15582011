"""Embedding benchmark: opening the matrix (no cache, cache) against gguf's reader, and a warm query.

`python -m engine.embeddings.bench [--json]` or `python main.py bench-embeddings --json`.

- naive: `gguf.GGUFReader(path)` + `gguf.quants.dequantize` of token_embd.weight (float32 matrix only).
- cold open: no cache file: dequantize into the float16 cache, unit rows, vocabulary texts.
- warm open: the same with the cache file present (memory-mapped).
- query: `neighbors(session, " king", 10)` on the open table, median of `repeats`.
The model file is read once before timing, so every path finds it in the OS page cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.models import resolve_model
from engine.core.session import Session
from engine.embeddings.matrix import TENSOR_NAME, load_matrix
from engine.embeddings.neighbours import neighbors
from engine.embeddings.table import CACHE_KEY, open_table


@contextmanager
def cache_folder(path: Path) -> Iterator[None]:
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(path)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("LANTERNA_CACHE_DIR", None)
        else:
            os.environ["LANTERNA_CACHE_DIR"] = saved


def seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def naive_read(path: Path) -> np.ndarray:
    """The plain way: gguf's full reader, then its dequantizer."""
    from gguf import GGUFReader
    from gguf.quants import dequantize

    reader = GGUFReader(path)
    tensor = next(tensor for tensor in reader.tensors if tensor.name == TENSOR_NAME)
    matrix: np.ndarray = dequantize(tensor.data, tensor.tensor_type)
    return matrix


def warm_file(path: Path) -> None:
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass


def run_embeddings_bench(model: str = "gemma3-270m", repeats: int = 20, naive: bool = True) -> dict[str, Any]:
    source = resolve_model(model)
    result: dict[str, Any] = {"model": str(source), "repeats": repeats}
    with tempfile.TemporaryDirectory() as folder, cache_folder(Path(folder) / "cache"):
        path = Path(folder) / source.name  # a private copy: nothing else rewrites it mid-run
        shutil.copyfile(source, path)
        warm_file(path)
        result.update(_engine_timings(path, repeats))
        if naive:
            naive_s, matrix = seconds(lambda: naive_read(path))
            cached, _ = load_matrix(path)
            result["naive_open_s"] = naive_s
            result["same_matrix_as_naive"] = bool(np.array_equal(matrix.astype(np.float16), cached))
            result["cold_speedup"] = naive_s / result["cold_open_s"]
            result["warm_speedup"] = naive_s / result["warm_open_s"]
    return result


def _engine_timings(path: Path, repeats: int) -> dict[str, Any]:
    """Cold and warm opens of the table, then warm `neighbors` queries (the cache folder is empty)."""
    with Session.open(str(path), n_ctx=256) as session:
        cold, table = seconds(lambda: open_table(session))
        cold_phases = table.phases
        session.cache.pop(CACHE_KEY, None)
        warm, table = seconds(lambda: open_table(session))
        if table.from_cache is False:
            raise RuntimeError("the second open did not find the cache")
        session.cache[CACHE_KEY] = table
        neighbors(session, " king", 10)  # first touch of the unit rows
        times = [seconds(lambda: neighbors(session, " king", 10))[0] * 1000 for _ in range(repeats)]
    return {
        "vocab_size": table.vocab_size,
        "n_embd": table.n_embd,
        "cold_open_s": cold,
        "cold_phases_s": cold_phases,
        "warm_open_s": warm,
        "warm_phases_s": table.phases,
        "query_ms_median": statistics.median(times),
        "query_ms_min": min(times),
    }


def print_report(result: dict[str, Any]) -> None:
    print(f"{result['model']}: {result['vocab_size']:,} tokens x {result['n_embd']}")
    if "naive_open_s" in result:
        print(f"  naive GGUFReader + dequantize   {result['naive_open_s']:8.2f} s")
    print(f"  cold open (no cache)             {result['cold_open_s']:8.2f} s", end="")
    print(f"   {result['cold_speedup']:.1f}x faster" if "cold_speedup" in result else "")
    print(f"  warm open (cache)                {result['warm_open_s']:8.2f} s", end="")
    print(f"   {result['warm_speedup']:.1f}x faster" if "warm_speedup" in result else "")
    print(
        f"  warm neighbour query (k=10)      {result['query_ms_median']:8.2f} ms median of "
        f"{result['repeats']} (min {result['query_ms_min']:.2f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m engine.embeddings.bench", description=__doc__)
    parser.add_argument("--model", default="gemma3-270m")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run_embeddings_bench(args.model, args.repeats, naive=not args.skip_naive)
    if args.json:
        json.dump(result, sys.stdout)
        print()
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
