"""The model's last step, read from the GGUF file: the final norm and the output (unembedding) matrix.

The logit lens applies exactly these to any layer's residual stream. The matrix is `output.weight`,
or `token_embd.weight` where the model ties them. Types numpy reads directly (Q8_0, F16, BF16, F32)
come straight off a memory map; others go through `gguf.quants` once and are cached on disk as
float32 .npy (slow to dequantize, instant to map). A Q8_0 matrix is multiplied by ggml's int8
kernels straight off the memory map, without a float32 copy. The Unembedding stays in the session's
cache for the life of the loaded model.

(The row reader is a small copy of engine/embeddings/matrix.py's: feature packages do not import
each other.)
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.ggml_matvec import ALIGNMENT, Q8Matmul, aligned_empty
from engine.core.gguf_file import TensorInfo, read_gguf_header

if TYPE_CHECKING:  # the GUI unpickles these results: no llama_cpp behind them
    from engine.core.session import Session

CACHE_KEY = "inside.unembedding"
CACHE_FORMAT = 1
GGML_F32, GGML_F16, GGML_Q8_0, GGML_BF16 = 0, 1, 8, 30
FAST_TYPES = {GGML_F32, GGML_F16, GGML_Q8_0, GGML_BF16}
Q8_0_BLOCK = np.dtype([("scale", "<f2"), ("quants", "i1", (32,))])  # value = scale * quant
ROWS_PER_CHUNK = 8192
# How ggml's CPU matrix product rounds the activations for each weight type (its vec_dot_type): the
# lens rounds them the same way, so that the last layer reproduces llama.cpp's logits exactly.
Q8_0_ACTIVATIONS = {2, 3, 6, 7, 8, 9, 20, 39}  # Q4_0 Q4_1 Q5_0 Q5_1 Q8_0 Q8_1 IQ4_NL MXFP4
F32_ACTIVATIONS = {GGML_F32}


@dataclass
class Unembedding:
    """y = norm(h); logits = W_U y (+ bias), soft-capped where the model says so.

    Where W_U is Q8_0 (both packaged models) and ggml can be opened, the product runs through
    ggml's own int8 kernels on the file's memory-mapped blocks (`product`): ggml quantizes y to Q8_0
    as llama.cpp's output layer does, so the lens of the last layer is llama.cpp's own computation,
    and no float32 copy of W_U (671 MB for Gemma) is made. Otherwise the float32 path: y rounded as
    ggml would (`round_activations`) times the dequantized matrix in float32 (`float_logits`).
    """

    norm_weight: np.ndarray  # n_embd, float32
    norm_bias: np.ndarray | None  # LayerNorm models only
    output_bias: np.ndarray | None
    epsilon: float
    layer_norm: bool  # True: (h - mean) / std (LayerNorm); False: h / rms (RMSNorm)
    softcap: float | None  # Gemma 2: logits = cap * tanh(logits / cap)
    tensor_name: str
    activations: str  # "f32", "f16", "bf16", "q8_0" or "q8_k": see round_activations
    source: tuple[str, TensorInfo]  # the model file and W_U's tensor: the float matrix on demand
    product: Q8Matmul | None = None  # ggml's int8 product over the file's Q8_0 blocks
    _matrix_t: np.ndarray | None = field(default=None, repr=False)

    @property
    def n_vocab(self) -> int:
        return int(np.prod(self.source[1].shape[1:]))

    @property
    def matrix_t(self) -> np.ndarray:
        """n_embd x n_vocab float32, C-contiguous (numpy's fastest layout), read on first use."""
        if self._matrix_t is None:
            self._matrix_t = np.ascontiguousarray(_matrix(*self.source).T)
        return self._matrix_t

    def normed(self, hidden: np.ndarray) -> np.ndarray:
        """The final norm of float32 rows (n x n_embd), as llama.cpp's graph applies it."""
        h = np.asarray(hidden, np.float32)
        if self.layer_norm:
            h = h - h.mean(axis=1, keepdims=True)
            scale = 1.0 / np.sqrt(np.mean(h * h, axis=1, keepdims=True) + np.float32(self.epsilon))
            y = h * scale * self.norm_weight
            return y + self.norm_bias if self.norm_bias is not None else y
        scale = 1.0 / np.sqrt(np.mean(h * h, axis=1, keepdims=True) + np.float32(self.epsilon))
        return h * scale * self.norm_weight

    def logits(self, hidden: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Next-token logits (n x n_vocab) for residual-stream rows, as the lens computes them."""
        if self.product is None:
            return self.float_logits(hidden, out)
        result = self.product.matmul(self.normed(hidden), out=_aligned(out, len(hidden), self.n_vocab))
        return self._finish(result)

    def float_logits(self, hidden: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """The float32 path: y rounded as ggml rounds it, times the dequantized matrix."""
        y = round_activations(self.normed(hidden), self.activations)
        return self._finish(np.matmul(y, self.matrix_t, out=out))

    def logits_and_probs(self, hidden: np.ndarray, logits: np.ndarray, probs: np.ndarray) -> None:
        """Logits into `logits` and their softmax into `probs` (both n x n_vocab float32; aligned
        with `aligned_empty` for the ggml path, which computes both in one graph on all cores)."""
        if self.product is not None and self.output_bias is None and not self.softcap:
            self.product.matmul(self.normed(hidden), out=logits, softmax_out=probs)
            return
        self.logits(hidden, out=logits)
        np.subtract(logits, logits.max(axis=1, keepdims=True), out=probs)
        np.exp(probs, out=probs)
        probs /= probs.sum(axis=1, keepdims=True, dtype=np.float64).astype(np.float32)

    def _finish(self, result: np.ndarray) -> np.ndarray:
        if self.output_bias is not None:
            result += self.output_bias
        if self.softcap:
            cap = np.float32(self.softcap)
            np.multiply(np.tanh(result / cap, out=result), cap, out=result)
        return result


def _aligned(out: np.ndarray | None, rows: int, columns: int) -> np.ndarray:
    usable = out is not None and out.ctypes.data % ALIGNMENT == 0 and out.flags.c_contiguous
    return out if usable and out is not None else aligned_empty((rows, columns))


def _product(path: str, tensor: TensorInfo) -> Q8Matmul | None:
    if tensor.ggml_type != GGML_Q8_0:
        return None
    n_rows = int(np.prod(tensor.shape[1:]))
    blocks = np.memmap(path, np.uint8, "r", tensor.offset, (n_rows, tensor.n_bytes // n_rows))
    return Q8Matmul.open(np.asarray(blocks), tensor.shape[0])


def load_unembedding(session: Session, progress: Callable[[float, str], None] | None = None) -> Unembedding:
    """The loaded model's final norm and unembedding, read once per loaded model."""
    cached = session.cache.get(CACHE_KEY)
    if isinstance(cached, Unembedding):
        return cached
    path = session.model.settings.path
    header = read_gguf_header(path)
    architecture = str(header.get("general.architecture", ""))
    name = "output.weight" if "output.weight" in header.tensors else "token_embd.weight"
    if name not in header.tensors or "output_norm.weight" not in header.tensors:
        raise ValueError("this model file has no output_norm.weight / output matrix: the lens needs both")
    if progress is not None:
        progress(0.0, "reading the unembedding matrix")
    tensor = header.tensors[name]
    unembedding = Unembedding(
        norm_weight=_vector(path, header.tensors["output_norm.weight"]),
        norm_bias=_optional_vector(path, header.tensors.get("output_norm.bias")),
        output_bias=_optional_vector(path, header.tensors.get("output.bias")),
        epsilon=_epsilon(header.metadata, architecture),
        layer_norm="output_norm.bias" in header.tensors,
        softcap=_softcap(header.metadata, architecture),
        tensor_name=name,
        activations=activation_rounding(tensor.ggml_type),
        source=(path, tensor),
        product=_product(path, tensor),
    )
    if unembedding.product is None:
        _ = unembedding.matrix_t  # read now, while the progress says so
    session.cache[CACHE_KEY] = unembedding
    return unembedding


def activation_rounding(ggml_type: int) -> str:
    if ggml_type in F32_ACTIVATIONS:
        return "f32"
    if ggml_type in (GGML_F16, GGML_BF16):
        return "f16" if ggml_type == GGML_F16 else "bf16"
    return "q8_0" if ggml_type in Q8_0_ACTIVATIONS else "q8_k"  # the K and IQ quants


def round_activations(y: np.ndarray, kind: str) -> np.ndarray:
    """y rounded as ggml rounds a matrix product's activations before the dot products: blocks of
    32 (q8_0, scale stored as float16) or 256 (q8_k) to 8 bits, or to float16 / bfloat16."""
    if kind == "f16":
        return y.astype(np.float16).astype(np.float32)
    if kind == "bf16":
        bits = y.astype(np.float32).view(np.uint32)
        rounded = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000  # round to nearest even
        return rounded.astype(np.uint32).view(np.float32)
    block = {"q8_0": 32, "q8_k": 256}.get(kind)
    if block is None or y.shape[1] % block:
        return y
    blocks = y.reshape(y.shape[0], -1, block)
    if kind == "q8_0":
        largest = np.abs(blocks).max(axis=-1, keepdims=True)
        inverse = np.divide(np.float32(127), largest, out=np.zeros_like(largest), where=largest > 0)
        stored = (largest / np.float32(127)).astype(np.float16).astype(np.float32)
    else:  # q8_k: the signed value of largest magnitude maps to -127; float32 scale
        index = np.abs(blocks).argmax(axis=-1)[..., None]
        largest = np.take_along_axis(blocks, index, axis=-1)
        inverse = np.divide(-127, largest, out=np.zeros_like(largest), where=largest != 0)
        stored = np.divide(1, inverse, out=np.zeros_like(inverse), where=inverse != 0)
    quants = np.minimum(np.rint(blocks * inverse), 127)
    return (quants * stored).reshape(y.shape).astype(np.float32)


def _epsilon(metadata: dict[str, Any], architecture: str) -> float:
    for key in (
        f"{architecture}.attention.layer_norm_rms_epsilon",
        f"{architecture}.attention.layer_norm_epsilon",
    ):
        value = metadata.get(key)
        if isinstance(value, int | float):
            if not math.isfinite(value) or not 0 <= value < 1:
                raise ValueError(f"the model file's {key} is {value}: not a usable epsilon")
            return float(value)
    return 1e-5  # llama.cpp's own default when the key is missing


def _softcap(metadata: dict[str, Any], architecture: str) -> float | None:
    value = metadata.get(f"{architecture}.final_logit_softcapping")
    return float(value) if isinstance(value, int | float) and value > 0 else None


# --- reading tensors ------------------------------------------------------------------------------


def _rows(path: str, tensor: TensorInfo, first: int, stop: int) -> np.ndarray:
    """Rows [first, stop) of a 2-D tensor as float32, from a memory map of the file."""
    row_length, n_rows = tensor.shape[0], int(np.prod(tensor.shape[1:]))
    if tensor.ggml_type == GGML_Q8_0:
        blocks = np.memmap(path, Q8_0_BLOCK, "r", tensor.offset, (n_rows, row_length // 32))[first:stop]
        values = blocks["quants"].astype(np.float32)
        values *= blocks["scale"].astype(np.float32)[..., None]
        return values.reshape(len(blocks), row_length)
    plain = {GGML_F32: np.float32, GGML_F16: np.float16, GGML_BF16: np.uint16}
    if tensor.ggml_type in plain:
        rows = np.memmap(path, plain[tensor.ggml_type], "r", tensor.offset, (n_rows, row_length))[first:stop]
        if tensor.ggml_type == GGML_BF16:  # bfloat16 = the top half of a float32
            return (rows.astype(np.uint32) << 16).view(np.float32)
        return rows.astype(np.float32)
    from gguf.constants import GGMLQuantizationType
    from gguf.quants import dequantize

    raw = np.memmap(path, np.uint8, "r", tensor.offset, (n_rows, tensor.n_bytes // n_rows))[first:stop]
    return dequantize(np.asarray(raw), GGMLQuantizationType(tensor.ggml_type)).reshape(-1, row_length)


def _vector(path: str, tensor: TensorInfo) -> np.ndarray:
    return np.ascontiguousarray(_rows(path, tensor, 0, 1).reshape(-1))


def _optional_vector(path: str, tensor: TensorInfo | None) -> np.ndarray | None:
    return None if tensor is None else _vector(path, tensor)


def _read_all(path: str, tensor: TensorInfo) -> np.ndarray:
    n_rows = int(np.prod(tensor.shape[1:]))
    matrix = np.empty((n_rows, tensor.shape[0]), np.float32)
    for first in range(0, n_rows, ROWS_PER_CHUNK):
        stop = min(first + ROWS_PER_CHUNK, n_rows)
        matrix[first:stop] = _rows(path, tensor, first, stop)
    return matrix


def _matrix(path: str, tensor: TensorInfo) -> np.ndarray:
    if tensor.ggml_type in FAST_TYPES:
        return _read_all(path, tensor)
    cache = _cache_file(path, tensor.name)
    try:
        cached = np.load(cache)
        if cached.shape == (int(np.prod(tensor.shape[1:])), tensor.shape[0]) and cached.dtype == np.float32:
            return np.ascontiguousarray(cached)
    except (OSError, ValueError):
        pass
    matrix = _read_all(path, tensor)
    _write_atomically(cache, matrix)
    return matrix


def cache_dir() -> Path:
    """`$LANTERNA_CACHE_DIR/inside`, else ~/.cache/lanterna/inside."""
    configured = os.environ.get("LANTERNA_CACHE_DIR")
    return (Path(configured) if configured else Path.home() / ".cache" / "lanterna") / "inside"


def _cache_file(model_path: str, tensor_name: str) -> Path:
    """Keyed by the model file's resolved path, size and modification time."""
    resolved = Path(model_path).resolve()
    stat = resolved.stat()
    key = f"{resolved}:{stat.st_size}:{stat.st_mtime_ns}:{tensor_name}:{CACHE_FORMAT}"
    return cache_dir() / f"{resolved.stem[:40]}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.npy"


def _write_atomically(path: Path, matrix: np.ndarray) -> None:
    """Written under a temporary name, then renamed: a crash never leaves half a matrix."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".npy.part")
    except OSError:
        return  # no writable cache: the matrix stays in memory only
    try:
        with os.fdopen(handle, "wb") as stream:
            np.save(stream, matrix)
        os.replace(temp_name, path)
    except OSError:
        Path(temp_name).unlink(missing_ok=True)
