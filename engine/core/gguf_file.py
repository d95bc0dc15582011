"""A fast GGUF header reader: metadata and tensor table without touching tensor data.

`gguf.GGUFReader` parses every metadata array eagerly (seconds for a 262k-token vocabulary); this
reader skips long arrays, so any model's header reads in milliseconds.
"""

from __future__ import annotations

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

        block_size, type_size = GGML_QUANT_SIZES[GGMLQuantizationType(self.ggml_type)]
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


class _Reader:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def take(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        raw = self.handle.read(size)
        if len(raw) != size:
            raise ValueError("file ends inside the header")
        return struct.unpack(fmt, raw)[0]

    def string(self) -> str:
        length = self.take("<Q")
        if length > 1 << 30:
            raise ValueError("implausible string length")
        data = self.handle.read(length)
        if len(data) != length:
            raise ValueError("file ends inside the metadata")
        return data.decode("utf-8", errors="replace")

    def value(self, kind: int) -> Any:
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind, count = self.take("<I"), self.take("<Q")
            if count <= SHORT_ARRAY:
                return [self.value(item_kind) for _ in range(count)]
            self._skip_array(item_kind, count)
            return ArrayInfo(item_kind, count)
        if kind not in _SCALAR_FORMATS:
            raise ValueError(f"unknown metadata type {kind}")
        return self.take(_SCALAR_FORMATS[kind])

    def _skip_array(self, item_kind: int, count: int) -> None:
        if item_kind in _SCALAR_FORMATS:
            self.handle.seek(struct.calcsize(_SCALAR_FORMATS[item_kind]) * count, os.SEEK_CUR)
        elif item_kind == _STRING:
            for _ in range(count):
                self.handle.seek(self.take("<Q"), os.SEEK_CUR)
        else:
            for _ in range(count):
                self.value(item_kind)


def read_header(handle: BinaryIO) -> GGUFHeader:
    """Parse a GGUF header from an open binary file positioned at its start."""
    if handle.read(4) != GGUF_MAGIC:
        raise ValueError("not a GGUF file (its first bytes are not 'GGUF')")
    reader = _Reader(handle)
    header = GGUFHeader(version=reader.take("<I"))
    if header.version not in (2, 3):
        raise ValueError(f"unsupported GGUF version {header.version}")
    n_tensors, n_kv = reader.take("<Q"), reader.take("<Q")
    for _ in range(n_kv):
        key = reader.string()
        header.metadata[key] = reader.value(reader.take("<I"))
    table = []
    for _ in range(n_tensors):
        name = reader.string()
        shape = tuple(reader.take("<Q") for _ in range(reader.take("<I")))
        table.append((name, shape, reader.take("<I"), reader.take("<Q")))
    alignment = int(header.metadata.get("general.alignment", 32))
    header.data_start = -(-handle.tell() // alignment) * alignment
    for name, shape, ggml_type, offset in table:
        header.tensors[name] = TensorInfo(name, ggml_type, shape, header.data_start + offset)
    return header


def read_gguf_header(path: str | Path) -> GGUFHeader:
    with Path(path).open("rb") as handle:
        return read_header(handle)
