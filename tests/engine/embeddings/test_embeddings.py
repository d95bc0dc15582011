"""Embeddings on the real packaged models: the matrix against gguf's own reader, neighbours against a
direct numpy cosine, the cache, hidden states against a second evaluation path, and the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from engine.core.gguf_file import read_gguf_header
from engine.core.llama_types import Cancelled
from engine.core.session import Session
from engine.core.tensor_tap import TensorTap
from engine.embeddings.hidden import similarity, word_in_contexts
from engine.embeddings.index import load_index
from engine.embeddings.maps import pca_2d
from engine.embeddings.matrix import TENSOR_NAME, cache_file, row_reader
from engine.embeddings.neighbours import analogy, neighbors
from engine.embeddings.ranking import top_k
from engine.embeddings.table import CACHE_KEY, EmbeddingTable, embedding_table, open_table
from engine.embeddings.vocabulary import Filters, is_whole_word

ROOT = Path(__file__).resolve().parents[3]
# Cosines come from the file's own float32 values (computed in float64): a float32 numpy reference
# (640 products summed in float32) agrees to about 1e-6.
COSINE_TOLERANCE = 1e-5


@pytest.fixture(scope="module")
def cache_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A private cache folder for this module (the user's own cache is never touched)."""
    folder = tmp_path_factory.mktemp("embedding-cache")
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("LANTERNA_CACHE_DIR", None)
    else:
        os.environ["LANTERNA_CACHE_DIR"] = saved


@pytest.fixture(scope="module")
def smol_table(smol: Session, cache_root: Path) -> Iterator[EmbeddingTable]:
    smol.cache.pop(CACHE_KEY, None)
    yield embedding_table(smol)
    smol.cache.pop(CACHE_KEY, None)  # the session fixture is shared: leave it as found


@pytest.fixture(scope="module")
def reference(smol: Session) -> np.ndarray:
    """token_embd.weight read independently, by gguf's reader and dequantizer (float32)."""
    from gguf import GGUFReader
    from gguf.quants import dequantize

    reader = GGUFReader(smol.model.settings.path)
    tensor = next(tensor for tensor in reader.tensors if tensor.name == TENSOR_NAME)
    matrix: np.ndarray = dequantize(tensor.data, tensor.tensor_type)
    return matrix


def unit(matrix: np.ndarray) -> np.ndarray:
    return matrix / np.linalg.norm(matrix, axis=-1, keepdims=True)


def reference_top(scores: np.ndarray, k: int, exclude: list[int]) -> tuple[list[int], np.ndarray]:
    scores = scores.copy()
    scores[exclude] = -np.inf
    order = np.argsort(-scores, kind="stable")[:k]
    return order.tolist(), scores[order]


def assert_same_ranking(found: list[dict], scores: np.ndarray, k: int, exclude: list[int]) -> None:
    """Found neighbours are the reference's top k: same cosines rank by rank, ids equal except ties."""
    ids, best = reference_top(scores, k, exclude)
    assert len(found) == k
    cosines = np.array([item["cosine"] for item in found])
    np.testing.assert_allclose(cosines, best, atol=COSINE_TOLERANCE)
    np.testing.assert_allclose(scores[[item["id"] for item in found]], best, atol=COSINE_TOLERANCE)
    for rank, item in enumerate(found):
        gaps = np.abs(np.delete(best, rank) - best[rank])
        if gaps.min() > 2 * COSINE_TOLERANCE:  # not a near-tie: the id itself must match
            assert item["id"] == ids[rank]
        assert item["distance"] == pytest.approx(1 - item["cosine"])


def test_q8_0_reader_equals_gguf_dequantize(smol: Session, reference: np.ndarray, smol_table) -> None:
    tensor = read_gguf_header(smol.model.settings.path).tensors[TENSOR_NAME]
    assert tensor.ggml_type == 8  # Q8_0
    rows = row_reader(smol.model.settings.path, tensor)
    np.testing.assert_array_equal(rows(0, 3000), reference[:3000])
    np.testing.assert_array_equal(rows(45000, 49152), reference[45000:])
    assert smol_table.vectors.shape == reference.shape == (smol.vocab_size, smol.info().n_embd)
    np.testing.assert_array_equal(smol_table.vectors[slice(None)], reference)  # float32, exactly
    np.testing.assert_array_equal(smol_table.vectors[[4197, 7, 4197]], reference[[4197, 7, 4197]])
    np.testing.assert_array_equal(smol_table.vectors[4197], reference[4197])


def test_word_neighbours_equal_a_direct_numpy_cosine(
    smol: Session, reference: np.ndarray, smol_table: EmbeddingTable
) -> None:
    result = neighbors(smol, " king", 10)
    king = smol.model.tokenize(" king", add_special=False)
    assert [token["id"] for token in result["query_tokens"]] == king and len(king) == 1
    scores = unit(reference) @ unit(reference[king[0]])
    assert_same_ranking(result["neighbors"], scores, 10, exclude=king)
    assert " queen" in [item["text"] for item in result["neighbors"]]


def test_phrase_is_the_mean_of_its_tokens(smol: Session, reference: np.ndarray, smol_table) -> None:
    phrase = " ice cream"
    ids = smol.model.tokenize(phrase, add_special=False)
    assert len(ids) == 2
    result = neighbors(smol, phrase, 8)
    scores = unit(reference) @ unit(reference[ids].mean(axis=0))
    assert_same_ranking(result["neighbors"], scores, 8, exclude=ids)


def test_self_similarity_and_the_query_exclusion_rule(smol: Session, smol_table) -> None:
    token = smol.model.tokenize(" river", add_special=False)[0]
    included = neighbors(smol, f"#{token}", 5, include_query=True)
    assert included["neighbors"][0]["id"] == token
    assert included["neighbors"][0]["cosine"] == pytest.approx(1.0, abs=1e-6)
    assert included["neighbors"][0]["distance"] == pytest.approx(0.0, abs=1e-6)
    excluded = neighbors(smol, f"#{token}", 4)
    assert token not in [item["id"] for item in excluded["neighbors"]]
    assert [item["id"] for item in excluded["neighbors"]] == [
        item["id"] for item in included["neighbors"][1:]
    ]


def test_analogy_leaves_out_its_inputs(smol: Session, reference: np.ndarray, smol_table) -> None:
    result = analogy(smol, " king", " man", " woman", 5)
    ids = [smol.model.tokenize(word, add_special=False)[0] for word in (" king", " man", " woman")]
    target = unit(reference[ids[0]]) - unit(reference[ids[1]]) + unit(reference[ids[2]])
    scores = unit(reference) @ unit(target)
    assert_same_ranking(result["neighbors"], scores, 5, exclude=ids)
    assert result["neighbors"][0]["text"] == " queen"


def test_filters(smol: Session, smol_table: EmbeddingTable) -> None:
    words = neighbors(smol, " king", 30, filters=Filters(whole_words=True))
    assert all(is_whole_word(item["text"]) for item in words["neighbors"])
    assert "King" not in [item["text"] for item in words["neighbors"]]  # no leading space: not a word start
    plain = neighbors(smol, "<|im_start|>", 50, filters=Filters(hide_special=True))
    assert not any(smol.model.is_special(item["id"]) for item in plain["neighbors"])
    assert not any(item["text"].startswith("<0x") for item in plain["neighbors"])


def test_top_k_matches_a_full_sort() -> None:
    rng = np.random.default_rng(3)
    scores = np.round(rng.standard_normal(100_003), 2).astype(np.float32)  # many ties
    scores[rng.choice(scores.size, 500, replace=False)] = -np.inf
    for k in (1, 10, 257, 5000):
        expected = np.argsort(-scores, kind="stable")[:k]
        np.testing.assert_array_equal(top_k(scores, k), expected)
    assert top_k(np.full(10, -np.inf, np.float32), 3).size == 0


def test_pca_matches_the_covariance_eigenvectors() -> None:
    rng = np.random.default_rng(0)
    points = rng.standard_normal((200, 2)) * [5.0, 1.0] @ np.linalg.qr(rng.standard_normal((8, 8)))[0][:2]
    coords, explained = pca_2d(points)
    eigenvalues, _ = np.linalg.eigh(np.cov(points.T))
    top = eigenvalues[::-1][:2]
    np.testing.assert_allclose(explained, top / eigenvalues.sum(), rtol=1e-6)
    np.testing.assert_allclose(coords.var(axis=0, ddof=1), top, rtol=1e-6)
    # pairwise distances survive: the data is exactly two-dimensional
    np.testing.assert_allclose(
        np.linalg.norm(coords[0] - coords[1]), np.linalg.norm(points[0] - points[1]), rtol=1e-6
    )


def test_gemma_neighbours(gemma: Session, cache_root: Path) -> None:
    """Gemma's 262k x 640 matrix: shape, order, and cosines re-derived from raw Q8_0 rows by gguf."""
    from gguf.constants import GGMLQuantizationType
    from gguf.quants import dequantize

    gemma.cache.pop(CACHE_KEY, None)
    try:
        result = neighbors(gemma, " king", 10)
    finally:
        table = gemma.cache.pop(CACHE_KEY, None)
    assert result["vocab_size"] == gemma.vocab_size == 262_144 and result["n_embd"] == 640
    assert table is not None and table.unit.shape == (262_144, 640)
    found = result["neighbors"]
    assert len(found) == 10 and all(0 <= item["id"] < 262_144 for item in found)
    cosines = [item["cosine"] for item in found]
    assert cosines == sorted(cosines, reverse=True)
    assert found[0]["text"] == " King"
    tensor = read_gguf_header(gemma.model.settings.path).tensors[TENSOR_NAME]
    row_bytes = tensor.n_bytes // 262_144

    def raw_row(token: int) -> np.ndarray:
        with open(gemma.model.settings.path, "rb") as handle:
            handle.seek(tensor.offset + token * row_bytes)
            data = np.frombuffer(handle.read(row_bytes), np.uint8)
        row: np.ndarray = dequantize(data, GGMLQuantizationType.Q8_0)
        return row.reshape(-1)

    query = unit(raw_row(result["query_tokens"][0]["id"]))
    for item in found:
        assert float(unit(raw_row(item["id"])) @ query) == pytest.approx(item["cosine"], abs=COSINE_TOLERANCE)


def test_cache_is_reused_and_invalidated_when_the_file_changes(smol: Session, tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    shutil.copyfile(smol.model.settings.path, model)
    first, from_cache = load_index(model)
    old_cache = cache_file(model)
    assert not from_cache and old_cache.is_file() and old_cache.name.endswith(".f2.rows.npy")
    assert first.direct and not cache_file(model, ".q8.npy").exists()  # Q8_0: the file's own blocks
    again, from_cache = load_index(model)
    assert from_cache
    np.testing.assert_array_equal(first.inverse_length, again.inverse_length)
    rows = first.rows_at(slice(0, 2000)).astype(np.float64)
    np.testing.assert_allclose(again.inverse_length[:2000], 1 / np.linalg.norm(rows, axis=1), rtol=1e-7)

    tensor = read_gguf_header(model).tensors[TENSOR_NAME]
    with model.open("r+b") as handle:  # rewrite the first block of token 0: scale 1.0, quants 1..32
        handle.seek(tensor.offset)
        handle.write(np.float16(1.0).tobytes() + np.arange(1, 33, dtype=np.int8).tobytes())
    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    rebuilt, from_cache = load_index(model)
    assert not from_cache and cache_file(model) != old_cache
    assert not old_cache.exists()  # the stale version was removed
    row = rebuilt.rows_at(slice(0, 1))[0].astype(np.float64)
    np.testing.assert_array_equal(row[:32], np.arange(1, 33))
    assert rebuilt.inverse_length[0] == np.float32(1 / np.linalg.norm(row))
    np.testing.assert_array_equal(rebuilt.inverse_length[1:], first.inverse_length[1:])
    assert not list(cache_file(model).parent.glob("*.part"))  # written atomically, nothing left over


def test_cancel_while_reading_leaves_no_cache(smol: Session, tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    shutil.copyfile(smol.model.settings.path, model)
    reports: list[float] = []
    with pytest.raises(Cancelled):
        load_index(model, lambda fraction, _message: reports.append(fraction), lambda: len(reports) >= 2)
    assert reports and reports[-1] < 1.0
    assert not cache_file(model).exists() and not list(cache_file(model).parent.glob("*.part"))


def test_vocabulary_is_cached_beside_the_matrix(smol: Session, smol_table: EmbeddingTable) -> None:
    stored = cache_file(smol.model.settings.path, ".vocab.json")
    assert stored.is_file()
    reopened = open_table(smol)  # texts from the JSON file this time
    assert reopened.from_cache and reopened.texts == smol_table.texts
    for flag in ("special", "byte", "whole_word"):
        np.testing.assert_array_equal(getattr(reopened, flag), getattr(smol_table, flag))
    assert reopened.whole_word[4197] and not reopened.whole_word[smol.model.tokenize("King")[0]]
    for token in (0, 1, 2, 4197, 49151):
        assert reopened.texts[token] == smol.token_info(token).text
        assert reopened.special[token] == smol.token_info(token).special


def sequential_states(session: Session, tokens: list[int], layers: int) -> np.ndarray:
    """Hidden states by a second path: one token per decode call (n_layers - 1 layers)."""
    rows: dict[str, list[np.ndarray]] = {}
    names = {f"l_out-{layer}" for layer in range(layers)}
    tap = TensorTap(lambda name: name in names, lambda name, a: rows.setdefault(name, []).append(a))
    with session.model.capturing(tap, n_ctx=64):
        session.model.evaluate(tokens[:1])
        for token in tokens[1:]:
            session.model.append(token)
    return np.stack(
        [np.concatenate([a.reshape(-1, a.shape[-1]) for a in rows[f"l_out-{i}"]]) for i in range(layers)]
    )


def test_contextual_vectors_move_with_context_and_match_a_second_path(smol: Session, smol_table) -> None:
    sentences = ["I sat on the river bank", "I deposited money at the bank"]
    result = word_in_contexts(smol, "bank", sentences)
    n_layers = smol.info().n_layers
    pair = result["pairs"][0]
    assert len(pair["cosine"]) == n_layers and pair["embedding_cosine"] == pytest.approx(1.0)
    assert pair["cosine"][-1] < 0.8  # the same token, far apart after the last layer
    assert pair["cosine"][-1] < pair["cosine"][0]

    # the same vectors through another path: token by token instead of one batch (all but the last
    # layer: its rows are kept only for outputs). Batch and token-by-token agree to cos > 0.999 here.
    states = [sequential_states(smol, smol.prompt_tokens(text), n_layers - 1) for text in sentences]
    for place, sentence_states in zip(result["sentences"], states, strict=True):
        norms = np.linalg.norm(sentence_states[:, place["positions"][0]], axis=1)
        np.testing.assert_allclose(place["norms"][:-1], norms, rtol=2e-2)
    for layer in range(n_layers - 1):
        a, b = states[0][layer, -1], states[1][layer, -1]
        assert float(unit(a) @ unit(b)) == pytest.approx(pair["cosine"][layer], abs=2e-3)
    # causal mask: the first token ("I") sees only itself, so it is the same vector in both sentences
    for layer in range(n_layers - 1):
        assert float(unit(states[0][layer, 0]) @ unit(states[1][layer, 0])) > 0.9999


def batch_layer_mean(session: Session, text: str, layer: int) -> np.ndarray:
    """The mean hidden state at a middle layer, through a tap of the test's own on one evaluate()."""
    rows: list[np.ndarray] = []
    tap = TensorTap(
        lambda name: name == f"l_out-{layer}", lambda _name, a: rows.append(a.reshape(-1, a.shape[-1]))
    )
    with session.model.capturing(tap, n_ctx=64):
        session.model.evaluate(session.prompt_tokens(text))  # a middle layer keeps every row
    return np.concatenate(rows).mean(axis=0)


def test_text_similarity_is_the_cosine_of_mean_hidden_states(smol: Session) -> None:
    texts = ["The cat sat on the mat.", "A kitten slept on the rug.", "Interest rates rose sharply."]
    layer = 12
    result = similarity(smol, texts, layer=layer)
    matrix = np.array(result["matrix"])
    assert result["layer"] == layer and matrix.shape == (3, 3)
    np.testing.assert_allclose(np.diag(matrix), 1.0, atol=1e-9)
    np.testing.assert_allclose(matrix, matrix.T)
    # the means again, through a tap of the test's own on one plain evaluate() per text (a middle
    # layer keeps every row); the same batch as the engine's, so the numbers agree closely
    means = [batch_layer_mean(smol, text, layer) for text in texts]
    expected = unit(np.stack(means)) @ unit(np.stack(means)).T
    np.testing.assert_allclose(matrix, expected, atol=1e-4)
    assert matrix[0, 1] > matrix[0, 2]  # the two sentences about a cat sleeping are closer
    with pytest.raises(ValueError, match="layer"):
        similarity(smol, texts, layer=99)


def test_cli_neighbors_as_a_process(smol: Session, smol_table, cache_root: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "main.py", "neighbors", "--word", " king", "--k", "10", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANTERNA_CACHE_DIR": str(cache_root)},
    )
    assert completed.returncode == 0, completed.stderr
    output = json.loads(completed.stdout)
    expected = neighbors(smol, " king", 10)
    assert output["query"] == " king"
    assert output["query_tokens"] == [
        {"id": token["id"], "text": token["text"]} for token in expected["query_tokens"]
    ]
    assert [item["id"] for item in output["neighbors"]] == [item["id"] for item in expected["neighbors"]]
    assert set(output["neighbors"][0]) == {"id", "text", "cosine", "distance"}
    failed = subprocess.run(
        [sys.executable, "main.py", "similarity", "--text", "only one", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert failed.returncode == 2 and "at least two" in failed.stderr
