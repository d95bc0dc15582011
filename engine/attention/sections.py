"""Prompt sections: which named part of a prompt (a message, a few-shot example, the query) each token
belongs to. Every token belongs to exactly one part, so the shares of attention a token gives the parts
add up to all of its attention: text nobody named (the chat template's markers and any default system
prompt it inserts, the ### between examples) is a part of its own.
"""

from __future__ import annotations

from typing import Any

from engine.attention.maps import UNNAMED, Section, sections_from_owners
from engine.core.session import Session

TEMPLATE = "template"  # what the chat template adds around the messages


def token_char_spans(session: Session, prompt: str, tokens: list[int]) -> list[tuple[int, int]]:
    """(start, end) character offsets of each token in `prompt`; a BOS the tokenizer added is (0, 0)."""
    pieces = [session.model.piece(token) for token in tokens]
    total = len(prompt.encode("utf-8"))
    skip_first = bool(tokens) and sum(len(piece) for piece in pieces) != total
    byte_spans = []
    position = 0
    for index, piece in enumerate(pieces):
        length = 0 if index == 0 and skip_first else len(piece)
        byte_spans.append((position, position + length))
        position += length
    char_at = _byte_to_char_offsets(prompt)
    return [(char_at[min(a, total)], char_at[min(b, total)]) for a, b in byte_spans]


def _byte_to_char_offsets(text: str) -> list[int]:
    offsets = []
    for index, char in enumerate(text):
        offsets.extend([index] * len(char.encode("utf-8")))
    offsets.append(len(text))
    return offsets


def sections_from_chars(
    session: Session, prompt: str, named_ranges: list[dict[str, Any]], unnamed: str = UNNAMED
) -> list[Section]:
    """Token sections for character ranges [{"name", "start", "end"}] that cover every token: each
    token goes to the first range holding its first character, tokens outside every range (and a BOS
    the tokenizer added) to the section `unnamed`."""
    tokens = session.prompt_tokens(prompt)
    owners = []
    for start, end in token_char_spans(session, prompt, tokens):
        holders = [str(named["name"]) for named in named_ranges if named["start"] <= start < named["end"]]
        owners.append(holders[0] if holders and end > start else unnamed)
    return sections_from_owners(owners)


def chat_sections(prompt: str, messages: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Character ranges of each message's content inside the rendered chat prompt."""
    ranges = []
    cursor = 0
    counts: dict[str, int] = {}
    for role, content in messages:
        start = prompt.find(content, cursor) if content else -1
        if start < 0:
            continue
        counts[role] = counts.get(role, 0) + 1
        name = role if role == "system" else f"{role} {counts[role]}"
        ranges.append({"name": name, "start": start, "end": start + len(content)})
        cursor = start + len(content)
    return ranges
