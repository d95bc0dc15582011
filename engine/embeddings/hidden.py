"""Contextual vectors: hidden states across layers, whole-text similarity and one word in context.

The vectors are the hidden states `l_out-<layer>` (the residual stream after block `layer`), read out
of llama.cpp while a text is evaluated. A whole text's vector is the mean of its tokens' hidden states,
BOS left out (its state is the same for every text).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.tensor_tap import TensorTap
from engine.embeddings.maps import pca_2d
from engine.embeddings.table import embedding_table
from engine.process.tasks import TaskContext

if TYPE_CHECKING:
    from engine.core.session import Session


def resolve_layer(layer: int | None, n_layers: int) -> int:
    """None = the last layer; negative counts from the end (-1 = last)."""
    chosen = n_layers - 1 if layer is None else layer + n_layers if layer < 0 else layer
    if not 0 <= chosen < n_layers:
        raise ValueError(f"layer must be between 0 and {n_layers - 1} (or -1 for the last)")
    return chosen


def hidden_states(
    session: Session,
    texts: Sequence[list[int]],
    layers: Sequence[int],
    context: TaskContext | None = None,
) -> Iterator[np.ndarray]:
    """For each token list, its hidden states (len(layers), n_tokens, n_embd) as float32.

    Every token is an output (`logits_rows` over the whole text), so the last layer keeps all rows;
    all texts are evaluated in one capture context, one at a time.
    """
    context = context or TaskContext()
    limit = session.model.settings.n_batch
    for tokens in texts:
        if len(tokens) > min(limit, session.model.n_ctx):
            raise ValueError(f"a text has {len(tokens)} tokens; at most {min(limit, session.model.n_ctx)}")
    wanted = {f"l_out-{layer}": index for index, layer in enumerate(layers)}
    pieces: dict[int, list[np.ndarray]] = {}

    def keep(name: str, array: np.ndarray) -> None:
        pieces.setdefault(wanted[name], []).append(array.reshape(-1, array.shape[-1]))

    tap = TensorTap(lambda name: name in wanted, keep)
    longest = max((len(tokens) for tokens in texts), default=1)
    with session.model.capturing(tap, n_ctx=longest + 8):
        for tokens in texts:
            context.check()
            pieces.clear()
            session.model.logits_rows(tokens, len(tokens), context.should_stop)
            yield np.stack([np.concatenate(pieces[index])[-len(tokens) :] for index in range(len(layers))])


def _cosine(first: np.ndarray, second: np.ndarray) -> float:
    denominator = float(np.linalg.norm(first) * np.linalg.norm(second))
    return float(first @ second) / denominator if denominator > 0 else 0.0


def cosine_matrix(vectors: np.ndarray) -> np.ndarray:
    """Pairwise cosine similarities of the rows (float64)."""
    data = np.asarray(vectors, np.float64)
    lengths = np.linalg.norm(data, axis=1)
    unit = data / np.where(lengths > 0, lengths, 1.0)[:, None]
    result: np.ndarray = np.clip(unit @ unit.T, -1.0, 1.0)
    return result


def pooled_positions(session: Session, tokens: Sequence[int]) -> slice:
    """The positions a text's mean uses: all but a leading BOS (the same state for every text)."""
    bos = session.info().special_tokens.get("bos")
    skip = 1 if bos is not None and len(tokens) > 1 and tokens[0] == bos["id"] else 0
    return slice(skip, len(tokens))


def similarity(
    session: Session,
    texts: Sequence[str],
    layer: int | None = None,
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """Whole-text vectors (mean of the tokens' hidden states at `layer`) and their cosine matrix."""
    cleaned = [text for text in texts if text.strip()]
    if len(cleaned) < 2:
        raise ValueError("give at least two texts to compare")
    context = context or TaskContext()
    n_layers = session.info().n_layers
    chosen = resolve_layer(layer, n_layers)
    token_lists = [session.prompt_tokens(text) for text in cleaned]
    vectors = []
    for index, states in enumerate(hidden_states(session, token_lists, [chosen], context)):
        vectors.append(states[0][pooled_positions(session, token_lists[index])].mean(axis=0))
        context.progress((index + 1) / len(cleaned), f"text {index + 1} of {len(cleaned)}")
    return {
        "texts": cleaned,
        "matrix": cosine_matrix(np.stack(vectors)).tolist(),
        "layer": chosen,
        "n_layers": n_layers,
        "n_tokens": [len(tokens) for tokens in token_lists],
    }


def find_word(sentence_tokens: Sequence[int], word_tokens: Sequence[int]) -> int | None:
    """The first position where `word_tokens` occurs inside `sentence_tokens`."""
    width = len(word_tokens)
    for start in range(len(sentence_tokens) - width + 1):
        if list(sentence_tokens[start : start + width]) == list(word_tokens):
            return start
    return None


def word_positions(session: Session, sentence_tokens: list[int], word: str) -> list[int]:
    """Where a word sits in a tokenized sentence: tried as written, then with a leading space."""
    variants = [word, " " + word.lstrip()] if not word.startswith(" ") else [word, word.lstrip()]
    for variant in variants:
        word_tokens = session.model.tokenize(variant, add_special=False)
        start = find_word(sentence_tokens, word_tokens) if word_tokens else None
        if start is not None:
            return list(range(start, start + len(word_tokens)))
    raise ValueError(f"{word.strip()!r} is not a whole token sequence of the sentence")


def word_in_contexts(
    session: Session,
    word: str,
    sentences: Sequence[str],
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """One word's hidden state at every layer in each sentence: how context moves it.

    For each pair of sentences, the cosine between the word's vectors at each layer (the word's tokens
    averaged when it has several); `embedding_cosine` is the same for the input embeddings (1 when the
    word is the same tokens in both). The map is a PCA of all those unit vectors together.
    """
    cleaned = [sentence for sentence in sentences if sentence.strip()]
    if len(cleaned) < 2:
        raise ValueError("give at least two sentences that contain the word")
    if not word.strip():
        raise ValueError("give the word to follow")
    context = context or TaskContext()
    table = embedding_table(session, context)
    n_layers = session.info().n_layers
    token_lists = [session.prompt_tokens(sentence) for sentence in cleaned]
    positions = [word_positions(session, tokens, word) for tokens in token_lists]
    layers = list(range(n_layers))
    per_sentence = []  # (n_layers, n_embd) each
    for index, states in enumerate(hidden_states(session, token_lists, layers, context)):
        per_sentence.append(states[:, positions[index]].mean(axis=1))
        context.progress((index + 1) / len(cleaned), f"sentence {index + 1} of {len(cleaned)}")
    inputs = [table.mean_vector([token_lists[i][p] for p in positions[i]]) for i in range(len(cleaned))]
    return {
        "word": word,
        "layers": layers,
        "sentences": [
            {
                "text": sentence,
                "tokens": [table.token(token) for token in tokens],
                "positions": place,
                "norms": np.linalg.norm(states, axis=1).tolist(),
            }
            for sentence, tokens, place, states in zip(
                cleaned, token_lists, positions, per_sentence, strict=True
            )
        ],
        "pairs": pair_cosines(per_sentence, inputs),
        "map": layer_map(per_sentence),
    }


def pair_cosines(per_sentence: Sequence[np.ndarray], inputs: Sequence[np.ndarray]) -> list[dict[str, Any]]:
    """For each pair of sentences (a < b), the word's cosine at each layer and at the input embeddings."""
    layers = range(len(per_sentence[0]))
    return [
        {
            "a": first,
            "b": second,
            "cosine": [_cosine(per_sentence[first][layer], per_sentence[second][layer]) for layer in layers],
            "embedding_cosine": _cosine(inputs[first], inputs[second]),
        }
        for first in range(len(per_sentence))
        for second in range(first + 1, len(per_sentence))
    ]


def layer_map(per_sentence: Sequence[np.ndarray]) -> dict[str, Any]:
    """PCA of the word's unit vectors at every layer of every sentence: {sentence, layer, x, y} points."""
    n_layers = len(per_sentence[0])
    stacked = np.concatenate(per_sentence)
    coords, explained = pca_2d(stacked / np.linalg.norm(stacked, axis=1, keepdims=True))
    return {
        "points": [
            {"sentence": index // n_layers, "layer": index % n_layers, "x": float(x), "y": float(y)}
            for index, (x, y) in enumerate(coords)
        ],
        "explained": explained.tolist(),
    }
