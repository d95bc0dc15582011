"""The model library: every GGUF model this machine has, wherever it lives.

Three sources: the packaged models, the standard Hugging Face cache (shared with other tools, so a
model downloaded by any of them shows up here) and folders the user chose. Facts come from the GGUF
header (milliseconds per file), never from llama.cpp.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from engine.core.gguf_file import read_gguf_header
from engine.core.models import PACKAGED, ModelError, resolve_model

SPLIT_PATTERN = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
# Quantization names as they appear in file names (Q4_K_M, IQ3_XXS, Q8_0, F16, BF16 ...).
QUANT_PATTERN = re.compile(
    r"(?<![A-Za-z0-9])(I?Q\d+(?:_[A-Z0-9]+)*|BF16|F16|F32)(?![A-Za-z0-9])", re.IGNORECASE
)
SOURCES = ("packaged", "hf-cache", "folder")


@dataclass(frozen=True)
class LibraryModel:
    """One model of the library. A split model is one entry: `path` is its first part."""

    name: str
    path: str
    architecture: str
    size_bytes: int
    quantization: str
    context_length: int | None
    source: str  # one of SOURCES
    repo: str | None = None  # the Hugging Face repository, for hf-cache models
    key: str | None = None  # the packaged key, for packaged models
    parts: int = 1
    last_used: float | None = None
    error: str | None = None  # why the header could not be read (the file is still listed)

    def as_dict(self) -> dict[str, Any]:
        optional = {"repo", "key", "last_used", "error"}
        return {key: value for key, value in asdict(self).items() if value is not None or key not in optional}

    @property
    def load_target(self) -> str:
        """What MainWindow.load_model and `--model` take: the packaged key, or the file's path."""
        return self.key or self.path


# --- where things are -------------------------------------------------------------------------------


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, read from the environment now (not when huggingface_hub was imported)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", "~/.cache"), "huggingface"
    )
    return Path(home).expanduser() / "hub"


def repo_folder(repo_id: str, cache_dir: Path | None = None) -> Path:
    """The cache folder of a model repository: models--{org}--{name}, as huggingface_hub names it."""
    return (cache_dir or hf_cache_dir()) / ("models--" + repo_id.replace("/", "--"))


def repo_id_from_folder(folder: Path) -> str | None:
    if not folder.name.startswith("models--"):
        return None
    return "/".join(folder.name[len("models--") :].split("--", 1))


# --- facts from names and headers --------------------------------------------------------------------


def quantization_from_name(filename: str) -> str:
    """Q4_K_M from 'SmolLM2-135M-Instruct-Q4_K_M.gguf'; '' where the name does not say."""
    matches = QUANT_PATTERN.findall(Path(filename).name)
    return matches[-1].upper() if matches else ""


def quantization_from_file_type(file_type: Any) -> str:
    from gguf.constants import LlamaFileType

    try:
        name = LlamaFileType(int(file_type)).name
    except (TypeError, ValueError):
        return ""
    return name.removeprefix("MOSTLY_").removeprefix("ALL_")


def split_index(path: str | Path) -> tuple[int, int] | None:
    """(part, count) for '-00002-of-00003.gguf' names, None for a single-file model."""
    match = SPLIT_PATTERN.search(Path(path).name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def split_part_names(filename: str) -> list[str]:
    """Every part's name of a split model given any part's name (a single file gives itself)."""
    index = split_index(filename)
    if index is None:
        return [filename]
    stem = SPLIT_PATTERN.sub("", filename)
    return [f"{stem}-{part:05d}-of-{index[1]:05d}.gguf" for part in range(1, index[1] + 1)]


def _part_paths(first: Path) -> list[Path]:
    return [first.with_name(name) for name in split_part_names(first.name)]


def describe_gguf(
    path: Path, source: str, *, repo: str | None = None, key: str | None = None, name: str | None = None
) -> LibraryModel:
    """A library entry for one GGUF file (or the first part of a split model)."""
    parts = _part_paths(path)
    size = sum(part.stat().st_size for part in parts if part.exists())
    try:
        meta = read_gguf_header(path).metadata
    except (OSError, ValueError, KeyError) as error:
        return LibraryModel(
            name or path.stem, str(path), "unknown", size, quantization_from_name(path.name), None,
            source, repo, key, len(parts), error=f"unreadable GGUF header: {error}",
        )  # fmt: skip
    architecture = str(meta.get("general.architecture", "unknown"))
    context = meta.get(f"{architecture}.context_length")
    quantization = quantization_from_file_type(meta.get("general.file_type")) or quantization_from_name(
        path.name
    )
    return LibraryModel(
        name=name or str(meta.get("general.name") or SPLIT_PATTERN.sub("", path.stem)),
        path=str(path),
        architecture=architecture,
        size_bytes=size,
        quantization=quantization,
        context_length=int(context) if isinstance(context, int) else None,
        source=source,
        repo=repo,
        key=key,
        parts=len(parts),
    )


# --- scanning -----------------------------------------------------------------------------------


def _is_listed_file(path: Path) -> bool:
    """A GGUF file to list: single files and the first part of split models."""
    if not path.name.lower().endswith(".gguf") or not path.is_file():
        return False
    index = split_index(path)
    return index is None or index[0] == 1


def packaged_entries() -> list[LibraryModel]:
    entries = []
    for model in PACKAGED:
        try:
            path = resolve_model(model.key)
        except (ModelError, OSError, ValueError):
            continue  # not installed (or not assembled yet): the Overview's list says how to install it
        entries.append(describe_gguf(path, "packaged", key=model.key, name=model.title))
    return entries


def hf_cache_entries(cache_dir: Path | None = None) -> list[LibraryModel]:
    """GGUF files in the Hugging Face cache: models--*/snapshots/<commit>/..., one entry per blob."""
    cache = cache_dir or hf_cache_dir()
    if not cache.is_dir():
        return []
    entries: list[LibraryModel] = []
    for folder in sorted(cache.glob("models--*")):
        repo = repo_id_from_folder(folder)
        seen: set[str] = set()
        for path in _snapshot_files(folder):
            blob = os.path.realpath(path)
            if blob in seen:
                continue  # the same file in two snapshots: list it once
            seen.add(blob)
            entries.append(describe_gguf(path, "hf-cache", repo=repo))
    return entries


def _snapshot_files(folder: Path) -> list[Path]:
    """GGUF files of a cached repository, those of the snapshot refs/main names first."""
    snapshots = folder / "snapshots"
    if not snapshots.is_dir():
        return []
    main = folder / "refs" / "main"
    current = main.read_text().strip() if main.is_file() else ""
    ordered = sorted(snapshots.iterdir(), key=lambda snapshot: snapshot.name != current)
    return [
        path for snapshot in ordered for path in sorted(snapshot.rglob("*.gguf")) if _is_listed_file(path)
    ]


def folder_entries(folders: Iterable[str | Path]) -> list[LibraryModel]:
    entries: list[LibraryModel] = []
    for folder in folders:
        root = Path(folder).expanduser()
        if root.is_dir():
            entries.extend(
                describe_gguf(path, "folder")
                for path in sorted(root.rglob("*.gguf"))
                if _is_listed_file(path)
            )
    return entries


def scan_library(
    folders: Iterable[str | Path] = (),
    *,
    cache_dir: Path | None = None,
    last_used: Mapping[str, float] | None = None,
    include_packaged: bool = True,
) -> list[LibraryModel]:
    """Every model: packaged, Hugging Face cache, then the folders; a file found twice is listed once."""
    found = [
        *(packaged_entries() if include_packaged else []),
        *hf_cache_entries(cache_dir),
        *folder_entries(folders),
    ]
    used = last_used or {}
    unique: dict[str, LibraryModel] = {}
    for entry in found:
        unique.setdefault(os.path.realpath(entry.path), entry)
    return [_with_last_used(entry, used) for entry in unique.values()]


def _with_last_used(entry: LibraryModel, used: Mapping[str, float]) -> LibraryModel:
    stamp = used.get(entry.path) or (used.get(entry.key) if entry.key else None)
    return entry if stamp is None else replace(entry, last_used=float(stamp))


# --- deleting -----------------------------------------------------------------------------------


def delete_model(entry: LibraryModel) -> list[Path]:
    """Delete a model's files (every part); for the HF cache, the snapshot links and their blobs."""
    if entry.source == "packaged":
        raise ModelError("packaged models are part of the installation and cannot be deleted here")
    removed: list[Path] = []
    for part in _part_paths(Path(entry.path)):
        if entry.source == "hf-cache":
            removed.extend(_delete_cached_file(part))
        elif part.exists():
            part.unlink()
            removed.append(part)
    return removed


def _delete_cached_file(pointer: Path) -> list[Path]:
    if not pointer.exists() and not pointer.is_symlink():
        return []
    blob = Path(os.path.realpath(pointer))
    pointer.unlink()
    removed = [pointer]
    snapshot = pointer.parent
    repo = _repo_root(pointer)
    still_used = repo is not None and any(
        os.path.realpath(other) == str(blob)
        for other in (repo / "snapshots").rglob("*")
        if other.is_symlink()
    )
    # Only the repository's own blob goes: a link pointing anywhere else (a file of the user's) stays.
    in_blobs = repo is not None and Path(os.path.realpath(repo / "blobs")) == blob.parent
    if blob != pointer and blob.exists() and in_blobs and not still_used:
        blob.unlink()
        removed.append(blob)
    _remove_empty_folders(snapshot, stop=repo)
    return removed


def _repo_root(path: Path) -> Path | None:
    for parent in path.parents:
        if parent.name.startswith("models--"):
            return parent
    return None


def _remove_empty_folders(folder: Path, stop: Path | None) -> None:
    while stop is not None and folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def human_size(n: int | None) -> str:
    """98.4 MB, 4.9 GB: decimal units, as file managers and the Hub show sizes."""
    if n is None:
        return "?"
    if n < 1000:
        return f"{n} B"
    size = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            break
    return f"{size:.1f} {unit}"
