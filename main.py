"""Lanterna: `python main.py` opens the desktop app; `python main.py SUBCOMMAND ...` is the headless CLI."""

from __future__ import annotations

import sys

CLI_COMMANDS = {
    "compare",
    "info",
    "tokenize",
    "probe",
    "generate",
    "bench",
    "bench-gpu",
    "neighbors",
    "similarity",
    "word-context",
    "bench-embeddings",
    "attention",
    "bench-attention",
    "lens",
    "attribute",
    "bench-inside",
    "models",
    "search",
    "hub-files",
    "download",
    "score",
    "compare-models",
    "quantize",
    "bench-scoring",
    "bench-cancel",
    "-h",
    "--help",
    "--verbose",
}


def unknown_command(word: str) -> int:
    """A mistyped subcommand is an error in words, not a window opening by surprise."""
    import difflib

    commands = sorted(name for name in CLI_COMMANDS | {"setup", "translations"} if not name.startswith("-"))
    close = difflib.get_close_matches(word, commands, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    print(f"lanterna: unknown command '{word}'.{hint} Commands: {', '.join(commands)}.", file=sys.stderr)
    print(
        "Run 'python main.py --help' for the command line, or 'python main.py' for the app.", file=sys.stderr
    )
    return 2


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "setup":
        from engine.core.install import (
            main as setup,  # standard library only: runs before anything is installed
        )

        return setup(args[1:])
    if args and args[0] == "translations":
        from engine.core.translations import main as translations  # lupdate + lrelease, no Qt import

        return translations(args[1:])
    if args[:1] == ["bench"] and "--launch" in args:
        from gui.shell.launch_bench import main as launch_bench  # real app processes, start to Ready

        return launch_bench(args)
    if args[:1] == ["bench"] and "--gui" in args:
        from gui.shell.stall_bench import main as stall_bench  # the app's responsiveness, not the engine's

        return stall_bench(args)
    if args and args[0] in CLI_COMMANDS:
        from engine.cli import main as cli

        return cli(args)
    if args and not args[0].startswith("-"):
        return unknown_command(args[0])
    from gui.shell.app import main as gui

    return gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
