"""The token embedding matrix: read out of the GGUF file and cached on disk, with its invalidation.

Every token id is a row of the model's embedding matrix `token_embd.weight` (n_vocab x n_embd). The
matrix is read straight from the GGUF file (a vectorised Q8_0 / F16 / BF16 / F32 reader; other types
through `gguf.quants`) and cached on disk as float16 .npy, with its rows scaled to length 1 as float32
.npy beside it; both memory-mapped, so a second open is instant and a query over the whole vocabulary is
one matrix-vector product over the unit rows.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.gguf_file import TensorInfo, read_gguf_header
from engine.core.llama_types import Cancelled

log = logging.getLogger(__name__)

CACHE_FORMAT = 1  # part of the cache key: bump when the file layout changes
TENSOR_NAME = "token_embd.weight"
ROWS_PER_CHUNK = 4096

GGML_F32, GGML_F16, GGML_Q8_0, GGML_BF16 = 0, 1, 8, 30
Q8_0_BLOCK = np.dtype([("scale", "<f2"), ("quants", "i1", (32,))])  # value = scale * quant

Progress = Callable[[float, str], None]
StopCheck = Callable[[], bool]


class EmbeddingsCancelled(Cancelled):
    """Reading the embedding matrix was stopped by the caller."""


# --- reading the matrix out of the GGUF file ----------------------------------------------------


def cache_dir() -> Path:
    """`$LANTERNA_CACHE_DIR`, else ~/.cache/lanterna/embeddings."""
    configured = os.environ.get("LANTERNA_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "lanterna" / "embeddings"


def cache_file(model_path: str | Path, suffix: str = ".npy") -> Path:
    """Where the float16 matrix of this exact file lives: keyed by resolved path, size and mtime.

    `suffix` ".vocab.json" names the token texts kept beside it under the same key.
    """
    resolved = Path(model_path).resolve()
    stat = resolved.stat()
    place = hashlib.sha1(str(resolved).encode()).hexdigest()[:16]
    version = hashlib.sha1(f"{stat.st_size}:{stat.st_mtime_ns}:{CACHE_FORMAT}".encode()).hexdigest()[:12]
    return cache_dir() / f"{resolved.stem[:40]}-{place}-{version}{suffix}"


RowReader = Callable[[int, int], np.ndarray]  # (first, stop) -> float32 rows


def row_reader(path: str | Path, tensor: TensorInfo) -> RowReader:
    """A function returning rows [first, stop) of a 2-D GGUF tensor as float32, memory-mapped."""
    row_length, n_rows = tensor.shape[0], int(np.prod(tensor.shape[1:]))
    if tensor.ggml_type == GGML_Q8_0:
        blocks = np.memmap(path, Q8_0_BLOCK, "r", tensor.offset, (n_rows, row_length // 32))

        def q8_0(first: int, stop: int) -> np.ndarray:
            chunk = blocks[first:stop]
            values = chunk["quants"].astype(np.float32)
            values *= chunk["scale"].astype(np.float32)[..., None]
            return values.reshape(len(chunk), row_length)

        return q8_0
    plain = {GGML_F32: np.float32, GGML_F16: np.float16, GGML_BF16: np.uint16}
    if tensor.ggml_type in plain:
        rows = np.memmap(path, plain[tensor.ggml_type], "r", tensor.offset, (n_rows, row_length))
        if tensor.ggml_type == GGML_BF16:  # bfloat16 = the top half of a float32
            return lambda first, stop: (rows[first:stop].astype(np.uint32) << 16).view(np.float32)
        return lambda first, stop: rows[first:stop].astype(np.float32)
    return _quantized_row_reader(path, tensor, row_length, n_rows)


def _quantized_row_reader(path: str | Path, tensor: TensorInfo, row_length: int, n_rows: int) -> RowReader:
    from gguf.quants import dequantize

    qtype = _quantization_type(tensor.ggml_type)
    raw = np.memmap(path, np.uint8, "r", tensor.offset, (n_rows, tensor.n_bytes // n_rows))
    return lambda first, stop: dequantize(np.asarray(raw[first:stop]), qtype).reshape(-1, row_length)


def _quantization_type(ggml_type: int) -> Any:
    from gguf.constants import GGMLQuantizationType

    return GGMLQuantizationType(ggml_type)


def unit_rows(rows: np.ndarray) -> np.ndarray:
    """float32 copies of the rows scaled to length 1 (zero rows stay zero)."""
    unit = np.asarray(rows, np.float32).copy()
    lengths = np.sqrt(np.einsum("ij,ij->i", unit, unit))
    unit /= np.where(lengths > 0, lengths, 1.0)[:, None]
    return unit


def build_matrix(
    model_path: str | Path,
    matrix: np.ndarray,
    unit: np.ndarray | None = None,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> None:
    """Dequantize token_embd.weight into `matrix` (n_vocab x n_embd, float16) and, in the same pass,
    its rows scaled to length 1 into `unit` (float32). Chunks of rows run on all cores."""
    tensor = read_gguf_header(model_path).tensors[TENSOR_NAME]
    read_rows = row_reader(model_path, tensor)
    n_rows = matrix.shape[0]

    def fill(first: int) -> None:
        for start in range(first, min(first + ROWS_PER_CHUNK, n_rows), 512):  # 512 rows stay in cache
            half = read_rows(start, min(start + 512, n_rows)).astype(np.float16)
            matrix[start : start + len(half)] = half
            if unit is not None:  # from the float16 values: the same numbers a cached open sees
                unit[start : start + len(half)] = unit_rows(half)

    starts = range(0, n_rows, ROWS_PER_CHUNK)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        futures: list[Future[None]] = [pool.submit(fill, first) for first in starts]
        for done, future in enumerate(futures, start=1):
            if should_stop is not None and should_stop():
                for pending in futures:
                    pending.cancel()
                raise EmbeddingsCancelled("reading the embedding matrix was cancelled")
            future.result()
            if progress is not None:
                progress(done / len(futures), "dequantizing the embedding matrix")


def matrix_shape(model_path: str | Path) -> tuple[int, int]:
    """(n_vocab, n_embd) of the file's token embedding matrix."""
    tensor = read_gguf_header(model_path).tensors.get(TENSOR_NAME)
    if tensor is None or len(tensor.shape) != 2:
        raise ValueError(f"the model file has no 2-D {TENSOR_NAME} tensor")
    return int(tensor.shape[1]), int(tensor.shape[0])


def load_matrices(
    model_path: str | Path,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> tuple[np.ndarray, np.ndarray, bool]:
    """The float16 embedding matrix, its unit-length float32 rows, and whether both came from the cache.

    Both are memory-mapped cache files: a second open takes milliseconds, and the pages are the
    operating system's file cache, shared with other processes. Missing files are rebuilt from the
    GGUF file in one pass; files of earlier versions of the same model file are removed.
    """
    shape = matrix_shape(model_path)
    matrix_path, unit_path = cache_file(model_path), cache_file(model_path, ".unit.npy")

    def fill(matrix: np.ndarray, unit: np.ndarray) -> None:
        build_matrix(model_path, matrix, unit, progress, should_stop)
        if cache_file(model_path) != matrix_path:  # rewritten while it was read: the rows may be mixed
            raise ValueError(f"{Path(model_path).name} changed while its embeddings were read; try again")

    (matrix, unit), from_cache = cached_arrays(
        [(matrix_path, shape, np.float16), (unit_path, shape, np.float32)], fill
    )
    if not from_cache:
        _remove_stale(matrix_path)
    return matrix, unit, from_cache


def load_matrix(
    model_path: str | Path, progress: Progress | None = None, should_stop: StopCheck | None = None
) -> tuple[np.ndarray, bool]:
    """The float16 embedding matrix alone (see `load_matrices`)."""
    matrix, _unit, from_cache = load_matrices(model_path, progress, should_stop)
    return matrix, from_cache


# --- the on-disk cache --------------------------------------------------------------------------


ArraySpec = tuple[Path, tuple[int, ...], type]  # where, shape, dtype


def cached_arrays(specs: Sequence[ArraySpec], fill: Callable[..., None]) -> tuple[list[np.ndarray], bool]:
    """The .npy files memory-mapped when all exist, else `fill(*new arrays)` writes them all anew.

    New files are written under temporary names and renamed when complete, so a crash or a cancel
    never leaves half an array behind. Where the folder is not writable the arrays stay in memory.
    """
    cached = [_open_cached(*spec) for spec in specs]
    if all(array is not None for array in cached):
        return [array for array in cached if array is not None], True
    temp_names: list[str] = []
    try:
        for path, _shape, _dtype in specs:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".npy.part")
            os.close(handle)
            temp_names.append(temp_name)
    except OSError as error:
        log.warning("embedding cache not writable (%s); keeping the arrays in memory", error)
        _unlink_all(temp_names)
        arrays: list[np.ndarray] = [np.empty(shape, dtype) for _path, shape, dtype in specs]
        fill(*arrays)
        return arrays, False
    try:
        targets = [
            np.lib.format.open_memmap(name, mode="w+", dtype=dtype, shape=shape)
            for name, (_path, shape, dtype) in zip(temp_names, specs, strict=True)
        ]
        fill(*targets)
        for target in targets:
            target.flush()
        del targets
        for name, (path, _shape, _dtype) in zip(temp_names, specs, strict=True):
            os.replace(name, path)
    except BaseException:
        _unlink_all(temp_names)
        raise
    opened = [_open_cached(*spec) for spec in specs]
    if any(array is None for array in opened):
        raise OSError(f"the embedding cache in {specs[0][0].parent} could not be read back")
    return [array for array in opened if array is not None], False


def _unlink_all(names: Sequence[str]) -> None:
    for name in names:
        Path(name).unlink(missing_ok=True)


def _open_cached(path: Path, shape: tuple[int, ...], dtype: type) -> np.ndarray | None:
    try:
        array = np.load(path, mmap_mode="r")
    except (OSError, ValueError):
        return None
    if array.shape != shape or array.dtype != dtype:
        return None
    return array


def _remove_stale(current: Path) -> None:
    """Delete cache files of the same model path with another size/mtime (matrix, rows, vocabulary)."""
    place, version = current.name.rsplit("-", 1)
    for other in current.parent.glob(f"{place}-*"):
        other_version = other.name.rsplit("-", 1)[1]
        if other_version.split(".")[0] != version.split(".")[0] and not other.name.endswith(".part"):
            other.unlink(missing_ok=True)


def write_text_atomically(path: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
