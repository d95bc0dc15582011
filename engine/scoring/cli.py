"""`python main.py score | compare-models | quantize | bench-scoring`: scoring any text with a model,
two models on the same text, a smaller copy made by llama.cpp's quantizer, and the speed of scoring."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from engine.core.cli import (
    CliError,
    Handler,
    add_model_arguments,
    add_rpc_argument,
    open_session,
    rpc_options,
)
from engine.core.models import DEFAULT_MODEL, resolve_model
from engine.process.tasks import TaskContext


def _add_text(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="the text to score")
    source.add_argument("--file", help="a UTF-8 text file to score")
    parser.add_argument("--window", type=int, default=None, help="tokens per window (default: one decode)")
    parser.add_argument("--stride", type=int, default=None, help="tokens between windows (default: window/2)")


def _add_session_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--n-ctx", type=int, default=2048, help="context size in tokens (default 2048)")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: llama.cpp's choice)")
    parser.add_argument("--gpu-layers", type=int, default=0, help="layers to offload to a GPU (-1 = all)")
    add_rpc_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def register(commands: Any) -> dict[str, Handler]:
    score = commands.add_parser("score", help="surprisal, rank and entropy of every token of a text")
    add_model_arguments(score)
    _add_text(score)
    score.add_argument("--top", type=int, default=5, help="alternatives to list per token")
    compare = commands.add_parser("compare-models", help="two models on one text: KL, same top, Δp, PPL")
    compare.add_argument("--model", action="append", required=True, help="give twice: reference, then other")
    _add_session_options(compare)
    _add_text(compare)
    quantize = commands.add_parser("quantize", help="a smaller copy of a model by llama.cpp's quantizer")
    quantize.add_argument("--model", default=DEFAULT_MODEL, help="packaged model key or .gguf path")
    quantize.add_argument("--type", required=True, help="Q2_K, Q3_K_M, Q4_0, Q4_K_M, Q5_K_M, Q6_K, Q8_0 ...")
    quantize.add_argument("--out", required=True, help="the .gguf file to write")
    quantize.add_argument("--json", action="store_true", help="print JSON instead of text")
    bench = commands.add_parser("bench-scoring", help="scoring and comparison speed against a plain prefill")
    add_model_arguments(bench)
    bench.add_argument("--tokens", type=int, default=512, help="text length in tokens")
    bench.add_argument("--repeats", type=int, default=3, help="runs of each; medians are reported")
    bench.add_argument("--type", default="Q2_K", help="the compared copy's quantization type")
    return {
        "score": cmd_score,
        "compare-models": cmd_compare_models,
        "quantize": cmd_quantize,
        "bench-scoring": cmd_bench_scoring,
    }


def _read_text(args: argparse.Namespace) -> str:
    if args.text is not None:
        return str(args.text)
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"cannot read {args.file}: {error}") from error


def _progress(what: str) -> TaskContext:
    def report(fraction: float, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{what} {fraction:4.0%} {message:40}", end="", file=sys.stderr, flush=True)

    return TaskContext(report=report)


def cmd_score(args: argparse.Namespace) -> dict[str, Any]:
    from engine.scoring.score import score_text

    text = _read_text(args)
    with open_session(args) as session:
        result = score_text(
            session,
            text,
            top_n=args.top,
            window=args.window,
            stride=args.stride,
            context=_progress("scoring"),
        )
    data = result.as_dict()
    if not args.json:
        _print_score(data)
    return data


def _print_score(data: dict[str, Any]) -> None:
    print(f"{'token':>16} {'logprob':>9} {'bits':>7} {'rank':>7} {'H bits':>7}  alternatives")
    for token in data["tokens"]:
        if token["logprob"] is None:
            print(f"{token['text']!r:>16} {'(first token: not scored)':>33}")
            continue
        others = ", ".join(f"{c['text']!r} {c['prob']:.2f}" for c in token["candidates"][:3])
        print(
            f"{token['text']!r:>16} {token['logprob']:9.3f} {token['surprisal_bits']:7.2f} "
            f"{token['rank']:7d} {token['entropy_bits']:7.2f}  {others}"
        )
    print(
        f"{data['n_scored']} tokens scored: ln L = Σ ln p = {data['log_likelihood']:.3f}, "
        f"cross-entropy {data['cross_entropy_bits']:.3f} bits/token, perplexity {data['perplexity']:.3f} "
        f"(window {data['window']}, stride {data['stride']})"
    )


def cmd_compare_models(args: argparse.Namespace) -> dict[str, Any]:
    from engine.core.session import Session
    from engine.scoring.compare import compare_sessions

    if len(args.model) != 2:
        raise CliError("compare-models takes --model twice: the reference first, then the other model")
    if args.n_ctx < 16:
        raise CliError("--n-ctx must be at least 16")
    text = _read_text(args)
    options = {"n_ctx": args.n_ctx, "n_threads": args.threads, **rpc_options(args)}
    with Session.open(args.model[0], **options) as a, Session.open(args.model[1], **options) as b:
        result = compare_sessions(
            a, b, text, window=args.window, stride=args.stride, context=_progress("comparing")
        )
    data = result.as_dict()
    if not args.json:
        _print_comparison(data)
    return data


def _print_comparison(data: dict[str, Any]) -> None:
    summary = data["summary"]
    print(f"{data['model_a']} (A) vs {data['model_b']} (B): {data['reason']}")
    if data["mode"] == "token":
        print(
            f"mean KL(A‖B) {summary['mean_kl']:.6f} nats, 99% KL {summary['kl_p99']:.6f}, "
            f"same top token {summary['same_top_share']:.1%}"
        )
    print(
        f"PPL per {summary['ppl_unit']}: A {summary['ppl_a']:.3f}, B {summary['ppl_b']:.3f}, "
        f"ratio B/A {summary['ppl_ratio']:.4f}; Δp median {summary['delta_p_percentiles']['50']:+.4f}"
    )


def cmd_quantize(args: argparse.Namespace) -> dict[str, Any]:
    from engine.scoring.quantize import quantize_model

    result = quantize_model(resolve_model(args.model), args.out, args.type, _progress("quantizing"))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not args.json:
        print(
            f"{result.path}: {result.type}, {result.size_bytes / 2**20:.1f} MiB "
            f"(from {result.source_size_bytes / 2**20:.1f} MiB) in {result.seconds:.1f} s"
        )
    return result.as_dict()


def cmd_bench_scoring(args: argparse.Namespace) -> dict[str, Any]:
    from engine.scoring.bench import run_scoring_bench

    result = run_scoring_bench(args.model, tokens=args.tokens, repeats=args.repeats, type_name=args.type)
    if not args.json:
        print(
            f"{result['model']}: {result['tokens']} tokens; prefill {result['prefill_tok_s']:.0f} tok/s, "
            f"scoring {result['scoring_tok_s']:.0f} tok/s "
            f"(ratio {result['scoring_ratio']:.2f}, target ≥ 0.8), "
            f"comparison with {result['compared_with']} {result['compare_tok_s']:.0f} tok/s "
            f"(ratio {result['compare_ratio']:.2f})"
        )
    return result
