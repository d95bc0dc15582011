"""Words of a text as two different tokenizers split it: which whitespace-separated word each token
belongs to, so that models with different vocabularies can be compared word by word.

A token belongs to the word its first non-space byte falls in; a token of whitespace only belongs to
the word after it (a word's leading space travels with it in both kinds of tokenizer), trailing
whitespace to the last word; special tokens (BOS) carry no text and belong to no word.
"""

from __future__ import annotations

from collections.abc import Sequence

_SPACE = frozenset(b" \t\n\r\x0b\x0c")


def word_of_tokens(pieces: Sequence[bytes]) -> tuple[list[int | None], list[str]]:
    """(for each token its word index or None, the words' texts) from the tokens' bytes in order."""
    owners: list[int | None] = []
    words: list[bytearray] = []
    in_word = False
    waiting: list[int] = []  # whitespace-only tokens waiting for the next word to start
    for index, piece in enumerate(pieces):
        owner: int | None = None
        for byte in piece:
            if byte in _SPACE:
                in_word = False
                continue
            if not in_word:
                words.append(bytearray())
                in_word = True
            words[-1].append(byte)
            if owner is None:
                owner = len(words) - 1
        owners.append(owner)
        if owner is None and piece:
            waiting.append(index)
        elif owner is not None:
            for early in waiting:
                owners[early] = owner
            waiting.clear()
    for late in waiting:
        owners[late] = len(words) - 1 if words else None
    return owners, [bytes(word).decode("utf-8", errors="replace") for word in words]


def word_sums(
    owners: Sequence[int | None], values: Sequence[float | None], n_words: int
) -> list[float | None]:
    """Σ of each word's token values; None where any of its tokens has no value (the unscored first)."""
    sums: list[float | None] = [0.0] * n_words
    for owner, value in zip(owners, values, strict=True):
        if owner is None:
            continue
        current = sums[owner]
        sums[owner] = None if value is None or current is None else current + value
    return sums
