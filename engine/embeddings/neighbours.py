"""Nearest neighbours by cosine similarity: of a token, a word, a phrase, or an analogy a − b + c.

Two vectors u, v are compared by cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), near 0
= unrelated, near −1 = opposite; cosine distance is 1 − cos (0 = same, 2 = opposite).

- The query's own tokens are left out of its neighbours (as word2vec's most_similar does). With
  `include_query=True` they stay in the ranking, so a one-token query comes first with cosine 1.
- A phrase (several tokens) is the mean of its token vectors; an analogy a − b + c adds the unit
  vectors of a and c and subtracts b's, and leaves the tokens of a, b and c out.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.embeddings.search import blocked_rows, nearest_ids
from engine.embeddings.table import EmbeddingTable, embedding_table
from engine.embeddings.vocabulary import NO_FILTERS, Filters
from engine.process.tasks import TaskContext

if TYPE_CHECKING:
    from engine.core.session import Session


def nearest(
    table: EmbeddingTable,
    vector: np.ndarray,
    k: int,
    exclude: Sequence[int] = (),
    filters: Filters = NO_FILTERS,
) -> list[dict[str, Any]]:
    """The k tokens closest to `vector` by cosine: [{id, text, cosine, distance}], closest first.

    Exact (see `search`): the same ids and cosines as scoring every row in float64.
    """
    blocked = blocked_rows(table.vocab_size, table.hidden(filters), exclude)
    ids, scores = nearest_ids(table.index, table.scorer, vector, k, blocked)
    return [
        {
            "id": int(token),
            "text": table.texts[token],
            "cosine": float(score),
            "distance": float(1.0 - score),
        }
        for token, score in zip(ids, scores, strict=True)
    ]


def query_tokens(session: Session, table: EmbeddingTable, query: str) -> list[int]:
    """Token ids of a query: '#123' is token 123; anything else is tokenized as written (no BOS)."""
    stripped = query.strip()
    if re.fullmatch(r"#\d+", stripped):
        token = int(stripped[1:])
        if not 0 <= token < table.vocab_size:
            raise ValueError(f"token id {token} is outside the vocabulary (0 to {table.vocab_size - 1})")
        return [token]
    if not query:
        raise ValueError("the query is empty")
    tokens = session.model.tokenize(query, add_special=False)
    if not tokens:
        raise ValueError(f"{query!r} has no tokens")
    return tokens


def neighbors(
    session: Session,
    query: str,
    k: int = 10,
    *,
    filters: Filters = NO_FILTERS,
    include_query: bool = False,
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """The k nearest tokens to a token, word or phrase (the mean of its tokens' vectors)."""
    if k < 1:
        raise ValueError("k must be at least 1")
    table = embedding_table(session, context)
    started = time.perf_counter()
    ids = query_tokens(session, table, query)
    vector = table.mean_vector(ids)
    found = nearest(table, vector, k, () if include_query else ids, filters)
    return {
        "query": query,
        "query_tokens": [table.token(token) for token in ids],
        "neighbors": found,
        "k": k,
        "mode": "word",
        "include_query": include_query,
        "filters": filters.as_dict(),
        "vocab_size": table.vocab_size,
        "n_embd": table.n_embd,
        "query_ms": (time.perf_counter() - started) * 1000,
    }


def parse_analogy(text: str) -> tuple[str, str, str]:
    """'a,b,c' -> (a, b, c), for a − b + c. Spaces inside the parts are kept (' king' has one)."""
    parts = text.split(",")
    if len(parts) != 3 or not all(part.strip() for part in parts):
        raise ValueError("an analogy is three comma-separated words: a,b,c for a − b + c")
    return parts[0], parts[1], parts[2]


def analogy(
    session: Session,
    a: str,
    b: str,
    c: str,
    k: int = 10,
    *,
    filters: Filters = NO_FILTERS,
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """Tokens nearest to unit(a) − unit(b) + unit(c) (e.g. king − man + woman), inputs left out."""
    table = embedding_table(session, context)
    started = time.perf_counter()
    parts = [query_tokens(session, table, word) for word in (a, b, c)]
    units = [unit_vector(table.mean_vector(ids)) for ids in parts]
    target = units[0] - units[1] + units[2]
    exclude = sorted({token for ids in parts for token in ids})
    return {
        "query": f"{a.strip()} − {b.strip()} + {c.strip()}",
        "query_tokens": [table.token(token) for ids in parts for token in ids],
        "analogy": {
            name: [table.token(token) for token in ids] for name, ids in zip("abc", parts, strict=True)
        },
        "neighbors": nearest(table, target, k, exclude, filters),
        "k": k,
        "mode": "analogy",
        "include_query": False,
        "filters": filters.as_dict(),
        "vocab_size": table.vocab_size,
        "n_embd": table.n_embd,
        "query_ms": (time.perf_counter() - started) * 1000,
    }


def unit_vector(vector: np.ndarray) -> np.ndarray:
    """The vector scaled to length 1 (a zero vector stays zero)."""
    length = float(np.linalg.norm(vector))
    return vector / length if length > 0 else vector
