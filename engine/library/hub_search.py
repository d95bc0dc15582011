"""Hugging Face Hub queries: search GGUF repositories, list a repository's model files, suggest one.

Both wait at most `hub_access.HUB_TIMEOUT_S` to connect and for each answer, and do not retry: an
unreachable Hub is said in words within seconds. The search is our own request (huggingface_hub's
list_models has no time limit and retries five times with back-off, about 25 s offline), its answer
read with huggingface_hub's ModelInfo; file metadata comes from HfApi.model_info, which takes a limit
and does not retry. Split models are listed once, by their first part.
"""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from engine.library import hub_access
from engine.library.catalog import quantization_from_name, split_index, split_part_names
from engine.library.hub_access import check_online, explain_error, hub_api, hub_endpoint
from engine.library.hub_paths import check_repo_id, is_safe_filename

MEMORY_HEADROOM = (
    0.75  # share of available memory a model file may take (the rest: KV cache, the app, the OS)
)


@dataclass(frozen=True)
class RepoSummary:
    repo_id: str
    downloads: int = 0
    likes: int = 0
    last_modified: str | None = None
    gated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "repo_id": self.repo_id,
            "downloads": self.downloads,
            "likes": self.likes,
            "last_modified": self.last_modified,
            "gated": self.gated,
        }


@dataclass(frozen=True)
class HubFile:
    """A downloadable model: one .gguf file, or all parts of a split one (named by its first part)."""

    repo_id: str
    filename: str
    size_bytes: int | None
    quantization: str
    parts: tuple[str, ...] = ()
    sha256: str | None = None  # of the first (or only) file, from the Hub's LFS metadata

    def as_dict(self) -> dict[str, Any]:
        return {
            "repo_id": self.repo_id,
            "filename": self.filename,
            "size_bytes": self.size_bytes,
            "quantization": self.quantization,
            "parts": list(self.parts or (self.filename,)),
            "sha256": self.sha256,
        }


def search_repos(query: str, limit: int = 30) -> list[RepoSummary]:
    """GGUF model repositories matching `query`, most downloaded first."""
    check_online()
    timeout = hub_access.HUB_TIMEOUT_S
    try:
        found = _get_json("/api/models", _search_params(query, limit), timeout)
        models = [_model_info(item) for item in found]
    except Exception as error:
        raise explain_error(error, f"search for '{query}'", timeout) from error
    return [
        RepoSummary(
            repo_id=model.id,
            downloads=int(model.downloads or 0),
            likes=int(model.likes or 0),
            last_modified=model.last_modified.isoformat() if model.last_modified else None,
            gated=bool(model.gated),
        )
        for model in models[:limit]
    ]


def _search_params(query: str, limit: int) -> dict[str, Any]:
    """The query list_models sends for search=, filter="gguf", sort="downloads", limit=."""
    params: dict[str, Any] = {"filter": "gguf", "sort": "downloads", "limit": limit}
    if query:
        params["search"] = query
    return params


def _get_json(path: str, params: dict[str, Any], timeout: float) -> Any:
    """One GET on the Hub's API, no retry; `timeout` bounds the connection and each read."""
    from huggingface_hub.utils import build_hf_headers

    url = f"{hub_endpoint()}{path}?{urlencode(params)}"
    headers = {key: str(value) for key, value in build_hf_headers().items()}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout) as answer:
        return json.loads(answer.read())


def _model_info(item: dict[str, Any]) -> Any:
    from huggingface_hub import ModelInfo

    return ModelInfo(**{"siblings": None, **item})


def list_gguf_files(repo_id: str, revision: str | None = None) -> list[HubFile]:
    """The repository's models: .gguf files with size and quantization; split parts grouped as one.

    A listed name that is not a safe relative path (absolute, with '..', a backslash ...) is left out:
    it could never be downloaded (hub_paths), so it is not offered.
    """
    check_online()
    check_repo_id(repo_id)
    timeout = hub_access.HUB_TIMEOUT_S
    try:
        info = hub_api().model_info(repo_id, revision=revision, files_metadata=True, timeout=timeout)
    except Exception as error:
        raise explain_error(error, repo_id, timeout) from error
    siblings = {
        sibling.rfilename: sibling
        for sibling in info.siblings or []
        if isinstance(sibling.rfilename, str) and is_safe_filename(sibling.rfilename)
    }
    files = []
    for name in sorted(siblings):
        index = split_index(name)
        if not name.lower().endswith(".gguf") or (index is not None and index[0] != 1):
            continue
        parts = tuple(split_part_names(name)) if index else ()
        sizes = [_sibling_size(siblings.get(part)) for part in parts or (name,)]
        lfs = siblings[name].lfs
        files.append(
            HubFile(
                repo_id=repo_id,
                filename=name,
                size_bytes=None if None in sizes else sum(size or 0 for size in sizes),
                quantization=quantization_from_name(name),
                parts=parts,
                sha256=lfs.sha256 if lfs else None,
            )
        )
    return files


def _sibling_size(sibling: Any) -> int | None:
    if sibling is None:
        return None
    if sibling.lfs is not None:
        return int(sibling.lfs.size)
    return int(sibling.size) if sibling.size is not None else None


def memory_fit(size_bytes: int | None, available: int | None) -> str:
    """'fits', 'tight' or 'too big' for this machine's free memory ('unknown' where either is unknown)."""
    if size_bytes is None or available is None:
        return "unknown"
    if size_bytes <= available * MEMORY_HEADROOM:
        return "fits"
    return "tight" if size_bytes <= available else "too big"


def suggest_file(files: list[HubFile], available: int | None) -> HubFile | None:
    """The largest (best quality) file that comfortably fits in memory; the smallest if none does."""
    sized = [file for file in files if file.size_bytes is not None]
    if not sized:
        return None
    fitting = [file for file in sized if memory_fit(file.size_bytes, available) == "fits"]
    if fitting:
        return max(fitting, key=lambda file: file.size_bytes or 0)
    return min(sized, key=lambda file: file.size_bytes or 0)
