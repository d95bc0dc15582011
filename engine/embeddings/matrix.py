"""The token embedding matrix read straight out of the GGUF file, and the on-disk cache machinery.

Every token id is a row of the model's embedding matrix `token_embd.weight` (n_vocab x n_embd). Rows
are read from the memory-mapped file on demand, as float32 (a vectorised Q8_0 / F16 / BF16 / F32 reader;
other types through `gguf.quants`): these are the exact values every cosine is computed from. What a
query needs besides (per-row lengths, a Q8_0 copy for files whose matrix is not Q8_0) is cached by
`engine.embeddings.index` in .npy files written here, atomically.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.gguf_file import TensorInfo, read_gguf_header
from engine.core.llama_types import Cancelled

log = logging.getLogger(__name__)

CACHE_FORMAT = 2  # part of the cache key and of the file names: bump when the file layout changes
# Format 1 kept a float16 matrix and float32 unit rows (about 1 GB for Gemma-3-270M): such files are removed.
OLD_FORMAT_NAME = re.compile(r".+-[0-9a-f]{16}-[0-9a-f]{12}(\.unit)?\.(npy|vocab\.json)")
FORMAT_NAME = re.compile(r".+-[0-9a-f]{16}-[0-9a-f]{12}\.f(\d+)\..+")
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


def cache_file(model_path: str | Path, suffix: str = ".rows.npy") -> Path:
    """Where a cache file of this exact model file lives: keyed by resolved path, size and mtime.

    `suffix` names the kind: ".rows.npy" (per-row lengths), ".q8.npy", ".vocab.json" (token texts).
    """
    resolved = Path(model_path).resolve()
    stat = resolved.stat()
    place = hashlib.sha1(str(resolved).encode()).hexdigest()[:16]
    version = hashlib.sha1(f"{stat.st_size}:{stat.st_mtime_ns}:{CACHE_FORMAT}".encode()).hexdigest()[:12]
    return cache_dir() / f"{resolved.stem[:40]}-{place}-{version}.f{CACHE_FORMAT}{suffix}"


RowsAt = Callable[[Any], np.ndarray]  # (slice or int array of row ids) -> float32 rows
RowReader = Callable[[int, int], np.ndarray]  # (first, stop) -> float32 rows


def rows_at(path: str | Path, tensor: TensorInfo) -> RowsAt:
    """A function returning the rows of a 2-D GGUF tensor picked by a slice or an id array, as float32.

    The file is memory-mapped: only the rows asked for are read.
    """
    row_length, n_rows = tensor.shape[0], int(np.prod(tensor.shape[1:]))
    if tensor.ggml_type == GGML_Q8_0:
        blocks = np.memmap(path, Q8_0_BLOCK, "r", tensor.offset, (n_rows, row_length // 32))

        def q8_0(which: Any) -> np.ndarray:
            chunk = blocks[which]
            values = chunk["quants"].astype(np.float32)
            values *= chunk["scale"].astype(np.float32)[..., None]
            return values.reshape(len(chunk), row_length)

        return q8_0
    plain = {GGML_F32: np.float32, GGML_F16: np.float16, GGML_BF16: np.uint16}
    if tensor.ggml_type in plain:
        rows = np.memmap(path, plain[tensor.ggml_type], "r", tensor.offset, (n_rows, row_length))
        if tensor.ggml_type == GGML_BF16:  # bfloat16 = the top half of a float32
            return lambda which: (rows[which].astype(np.uint32) << 16).view(np.float32)
        return lambda which: rows[which].astype(np.float32)
    return _quantized_rows_at(path, tensor, row_length, n_rows)


def row_reader(path: str | Path, tensor: TensorInfo) -> RowReader:
    """A function returning rows [first, stop) of a 2-D GGUF tensor as float32, memory-mapped."""
    at = rows_at(path, tensor)
    return lambda first, stop: at(slice(first, stop))


def _quantized_rows_at(path: str | Path, tensor: TensorInfo, row_length: int, n_rows: int) -> RowsAt:
    from gguf.quants import dequantize

    qtype = _quantization_type(tensor.ggml_type)
    raw = np.memmap(path, np.uint8, "r", tensor.offset, (n_rows, tensor.n_bytes // n_rows))
    return lambda which: dequantize(np.asarray(raw[which]), qtype).reshape(-1, row_length)


def _quantization_type(ggml_type: int) -> Any:
    from gguf.constants import GGMLQuantizationType

    return GGMLQuantizationType(ggml_type)


def embedding_tensor(model_path: str | Path) -> TensorInfo:
    """The file's 2-D token_embd.weight (the header is read once per file version: Gemma's takes 0.17 s)."""
    resolved = Path(model_path).resolve()
    stat = resolved.stat()
    return _embedding_tensor(str(resolved), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _embedding_tensor(path: str, _size: int, _mtime_ns: int) -> TensorInfo:
    tensor = read_gguf_header(path).tensors.get(TENSOR_NAME)
    if tensor is None or len(tensor.shape) != 2:
        raise ValueError(f"the model file has no 2-D {TENSOR_NAME} tensor")
    return tensor


def matrix_shape(model_path: str | Path) -> tuple[int, int]:
    """(n_vocab, n_embd) of the file's token embedding matrix."""
    tensor = embedding_tensor(model_path)
    return int(tensor.shape[1]), int(tensor.shape[0])


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


def remove_stale(current: Path) -> None:
    """Delete cache files of the same model path with another size/mtime (matrix, rows, vocabulary)."""
    place, version = current.name.rsplit("-", 1)
    for other in current.parent.glob(f"{place}-*"):
        other_version = other.name.rsplit("-", 1)[1]
        if other_version.split(".")[0] != version.split(".")[0] and not other.name.endswith(".part"):
            other.unlink(missing_ok=True)


def remove_other_formats(folder: Path) -> int:
    """Delete cache files of other cache formats in `folder` (our own cache): the bytes freed.

    Format 1 (before the format was in the name) kept about 1 GB per Gemma-sized model.
    """
    freed = 0
    try:
        names = list(folder.iterdir())
    except OSError:
        return 0
    for path in names:
        found = FORMAT_NAME.fullmatch(path.name)
        other = found is not None and int(found[1]) != CACHE_FORMAT and not path.name.endswith(".part")
        if other or OLD_FORMAT_NAME.fullmatch(path.name):
            try:
                size = path.stat().st_size
                path.unlink()
                freed += size
            except OSError:
                continue
    if freed:
        log.info("removed %d bytes of old embedding caches from %s", freed, folder)
    return freed


def write_text_atomically(path: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
