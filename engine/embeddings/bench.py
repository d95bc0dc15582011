"""Embedding benchmark: opening the table (no cache, cache) against gguf's reader, and warm queries.

`python -m engine.embeddings.bench [--json]` or `python main.py bench-embeddings --json`.

- naive: `gguf.GGUFReader(path)` + `gguf.quants.dequantize` of token_embd.weight (float32 matrix only).
- cold open: no cache file: every row's length (and a Q8_0 copy for non-Q8_0 files), vocabulary texts.
- warm open: the same with the cache files present.
- query: `neighbors(session, " king", 10)` on the open table (two passes, exact), median of `repeats`;
  against it, in the same run, the exact full float32 scan (unit rows in memory @ query + top k).
- check: `--check` seeded random tokens' 10 nearest by the two-pass search against the exact search
  (every row's float64 cosine), ids and float32 scores compared for equality.
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
from engine.embeddings.matrix import TENSOR_NAME, cache_dir
from engine.embeddings.neighbours import neighbors
from engine.embeddings.ranking import top_k
from engine.embeddings.search import candidates, exact_top, nearest_ids
from engine.embeddings.table import CACHE_KEY, EmbeddingTable, open_table


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


def run_embeddings_bench(
    model: str = "gemma3-270m", repeats: int = 20, naive: bool = True, check: int = 100
) -> dict[str, Any]:
    source = resolve_model(model)
    result: dict[str, Any] = {"model": str(source), "repeats": repeats}
    with tempfile.TemporaryDirectory() as folder, cache_folder(Path(folder) / "cache"):
        path = Path(folder) / source.name  # a private copy: nothing else rewrites it mid-run
        shutil.copyfile(source, path)
        warm_file(path)
        result.update(_engine_timings(path, repeats, check))
        if naive:
            naive_s, matrix = seconds(lambda: naive_read(path))
            with Session.open(str(path), n_ctx=256) as session:
                rows = open_table(session).vectors[slice(None)]
            result["naive_open_s"] = naive_s
            result["same_matrix_as_naive"] = bool(np.array_equal(matrix, rows))  # float32, exactly
            result["cold_speedup"] = naive_s / result["cold_open_s"]
            result["warm_speedup"] = naive_s / result["warm_open_s"]
    return result


def _engine_timings(path: Path, repeats: int, check: int) -> dict[str, Any]:
    """Cold and warm opens of the table, then warm queries (the cache folder is empty at first)."""
    with Session.open(str(path), n_ctx=256) as session:
        cold, table = seconds(lambda: open_table(session))
        cold_phases = table.phases
        session.cache.pop(CACHE_KEY, None)
        warm, table = seconds(lambda: open_table(session))
        if table.from_cache is False:
            raise RuntimeError("the second open did not find the cache")
        session.cache[CACHE_KEY] = table
        neighbors(session, " king", 10)  # first touch of the rows
        times = [seconds(lambda: neighbors(session, " king", 10))[0] * 1000 for _ in range(repeats)]
        result = {
            "vocab_size": table.vocab_size,
            "n_embd": table.n_embd,
            "cold_open_s": cold,
            "cold_phases_s": cold_phases,
            "warm_open_s": warm,
            "warm_phases_s": table.phases,
            "query_ms_median": statistics.median(times),
            "query_ms_min": min(times),
            "first_pass": table.scorer.name if table.scorer else "none",
            **cache_sizes(table),
        }
        king = session.model.tokenize(" king", add_special=False)
        result.update(float32_scan(table, king, repeats, result["query_ms_median"]))
        if check > 0:
            result["identical_check"] = identical_check(table, check)
    return result


def cache_sizes(table: EmbeddingTable) -> dict[str, Any]:
    """Bytes of the cache folder now, and what format 1 (float16 matrix + float32 unit rows) needed."""
    files = {path.name: path.stat().st_size for path in sorted(cache_dir().iterdir()) if path.is_file()}
    vocabulary = sum(size for name, size in files.items() if name.endswith(".vocab.json"))
    return {
        "cache_bytes": sum(files.values()),
        "cache_files": files,
        "cache_bytes_format_1": table.vocab_size * table.n_embd * (2 + 4) + 2 * 128 + vocabulary,
    }


def float32_scan(table: EmbeddingTable, king: list[int], repeats: int, query_ms: float) -> dict[str, Any]:
    """The exact search as it was: float32 unit rows in memory, one matrix-vector product, top k."""
    unit = table.unit[slice(None)]
    vector = table.mean_vector(king)
    query = (vector / np.linalg.norm(vector)).astype(np.float32)

    def scan() -> np.ndarray:
        scores: np.ndarray = unit @ query
        scores[king] = -np.inf
        return top_k(scores, 10)

    scan()
    times = [seconds(scan)[0] * 1000 for _ in range(repeats)]
    ids = [item["id"] for item in neighbors_of(table, king)]
    return {
        "float32_scan_ms_median": statistics.median(times),
        "float32_scan_ms_min": min(times),
        "query_speedup": statistics.median(times) / query_ms,
        "same_ids_as_float32_scan": ids == scan().tolist(),
    }


def neighbors_of(table: EmbeddingTable, tokens: list[int]) -> list[dict[str, Any]]:
    from engine.embeddings.neighbours import nearest

    return nearest(table, table.mean_vector(tokens), 10, tokens)


def identical_check(table: EmbeddingTable, count: int, k: int = 10) -> dict[str, Any]:
    """Seeded random tokens: the two-pass top k against the exact search, ids and scores equal."""
    tokens = np.random.default_rng(0).choice(table.vocab_size, count, replace=False)
    same, sizes = 0, []
    for token in tokens.tolist():
        blocked = np.zeros(table.vocab_size, bool)
        blocked[token] = True
        vector = table.vectors[token].astype(np.float64)
        query = vector / np.linalg.norm(vector)
        ids, scores = nearest_ids(table.index, table.scorer, vector, k, blocked)
        exact_ids, exact_scores = exact_top(table.index, query, k, blocked)
        same += bool(np.array_equal(ids, exact_ids) and np.array_equal(scores, exact_scores))
        if table.scorer is not None:
            sizes.append(int(candidates(table.scorer, query, k, blocked).size))
    return {
        "queries": count,
        "k": k,
        "identical": same,
        "all_identical": same == count,
        "candidates_median": statistics.median(sizes) if sizes else None,
        "candidates_max": max(sizes) if sizes else None,
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
        f"{result['repeats']} (min {result['query_ms_min']:.2f} ms), first pass: {result['first_pass']}"
    )
    print(
        f"  exact float32 full scan          {result['float32_scan_ms_median']:8.2f} ms median "
        f"(min {result['float32_scan_ms_min']:.2f} ms): the query is {result['query_speedup']:.1f}x faster"
    )
    check = result.get("identical_check")
    if check:
        print(f"  identical to the exact search    {check['identical']} of {check['queries']} queries")
    print(
        f"  cache on disk                    {result['cache_bytes'] / 1e6:8.1f} MB "
        f"(format 1 needed {result['cache_bytes_format_1'] / 1e6:.1f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m engine.embeddings.bench", description=__doc__)
    parser.add_argument("--model", default="gemma3-270m")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--check", type=int, default=100, help="random token queries compared (0 = none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run_embeddings_bench(args.model, args.repeats, naive=not args.skip_naive, check=args.check)
    if args.json:
        json.dump(result, sys.stdout)
        print()
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
