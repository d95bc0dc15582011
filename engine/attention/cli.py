"""`python main.py attention ...`: attention maps of a prompt, as JSON or an .npz file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import numpy as np

from engine.core.cli import CliError, Handler, add_model_arguments, add_positive, open_session, output_file
from engine.process.tasks import TaskContext


def _indices(text: str | None, what: str) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise CliError(f"--{what} takes comma-separated numbers, e.g. 0,5,11") from None


def register(commands: Any) -> dict[str, Handler]:
    parser = commands.add_parser("attention", help="attention weights of every layer and head for a prompt")
    add_model_arguments(parser)
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--layers", default=None, help="comma-separated layers (default: all)")
    parser.add_argument("--heads", default=None, help="comma-separated heads (default: all)")
    add_positive(parser, "--generate", int, 0, "also capture this many greedy tokens", 0, 1024)
    parser.add_argument("--out", type=output_file, default=None, help="write the maps to FILE.npz (float16)")
    bench = commands.add_parser("bench-attention", help="prefill with attention capture vs a plain prefill")
    add_model_arguments(bench)
    add_positive(bench, "--tokens", int, 256, "prompt length in tokens", 1, 1024)
    add_positive(bench, "--repeats", int, 5, "runs of each; medians are reported", 1, 100)
    return {"attention": cmd_attention, "bench-attention": cmd_bench_attention}


def cmd_bench_attention(args: argparse.Namespace) -> dict[str, Any]:
    from engine.attention.bench import run_attention_bench

    result = run_attention_bench(args.model, tokens=args.tokens, repeats=args.repeats)
    if not args.json:
        print(
            f"{result['model']}: {result['tokens']} tokens, "
            f"plain prefill {result['plain_prefill_s'] * 1e3:.1f} ms, "
            f"with capture of {result['layers']} layers x {result['heads']} heads "
            f"{result['capture_prefill_s'] * 1e3:.1f} ms, ratio {result['ratio']:.2f}, "
            f"maps {result['capture_bytes'] / 2**20:.1f} MiB"
        )
    return result


def _progress(fraction: float, _message: str) -> None:
    if sys.stderr.isatty():
        print(f"\rcapturing attention {fraction:4.0%}", end="", file=sys.stderr, flush=True)


def cmd_attention(args: argparse.Namespace) -> dict[str, Any]:
    from engine.attention.capture import capture_attention

    layers, heads = _indices(args.layers, "layers"), _indices(args.heads, "heads")
    with open_session(args) as session:
        maps = capture_attention(
            session,
            args.prompt,
            layers=layers,
            heads=heads,
            generate=args.generate,
            context=TaskContext(report=_progress),
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.out:
        try:
            np.savez_compressed(args.out, **maps.as_arrays())  # type: ignore[arg-type]
        except OSError as error:
            raise CliError(f"could not write {args.out}: {error.strerror or error}") from None
    if not args.json:
        _print_summary(maps)
    return maps.as_json()


def _print_summary(maps: Any) -> None:
    print(f"{maps.n_tokens} tokens, {len(maps.layers)} layers x {len(maps.heads)} heads captured")
    last = maps.layers[-1]
    mean = maps.matrix(last, None)
    texts = [text for _, text in maps.tokens]
    print(f"layer {last}, mean over heads: what each token attends to most")
    for query, row in enumerate(mean):
        key = int(np.argmax(row))
        print(f"  {texts[query]!r:>16} -> {texts[key]!r:<16} {row[key]:.3f}")
