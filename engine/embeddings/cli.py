"""Command line for embeddings: `neighbors`, `similarity`, `word-context` and `bench-embeddings`."""

from __future__ import annotations

import argparse
from typing import Any

from engine.core.cli import CliError, Handler, add_model_arguments, open_session, print_table
from engine.embeddings.hidden import similarity, word_in_contexts
from engine.embeddings.neighbours import analogy, neighbors, parse_analogy
from engine.embeddings.vocabulary import Filters


def register(commands: Any) -> dict[str, Handler]:
    near = commands.add_parser(
        "neighbors", help="the k tokens nearest to a word, phrase or token id in the embedding matrix"
    )
    add_model_arguments(near)
    query = near.add_mutually_exclusive_group(required=True)
    query.add_argument("--word", help="word or phrase, tokenized as written (mind the leading space)")
    query.add_argument("--id", type=int, help="a token id")
    query.add_argument("--analogy", help="'a,b,c': the tokens nearest to a − b + c, e.g. ' king, man, woman'")
    near.add_argument("--k", type=int, default=10, help="how many neighbours (default 10)")
    near.add_argument("--hide-special", action="store_true", help="leave out special and raw-byte tokens")
    near.add_argument(
        "--whole-words", action="store_true", help="only tokens that start a word, letters only"
    )
    near.add_argument(
        "--include-query", action="store_true", help="keep the query's own tokens in the ranking"
    )

    similar = commands.add_parser(
        "similarity", help="cosine similarity of whole texts (mean of their hidden states at a layer)"
    )
    add_model_arguments(similar)
    similar.add_argument("--text", action="append", default=[], help="a text (give two or more)")
    similar.add_argument("--layer", type=int, default=None, help="layer (default: the last; -1 = last)")

    contextual = commands.add_parser(
        "word-context", help="one word's hidden state in two or more sentences, compared layer by layer"
    )
    add_model_arguments(contextual)
    contextual.add_argument("--word", required=True, help="the word to follow, e.g. bank")
    contextual.add_argument("--text", action="append", default=[], help="a sentence with the word (two+)")

    bench = commands.add_parser("bench-embeddings", help="embedding matrix open and neighbour query timings")
    bench.add_argument("--model", default="gemma3-270m", help="packaged model key or .gguf path")
    bench.add_argument("--repeats", type=int, default=20, help="warm queries timed (median reported)")
    bench.add_argument("--skip-naive", action="store_true", help="do not time gguf.GGUFReader (slow)")
    bench.add_argument(
        "--check",
        type=int,
        default=100,
        help="random token queries compared with the exact search (0 = none)",
    )
    bench.add_argument("--json", action="store_true", help="print JSON instead of text")
    return {
        "neighbors": cmd_neighbors,
        "similarity": cmd_similarity,
        "word-context": cmd_word_context,
        "bench-embeddings": cmd_bench,
    }


def cmd_neighbors(args: argparse.Namespace) -> dict[str, Any]:
    if args.k < 1:
        raise CliError("--k must be at least 1")
    filters = Filters(hide_special=args.hide_special, whole_words=args.whole_words)
    with open_session(args) as session:
        if args.analogy is not None:
            a, b, c = parse_analogy(args.analogy)
            result = analogy(session, a, b, c, args.k, filters=filters)
        else:
            query = f"#{args.id}" if args.id is not None else args.word
            result = neighbors(session, query, args.k, filters=filters, include_query=args.include_query)
    if not args.json:
        tokens = ", ".join(f"{token['text']!r} (#{token['id']})" for token in result["query_tokens"])
        print(f"query {result['query']!r}: {tokens}")
        rows = [{"rank": rank, **item} for rank, item in enumerate(result["neighbors"], start=1)]
        print_table(rows, ["rank", "id", "text", "cosine", "distance"])
    return result


def cmd_similarity(args: argparse.Namespace) -> dict[str, Any]:
    if len(args.text) < 2:
        raise CliError("give at least two --text")
    with open_session(args) as session:
        result = similarity(session, args.text, args.layer)
    if not args.json:
        print(f"cosine similarity of mean hidden states at layer {result['layer']}")
        for index, (text, row) in enumerate(zip(result["texts"], result["matrix"], strict=True)):
            print(f"[{index}] " + "  ".join(f"{value:6.3f}" for value in row) + f"  {text}")
    return result


def cmd_word_context(args: argparse.Namespace) -> dict[str, Any]:
    if len(args.text) < 2:
        raise CliError("give at least two --text")
    with open_session(args) as session:
        result = word_in_contexts(session, args.word, args.text)
    if not args.json:
        for pair in result["pairs"]:
            print(f"cosine of {args.word!r} in text {pair['a']} vs text {pair['b']}, by layer:")
            rows = [{"layer": layer, "cosine": value} for layer, value in enumerate(pair["cosine"])]
            print_table(rows, ["layer", "cosine"])
    return result


def cmd_bench(args: argparse.Namespace) -> dict[str, Any]:
    from engine.embeddings.bench import print_report, run_embeddings_bench

    if args.repeats < 1:
        raise CliError("--repeats must be at least 1")
    if not 0 <= args.check <= 10_000:
        raise CliError("--check must be between 0 and 10000")
    result = run_embeddings_bench(
        args.model, repeats=args.repeats, naive=not args.skip_naive, check=args.check
    )
    if not args.json:
        print_report(result)
    return result
