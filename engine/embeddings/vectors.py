"""Token embeddings and hidden states: the model's own vectors, compared by cosine similarity.

Every token id is a row of the model's embedding matrix `token_embd.weight` (n_vocab x n_embd). Two
vectors u, v are compared by cosine similarity, cos(u, v) = u·v / (|u| |v|): near 1 = same direction
(similar), near 0 = unrelated, near −1 = opposite. Cosine distance is 1 − cos (0 = same, 2 = opposite).

- The matrix is read straight from the GGUF file (a vectorised Q8_0 / F16 / BF16 / F32 reader; other
  types through `gguf.quants`) and cached on disk as float16 .npy, with its rows scaled to length 1 as
  float32 .npy and the token texts as JSON beside it; all memory-mapped, so a second open is instant
  and a query over the whole vocabulary is one matrix-vector product over the unit rows.
- Neighbour rule: the query's own tokens are left out of its neighbours (as word2vec's most_similar
  does). With `include_query=True` they stay in the ranking, so a one-token query comes first with
  cosine 1.
- A phrase (several tokens) is the mean of its token vectors; an analogy a − b + c adds the unit
  vectors of a and c and subtracts b's, and leaves the tokens of a, b and c out.
- Contextual vectors are the hidden states `l_out-<layer>` (the residual stream after block `layer`),
  read out of llama.cpp while a text is evaluated. A whole text's vector is the mean of its tokens'
  hidden states, BOS left out (its state is the same for every text).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.gguf_file import TensorInfo, read_gguf_header
from engine.core.llama_backend import Cancelled, TensorTap
from engine.process.tasks import TaskContext
from engine.core.tokens import readable_piece

if TYPE_CHECKING:
    from engine.core.session import Session

log = logging.getLogger(__name__)

CACHE_KEY = "embeddings"  # Session.cache entry holding the EmbeddingTable
CACHE_FORMAT = 1  # part of the cache key: bump when the file layout changes
TENSOR_NAME = "token_embd.weight"
ROWS_PER_CHUNK = 4096

GGML_F32, GGML_F16, GGML_Q8_0, GGML_BF16 = 0, 1, 8, 30
Q8_0_BLOCK = np.dtype([("scale", "<f2"), ("quants", "i1", (32,))])  # value = scale * quant

Progress = Callable[[float, str], None]
StopCheck = Callable[[], bool]


class EmbeddingsCancelled(Cancelled):
    """Reading the embedding matrix was stopped by the caller."""


# --- reading the matrix out of the GGUF file ----------------------------------------------------


def cache_dir() -> Path:
    """`$LANTERNA_CACHE_DIR`, else ~/.cache/lanterna/embeddings."""
    configured = os.environ.get("LANTERNA_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "lanterna" / "embeddings"


def cache_file(model_path: str | Path, suffix: str = ".npy") -> Path:
    """Where the float16 matrix of this exact file lives: keyed by resolved path, size and mtime.

    `suffix` ".vocab.json" names the token texts kept beside it under the same key.
    """
    resolved = Path(model_path).resolve()
    stat = resolved.stat()
    place = hashlib.sha1(str(resolved).encode()).hexdigest()[:16]
    version = hashlib.sha1(f"{stat.st_size}:{stat.st_mtime_ns}:{CACHE_FORMAT}".encode()).hexdigest()[:12]
    return cache_dir() / f"{resolved.stem[:40]}-{place}-{version}{suffix}"


RowReader = Callable[[int, int], np.ndarray]  # (first, stop) -> float32 rows


def row_reader(path: str | Path, tensor: TensorInfo) -> RowReader:
    """A function returning rows [first, stop) of a 2-D GGUF tensor as float32, memory-mapped."""
    row_length, n_rows = tensor.shape[0], int(np.prod(tensor.shape[1:]))
    if tensor.ggml_type == GGML_Q8_0:
        blocks = np.memmap(path, Q8_0_BLOCK, "r", tensor.offset, (n_rows, row_length // 32))

        def q8_0(first: int, stop: int) -> np.ndarray:
            chunk = blocks[first:stop]
            values = chunk["quants"].astype(np.float32)
            values *= chunk["scale"].astype(np.float32)[..., None]
            return values.reshape(len(chunk), row_length)

        return q8_0
    plain = {GGML_F32: np.float32, GGML_F16: np.float16, GGML_BF16: np.uint16}
    if tensor.ggml_type in plain:
        rows = np.memmap(path, plain[tensor.ggml_type], "r", tensor.offset, (n_rows, row_length))
        if tensor.ggml_type == GGML_BF16:  # bfloat16 = the top half of a float32
            return lambda first, stop: (rows[first:stop].astype(np.uint32) << 16).view(np.float32)
        return lambda first, stop: rows[first:stop].astype(np.float32)
    return _quantized_row_reader(path, tensor, row_length, n_rows)


def _quantized_row_reader(path: str | Path, tensor: TensorInfo, row_length: int, n_rows: int) -> RowReader:
    from gguf.quants import dequantize

    qtype = _quantization_type(tensor.ggml_type)
    raw = np.memmap(path, np.uint8, "r", tensor.offset, (n_rows, tensor.n_bytes // n_rows))
    return lambda first, stop: dequantize(np.asarray(raw[first:stop]), qtype).reshape(-1, row_length)


def _quantization_type(ggml_type: int) -> Any:
    from gguf.constants import GGMLQuantizationType

    return GGMLQuantizationType(ggml_type)


def unit_rows(rows: np.ndarray) -> np.ndarray:
    """float32 copies of the rows scaled to length 1 (zero rows stay zero)."""
    unit = np.asarray(rows, np.float32).copy()
    lengths = np.sqrt(np.einsum("ij,ij->i", unit, unit))
    unit /= np.where(lengths > 0, lengths, 1.0)[:, None]
    return unit


def build_matrix(
    model_path: str | Path,
    matrix: np.ndarray,
    unit: np.ndarray | None = None,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> None:
    """Dequantize token_embd.weight into `matrix` (n_vocab x n_embd, float16) and, in the same pass,
    its rows scaled to length 1 into `unit` (float32). Chunks of rows run on all cores."""
    tensor = read_gguf_header(model_path).tensors[TENSOR_NAME]
    read_rows = row_reader(model_path, tensor)
    n_rows = matrix.shape[0]

    def fill(first: int) -> None:
        for start in range(first, min(first + ROWS_PER_CHUNK, n_rows), 512):  # 512 rows stay in cache
            half = read_rows(start, min(start + 512, n_rows)).astype(np.float16)
            matrix[start : start + len(half)] = half
            if unit is not None:  # from the float16 values: the same numbers a cached open sees
                unit[start : start + len(half)] = unit_rows(half)

    starts = range(0, n_rows, ROWS_PER_CHUNK)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        futures: list[Future[None]] = [pool.submit(fill, first) for first in starts]
        for done, future in enumerate(futures, start=1):
            if should_stop is not None and should_stop():
                for pending in futures:
                    pending.cancel()
                raise EmbeddingsCancelled("reading the embedding matrix was cancelled")
            future.result()
            if progress is not None:
                progress(done / len(futures), "dequantizing the embedding matrix")


def matrix_shape(model_path: str | Path) -> tuple[int, int]:
    """(n_vocab, n_embd) of the file's token embedding matrix."""
    tensor = read_gguf_header(model_path).tensors.get(TENSOR_NAME)
    if tensor is None or len(tensor.shape) != 2:
        raise ValueError(f"the model file has no 2-D {TENSOR_NAME} tensor")
    return int(tensor.shape[1]), int(tensor.shape[0])


def load_matrices(
    model_path: str | Path,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> tuple[np.ndarray, np.ndarray, bool]:
    """The float16 embedding matrix, its unit-length float32 rows, and whether both came from the cache.

    Both are memory-mapped cache files: a second open takes milliseconds, and the pages are the
    operating system's file cache, shared with other processes. Missing files are rebuilt from the
    GGUF file in one pass; files of earlier versions of the same model file are removed.
    """
    shape = matrix_shape(model_path)
    matrix_path, unit_path = cache_file(model_path), cache_file(model_path, ".unit.npy")

    def fill(matrix: np.ndarray, unit: np.ndarray) -> None:
        build_matrix(model_path, matrix, unit, progress, should_stop)
        if cache_file(model_path) != matrix_path:  # rewritten while it was read: the rows may be mixed
            raise ValueError(f"{Path(model_path).name} changed while its embeddings were read; try again")

    (matrix, unit), from_cache = cached_arrays(
        [(matrix_path, shape, np.float16), (unit_path, shape, np.float32)], fill
    )
    if not from_cache:
        _remove_stale(matrix_path)
    return matrix, unit, from_cache


def load_matrix(
    model_path: str | Path, progress: Progress | None = None, should_stop: StopCheck | None = None
) -> tuple[np.ndarray, bool]:
    """The float16 embedding matrix alone (see `load_matrices`)."""
    matrix, _unit, from_cache = load_matrices(model_path, progress, should_stop)
    return matrix, from_cache


ArraySpec = tuple[Path, tuple[int, ...], type]  # where, shape, dtype


def cached_arrays(specs: Sequence[ArraySpec], fill: Callable[..., None]) -> tuple[list[np.ndarray], bool]:
    """The .npy files memory-mapped when all exist, else `fill(*new arrays)` writes them all anew.

    New files are written under temporary names and renamed when complete, so a crash or a cancel
    never leaves half an array behind. Where the folder is not writable the arrays stay in memory.
    """
    cached = [_open_cached(*spec) for spec in specs]
    if all(array is not None for array in cached):
        return [array for array in cached if array is not None], True
    temp_names: list[str] = []
    try:
        for path, _shape, _dtype in specs:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".npy.part")
            os.close(handle)
            temp_names.append(temp_name)
    except OSError as error:
        log.warning("embedding cache not writable (%s); keeping the arrays in memory", error)
        _unlink_all(temp_names)
        arrays: list[np.ndarray] = [np.empty(shape, dtype) for _path, shape, dtype in specs]
        fill(*arrays)
        return arrays, False
    try:
        targets = [
            np.lib.format.open_memmap(name, mode="w+", dtype=dtype, shape=shape)
            for name, (_path, shape, dtype) in zip(temp_names, specs, strict=True)
        ]
        fill(*targets)
        for target in targets:
            target.flush()
        del targets
        for name, (path, _shape, _dtype) in zip(temp_names, specs, strict=True):
            os.replace(name, path)
    except BaseException:
        _unlink_all(temp_names)
        raise
    opened = [_open_cached(*spec) for spec in specs]
    if any(array is None for array in opened):
        raise OSError(f"the embedding cache in {specs[0][0].parent} could not be read back")
    return [array for array in opened if array is not None], False


def _unlink_all(names: Sequence[str]) -> None:
    for name in names:
        Path(name).unlink(missing_ok=True)


def _open_cached(path: Path, shape: tuple[int, ...], dtype: type) -> np.ndarray | None:
    try:
        array = np.load(path, mmap_mode="r")
    except (OSError, ValueError):
        return None
    if array.shape != shape or array.dtype != dtype:
        return None
    return array


def _remove_stale(current: Path) -> None:
    """Delete cache files of the same model path with another size/mtime (matrix, rows, vocabulary)."""
    place, version = current.name.rsplit("-", 1)
    for other in current.parent.glob(f"{place}-*"):
        other_version = other.name.rsplit("-", 1)[1]
        if other_version.split(".")[0] != version.split(".")[0] and not other.name.endswith(".part"):
            other.unlink(missing_ok=True)


def _write_text_atomically(path: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


# --- the vocabulary and its filters --------------------------------------------------------------

_BYTE_FRAGMENT = re.compile(r"<0x[0-9A-F]{2}>")


def is_byte_token(text: str) -> bool:
    """A raw byte rather than text: part of a multi-byte character (<0xNN>), or a control character."""
    if not text or _BYTE_FRAGMENT.search(text):
        return True
    return any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in text)


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


@dataclass
class EmbeddingTable:
    """One model's token vectors, with what a query needs: unit rows, token texts, filter masks."""

    vectors: np.ndarray  # (n_vocab, n_embd) float16, the dequantized rows (memory-mapped)
    unit: np.ndarray  # (n_vocab, n_embd) float32, rows of length 1 (memory-mapped)
    texts: list[str]
    special: np.ndarray  # bool per token: control / unknown tokens
    byte: np.ndarray  # bool per token: raw bytes
    whole_word: np.ndarray  # bool per token
    from_cache: bool
    seconds: float  # time it took to open
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step of opening
    _hidden: dict[Filters, np.ndarray | None] = field(default_factory=dict)

    @property
    def vocab_size(self) -> int:
        return int(self.unit.shape[0])

    @property
    def n_embd(self) -> int:
        return int(self.unit.shape[1])

    def hidden(self, filters: Filters) -> np.ndarray | None:
        """Tokens a filter hides (None: nothing hidden), computed once per filter."""
        if filters not in self._hidden:
            hidden = np.zeros(self.vocab_size, bool)
            if filters.hide_special:
                hidden |= self.special | self.byte
            if filters.whole_words:
                hidden |= ~self.whole_word
            self._hidden[filters] = hidden if hidden.any() else None
        return self._hidden[filters]

    def mean_vector(self, ids: Sequence[int]) -> np.ndarray:
        """The mean of the tokens' vectors (float32)."""
        if not ids:
            raise ValueError("no tokens to average")
        return np.asarray(self.vectors[list(ids)], np.float32).mean(axis=0)

    def token(self, token_id: int) -> dict[str, Any]:
        return {"id": int(token_id), "text": self.texts[token_id]}


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
        _write_text_atomically(path, found.as_json())
    except OSError as error:
        log.warning("vocabulary cache not writable (%s)", error)
    return found


def open_table(
    session: Session, progress: Progress | None = None, should_stop: StopCheck | None = None
) -> EmbeddingTable:
    """Read (or load from the cache) the model's embedding matrix and vocabulary.

    The vocabulary (Python-bound) is read in a second thread while numpy dequantizes the matrix
    (which releases the interpreter lock); only this thread reports progress.
    """
    started = time.perf_counter()
    path = session.model.settings.path
    with ThreadPoolExecutor(max_workers=1) as helper:
        words = helper.submit(cached_vocabulary, session, matrix_shape(path)[0])
        vectors, unit, from_cache = load_matrices(path, progress, should_stop)
        matrix_seconds = time.perf_counter() - started
        if progress is not None:
            progress(1.0, "reading the vocabulary")
        vocabulary_found = words.result()
    return EmbeddingTable(
        vectors=vectors,
        unit=unit,
        texts=vocabulary_found.texts,
        special=vocabulary_found.special,
        byte=vocabulary_found.byte,
        whole_word=vocabulary_found.whole_word,
        from_cache=from_cache,
        seconds=time.perf_counter() - started,
        phases={
            "matrices": matrix_seconds,
            "vocabulary_wait": time.perf_counter() - started - matrix_seconds,
        },
    )


def embedding_table(session: Session, context: TaskContext | None = None) -> EmbeddingTable:
    """The session's table, opened on first use and kept in session.cache until the model goes."""
    table = session.cache.get(CACHE_KEY)
    if table is None:
        context = context or TaskContext()
        table = open_table(session, context.progress, context.should_stop)
        session.cache[CACHE_KEY] = table
    assert isinstance(table, EmbeddingTable)
    return table


# --- nearest neighbours --------------------------------------------------------------------------


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest finite scores, largest first; ties in id order.

    The maxima of blocks of 256 give a threshold that at least k scores reach, so only the few
    scores above it are sorted (about 1 ms for 262k scores, against 4 ms for argpartition).
    """
    k = min(k, scores.size)
    if k <= 0:
        return np.empty(0, np.int64)
    block = 256
    whole = scores.size // block * block
    maxima = scores[:whole].reshape(-1, block).max(axis=1)
    if whole < scores.size:
        maxima = np.append(maxima, scores[whole:].max())
    if maxima.size > k:
        threshold = np.partition(maxima, maxima.size - k)[maxima.size - k]
        candidates = np.flatnonzero(scores >= threshold)
    else:
        candidates = np.arange(scores.size)
    best = candidates[np.argsort(-scores[candidates], kind="stable")[:k]]
    return best[np.isfinite(scores[best])]


def cosine_scores(table: EmbeddingTable, vector: np.ndarray) -> np.ndarray:
    """cos(vector, every token's vector): one matrix-vector product over unit rows."""
    length = float(np.linalg.norm(vector))
    if length == 0:
        raise ValueError("the query vector is zero: its cosine with anything is undefined")
    result: np.ndarray = table.unit @ (np.asarray(vector, np.float32) / length)
    return result


def nearest(
    table: EmbeddingTable,
    vector: np.ndarray,
    k: int,
    exclude: Sequence[int] = (),
    filters: Filters = Filters(),
) -> list[dict[str, Any]]:
    """The k tokens closest to `vector` by cosine: [{id, text, cosine, distance}], closest first."""
    scores = cosine_scores(table, vector)
    hidden = table.hidden(filters)
    if hidden is not None:
        np.copyto(scores, -np.inf, where=hidden)
    if exclude:
        scores[list(exclude)] = -np.inf
    return [
        {
            "id": int(token),
            "text": table.texts[token],
            "cosine": float(scores[token]),
            "distance": float(1.0 - scores[token]),
        }
        for token in top_k(scores, k)
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
    filters: Filters = Filters(),
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
    filters: Filters = Filters(),
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """Tokens nearest to unit(a) − unit(b) + unit(c) (e.g. king − man + woman), inputs left out."""
    table = embedding_table(session, context)
    started = time.perf_counter()
    parts = [query_tokens(session, table, word) for word in (a, b, c)]
    units = [_unit(table.mean_vector(ids)) for ids in parts]
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


def _unit(vector: np.ndarray) -> np.ndarray:
    length = float(np.linalg.norm(vector))
    return vector / length if length > 0 else vector


# --- 2-D maps --------------------------------------------------------------------------------------


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
    vectors = np.stack([_unit(table.mean_vector(query_tokens(session, table, word))) for word in cleaned])
    coords, explained = pca_2d(vectors)
    points = [
        {"id": -1, "text": word.strip(), "role": "word", "x": float(x), "y": float(y)}
        for word, (x, y) in zip(cleaned, coords, strict=True)
    ]
    return {"points": points, "explained": explained.tolist()}


# --- hidden states (contextual embeddings) ---------------------------------------------------------


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
    pairs = [
        {
            "a": first,
            "b": second,
            "cosine": [_cosine(per_sentence[first][layer], per_sentence[second][layer]) for layer in layers],
            "embedding_cosine": _cosine(inputs[first], inputs[second]),
        }
        for first in range(len(cleaned))
        for second in range(first + 1, len(cleaned))
    ]
    stacked = np.concatenate(per_sentence)
    coords, explained = pca_2d(stacked / np.linalg.norm(stacked, axis=1, keepdims=True))
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
        "pairs": pairs,
        "map": {
            "points": [
                {"sentence": index // n_layers, "layer": index % n_layers, "x": float(x), "y": float(y)}
                for index, (x, y) in enumerate(coords)
            ],
            "explained": explained.tolist(),
        },
    }


# --- engine tasks (engine/tasks.py) ------------------------------------------------------------------


def task_prepare(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """Open the model's embedding matrix (progress reported) and describe it."""
    table = embedding_table(session, context)
    return {
        "vocab_size": table.vocab_size,
        "n_embd": table.n_embd,
        "from_cache": table.from_cache,
        "seconds": table.seconds,
    }


def task_neighbors(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """params: query (word, phrase or '#id') or analogy 'a,b,c'; k; hide_special; whole_words;
    include_query; with_map (add the PCA map of the query and its neighbours)."""
    filters = Filters.from_params(params)
    k = int(params.get("k", 10))
    if params.get("analogy"):
        a, b, c = parse_analogy(str(params["analogy"]))
        result = analogy(session, a, b, c, k, filters=filters, context=context)
    else:
        result = neighbors(
            session,
            str(params.get("query", "")),
            k,
            filters=filters,
            include_query=bool(params.get("include_query", False)),
            context=context,
        )
    table = embedding_table(session, context)
    if params.get("with_map", False):
        result["map"] = neighbors_map(table, result)
    result["table"] = {"from_cache": table.from_cache, "seconds": table.seconds}
    return result


def task_similarity(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """params: texts (list of str), layer (None = last)."""
    layer = params.get("layer")
    return similarity(session, list(params.get("texts", [])), None if layer is None else int(layer), context)


def task_context(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """params: word, sentences (list of str)."""
    return word_in_contexts(session, str(params.get("word", "")), list(params.get("sentences", [])), context)


def task_map(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """params: mode 'words' (words: list of str) or 'sample' (count, seed, hide_special, whole_words)."""
    table = embedding_table(session, context)
    if params.get("mode") == "words":
        return words_map(session, table, list(params.get("words", [])))
    ids = sample_ids(
        table, int(params.get("count", 300)), int(params.get("seed", 0)), Filters.from_params(params)
    )
    return token_map(table, ids, ["sample"] * len(ids))
