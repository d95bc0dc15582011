"""`python main.py lens | attribute | bench-inside ...`: the logit lens and token attribution."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from engine.core.cli import CliError, Handler, add_model_arguments, open_session
from engine.process.tasks import TaskContext


def _layers(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise CliError("--layers takes comma-separated numbers, e.g. 0,10,-1 (-1 = the last)") from None


def register(commands: Any) -> dict[str, Handler]:
    lens = commands.add_parser("lens", help="the logit lens: each layer's next-token prediction")
    add_model_arguments(lens)
    lens.add_argument("--prompt", required=True)
    lens.add_argument(
        "--target", default=None, help="token to follow (text or #id; default: the final choice)"
    )
    lens.add_argument("--top", type=int, default=5, help="top tokens per layer and position")
    lens.add_argument("--layers", default=None, help="comma-separated layers (default: all)")
    lens.add_argument("--generate", type=int, default=0, help="also look at this many greedy tokens")
    attribute = commands.add_parser("attribute", help="which parts of the prompt a prediction rests on")
    add_model_arguments(attribute)
    attribute.add_argument("--prompt", required=True)
    attribute.add_argument("--target", default=None, help="continuation to explain (default: the top token)")
    attribute.add_argument("--contrast", default=None, help="explain target rather than this continuation")
    attribute.add_argument("--unit", default="word", choices=("token", "word", "sentence"))
    attribute.add_argument("--method", default="occlusion", choices=("occlusion", "rollout"))
    bench = commands.add_parser("bench-inside", help="lens vs prefill; occlusion with prefix reuse vs naive")
    add_model_arguments(bench)
    bench.add_argument("--lens-tokens", type=int, default=64)
    bench.add_argument("--occlusion-tokens", type=int, default=32)
    bench.add_argument("--repeats", type=int, default=3, help="runs of each; medians are reported")
    return {"lens": cmd_lens, "attribute": cmd_attribute, "bench-inside": cmd_bench_inside}


def _progress(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message[:50]:<50} {fraction:4.0%}", end="", file=sys.stderr, flush=True)


def cmd_lens(args: argparse.Namespace) -> dict[str, Any]:
    from engine.inside.lens import run_lens

    if args.top < 1:
        raise CliError("--top must be at least 1")
    with open_session(args) as session:
        result = run_lens(
            session,
            args.prompt,
            target=args.target,
            top_k=args.top,
            layers=_layers(args.layers),
            generate=args.generate,
            context=TaskContext(report=_progress),
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not args.json:
        _print_lens(result)
    return result.as_json()


def _print_lens(result: Any) -> None:
    target = int(result.target_ids[-1])
    print(
        f"last position {result.tokens[-1][1]!r}: the top token after each layer; "
        f"target {result.text(target)!r}"
    )
    for slot, layer in enumerate(result.layers):
        top = result.top_ids[slot, -1, 0]
        print(
            f"  layer {layer:>3}  {result.text(top)!r:>16} {result.top_probs[slot, -1, 0]:6.3f}   "
            f"p(target) {result.target_prob[slot, -1]:.4f} rank {result.target_rank[slot, -1]:>6}  "
            f"H {result.entropy_bits[slot, -1]:5.2f} bits  KL {result.kl_to_final[slot, -1]:6.3f} bits"
        )
    if result.self_check is not None:
        print(f"self-check: last layer vs llama.cpp's probabilities, max |Δp| = {result.self_check:.2e}")


def cmd_attribute(args: argparse.Namespace) -> dict[str, Any]:
    from engine.inside.tasks import attribute

    with open_session(args) as session:
        result = attribute(
            session,
            args.prompt,
            target=args.target,
            contrast=args.contrast,
            unit=args.unit,
            method=args.method,
            context=TaskContext(report=_progress),
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not args.json:
        what = f"log p({result.target!r})" + (f" − log p({result.contrast!r})" if result.contrast else "")
        print(f"{result.method}, {what} = {result.base_logprob:.3f}; {result.evaluations} token evaluations")
        for unit, score in zip(result.units, result.scores, strict=True):
            print(f"  {unit.text!r:>24} {score:+.4f}")
    return result.as_json()


def cmd_bench_inside(args: argparse.Namespace) -> dict[str, Any]:
    from engine.inside.bench import run_inside_bench

    result = run_inside_bench(
        args.model, lens_tokens=args.lens_tokens, occlusion_tokens=args.occlusion_tokens, repeats=args.repeats
    )
    if not args.json:
        lens, occ = result["lens"], result["occlusion"]
        print(
            f"{result['model']}: lens of {lens['layers']} layers x {lens['tokens']} tokens "
            f"{lens['lens_s'] * 1e3:.0f} ms vs prefill {lens['prefill_s'] * 1e3:.0f} ms: "
            f"ratio {lens['ratio']:.2f}\n"
            f"occlusion of {occ['tokens']} tokens: prefix reuse {occ['reuse_s']:.2f} s "
            f"({occ['reuse_evaluations']} token evaluations) vs naive {occ['naive_s']:.2f} s "
            f"({occ['naive_evaluations']}): ratio {occ['ratio']:.2f}, same scores: {occ['max_abs_diff']:.1e}"
        )
    return result
