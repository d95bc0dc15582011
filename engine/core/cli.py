"""The core subcommands (info, tokenize, probe, generate, bench) and the helpers every feature's CLI uses."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from engine.core.chat import Message
from engine.core.models import DEFAULT_MODEL
from engine.core.sampling import STAGES, SamplingSettings

Handler = Callable[[argparse.Namespace], dict[str, Any]]


class CliError(Exception):
    """A user error reported as one line."""


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=DEFAULT_MODEL, help="packaged model key or path to a .gguf file")
    parser.add_argument("--n-ctx", type=int, default=2048, help="context size in tokens (default 2048)")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: llama.cpp's choice)")
    parser.add_argument("--gpu-layers", type=int, default=0, help="layers to offload to a GPU (-1 = all)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _add_sampling(parser: argparse.ArgumentParser, defaults: SamplingSettings) -> None:
    parser.add_argument("--temperature", type=float, default=defaults.temperature, help="0 = greedy")
    parser.add_argument("--top-k", type=int, default=defaults.top_k, help="0 = off")
    parser.add_argument("--top-p", type=float, default=defaults.top_p, help="1 = off")
    parser.add_argument("--min-p", type=float, default=defaults.min_p, help="0 = off")
    parser.add_argument("--typical-p", type=float, default=defaults.typical_p, help="1 = off")
    parser.add_argument(
        "--order",
        default=",".join(defaults.order),
        help=f"comma-separated stage order of {','.join(STAGES)}; missing stages follow in llama.cpp order",
    )
    parser.add_argument("--top", type=int, default=10, help="candidates to report per step")


def register(commands: Any) -> dict[str, Handler]:
    """Add the core subcommands to `commands` (argparse subparsers) and return their handlers."""
    info = commands.add_parser("info", help="model facts: architecture, sizes, special tokens, template")
    add_model_arguments(info)
    info.add_argument("--sha256", action="store_true", help="also hash the model file")

    tokenize = commands.add_parser("tokenize", help="text -> token ids and readable pieces")
    add_model_arguments(tokenize)
    tokenize.add_argument("--text", required=True)
    tokenize.add_argument("--no-special", action="store_true", help="do not add BOS/EOS")

    probe = commands.add_parser("probe", help="the full next-token distribution after a prompt")
    add_model_arguments(probe)
    probe.add_argument("--prompt", required=True)
    _add_sampling(probe, SamplingSettings())

    generate = commands.add_parser("generate", help="generate, with every step's distribution")
    add_model_arguments(generate)
    generate.add_argument("--prompt", required=True)
    generate.add_argument("--chat", action="store_true", help="wrap the prompt in the model's chat template")
    generate.add_argument("--system", default=None, help="system message (with --chat)")
    generate.add_argument("--max-tokens", type=int, default=128)
    generate.add_argument("--seed", type=int, default=None)
    generate.add_argument("--stop", action="append", default=[], help="stop string (repeatable)")
    _add_sampling(generate, SamplingSettings.llama_defaults())

    bench = commands.add_parser("bench", help="instrumented vs raw llama-cpp-python generation speed")
    add_model_arguments(bench)
    bench.add_argument("--tokens", type=int, default=96, help="tokens generated per run")
    bench.add_argument("--repeats", type=int, default=3, help="runs of each; the best is reported")
    gpu = commands.add_parser("bench-gpu", help="GPU offload against the CPU: speed, Δp, attention on GPU")
    gpu.add_argument(
        "--model", action="append", help="model key or .gguf path (repeatable; default: both packaged)"
    )
    gpu.add_argument("--tokens", type=int, default=64, help="greedy tokens timed on each device")
    gpu.add_argument("--json", action="store_true", help="print JSON instead of text")
    return {
        "bench-gpu": cmd_bench_gpu,
        "info": cmd_info,
        "tokenize": cmd_tokenize,
        "probe": cmd_probe,
        "generate": cmd_generate,
        "bench": cmd_bench,
    }


def _settings(args: argparse.Namespace) -> SamplingSettings:
    order = tuple(stage.strip() for stage in args.order.split(",") if stage.strip())
    try:
        return SamplingSettings(
            temperature=args.temperature,
            top_k=args.top_k,
            top_p=args.top_p,
            min_p=args.min_p,
            typical_p=args.typical_p,
        ).with_order(order)
    except ValueError as error:
        raise CliError(str(error)) from error


def open_session(args: argparse.Namespace) -> Any:
    from engine.core.session import Session

    if args.n_ctx < 16:
        raise CliError("--n-ctx must be at least 16")
    return Session.open(args.model, n_ctx=args.n_ctx, n_threads=args.threads, n_gpu_layers=args.gpu_layers)


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    print("  ".join(f"{column:>12}" for column in columns))
    for row in rows:
        print("  ".join(f"{_cell(row.get(column)):>12}" for column in columns))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6f}"
    return repr(value) if isinstance(value, str) else str(value)


def cmd_info(args: argparse.Namespace) -> dict[str, Any]:
    with open_session(args) as session:
        info = session.info(with_sha256=args.sha256).as_dict()
    if not args.json:
        for key, value in info.items():
            text = value if key != "chat_template" or value is None else f"{len(value)} characters"
            print(f"{key:>22}: {text}")
    return info


def cmd_tokenize(args: argparse.Namespace) -> dict[str, Any]:
    with open_session(args) as session:
        tokens = [token.as_dict() for token in session.tokenize(args.text, add_special=not args.no_special)]
    if not args.json:
        print_table(tokens, ["id", "text", "special"])
    return {"tokens": tokens}


def cmd_probe(args: argparse.Namespace) -> dict[str, Any]:
    settings = _settings(args)
    with open_session(args) as session:
        result = session.probe(args.prompt, settings, top_n=args.top).as_dict()
    if not args.json:
        print(f"vocabulary {result['vocab_size']:,} tokens, entropy {result['entropy_bits']:.3f} bits")
        print_table(result["candidates"], ["rank", "id", "text", "prob", "prob_after", "removed_by"])
    return result


def cmd_generate(args: argparse.Namespace) -> dict[str, Any]:
    settings = _settings(args)
    if args.max_tokens < 1:
        raise CliError("--max-tokens must be at least 1")
    with open_session(args) as session:
        prompt = args.prompt
        if args.chat:
            messages = ([Message("system", args.system)] if args.system else []) + [Message("user", prompt)]
            prompt = session.chat_prompt(messages)
        stop = [*args.stop, *(session.chat_stop_strings() if args.chat else ())]
        generation = session.generate(
            prompt, settings, max_tokens=args.max_tokens, seed=args.seed, stop=stop, top_n=args.top
        )
        for step in generation:
            if not args.json:
                print(step.token.text if not step.token.special else "", end="", flush=True)
        result = generation.as_dict()
    if not args.json:
        print(f"\n[{len(result['steps'])} tokens, stopped: {result['stop_reason']}, seed {result['seed']}]")
    return result


def cmd_bench(args: argparse.Namespace) -> dict[str, Any]:
    from engine.core.bench import run_generation_bench

    result = run_generation_bench(
        args.model, tokens=args.tokens, repeats=args.repeats, n_threads=args.threads
    )
    if not args.json:
        generation = result["generation"]
        print(
            f"instrumented {generation['instrumented_tok_s']:.1f} tok/s, "
            f"raw {generation['raw_tok_s']:.1f} tok/s, ratio {generation['ratio']:.3f} "
            f"(same tokens: {generation['same_tokens']})"
        )
    return result


def cmd_bench_gpu(args: argparse.Namespace) -> dict[str, Any]:
    from engine.core.gpu_check import run_gpu_check
    from engine.core.models import packaged_models

    models: list[str | None] = list(args.model or [spec.key for spec in packaged_models()])
    result = run_gpu_check(models, tokens=args.tokens)
    if not args.json:
        print(result.get("message", "GPU offload supported"))
        for row in result["models"]:
            attention = row["attention"]
            print(
                f"{row['model']}: CPU {row['cpu_tok_s']:.1f} tok/s, GPU {row['gpu_tok_s']:.1f} tok/s "
                f"({row['speedup']:.2f}x), max |dp| {row['max_abs_dp']:.2e}, same greedy tokens "
                f"{row['same_greedy_tokens']}, attention rows sum to 1 within "
                f"{attention['max_row_sum_error']:.1e}, vs CPU {attention['max_abs_diff_vs_cpu']:.1e}"
            )
    return result
