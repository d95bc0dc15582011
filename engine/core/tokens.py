"""Readable token pieces: what a token looks like to a person, and the special-token mark."""

from __future__ import annotations

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
