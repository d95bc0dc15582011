"""A fast GGUF header reader: metadata and tensor table without touching tensor data.

`gguf.GGUFReader` parses every metadata array eagerly (seconds for a 262k-token vocabulary); this
reader skips long arrays, so any model's header reads in milliseconds.
"""

from __future__ import annotations

import math
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

GGUF_MAGIC = b"GGUF"
_SCALAR_FORMATS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9
SHORT_ARRAY = 64  # arrays up to this length are kept in the metadata; longer ones by length only


@dataclass(frozen=True)
class TensorInfo:
    name: str
    ggml_type: int
    shape: tuple[int, ...]  # ggml order: shape[0] is the fastest-varying (row length)
    offset: int  # absolute position of the data in the file

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.shape:
            count *= dim
        return count

    @property
    def n_bytes(self) -> int:
        from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType

        try:
            block_size, type_size = GGML_QUANT_SIZES[GGMLQuantizationType(self.ggml_type)]
        except (ValueError, KeyError):
            raise HeaderError(f"tensor '{self.name[:80]}' has unknown type {self.ggml_type}") from None
        return self.n_elements // block_size * type_size


@dataclass(frozen=True)
class ArrayInfo:
    """A metadata array too long to keep (e.g. the vocabulary): its item type and length."""

    item_type: int
    length: int


@dataclass
class GGUFHeader:
    version: int
    metadata: dict[str, Any] = field(default_factory=dict)
    tensors: dict[str, TensorInfo] = field(default_factory=dict)
    data_start: int = 0

    @property
    def data_end(self) -> int:
        """Bytes the file must have to hold every declared tensor."""
        return max((t.offset + t.n_bytes for t in self.tensors.values()), default=self.data_start)

    def get(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(key, default)


MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_NESTING = 4  # arrays of arrays: real files have none; a flipped type byte must not recurse


class HeaderError(ValueError):
    """A malformed GGUF header; the message names the problem."""


class _Reader:
    """Reads a header with every length and count checked against the bytes the file still has."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.size = _file_size(handle)

    def remaining(self) -> int:
        return self.size - self.handle.tell()

    def take(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        raw = self.handle.read(size)
        if len(raw) != size:
            raise HeaderError("the file ends inside the header")
        return struct.unpack(fmt, raw)[0]

    def count(self, what: str, item_bytes: int) -> int:
        """A count of items of at least `item_bytes` each, checked against the bytes left."""
        value = int(self.take("<Q"))
        if value * item_bytes > self.remaining():
            raise HeaderError(f"{what} {value:,} does not fit in the file ({self.remaining():,} bytes left)")
        return value

    def skip(self, length: int, what: str) -> None:
        if length > self.remaining():
            raise HeaderError(f"{what} of {length:,} bytes runs past the end of the file")
        self.handle.seek(length, os.SEEK_CUR)

    def string(self, what: str = "string") -> str:
        length = self.count(f"{what} length", 1)
        data = self.handle.read(length)
        if len(data) != length:
            raise HeaderError("the file ends inside the metadata")
        return data.decode("utf-8", errors="replace")

    def value(self, kind: int, depth: int = 0) -> Any:
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            if depth >= MAX_NESTING:
                raise HeaderError(f"metadata arrays nested more than {MAX_NESTING} deep")
            item_kind = self.take("<I")
            count = self.count("array length", _item_bytes(item_kind))
            if count <= SHORT_ARRAY:
                return [self.value(item_kind, depth + 1) for _ in range(count)]
            self._skip_array(item_kind, count, depth + 1)
            return ArrayInfo(item_kind, count)
        if kind not in _SCALAR_FORMATS:
            raise HeaderError(f"unknown metadata value type {kind}")
        return self.take(_SCALAR_FORMATS[kind])

    def _skip_array(self, item_kind: int, count: int, depth: int) -> None:
        if item_kind in _SCALAR_FORMATS:
            self.skip(struct.calcsize(_SCALAR_FORMATS[item_kind]) * count, "an array")
        elif item_kind == _STRING:
            for _ in range(count):
                self.skip(self.take("<Q"), "a string in an array")
        else:
            for _ in range(count):
                self.value(item_kind, depth)


def _item_bytes(kind: int) -> int:
    """The fewest bytes one metadata value of `kind` takes in the file."""
    if kind in _SCALAR_FORMATS:
        return struct.calcsize(_SCALAR_FORMATS[kind])
    if kind == _STRING:
        return 8
    if kind == _ARRAY:
        return 12
    raise HeaderError(f"unknown metadata value type {kind}")


def _file_size(handle: BinaryIO) -> int:
    position = handle.tell()
    size = handle.seek(0, os.SEEK_END)
    handle.seek(position)
    return size


def _alignment(metadata: dict[str, Any]) -> int:
    value = metadata.get("general.alignment", 32)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1 << 16:
        raise HeaderError(f"general.alignment is {value!r}, not a size between 1 and 65536")
    if value & (value - 1):
        raise HeaderError(f"general.alignment is {value}, not a power of two")
    return value


def _tensor_entry(reader: _Reader) -> tuple[str, tuple[int, ...], int, int]:
    name = reader.string("tensor name")
    n_dims = reader.take("<I")
    if not 1 <= n_dims <= MAX_DIMS:
        raise HeaderError(f"tensor '{name[:80]}' has {n_dims} dimensions (at most {MAX_DIMS})")
    shape = tuple(reader.take("<Q") for _ in range(n_dims))
    if any(dim >= 1 << 40 for dim in shape):
        raise HeaderError(f"tensor '{name[:80]}' has an impossible shape {shape}")
    return name, shape, reader.take("<I"), reader.take("<Q")


def read_header(handle: BinaryIO) -> GGUFHeader:
    """Parse a GGUF header from an open binary file positioned at its start (HeaderError if malformed)."""
    if handle.read(4) != GGUF_MAGIC:
        raise HeaderError("not a GGUF file (its first bytes are not 'GGUF')")
    reader = _Reader(handle)
    header = GGUFHeader(version=reader.take("<I"))
    if header.version not in (2, 3):
        raise HeaderError(f"unsupported GGUF version {header.version}")
    n_tensors = reader.count("tensor count", 24)
    n_kv = reader.count("metadata count", 12)
    for _ in range(n_kv):
        key = reader.string("metadata key")
        header.metadata[key] = reader.value(reader.take("<I"))
    table = [_tensor_entry(reader) for _ in range(n_tensors)]
    alignment = _alignment(header.metadata)
    header.data_start = -(-handle.tell() // alignment) * alignment
    for name, shape, ggml_type, offset in table:
        header.tensors[name] = TensorInfo(name, ggml_type, shape, header.data_start + offset)
    return header


def read_gguf_header(path: str | Path) -> GGUFHeader:
    with Path(path).open("rb") as handle:
        return read_header(handle)


# --- hyper-parameters ------------------------------------------------------------------------------
# llama.cpp trusts these: a NaN rms epsilon aborts it on the first decode (GGML_ASSERT(eps >= 0.0f)),
# absurd sizes make it allocate until memory runs out. Each is checked before llama.cpp sees the file.
_SIZE_LIMITS = {  # key suffix -> (smallest, largest)
    "embedding_length": (1, 1 << 17),
    "block_count": (1, 1 << 12),
    "feed_forward_length": (0, 1 << 20),
    "attention.head_count": (1, 1 << 12),
    "attention.head_count_kv": (0, 1 << 12),
    "attention.key_length": (1, 1 << 16),
    "attention.value_length": (1, 1 << 16),
    "context_length": (1, 1 << 27),
    "rope.dimension_count": (0, 1 << 16),
    "attention.sliding_window": (0, 1 << 27),
    "vocab_size": (1, 1 << 24),
}
_POSITIVE_FLOATS = ("rope.freq_base", "rope.freq_scale", "rope.scaling.factor")


def _numbers(value: Any) -> list[Any]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, int | float) and not isinstance(item, bool)]


def _check_value(key: str, suffix: str, value: Any) -> None:
    for number in _numbers(value):
        if isinstance(number, float):
            if not math.isfinite(number):
                raise HeaderError(f"{key} is {number}, not a finite number")
            if "epsilon" in suffix and not 0.0 <= number < 1.0:
                raise HeaderError(f"{key} is {number}, not an epsilon between 0 and 1")
            if suffix in _POSITIVE_FLOATS and number <= 0.0:
                raise HeaderError(f"{key} is {number}; it must be above 0")
        elif suffix in _SIZE_LIMITS:
            low, high = _SIZE_LIMITS[suffix]
            if not low <= number <= high:
                raise HeaderError(f"{key} is {number:,}, outside the plausible range {low:,} to {high:,}")
        elif number < 0:
            raise HeaderError(f"{key} is {number:,}; a size or count cannot be negative")


def _token_count(header: GGUFHeader) -> int | None:
    tokens = header.get("tokenizer.ggml.tokens")
    if isinstance(tokens, ArrayInfo):
        return tokens.length
    return len(tokens) if isinstance(tokens, list) else None


def check_hyperparameters(header: GGUFHeader) -> None:
    """HeaderError naming the key when a numeric hyper-parameter is NaN, infinite, negative or absurd,
    or when the vocabulary and embedding sizes disagree with the token embedding tensor."""
    architecture = header.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise HeaderError("general.architecture is missing")
    prefix = architecture + "."
    for key, value in header.metadata.items():
        if key.startswith(prefix):
            _check_value(key, key[len(prefix) :], value)
    embedding = header.tensors.get("token_embd.weight")
    if embedding is None or len(embedding.shape) < 2:
        return
    n_embd, n_tokens = header.get(prefix + "embedding_length"), _token_count(header)
    if isinstance(n_embd, int) and embedding.shape[0] != n_embd:
        raise HeaderError(
            f"{prefix}embedding_length is {n_embd:,} but token_embd.weight has rows of {embedding.shape[0]:,}"
        )
    if n_tokens is not None and embedding.shape[1] != n_tokens:
        raise HeaderError(
            f"tokenizer.ggml.tokens has {n_tokens:,} tokens but token_embd.weight has "
            f"{embedding.shape[1]:,} rows"
        )
