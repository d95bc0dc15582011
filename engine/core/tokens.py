"""Readable token pieces: what a token looks like to a person, and the special-token mark."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TokenInfo:
    id: int
    text: str  # the piece as text; bytes that are not whole UTF-8 characters shown as <0xNN>
    special: bool

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "special": self.special}


def readable_piece(raw: bytes) -> str:
    """Decode a token's bytes; a byte-level piece (part of a multi-byte character) becomes <0xNN>."""
    decoded = raw.decode("utf-8", errors="surrogateescape")
    if not any("\udc80" <= char <= "\udcff" for char in decoded):
        return decoded
    return "".join(
        f"<0x{ord(char) - 0xDC00:02X}>" if "\udc80" <= char <= "\udcff" else char for char in decoded
    )


_BYTE_MARK = re.compile(r"<0x([0-9A-F]{2})>")


def joined_pieces(pieces: Iterable[str]) -> str:
    """The text a run of readable pieces stands for: the <0xNN> marks of readable_piece turned back into
    their bytes, so a character split over several tokens comes back whole (as the model saw it)."""
    raw = b"".join(_piece_bytes(piece) for piece in pieces)
    return raw.decode("utf-8", errors="replace")


def _piece_bytes(piece: str) -> bytes:
    parts = _BYTE_MARK.split(piece)  # text, hex, text, hex, ..., text
    return b"".join(
        bytes([int(part, 16)]) if index % 2 else part.encode("utf-8") for index, part in enumerate(parts)
    )
