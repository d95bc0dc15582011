"""A Q8_0 matrix times a float32 vector (Q8Matvec) or many (Q8Matmul) through ggml's own CPU
kernels (the library llama.cpp ships).

numpy has no fast int8 or float16 product: converting 168 M int8 values to float32 costs more than
reading the float32 matrix. ggml quantizes the vector to Q8_0 and runs its int8 dot products on all
cores, over 34 bytes per 32 values instead of 128.

The shared libraries are opened with ctypes from llama-cpp-python's `lib` folder (or
$LLAMA_CPP_LIB_PATH, as llama-cpp-python itself does); nothing here imports `llama_cpp`. The
matrix is never copied: its tensor points into the caller's memory-mapped blocks. Where the libraries
cannot be opened, `Q8Matvec.open` returns None and callers take the plain numpy path.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import threading
import weakref
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

GGML_TYPE_F32, GGML_TYPE_Q8_0 = 0, 8
Q8_0_BLOCK_BYTES = 34  # float16 scale + 32 int8
ALIGNMENT = 32  # ggml's CPU buffers need 32-byte aligned pointers (GGUF tensors and .npy data are)
DISABLE_VARIABLE = "LANTERNA_EMBEDDINGS_NUMPY"  # set to 1: never use ggml (the numpy path)

_P = ctypes.c_void_p


class _InitParams(ctypes.Structure):
    _fields_ = [("mem_size", ctypes.c_size_t), ("mem_buffer", _P), ("no_alloc", ctypes.c_bool)]


_libraries: tuple[ctypes.CDLL, ctypes.CDLL] | None = None
_tried = False
_lock = threading.Lock()


def _library_folder() -> Path | None:
    configured = os.environ.get("LLAMA_CPP_LIB_PATH")
    if configured:
        return Path(configured)
    spec = importlib.util.find_spec("llama_cpp")  # finds the package folder without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "lib"


def _declare(base: ctypes.CDLL, cpu: ctypes.CDLL) -> None:
    signatures: list[tuple[Any, Any, list[Any]]] = [
        (base.ggml_init, _P, [_InitParams]),
        (base.ggml_free, None, [_P]),
        (base.ggml_new_tensor_2d, _P, [_P, ctypes.c_int, ctypes.c_int64, ctypes.c_int64]),
        (base.ggml_mul_mat, _P, [_P, _P, _P]),
        (base.ggml_new_graph, _P, [_P]),
        (base.ggml_build_forward_expand, None, [_P, _P]),
        (base.ggml_get_data, _P, [_P]),
        (base.ggml_nbytes, ctypes.c_size_t, [_P]),
        (base.ggml_tensor_overhead, ctypes.c_size_t, []),
        (base.ggml_graph_overhead, ctypes.c_size_t, []),
        (base.ggml_backend_cpu_buffer_from_ptr, _P, [_P, ctypes.c_size_t]),
        (base.ggml_backend_tensor_alloc, ctypes.c_int, [_P, _P, _P]),
        (base.ggml_backend_buffer_free, None, [_P]),
        (base.ggml_soft_max, _P, [_P, _P]),
        (cpu.ggml_cpu_init, None, []),
        (cpu.ggml_graph_compute_with_ctx, ctypes.c_int, [_P, _P, ctypes.c_int]),
    ]
    for function, result, arguments in signatures:
        function.restype = result
        function.argtypes = arguments


def libraries() -> tuple[ctypes.CDLL, ctypes.CDLL] | None:
    """(ggml-base, ggml-cpu), opened once; None where they cannot be (or $LANTERNA_EMBEDDINGS_NUMPY=1)."""
    global _libraries, _tried
    if os.environ.get(DISABLE_VARIABLE) == "1":
        return None
    with _lock:
        if not _tried:
            _tried = True
            try:
                folder = _library_folder()
                if folder is None:
                    raise OSError("llama-cpp-python's library folder was not found")
                base = ctypes.CDLL(str(folder / "libggml-base.so"), mode=ctypes.RTLD_GLOBAL)
                cpu = ctypes.CDLL(str(folder / "libggml-cpu.so"), mode=ctypes.RTLD_GLOBAL)
                _declare(base, cpu)
                cpu.ggml_cpu_init()
                _libraries = base, cpu
            except (OSError, AttributeError) as error:
                log.warning("ggml not usable for embedding queries (%s); using numpy", error)
    return _libraries


def worker_threads() -> int:
    """Twice the processors, at most 8: ggml splits a product into one chunk per thread, so with
    exactly one thread per processor a single thread delayed by another process delays the whole
    product (2 cores under load: 35 ms with 2 threads, 22 ms with 4; 12.7 ms either way when idle)."""
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(8, 2 * available))


def _release(base: ctypes.CDLL, context: int, buffer: int) -> None:
    base.ggml_backend_buffer_free(buffer)
    base.ggml_free(context)


class Q8Matvec:
    """`blocks` (n_rows x n_embd/32 Q8_0 blocks, any readable buffer) times float32 vectors."""

    def __init__(self, libs: tuple[ctypes.CDLL, ctypes.CDLL], blocks: np.ndarray, n_embd: int) -> None:
        self._base, self._cpu = libs
        self._blocks = blocks  # kept alive: the tensor points into it
        self.n_rows, self.n_embd = int(blocks.shape[0]), n_embd
        self.threads = worker_threads()
        base = self._base
        self._context = base.ggml_init(_InitParams(base.ggml_tensor_overhead() * 4, None, True))
        if not self._context:
            raise OSError("ggml_init failed")
        self._tensor = base.ggml_new_tensor_2d(self._context, GGML_TYPE_Q8_0, n_embd, self.n_rows)
        size = int(blocks.nbytes)
        if base.ggml_nbytes(self._tensor) != size:
            base.ggml_free(self._context)
            raise OSError("the Q8_0 blocks do not have the size ggml expects")
        address = blocks.ctypes.data
        self._buffer = base.ggml_backend_cpu_buffer_from_ptr(address, size)
        weakref.finalize(self, _release, base, self._context, self._buffer)
        if not self._buffer or base.ggml_backend_tensor_alloc(self._buffer, self._tensor, address) != 0:
            raise OSError("ggml could not place the matrix")

    @classmethod
    def open(cls, blocks: np.ndarray, n_embd: int) -> Q8Matvec | None:
        """The product over `blocks` (uint8 rows of n_embd/32 blocks), or None without ggml."""
        libs = libraries()
        shape_ok = (
            n_embd % 32 == 0 and blocks.ndim == 2 and blocks.shape[1] == n_embd // 32 * Q8_0_BLOCK_BYTES
        )
        aligned = blocks.ctypes.data % ALIGNMENT == 0  # else ggml aborts the process (GGML_ASSERT)
        if libs is None or not shape_ok or not aligned or not blocks.flags.c_contiguous:
            return None
        try:
            return cls(libs, blocks, n_embd)
        except OSError as error:
            log.warning("ggml matrix product not available (%s); using numpy", error)
            return None

    def __call__(self, vector: np.ndarray) -> np.ndarray:
        """blocks @ vector as float32 (n_rows,), the vector quantized to Q8_0 by ggml."""
        base = self._base
        query = np.ascontiguousarray(vector, np.float32)
        if query.shape != (self.n_embd,):
            raise ValueError(f"the vector must have {self.n_embd} values")
        size = 8 * base.ggml_tensor_overhead() + base.ggml_graph_overhead() + 4 * self.n_rows
        size += 8 * self.n_embd + (self.threads + 4) * 4096 + (1 << 20)  # the quantized vector, slack
        context = base.ggml_init(_InitParams(size, None, False))
        if not context:
            raise MemoryError("ggml_init failed")
        try:
            column = base.ggml_new_tensor_2d(context, GGML_TYPE_F32, self.n_embd, 1)
            ctypes.memmove(base.ggml_get_data(column), query.ctypes.data, query.nbytes)
            product = base.ggml_mul_mat(context, self._tensor, column)
            graph = base.ggml_new_graph(context)
            base.ggml_build_forward_expand(graph, product)
            if self._cpu.ggml_graph_compute_with_ctx(context, graph, self.threads) != 0:
                raise RuntimeError("ggml could not compute the product")
            result = np.empty(self.n_rows, np.float32)
            ctypes.memmove(result.ctypes.data, base.ggml_get_data(product), result.nbytes)
            return result
        finally:
            base.ggml_free(context)


def aligned_empty(shape: tuple[int, ...], dtype: Any = np.float32) -> np.ndarray:
    """An uninitialised C-contiguous array whose data starts on an ALIGNMENT boundary (numpy only
    promises 16 bytes; ggml asserts 32 for memory it is handed)."""
    dtype = np.dtype(dtype)
    size = int(np.prod(shape)) * dtype.itemsize
    raw = np.empty(size + ALIGNMENT, np.uint8)
    start = -raw.ctypes.data % ALIGNMENT
    return raw[start : start + size].view(dtype).reshape(shape)


def _place(base: ctypes.CDLL, tensor: int, array: np.ndarray) -> int:
    """A CPU buffer over `array`'s memory holding `tensor`; the caller frees the buffer."""
    address, size = array.ctypes.data, int(array.nbytes)
    if address % ALIGNMENT or not array.flags.c_contiguous or base.ggml_nbytes(tensor) != size:
        raise ValueError("an array handed to ggml must be C-contiguous, aligned and of the tensor's size")
    buffer = base.ggml_backend_cpu_buffer_from_ptr(address, size)
    if not buffer or base.ggml_backend_tensor_alloc(buffer, tensor, address) != 0:
        if buffer:
            base.ggml_backend_buffer_free(buffer)
        raise MemoryError("ggml could not place an array")
    return int(buffer)


class Q8Matmul(Q8Matvec):
    """The same Q8_0 matrix times many float32 vectors at once: one ggml_mul_mat quantizes them to
    Q8_0 once and runs ggml's int8 matrix kernels (llamafile's tinyBLAS where built in) on all cores.

    `matmul(vectors)` is `vectors @ blocks.T` (m x n_rows), written straight into the result array;
    with `softmax=True` it also returns the rows' softmax, computed by ggml in the same graph.
    """

    @classmethod
    def open(cls, blocks: np.ndarray, n_embd: int) -> Q8Matmul | None:
        opened = super().open(blocks, n_embd)
        return opened if isinstance(opened, Q8Matmul) else None

    def matmul(
        self,
        vectors: np.ndarray,
        out: np.ndarray | None = None,
        softmax_out: np.ndarray | None = None,
        threads: int | None = None,
    ) -> np.ndarray:
        """vectors (m x n_embd float32) @ blocks.T -> m x n_rows float32, in `out` if given (aligned,
        see `aligned_empty`). With `softmax_out` (same shape) it also receives softmax of each row."""
        base = self._base
        queries = aligned_empty((len(vectors), self.n_embd))
        queries[...] = vectors
        m = queries.shape[0]
        result = aligned_empty((m, self.n_rows)) if out is None else out
        if result.shape != (m, self.n_rows) or result.dtype != np.float32:
            raise ValueError(f"the result must be float32 of shape {(m, self.n_rows)}")
        n_threads = threads or self.threads
        graph_size = 16 * base.ggml_tensor_overhead() + base.ggml_graph_overhead() + (1 << 16)
        context = base.ggml_init(_InitParams(graph_size, None, True))
        if not context:
            raise MemoryError("ggml_init failed")
        buffers: list[int] = []
        work = 0
        try:
            column = base.ggml_new_tensor_2d(context, GGML_TYPE_F32, self.n_embd, m)
            buffers.append(_place(base, column, queries))
            product = base.ggml_mul_mat(context, self._tensor, column)
            buffers.append(_place(base, product, result))
            last = product
            if softmax_out is not None:
                if softmax_out.shape != result.shape or softmax_out.dtype != np.float32:
                    raise ValueError("softmax_out must have the result's shape and type")
                last = base.ggml_soft_max(context, product)
                buffers.append(_place(base, last, softmax_out))
            graph = base.ggml_new_graph(context)
            base.ggml_build_forward_expand(graph, last)
            # the work buffer: the Q8_0 activations, softmax rows per thread, cache-line slack
            work_size = m * self.n_embd // 32 * Q8_0_BLOCK_BYTES + n_threads * (self.n_rows + 64) * 4
            work_size += base.ggml_tensor_overhead() * 4 + (n_threads + 4) * 4096 + (1 << 20)
            work = base.ggml_init(_InitParams(work_size, None, False))
            if not work:
                raise MemoryError("ggml_init failed")
            if self._cpu.ggml_graph_compute_with_ctx(work, graph, n_threads) != 0:
                raise RuntimeError("ggml could not compute the product")
            return result
        finally:
            for buffer in buffers:
                base.ggml_backend_buffer_free(buffer)
            if work:
                base.ggml_free(work)
            base.ggml_free(context)
