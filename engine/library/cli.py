"""CLI commands of the model library: `models`, `search`, `hub-files` and `download`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from engine.core.cli import CliError, print_table
from engine.core.models import ModelError, available_memory_bytes
from engine.library.catalog import human_size, scan_library
from engine.library.hub_access import HubError
from engine.library.hub_download import DownloadProgress, download_model
from engine.library.hub_search import list_gguf_files, memory_fit, search_repos, suggest_file

Handler = Callable[[argparse.Namespace], dict[str, Any]]


def register(subparsers: Any) -> dict[str, Handler]:
    models = subparsers.add_parser("models", help="the model library: packaged, Hugging Face cache, folders")
    models.add_argument(
        "--folder", action="append", default=[], help="also list .gguf files under this folder"
    )
    models.add_argument("--json", action="store_true", help="print JSON instead of text")

    search = subparsers.add_parser("search", help="search the Hugging Face Hub for GGUF repositories")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print JSON instead of text")

    files = subparsers.add_parser("hub-files", help="a Hub repository's GGUF files, and which fits in memory")
    files.add_argument("repo", help="repository, e.g. bartowski/SmolLM2-135M-Instruct-GGUF")
    files.add_argument("--revision", default=None)
    files.add_argument("--json", action="store_true", help="print JSON instead of text")

    download = subparsers.add_parser(
        "download", help="download a GGUF file (all parts of a split one) into the Hugging Face cache"
    )
    download.add_argument("repo", help="repository, e.g. bartowski/SmolLM2-135M-Instruct-GGUF")
    download.add_argument("file", help="file name in the repository (the first part of a split model)")
    download.add_argument("--revision", default="main")
    download.add_argument("--json", action="store_true", help="print JSON instead of text")
    return {"models": cmd_models, "search": cmd_search, "hub-files": cmd_hub_files, "download": cmd_download}


@contextmanager
def _hub_errors() -> Iterator[None]:
    try:
        yield
    except (HubError, ModelError) as error:
        raise CliError(str(error)) from error


def cmd_models(args: argparse.Namespace) -> dict[str, Any]:
    models = [model.as_dict() for model in scan_library(args.folder)]
    if not args.json:
        rows = [{**model, "size": human_size(model["size_bytes"])} for model in models]
        print_table(rows, ["source", "quantization", "size", "context_length", "architecture", "name"])
        for model in models:
            print(f"  {model['path']}")
    return {"models": models}


def cmd_search(args: argparse.Namespace) -> dict[str, Any]:
    with _hub_errors():
        repos = [repo.as_dict() for repo in search_repos(args.query, limit=args.limit)]
    if not args.json:
        print_table(repos, ["downloads", "likes", "gated", "repo_id"])
    return {"repos": repos}


def cmd_hub_files(args: argparse.Namespace) -> dict[str, Any]:
    with _hub_errors():
        files = list_gguf_files(args.repo, revision=args.revision)
    available = available_memory_bytes()
    suggested = suggest_file(files, available)
    rows = [{**file.as_dict(), "fit": memory_fit(file.size_bytes, available)} for file in files]
    if not args.json:
        table = [{**row, "size": human_size(row["size_bytes"]), "parts": len(row["parts"])} for row in rows]
        print_table(table, ["quantization", "size", "parts", "fit", "filename"])
        if suggested is not None:
            print(f"suggested for this machine: {suggested.filename}")
    return {
        "repo_id": args.repo,
        "files": rows,
        "available_memory_bytes": available,
        "suggested": suggested.filename if suggested else None,
    }


def cmd_download(args: argparse.Namespace) -> dict[str, Any]:
    with _hub_errors():
        result = download_model(args.repo, args.file, revision=args.revision, progress=_ProgressPrinter())
    if not args.json:
        print(f"{result.path}\n{human_size(result.size_bytes)}, sha256 {result.sha256} (verified)")
    return result.as_dict()


class _ProgressPrinter:
    """One progress line on stderr every half second, so stdout stays clean for --json."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, progress: DownloadProgress) -> None:
        now = time.monotonic()
        done = progress.done_bytes >= progress.total_bytes
        if now - self.last < 0.5 and not done:
            return
        self.last = now
        print(
            f"{progress.fraction * 100:5.1f}%  {human_size(progress.done_bytes)} of "
            f"{human_size(progress.total_bytes)}  {human_size(int(progress.bytes_per_second))}/s  "
            f"{progress.filename}",
            file=sys.stderr,
            flush=True,
        )
