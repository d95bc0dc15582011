"""2-D maps of token and word vectors: their first two principal components (PCA)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.embeddings.neighbours import query_tokens, unit_vector
from engine.embeddings.table import EmbeddingTable
from engine.embeddings.vocabulary import Filters

if TYPE_CHECKING:
    from engine.core.session import Session


def pca_2d(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows projected on their first two principal components, and the variance each explains.

    Signs are fixed (each component's largest loading positive) so the same input gives the same map.
    """
    data = np.asarray(vectors, np.float64)
    coords = np.zeros((len(data), 2))
    if len(data) < 2:
        return coords, np.zeros(2)
    centred = data - data.mean(axis=0)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    count = min(2, len(singular))
    for index in range(count):
        component = components[index]
        if component[np.argmax(np.abs(component))] < 0:
            component = -component
        coords[:, index] = centred @ component
    variance = singular**2
    explained = np.zeros(2)
    total = float(variance.sum())
    if total > 0:
        explained[:count] = variance[:count] / total
    return coords, explained


def token_map(table: EmbeddingTable, ids: Sequence[int], roles: Sequence[str]) -> dict[str, Any]:
    """PCA of the tokens' unit vectors (the directions cosine compares): points with x, y and role."""
    coords, explained = pca_2d(table.unit[list(ids)])
    points = [
        {"id": int(token), "text": table.texts[token], "role": role, "x": float(x), "y": float(y)}
        for token, role, (x, y) in zip(ids, roles, coords, strict=True)
    ]
    return {"points": points, "explained": explained.tolist()}


def neighbors_map(table: EmbeddingTable, result: dict[str, Any]) -> dict[str, Any]:
    """The map of a neighbours result: the query's tokens and the neighbours."""
    query_ids = list(dict.fromkeys(token["id"] for token in result["query_tokens"]))
    neighbour_ids = [item["id"] for item in result["neighbors"] if item["id"] not in query_ids]
    ids = query_ids + neighbour_ids
    return token_map(table, ids, ["query"] * len(query_ids) + ["neighbor"] * len(neighbour_ids))


def sample_ids(table: EmbeddingTable, count: int, seed: int, filters: Filters) -> list[int]:
    """A seeded sample of the vocabulary (without the tokens the filters hide), in id order."""
    hidden = table.hidden(filters)
    pool = np.flatnonzero(~hidden) if hidden is not None else np.arange(table.vocab_size)
    chosen = np.random.default_rng(seed).choice(pool, size=min(count, pool.size), replace=False)
    return sorted(int(token) for token in chosen)


def words_map(session: Session, table: EmbeddingTable, words: Sequence[str]) -> dict[str, Any]:
    """PCA of each word's vector (the mean of its tokens), labelled with the word."""
    cleaned = [word for word in words if word.strip()]
    if not cleaned:
        raise ValueError("no words to map")
    vectors = np.stack(
        [unit_vector(table.mean_vector(query_tokens(session, table, word))) for word in cleaned]
    )
    coords, explained = pca_2d(vectors)
    points = [
        {"id": -1, "text": word.strip(), "role": "word", "x": float(x), "y": float(y)}
        for word, (x, y) in zip(cleaned, coords, strict=True)
    ]
    return {"points": points, "explained": explained.tolist()}
