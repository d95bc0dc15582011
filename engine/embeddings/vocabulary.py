"""The vocabulary: every token's readable text and flags (special, raw byte, whole word), the
filters built on them, and their JSON cache beside the matrix's."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.tokens import readable_piece
from engine.embeddings.matrix import Progress, cache_file, write_text_atomically

if TYPE_CHECKING:
    from engine.core.session import Session

log = logging.getLogger(__name__)

_BYTE_FRAGMENT = re.compile(r"<0x[0-9A-F]{2}>")
# Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F; tab, newline and return count as text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def is_byte_token(text: str) -> bool:
    """A raw byte rather than text: part of a multi-byte character (<0xNN>), or a control character."""
    return not text or _BYTE_FRAGMENT.search(text) is not None or _CONTROL.search(text) is not None


def is_whole_word(text: str) -> bool:
    """A token that starts a word (leading space) and is letters only, e.g. ' king'."""
    return len(text) > 1 and text[0] == " " and text[1:].isalpha()


@dataclass(frozen=True)
class Filters:
    hide_special: bool = False  # special tokens and raw-byte tokens
    whole_words: bool = False

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Filters:
        return cls(bool(params.get("hide_special", False)), bool(params.get("whole_words", False)))

    def as_dict(self) -> dict[str, bool]:
        return {"hide_special": self.hide_special, "whole_words": self.whole_words}


NO_FILTERS = Filters()  # the default: every token listed


@dataclass
class Vocabulary:
    """Every token's readable text and flags (bool arrays indexed by id)."""

    texts: list[str]
    special: np.ndarray  # control / unknown tokens
    byte: np.ndarray  # raw bytes
    whole_word: np.ndarray  # a word start made of letters

    FLAGS = ("special", "byte", "whole_word")

    def as_json(self) -> str:
        flags = {name: np.flatnonzero(getattr(self, name)).tolist() for name in self.FLAGS}
        return json.dumps({"texts": self.texts, **flags}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, size: int) -> Vocabulary:
        stored = json.loads(text)
        if len(stored["texts"]) != size:
            raise ValueError("the stored vocabulary has another size")
        flags = {name: np.zeros(size, bool) for name in cls.FLAGS}
        for name, array in flags.items():
            array[stored[name]] = True
        return cls(list(stored["texts"]), **flags)


def vocabulary(session: Session, size: int, progress: Progress | None = None) -> Vocabulary:
    """Readable text and flags of every token id below `size`, from the loaded model."""
    model = session.model
    texts: list[str] = []
    special = np.zeros(size, bool)
    step = 16384
    for first in range(0, size, step):
        for token in range(first, min(first + step, size)):
            texts.append(readable_piece(model.piece(token)))
            special[token] = model.is_special(token)
        if progress is not None:
            progress(min(first + step, size) / size, "reading the vocabulary")
    return Vocabulary(
        texts=texts,
        special=special,
        byte=np.fromiter((is_byte_token(text) for text in texts), bool, size),
        whole_word=np.fromiter((is_whole_word(text) for text in texts), bool, size),
    )


def cached_vocabulary(session: Session, size: int, progress: Progress | None = None) -> Vocabulary:
    """`vocabulary`, kept as JSON beside the matrix's cache file (same key: same model file)."""
    path = cache_file(session.model.settings.path, ".vocab.json")
    try:
        return Vocabulary.from_json(path.read_text(encoding="utf-8"), size)
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        pass
    found = vocabulary(session, size, progress)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, found.as_json())
    except OSError as error:
        log.warning("vocabulary cache not writable (%s)", error)
    return found
