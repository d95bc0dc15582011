"""The two-pass neighbour search against exact references, on both packaged models.

The reference here is independent of the engine's search: every row's cosine in float64 by a BLAS
matrix product over gguf-dequantized rows, ranked by a stable sort (ties in id order). The engine must
return the same ids and the same float32 scores (to one float32 unit in the last place: the two float64
sums round differently in their last bits, so now and then the float32 rounding could too).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from engine.core import ggml_matvec
from engine.core.ggml_matvec import Q8Matvec
from engine.core.session import Session
from engine.embeddings.index import EmbeddingIndex, fill_index
from engine.embeddings.matrix import cache_dir, cache_file, remove_other_formats
from engine.embeddings.neighbours import analogy, nearest, neighbors
from engine.embeddings.search import (
    Scorer,
    candidates,
    exact_top,
    ggml_scorer,
    nearest_ids,
    numpy_scorer,
)
from engine.embeddings.table import CACHE_KEY, EmbeddingTable, embedding_table
from engine.embeddings.vocabulary import Filters

QUERIES = 300
BATCH = 100
K = 10


@pytest.fixture(scope="module")
def cache_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("embedding-cache")
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    os.environ["LANTERNA_CACHE_DIR"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("LANTERNA_CACHE_DIR", None)
    else:
        os.environ["LANTERNA_CACHE_DIR"] = saved


@pytest.fixture(scope="module", params=["smol", "gemma"])
def model(request: pytest.FixtureRequest, cache_root: Path) -> Iterator[tuple[Session, EmbeddingTable]]:
    session: Session = request.getfixturevalue(request.param)
    session.cache.pop(CACHE_KEY, None)
    table = embedding_table(session)
    yield session, table
    session.cache.pop(CACHE_KEY, None)  # the session fixtures are shared: leave them as found


def reference_scores(model_path: str, vectors: np.ndarray) -> np.ndarray:
    """(n_vocab, len(vectors)) float64 cosines: rows read by gguf's own dequantizer, one BLAS product."""
    from gguf import GGUFReader
    from gguf.quants import dequantize

    reader = GGUFReader(model_path)
    tensor = next(tensor for tensor in reader.tensors if tensor.name == "token_embd.weight")
    queries = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    n_vocab = int(tensor.shape[1])
    out = np.empty((n_vocab, len(vectors)))
    step = 16384
    for first in range(0, n_vocab, step):
        rows = dequantize(tensor.data[first : first + step], tensor.tensor_type).astype(np.float64)
        lengths = np.linalg.norm(rows, axis=1, keepdims=True)
        out[first : first + step] = rows @ queries.T / np.where(lengths > 0, lengths, 1.0)
    return out


def reference_top(
    scores: np.ndarray, blocked: np.ndarray | None, k: int = K
) -> tuple[np.ndarray, np.ndarray]:
    ranked = scores.astype(np.float32)
    if blocked is not None:
        ranked[blocked] = -np.inf
    order = np.argsort(-ranked, kind="stable")[:k]
    return order, ranked[order]


def one_blocked(size: int, tokens: list[int]) -> np.ndarray:
    blocked = np.zeros(size, bool)
    blocked[tokens] = True
    return blocked


@pytest.fixture(scope="module")
def random_tokens(model: tuple[Session, EmbeddingTable]) -> tuple[np.ndarray, np.ndarray]:
    """300 seeded random token ids and their reference scores against every row."""
    session, table = model
    path = session.model.settings.path
    tokens = np.random.default_rng(2026).choice(table.vocab_size, QUERIES, replace=False)
    vectors = table.vectors[tokens].astype(np.float64)
    scores = np.concatenate(
        [reference_scores(path, vectors[first : first + BATCH]) for first in range(0, QUERIES, BATCH)], axis=1
    )
    return tokens, scores


def test_300_random_token_queries_equal_the_exact_search(model, random_tokens) -> None:
    _session, table = model
    tokens, scores = random_tokens
    assert table.scorer is not None and table.scorer.name == "ggml Q8_0"
    bit_identical, sizes = 0, []
    for column, token in enumerate(tokens.tolist()):
        blocked = one_blocked(table.vocab_size, [token])
        ids, found = nearest_ids(table.index, table.scorer, table.vectors[token], K, blocked)
        expected_ids, expected = reference_top(scores[:, column], blocked)
        np.testing.assert_array_equal(ids, expected_ids, err_msg=f"token {token}")
        np.testing.assert_array_max_ulp(found, expected, maxulp=1)
        bit_identical += int(np.array_equal(found, expected))
        vector = table.vectors[token].astype(np.float64)
        sizes.append(candidates(table.scorer, vector / np.linalg.norm(vector), K, blocked).size)
    assert bit_identical >= QUERIES - 3  # in practice all of them
    assert np.median(sizes) < table.vocab_size / 100  # the first pass leaves few rows to re-rank


def test_first_pass_error_stays_within_its_bound(model, random_tokens) -> None:
    """|ŝ_r − s_r| ≤ ε_r for every row of 60 queries: the inequality the exactness rests on."""
    _session, table = model
    tokens, scores = random_tokens
    scorer = table.scorer
    assert scorer is not None
    worst = 0.0
    for column, token in enumerate(tokens[:60].tolist()):
        vector = table.vectors[token].astype(np.float64)
        query = vector / np.linalg.norm(vector)
        approx = scorer.product(query.astype(np.float32)) * scorer.scale
        error = np.abs(approx - scores[:, column])
        bound = scorer.bound(query)
        assert np.all(error <= bound), f"token {token}: {np.max(error - bound)} over the bound"
        worst = max(worst, float(np.max(error / bound)))
    # Cauchy-Schwarz is reached only by a row parallel to the query's quantization error: the closest
    # rows come to about 1% of the bound (0.9% for SmolLM2), which is what keeps the candidates few
    assert 1e-3 < worst < 1.0


def test_a_coarse_first_pass_is_exact_with_its_bound_and_wrong_without(model, random_tokens) -> None:
    """A first pass with up to ±0.02 of seeded noise: re-ranking with ε widened by 0.02 is still exact
    on 100 queries (many more candidates); with ε = 0 it misses neighbours (the check has teeth)."""
    _session, table = model
    tokens, scores = random_tokens
    base = table.scorer
    assert base is not None
    noise = np.random.default_rng(5).uniform(-0.02, 0.02, table.vocab_size).astype(np.float32)
    ones = np.ones(table.vocab_size, np.float32)

    def noisy(query: np.ndarray) -> np.ndarray:
        return base.product(query) * base.scale + noise

    widened = Scorer(noisy, ones, None, lambda q: base.query_error(q) + 0.02, base.terms, "noisy")
    careless = Scorer(noisy, ones, None, lambda _q: -4 * 2.0**-24, -24, "noisy, no bound")
    assert careless.bound(np.ones(table.n_embd)) == 0
    wrong = 0
    for column, token in enumerate(tokens[:100].tolist()):
        blocked = one_blocked(table.vocab_size, [token])
        expected_ids, expected = reference_top(scores[:, column], blocked)
        ids, found = nearest_ids(table.index, widened, table.vectors[token], K, blocked)
        np.testing.assert_array_equal(ids, expected_ids, err_msg=f"token {token}")
        np.testing.assert_array_max_ulp(found, expected, maxulp=1)
        ids, _found = nearest_ids(table.index, careless, table.vectors[token], K, blocked)
        wrong += int(not np.array_equal(ids, expected_ids))
    assert wrong > 10


def test_phrase_analogy_and_filters_equal_the_exact_search(model) -> None:
    session, table = model
    for filters in (Filters(), Filters(hide_special=True), Filters(whole_words=True)):
        for phrase in (" ice cream", " king", "New York City", " the"):
            ids = session.model.tokenize(phrase, add_special=False)
            result = neighbors(session, phrase, 12, filters=filters)
            assert_exact(table, table.mean_vector(ids), ids, filters, result["neighbors"], 12)
        words = (" king", " man", " woman")
        result = analogy(session, *words, 8, filters=filters)
        parts = [session.model.tokenize(word, add_special=False) for word in words]
        units = [table.mean_vector(p) / np.linalg.norm(table.mean_vector(p)) for p in parts]
        exclude = sorted({token for p in parts for token in p})
        assert_exact(table, units[0] - units[1] + units[2], exclude, filters, result["neighbors"], 8)


def assert_exact(table: EmbeddingTable, vector, exclude, filters: Filters, found: list[dict], k: int) -> None:
    hidden = table.hidden(filters)
    blocked = one_blocked(table.vocab_size, list(exclude)) | (hidden if hidden is not None else False)
    query = np.asarray(vector, np.float64)
    ids, scores = exact_top(table.index, query / np.linalg.norm(query), k, blocked)  # every row, exactly
    assert [item["id"] for item in found] == ids.tolist()
    assert [item["cosine"] for item in found] == scores.tolist()
    assert [item["distance"] for item in found] == [float(1 - s) for s in scores]


def test_numpy_first_pass_gives_the_same_answers(model, random_tokens) -> None:
    """Without ggml (the numpy float32 product as first pass) the answers are the same."""
    _session, table = model
    tokens, _scores = random_tokens
    fallback = numpy_scorer(table.index)
    for token in tokens[:10].tolist():
        blocked = one_blocked(table.vocab_size, [token])
        fast = nearest_ids(table.index, table.scorer, table.vectors[token], K, blocked)
        slow = nearest_ids(table.index, fallback, table.vectors[token], K, blocked)
        np.testing.assert_array_equal(fast[0], slow[0])
        np.testing.assert_array_equal(fast[1], slow[1])


def test_the_numpy_path_is_chosen_when_ggml_is_switched_off(smol: Session, cache_root, monkeypatch) -> None:
    monkeypatch.setenv(ggml_matvec.DISABLE_VARIABLE, "1")
    smol.cache.pop(CACHE_KEY, None)
    try:
        table = embedding_table(smol)
        assert table.scorer is not None and table.scorer.name == "numpy float32"
        assert neighbors(smol, " king", 5)["neighbors"][0]["text"] == " King"
    finally:
        smol.cache.pop(CACHE_KEY, None)


# --- a matrix that is not Q8_0: the cached Q8_0 copy of the unit rows and its per-row error ----------


def aligned(shape: tuple[int, int]) -> np.ndarray:
    raw = np.empty(shape[0] * shape[1] + 64, np.uint8)
    start = -raw.ctypes.data % 64
    return raw[start : start + shape[0] * shape[1]].reshape(shape)


def float_index(rows: np.ndarray) -> EmbeddingIndex:
    """An index over float32 rows in memory, built as load_index builds a non-Q8_0 file's."""
    n, d = rows.shape
    stats, blocks = np.empty((n, 3), np.float32), aligned((n, d // 32 * 34))
    fill_index(lambda which: rows[which], stats, blocks)
    return EmbeddingIndex(
        n,
        d,
        lambda which: rows[which],
        stats[:, 0].copy(),
        stats[:, 1].copy(),
        stats[:, 2].copy(),
        blocks,
        False,
        0,
    )


def test_a_float_matrix_with_hostile_rows(smol_rows: np.ndarray) -> None:
    """Float32 rows (not Q8_0) with zero, NaN and infinite rows: still exact; those rows never rank."""
    rows = smol_rows.copy()
    rows[5] = 0.0
    rows[6, 3] = np.nan
    rows[7, 0] = np.inf
    rows[8] = rows[9]  # an exact tie: the lower id first
    index = float_index(rows)
    assert index.blocks is not None and not index.direct
    matvec = Q8Matvec.open(index.blocks, index.n_embd)
    assert matvec is not None and float(index.error.max()) < 0.05
    scorer = ggml_scorer(index, matvec)
    for token in [*np.random.default_rng(7).choice(rows.shape[0], 100, replace=False).tolist(), 9]:
        blocked = one_blocked(rows.shape[0], [token])
        query = rows[token].astype(np.float64)
        if not np.isfinite(query).all() or not query.any():
            continue
        ids, scores = nearest_ids(index, scorer, query, K, blocked)
        exact_ids, exact_scores = exact_top(index, query / np.linalg.norm(query), K, blocked)
        np.testing.assert_array_equal(ids, exact_ids)
        np.testing.assert_array_equal(scores, exact_scores)
        assert not {6, 7} & set(ids.tolist())
    ids, _ = nearest_ids(index, scorer, rows[9], 3)
    assert ids[:2].tolist() == [8, 9]
    with pytest.raises(ValueError, match="zero"):
        nearest_ids(index, scorer, np.zeros(index.n_embd), K)
    assert nearest_ids(index, scorer, rows[6], K)[0].size == 0  # a NaN query: nothing is near it


@pytest.fixture(scope="module")
def smol_rows(smol: Session) -> np.ndarray:
    """SmolLM2's rows, nudged off the Q8_0 grid (so they are plain float32 values)."""
    from engine.core.gguf_file import read_gguf_header
    from engine.embeddings.matrix import rows_at

    tensor = read_gguf_header(smol.model.settings.path).tensors["token_embd.weight"]
    rows = rows_at(smol.model.settings.path, tensor)(slice(0, 8192))
    noise = np.random.default_rng(1).standard_normal(rows.shape).astype(np.float32)
    return rows * (1 + 1e-3 * noise)


def test_misaligned_blocks_are_refused_not_aborted() -> None:
    buffer = aligned((1, 64 * 680 + 64))[0]
    assert Q8Matvec.open(buffer[: 64 * 680].reshape(64, 680), 640) is not None
    shifted = buffer[1 : 1 + 64 * 680].reshape(64, 680)  # one byte off: ggml would abort the process
    assert shifted.flags.c_contiguous and Q8Matvec.open(shifted, 640) is None
    assert Q8Matvec.open(buffer[: 64 * 681].reshape(64, 681), 640) is None  # not n_embd / 32 blocks


# --- the cache: small, and old formats removed ------------------------------------------------------


def test_cache_is_small_and_old_formats_are_removed(smol: Session, cache_root: Path, tmp_path: Path) -> None:
    import shutil

    from engine.embeddings.index import load_index

    model = tmp_path / "model.gguf"
    shutil.copyfile(smol.model.settings.path, model)
    folder = cache_dir()
    old = [
        folder / "model-0123456789abcdef-0123456789ab.npy",  # format 1: float16 matrix
        folder / "model-0123456789abcdef-0123456789ab.unit.npy",  # format 1: float32 unit rows
        folder / "other-fedcba9876543210-ba9876543210.vocab.json",
        folder / "model-0123456789abcdef-0123456789ab.f3.rows.npy",  # a later format
    ]
    kept = [folder / "notes.txt", folder / "model-0123456789abcdef-0123456789ab.f1.rows.npy.part"]
    for path in old + kept:
        path.write_bytes(b"x" * 1000)
    index, from_cache = load_index(model)
    assert not from_cache
    assert not any(path.exists() for path in old) and all(path.exists() for path in kept)
    rows_file = cache_file(model)
    assert index.cache_bytes == rows_file.stat().st_size == 49152 * 3 * 4 + 128
    assert remove_other_formats(folder) == 0  # nothing left to remove
    for path in kept:
        path.unlink()


def test_nearest_keeps_its_result_shape(model) -> None:
    _session, table = model
    found = nearest(table, table.vectors[100], 3, [100])
    assert len(found) == 3 and set(found[0]) == {"id", "text", "cosine", "distance"}
    assert all(isinstance(item["cosine"], float) for item in found)
