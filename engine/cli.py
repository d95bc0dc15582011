"""The headless command line: `python main.py SUBCOMMAND ... [--json]` (same engine as the GUI).

Each capability adds its own subcommands: a module with `register(subparsers) -> {name: handler}`,
built on the helpers in `engine.core.cli` (add_model_arguments, open_session, print_table, CliError).
This is where the engine's features meet; none of them imports another.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys

from engine.core.chat import ChatTemplateError
from engine.core.cli import CliError, Handler
from engine.core.llama_types import Cancelled
from engine.core.models import ModelError
from engine.remote.cli import add_server_option

COMMAND_MODULES: tuple[str, ...] = (
    "engine.core.cli",
    "engine.attention.cli",
    "engine.library.cli",
    "engine.promptlab.cli",
    "engine.embeddings.cli",
    "engine.inside.cli",
    "engine.scoring.cli",
    "engine.process.cancel_bench",
)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(
        prog="lanterna", description="Lanterna: look inside a local language model."
    )
    parser.add_argument("--verbose", action="store_true", help="show llama.cpp's log on stderr")
    commands = parser.add_subparsers(dest="command", required=True)
    handlers: dict[str, Handler] = {}
    for module in COMMAND_MODULES:
        handlers.update(importlib.import_module(module).register(commands))
    add_server_option(commands, handlers)  # --server URL: probe, generate, score on an inference server
    return parser, handlers


def main(argv: list[str]) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.CRITICAL, format="%(message)s")
    try:
        result = handlers[args.command](args)
    except (CliError, ModelError, ChatTemplateError, ValueError) as error:
        print(f"lanterna: error: {error}", file=sys.stderr)
        return 2
    except (Cancelled, KeyboardInterrupt):
        print("lanterna: interrupted", file=sys.stderr)
        return 130
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        print()
    return 0
