"""What a neighbour query reads besides the model file: per-row lengths, and Q8_0 rows for the first pass.

The first pass of a query (see `search`) is a Q8_0 matrix times the query, through ggml:
- a file whose token_embd.weight is Q8_0 (both packaged models) is used as it is: its own blocks,
  memory-mapped, and a cached `.rows.npy` with 1 / length of every row (about 3 MB for Gemma);
- any other type gets a Q8_0 copy of its unit rows (`.q8.npy`, 34 bytes per 32 values) and the
  length of each row's quantization error ‖ũ − u‖ beside the scale.
The exact rows are always read from the model file itself, for just the rows a query needs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.core.gguf_file import TensorInfo
from engine.embeddings.matrix import (
    GGML_Q8_0,
    Q8_0_BLOCK,
    ArraySpec,
    EmbeddingsCancelled,
    Progress,
    RowsAt,
    StopCheck,
    cache_dir,
    cache_file,
    cached_arrays,
    embedding_tensor,
    matrix_shape,
    remove_other_formats,
    remove_stale,
    rows_at,
)

ROWS_PER_CHUNK = 8192
SLAB = 8192  # rows per numpy step: few steps, so the vocabulary thread rarely holds them up (GIL)
ERROR_MARGIN = 2.0**-20  # added to each stored quantization error: float rounding of its computation


@dataclass
class EmbeddingIndex:
    """One model file's token vectors as a query sees them."""

    n_vocab: int
    n_embd: int
    rows_at: RowsAt  # exact float32 rows from the model file
    inverse_length: np.ndarray  # (n_vocab,) float32: 1 / |v_r| (0 for a zero row, NaN: not finite)
    scale: np.ndarray  # (n_vocab,) float32: Q8_0 dot x scale approximates the cosine
    error: np.ndarray  # (n_vocab,) float32: bound on ‖Q8_0 row − exact unit row‖ (0: the file's own)
    blocks: np.ndarray | None  # (n_vocab, n_embd / 32 * 34) uint8 Q8_0 rows; None: no first pass
    direct: bool  # the blocks are the model file's own (scale = 1 / length, error = 0)
    cache_bytes: int  # bytes of this index's cache files on disk (vocabulary not counted)


def direct_q8_0(tensor: TensorInfo, n_vocab: int, n_embd: int) -> bool:
    return (
        tensor.ggml_type == GGML_Q8_0 and n_embd % 32 == 0 and tensor.n_bytes == n_vocab * n_embd // 32 * 34
    )


def quantize_q8_0(unit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q8_0 blocks (uint8 rows) of float64 rows whose length is a multiple of 32, and ‖ũ − u‖ per row."""
    rows, length = unit.shape
    grouped = unit.reshape(rows, length // 32, 32)
    scale = (np.abs(grouped).max(axis=2) / 127).astype(np.float16)
    inverse = np.divide(1.0, scale, out=np.zeros(scale.shape), where=scale > 0)
    quants = np.clip(np.rint(grouped * inverse[..., None]), -127, 127).astype(np.int8)
    blocks = np.empty((rows, length // 32), Q8_0_BLOCK)
    blocks["scale"], blocks["quants"] = scale, quants
    restored = quants * scale.astype(np.float64)[..., None]
    error = np.sqrt(((restored - grouped) ** 2).sum(axis=(1, 2)))
    return blocks.view(np.uint8).reshape(rows, -1), error


def fill_index(
    read: RowsAt,
    rows: np.ndarray,
    blocks: np.ndarray | None,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> None:
    """Per-row (1 / length, scale, error) into `rows`, and, given `blocks`, the Q8_0 unit rows; chunks
    on all cores."""
    n_rows = rows.shape[0]

    def slab(start: int, stop: int) -> None:
        values = read(slice(start, stop))  # float32: their products are exact in float64
        length = np.sqrt(np.einsum("ij,ij->i", values, values, dtype=np.float64))
        finite = np.isfinite(length)  # a row with NaN or ±inf: NaN scale, so it never ranks
        with np.errstate(divide="ignore", invalid="ignore"):
            inverse = np.where(finite, np.where(length > 0, 1.0 / length, 0.0), np.nan)
        rows[start:stop, 0] = inverse
        if blocks is None:
            rows[start:stop, 1], rows[start:stop, 2] = inverse, 0.0
            return
        unit = np.where(finite[:, None], values, 0.0) * np.where(finite, inverse, 0.0)[:, None]  # float64
        quantized, error = quantize_q8_0(unit)
        blocks[start:stop] = quantized
        rows[start:stop, 1] = np.where(finite, np.where(length > 0, 1.0, 0.0), np.nan)
        rows[start:stop, 2] = error + ERROR_MARGIN

    def fill(first: int) -> None:
        for start in range(first, min(first + ROWS_PER_CHUNK, n_rows), SLAB):
            slab(start, min(start + SLAB, n_rows))

    run_chunks(fill, range(0, n_rows, ROWS_PER_CHUNK), progress, should_stop)


def run_chunks(
    fill: Callable[[int], None], starts: range, progress: Progress | None, should_stop: StopCheck | None
) -> None:
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        futures: list[Future[None]] = [pool.submit(fill, first) for first in starts]
        for done, future in enumerate(futures, start=1):
            if should_stop is not None and should_stop():
                for pending in futures:
                    pending.cancel()
                raise EmbeddingsCancelled("reading the embedding matrix was cancelled")
            future.result()
            if progress is not None:
                progress(done / len(futures), "reading the embedding matrix")


def load_index(
    model_path: str | Path, progress: Progress | None = None, should_stop: StopCheck | None = None
) -> tuple[EmbeddingIndex, bool]:
    """The model file's index and whether it came from the cache (missing files are built in one pass;
    files of earlier versions of this model file, and of other cache formats, are removed)."""
    n_vocab, n_embd = matrix_shape(model_path)
    tensor = embedding_tensor(model_path)
    read = rows_at(model_path, tensor)
    direct = direct_q8_0(tensor, n_vocab, n_embd)
    rows_path, q8_path = cache_file(model_path), cache_file(model_path, ".q8.npy")
    specs: list[ArraySpec] = [(rows_path, (n_vocab, 3), np.float32)]
    if not direct and n_embd % 32 == 0:
        specs.append((q8_path, (n_vocab, n_embd // 32 * 34), np.uint8))

    def fill(rows: np.ndarray, blocks: np.ndarray | None = None) -> None:
        fill_index(read, rows, blocks, progress, should_stop)
        if cache_file(model_path) != rows_path:  # rewritten while it was read: the rows may be mixed
            raise ValueError(f"{Path(model_path).name} changed while its embeddings were read; try again")

    arrays, from_cache = cached_arrays(specs, fill)
    if not from_cache:
        remove_stale(rows_path)
        remove_other_formats(cache_dir())
    if direct:
        blocks: np.ndarray | None = np.memmap(
            model_path, np.uint8, "r", tensor.offset, (n_vocab, n_embd // 32 * 34)
        )
    else:
        blocks = arrays[1] if len(arrays) > 1 else None
    on_disk = sum(path.stat().st_size for path, _shape, _dtype in specs if path.is_file())
    return EmbeddingIndex(
        n_vocab=n_vocab,
        n_embd=n_embd,
        rows_at=read,
        inverse_length=np.ascontiguousarray(arrays[0][:, 0]),
        scale=np.ascontiguousarray(arrays[0][:, 1]),
        error=np.ascontiguousarray(arrays[0][:, 2]),
        blocks=blocks,
        direct=direct,
        cache_bytes=on_disk,
    ), from_cache
