"""Download a model from the Hugging Face Hub into the shared cache: transfer, resume, cancel, checksum.

The transfer is our own stream (hub_transfer: urllib, with HTTP Range) into the standard cache layout —
blobs/<sha256>, snapshots/<commit>/<file> linking to it, refs/<branch> — so other tools see the model, and so
that progress, cancel, resume and a checksum check are ours: the file is written as blobs/<sha256>.incomplete,
verified, and only then renamed. A partial file is never visible as a model; a cancelled or broken
transfer resumes from where it stopped. Every part of a split model is downloaded from one commit.

What the server names is checked before it becomes a path (hub_paths): the commit, the checksum, the
file names; every path is resolved and must lie in the repository's own cache folder before anything is
written, linked or removed there. The transfer never writes past the declared size, checks the free disk
space for all parts first, sends the token to the Hub's host only, and stops within tens of milliseconds
of a cancel (hub_transfer).

Why not huggingface_hub's hf_hub_download: it has no cancel (only a tqdm progress class, so a cancel
could act only between chunks, never inside a blocked read), it does not check the sha256 of what it
wrote, and with hf_xet installed the transfer runs in Rust threads we cannot bound or stop. Its HEAD
(get_hf_file_metadata) is used as it is: it follows only redirects that stay on the Hub.

The cache folder is read from the environment on each call (HF_HUB_CACHE / HF_HOME).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import threading
import time
import urllib.error
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.library import hub_access
from engine.library.catalog import hf_cache_dir, repo_folder, split_part_names
from engine.library.hub_access import HubError, check_online, explain_error, hub_endpoint
from engine.library.hub_paths import (
    check_commit,
    check_filename,
    check_repo_id,
    check_revision,
    check_sha256,
    inside,
)
from engine.library.hub_transfer import DownloadCancelled, cancelled, fetch_range

__all__ = ["DownloadCancelled", "DownloadProgress", "DownloadResult", "download_model", "sha256_of"]

RETRIES = 3  # automatic resumes after a dropped connection, per file
READ_TIMEOUT_S = 30.0  # silence tolerated mid-transfer before it counts as a dropped connection


@dataclass(frozen=True)
class DownloadProgress:
    filename: str  # the part being transferred
    done_bytes: int  # all parts together, resumed bytes included
    total_bytes: int
    bytes_per_second: float
    resumed_bytes: int = 0

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


@dataclass(frozen=True)
class DownloadResult:
    path: str  # the first (or only) part, in the cache's snapshot folder
    size_bytes: int
    sha256: str
    repo_id: str
    filename: str
    files: tuple[str, ...] = ()
    resumed_bytes: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
            "repo_id": self.repo_id,
            "filename": self.filename,
            "files": list(self.files),
            "resumed_bytes": self.resumed_bytes,
            "seconds": round(self.seconds, 3),
        }


ProgressCallback = Callable[[DownloadProgress], None]


@dataclass
class _Remote:
    filename: str
    url: str
    commit: str
    sha256: str
    size: int


@dataclass
class _Transfer:
    """Progress over all parts of one download, with the speed over the last few seconds."""

    total: int
    callback: ProgressCallback | None
    done: int = 0
    resumed: int = 0
    samples: deque[tuple[float, int]] = field(default_factory=lambda: deque(maxlen=64))
    last_report: float = 0.0

    def add(self, filename: str, count: int, *, resumed: bool = False, force: bool = False) -> None:
        self.done += count
        if resumed:
            self.resumed += count
        now = time.monotonic()
        if not resumed:
            self.samples.append((now, self.done))
        if self.callback is not None and (force or now - self.last_report >= 0.1):
            self.last_report = now
            self.callback(DownloadProgress(filename, self.done, self.total, self.speed(now), self.resumed))

    def speed(self, now: float) -> float:
        while len(self.samples) > 2 and now - self.samples[0][0] > 3.0:
            self.samples.popleft()
        if len(self.samples) < 2:
            return 0.0
        (start, first), (end, last) = self.samples[0], self.samples[-1]
        return (last - first) / (end - start) if end > start else 0.0


def download_model(
    repo_id: str,
    filename: str,
    *,
    revision: str = "main",
    cache_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> DownloadResult:
    """Download a model file (every part of a split model) into the Hugging Face cache, verified."""
    check_online()
    check_repo_id(repo_id)
    check_revision(revision)
    check_filename(filename, repo_id)
    cache = cache_dir or hf_cache_dir()
    started = time.monotonic()
    storage = inside(cache, repo_folder(repo_id, cache), repo_id)
    remotes = _remote_files(repo_id, split_part_names(filename), revision)
    _check_disk_space(storage, sum(_missing_bytes(storage, remote) for remote in remotes), filename)
    transfer = _Transfer(sum(remote.size for remote in remotes), progress)
    paths = [_download_one(storage, remote, transfer, cancel) for remote in remotes]
    _write_ref(storage, revision, remotes[0].commit)
    transfer.add(remotes[-1].filename, 0, force=True)
    return DownloadResult(
        path=str(paths[0]),
        size_bytes=transfer.total,
        sha256=remotes[0].sha256,
        repo_id=repo_id,
        filename=filename,
        files=tuple(str(path) for path in paths),
        resumed_bytes=transfer.resumed,
        seconds=time.monotonic() - started,
    )


def _remote_files(repo_id: str, names: list[str], revision: str) -> list[_Remote]:
    """Every part, from the commit the first part's revision resolves to."""
    first = _remote_file(repo_id, names[0], revision)
    return [first] + [_remote_file(repo_id, name, first.commit) for name in names[1:]]


def _remote_file(repo_id: str, filename: str, revision: str) -> _Remote:
    """HEAD the file: its commit, sha256 (the LFS etag) and size, as huggingface_hub reads them."""
    from huggingface_hub import get_hf_file_metadata, hf_hub_url

    what = f"{repo_id}/{filename}"
    check_filename(filename, repo_id)
    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=hub_endpoint())
    try:
        meta = get_hf_file_metadata(url, timeout=hub_access.HUB_TIMEOUT_S)
    except Exception as error:
        raise explain_error(error, what, hub_access.HUB_TIMEOUT_S) from error
    if not meta.commit_hash or not meta.etag or meta.size is None:
        raise HubError(f"{what}: the Hub did not describe the file (no commit, etag or size)")
    commit = check_commit(meta.commit_hash, what)
    sha256 = check_sha256(meta.etag, what)
    if meta.size < 0:
        raise HubError(f"{what}: the Hub gave the file a negative size ({meta.size})")
    # Download from the commit, not the branch: all parts and the checksum then belong to one version.
    pinned = hf_hub_url(repo_id, filename, revision=commit, endpoint=hub_endpoint())
    return _Remote(filename, pinned, commit, sha256, meta.size)


def _blob_paths(storage: Path, remote: _Remote) -> tuple[Path, Path]:
    """blobs/<sha256> and its .incomplete twin, each checked to resolve inside the repository's blobs."""
    blobs = inside(storage, storage / "blobs", remote.filename)
    blob = inside(blobs, blobs / remote.sha256, remote.filename)
    return blob, inside(blobs, blobs / (remote.sha256 + ".incomplete"), remote.filename)


def _pointer_path(storage: Path, remote: _Remote) -> Path:
    """snapshots/<commit>/<file>, its folder checked to resolve inside the repository's snapshots."""
    snapshots = inside(storage, storage / "snapshots", remote.filename)
    pointer = snapshots / remote.commit / remote.filename
    inside(snapshots / remote.commit, pointer.parent, remote.filename)
    inside(snapshots, snapshots / remote.commit, remote.filename)
    if pointer.is_dir() and not pointer.is_symlink():
        raise HubError(f"{remote.filename}: {pointer} is a folder in the cache; remove it and download again")
    return pointer


def _missing_bytes(storage: Path, remote: _Remote) -> int:
    blob, incomplete = _blob_paths(storage, remote)
    if blob.is_file() and blob.stat().st_size == remote.size:
        return 0
    have = incomplete.stat().st_size if incomplete.is_file() else 0
    return max(0, remote.size - have)


def _download_one(
    storage: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None
) -> Path:
    blob, incomplete = _blob_paths(storage, remote)
    pointer = _pointer_path(storage, remote)
    if blob.is_file() and blob.stat().st_size == remote.size:
        transfer.add(remote.filename, remote.size, resumed=True, force=True)
    else:
        _fetch_blob(blob, incomplete, remote, transfer, cancel)
    _link(pointer, blob)
    return pointer


def _fetch_blob(
    blob: Path, incomplete: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None
) -> None:
    what = remote.filename
    try:
        blob.parent.mkdir(parents=True, exist_ok=True)
        have = incomplete.stat().st_size if incomplete.exists() else 0
        if have > remote.size:
            incomplete.unlink()
            have = 0
        _check_disk_space(blob.parent, remote.size - have, what)
        transfer.add(remote.filename, have, resumed=True, force=True)
        _fetch_with_retries(incomplete, remote, transfer, cancel)
        _verify(incomplete, remote)
        os.replace(incomplete, blob)
    except HubError:
        raise
    except Exception as error:
        raise explain_error(error, what, READ_TIMEOUT_S) from error


def _check_disk_space(folder: Path, needed: int, what: str) -> None:
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    free = shutil.disk_usage(existing).free
    if free < needed:
        raise HubError(
            f"{what}: not enough disk space ({needed:,} bytes needed, {free:,} free); nothing was downloaded"
        )


def _fetch_with_retries(
    incomplete: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None
) -> None:
    from huggingface_hub.utils import build_hf_headers

    headers = {key: str(value) for key, value in build_hf_headers().items()}

    def counted(count: int) -> None:
        transfer.add(remote.filename, count, resumed=count < 0)

    for attempt in range(RETRIES + 1):
        try:
            fetch_range(
                remote.url,
                incomplete,
                remote.size,
                headers,
                what=remote.filename,
                timeout=READ_TIMEOUT_S,
                on_bytes=counted,
                cancel=cancel,
            )
            return
        except (ConnectionError, TimeoutError, http.client.HTTPException, urllib.error.URLError) as error:
            if isinstance(error, urllib.error.HTTPError) or attempt == RETRIES:
                raise
            # The connection dropped: resume from the bytes on disk, after a pause a cancel cuts short.
            if cancel is not None and cancel.wait(0.2 * (attempt + 1)):
                raise cancelled(remote.filename) from None


def _verify(incomplete: Path, remote: _Remote) -> None:
    size = incomplete.stat().st_size
    digest = sha256_of(incomplete)
    if size != remote.size or digest != remote.sha256:
        incomplete.unlink()  # a damaged file cannot be resumed into a good one
        raise HubError(
            f"{remote.filename}: checksum mismatch (expected sha256 {remote.sha256[:12]}…, "
            f"got {digest[:12]}…, {size:,} of {remote.size:,} bytes); discarded: download it again"
        )


def sha256_of(path: Path, chunk: int = 4 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _link(pointer: Path, blob: Path) -> None:
    """snapshots/<commit>/<file> -> ../../blobs/<sha256>, a copy where symlinks are not allowed.

    Only an entry of the snapshot folder is replaced (a link, or the copy made before): `_pointer_path`
    checked that the folder resolves inside the repository's snapshots.
    """
    pointer.parent.mkdir(parents=True, exist_ok=True)
    if pointer.is_symlink() or pointer.is_file():
        pointer.unlink()
    try:
        pointer.symlink_to(os.path.relpath(blob, pointer.parent))
    except OSError:
        shutil.copyfile(blob, pointer)


def _write_ref(storage: Path, revision: str, commit: str) -> None:
    if revision == commit:
        return
    refs = inside(storage, storage / "refs", revision)
    ref = inside(refs, refs / revision, revision)
    ref.parent.mkdir(parents=True, exist_ok=True)
    if ref.is_symlink():
        ref.unlink()
    ref.write_text(commit)


def incomplete_bytes(repo_id: str, cache_dir: Path | None = None) -> int:
    """Bytes of unfinished downloads kept for resuming in a repository's cache folder."""
    blobs = repo_folder(repo_id, cache_dir) / "blobs"
    return sum(path.stat().st_size for path in blobs.glob("*.incomplete")) if blobs.is_dir() else 0
