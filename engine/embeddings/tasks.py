"""The embeddings tasks the engine process runs (named in engine/process/tasks.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.embeddings.hidden import similarity, word_in_contexts
from engine.embeddings.maps import neighbors_map, sample_ids, token_map, words_map
from engine.embeddings.neighbours import analogy, neighbors, parse_analogy
from engine.embeddings.table import embedding_table
from engine.embeddings.vocabulary import Filters
from engine.process.tasks import TaskContext

if TYPE_CHECKING:
    from engine.core.session import Session


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
