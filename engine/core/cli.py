"""The core subcommands (info, tokenize, probe, generate, bench) and the helpers every feature's CLI uses."""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from engine.core.chat import Message
from engine.core.models import DEFAULT_MODEL, MAX_CTX, MAX_GPU_LAYERS, MAX_THREADS, MIN_CTX
from engine.core.sampling import STAGES, SamplingSettings

Handler = Callable[[argparse.Namespace], dict[str, Any]]


class CliError(Exception):
    """A user error reported as one line."""


def number(kind: type[int] | type[float], low: float, high: float) -> Callable[[str], Any]:
    """An argparse type: an int or a finite float between `low` and `high`, else a one-line error."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"'{text}' is not {'a whole number' if kind is int else 'a number'}"
            ) from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text} is not a finite number")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range (from {_plain(low)} to {_plain(high)})")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def output_file(text: str) -> str:
    """An argparse type: a file to write, in a folder that exists and may be written to."""
    path = Path(text).expanduser()
    folder = path.parent
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder; give a file name")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"no permission to write in {folder}")
    return str(path)


def _plain(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Argument errors as one line on stderr (no usage block), exit status 2."""

    def error(message: str) -> NoReturn:
        parser.exit(2, f"{parser.prog}: error: {message}\n")

    parser.error = error  # type: ignore[method-assign]


def add_positive(
    parser: argparse.ArgumentParser,
    flag: str,
    kind: type[int] | type[float],
    default: Any,
    help_text: str,
    low: float,
    high: float,
) -> None:
    parser.add_argument(
        flag, type=number(kind, low, high), default=default, help=f"{help_text} ({low:g}-{high:g})"
    )


def model_argument(parser: argparse.ArgumentParser) -> None:
    one_line_errors(parser)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="packaged model key or path to a .gguf file")


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    model_argument(parser)
    add_positive(parser, "--n-ctx", int, 2048, "context size in tokens", MIN_CTX, MAX_CTX)
    add_positive(parser, "--threads", int, None, "CPU threads (default: measured)", 1, MAX_THREADS)
    add_positive(parser, "--gpu-layers", int, 0, "layers to offload to a GPU (-1 = all)", -1, MAX_GPU_LAYERS)
    add_rpc_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def add_rpc_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rpc",
        metavar="HOST:PORT,...",
        default="",
        help="ggml-rpc-server workers that hold the layers (all of them unless --gpu-layers says how many)",
    )


def rpc_options(args: argparse.Namespace) -> dict[str, Any]:
    """LoadSettings fields for --rpc: the workers, and every layer offloaded to them unless told."""
    rpc = getattr(args, "rpc", "")
    if not rpc:
        return {"n_gpu_layers": args.gpu_layers}
    return {"rpc_workers": rpc, "n_gpu_layers": args.gpu_layers or -1}


def _add_sampling(parser: argparse.ArgumentParser, defaults: SamplingSettings) -> None:
    add_positive(parser, "--temperature", float, defaults.temperature, "0 = greedy", 0, 100)
    add_positive(parser, "--top-k", int, defaults.top_k, "0 = off", 0, 1 << 31)
    add_positive(parser, "--top-p", float, defaults.top_p, "1 = off", 0, 1)
    add_positive(parser, "--min-p", float, defaults.min_p, "0 = off", 0, 1)
    add_positive(parser, "--typical-p", float, defaults.typical_p, "1 = off", 0, 1)
    parser.add_argument(
        "--order",
        default=",".join(defaults.order),
        help=f"comma-separated stage order of {','.join(STAGES)}; missing stages follow in llama.cpp order",
    )
    add_positive(parser, "--top", int, 10, "candidates to report per step", 1, 100_000)


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
    add_positive(generate, "--max-tokens", int, 128, "tokens to generate at most", 1, MAX_CTX)
    add_positive(generate, "--seed", int, None, "sampling seed", 0, 2**32 - 1)
    generate.add_argument("--stop", action="append", default=[], help="stop string (repeatable)")
    _add_sampling(generate, SamplingSettings.llama_defaults())

    bench = commands.add_parser("bench", help="instrumented vs raw llama-cpp-python generation speed")
    add_model_arguments(bench)
    add_positive(bench, "--tokens", int, 96, "tokens generated per run", 1, 4096)
    add_positive(bench, "--repeats", int, 3, "runs of each; the best is reported", 1, 100)
    gpu = commands.add_parser("bench-gpu", help="GPU offload against the CPU: speed, Δp, attention on GPU")
    one_line_errors(gpu)
    gpu.add_argument(
        "--model", action="append", help="model key or .gguf path (repeatable; default: both packaged)"
    )
    add_positive(gpu, "--tokens", int, 64, "greedy tokens timed on each device", 1, 4096)
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

    return Session.open(args.model, n_ctx=args.n_ctx, n_threads=args.threads, **rpc_options(args))


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
        threads, prefill = result["threads"], result["prefill"]
        print(
            f"{result['model']}: threads {threads['generation']} (generation) / {threads['prompt']} "
            f"(prompt), "
            f"{threads['source']}; load average {result['load_average']}\n"
            f"instrumented {generation['instrumented_tok_s']:.1f} tok/s, "
            f"raw {generation['raw_tok_s']:.1f} tok/s, ratio {generation['ratio']:.3f} "
            f"(same tokens: {generation['same_tokens']}); native {generation['native_tok_s']:.1f} tok/s, "
            f"Lanterna / native {generation['native_ratio']:.3f}\n"
            f"one step at a time {generation['sequential_tok_s']:.1f} tok/s "
            f"(overlap x{generation['overlap_gain']:.3f}); "
            f"old default {threads['old_default'][0]} thread(s) {generation['old_default_tok_s']:.1f} tok/s "
            f"(x{generation['speedup_vs_old_default']:.2f}); prefill {prefill['tok_s']:.0f} tok/s "
            f"({prefill['old_default_tok_s']:.0f} at the old default)"
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
