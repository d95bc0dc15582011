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
    "neighbors",
    "similarity",
    "word-context",
    "bench-embeddings",
    "attention",
    "bench-attention",
    "models",
    "search",
    "hub-files",
    "download",
    "-h",
    "--help",
    "--verbose",
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "setup":
        from engine.core.install import main as setup  # standard library only: runs before anything is installed

        return setup(args[1:])
    if args[:1] == ["bench"] and "--gui" in args:
        from gui.shell.stall_bench import main as stall_bench  # the app's responsiveness, not the engine's

        return stall_bench(args)
    if args and args[0] in CLI_COMMANDS:
        from engine.cli import main as cli

        return cli(args)
    from gui.shell.app import main as gui

    return gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
