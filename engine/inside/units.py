"""A prompt cut into the pieces attribution scores: tokens, words or sentences, with character offsets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI unpickles these results: no llama_cpp behind them
    from engine.core.session import Session


UNITS = ("token", "word", "sentence")
SENTENCE_ENDS = (".", "!", "?", "\n", "。")


@dataclass(frozen=True)
class Unit:
    text: str
    start: int  # character offsets in the prompt
    end: int
    token_indices: tuple[int, ...]  # positions in the prompt's token list


def token_char_spans(session: Session, prompt: str, tokens: list[int]) -> list[tuple[int, int]]:
    """(start, end) character offsets of each token in `prompt`; a BOS the tokenizer added is (0, 0)."""
    pieces = [session.model.piece(token) for token in tokens]
    total = len(prompt.encode("utf-8"))
    skip_first = bool(tokens) and sum(len(piece) for piece in pieces) != total
    char_at = []
    for index, char in enumerate(prompt):
        char_at.extend([index] * len(char.encode("utf-8")))
    char_at.append(len(prompt))
    spans, position = [], 0
    for index, piece in enumerate(pieces):
        length = 0 if index == 0 and skip_first else len(piece)
        spans.append((char_at[min(position, total)], char_at[min(position + length, total)]))
        position += length
    return spans


def _is_punctuation(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and all(unicodedata.category(char).startswith("P") for char in stripped)


def split_units(session: Session, prompt: str, tokens: list[int], unit: str) -> list[Unit]:
    """The prompt's tokens grouped into units; a token with no text of its own (BOS) is in none.

    A word starts at a token that begins with whitespace, follows whitespace, or is punctuation
    (punctuation is a word of its own); a sentence ends after . ! ? or a new line.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}")
    spans = token_char_spans(session, prompt, tokens)
    groups: list[list[int]] = []
    previous = ""
    for index, (start, end) in enumerate(spans):
        text = prompt[start:end]
        if end <= start:
            continue
        if not groups or unit == "token" or _starts_new(unit, text, previous):
            groups.append([])
        groups[-1].append(index)
        previous = text
    return [
        Unit(prompt[spans[g[0]][0] : spans[g[-1]][1]], spans[g[0]][0], spans[g[-1]][1], tuple(g))
        for g in groups
    ]


def _starts_new(unit: str, text: str, previous: str) -> bool:
    if unit == "sentence":  # white space after a sentence's end stays with that sentence
        return bool(text.strip()) and previous.rstrip(" ").endswith(SENTENCE_ENDS)
    return text[:1].isspace() or previous[-1:].isspace() or _is_punctuation(text) or _is_punctuation(previous)
