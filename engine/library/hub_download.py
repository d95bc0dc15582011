"""Download a model from the Hugging Face Hub into the shared cache: transfer, resume, cancel, checksum.

The transfer is our own stream (urllib, with HTTP Range) into the standard cache layout — blobs/<sha256>,
snapshots/<commit>/<file> linking to it, refs/<branch> — so other tools see the model, and so that
progress, cancel, resume and a checksum check are ours: the file is written as blobs/<sha256>.incomplete,
verified, and only then renamed. A partial file is never visible as a model; a cancelled or broken
transfer resumes from where it stopped. Every part of a split model is downloaded from one commit.

The cache folder is read from the environment on each call (HF_HUB_CACHE / HF_HOME).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import shutil
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.library.catalog import hf_cache_dir, repo_folder, split_part_names
from engine.library.hub_access import HubError, check_online, explain_error, hub_endpoint

CHUNK_BYTES = 1 << 20
RETRIES = 3  # automatic resumes after a dropped connection, per file
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")


class DownloadCancelled(HubError):
    """The user cancelled; the partial file stays so the next download resumes it."""

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
    cache = cache_dir or hf_cache_dir()
    started = time.monotonic()
    remotes = [_remote_file(repo_id, name, revision) for name in split_part_names(filename)]
    transfer = _Transfer(sum(remote.size for remote in remotes), progress)
    storage = repo_folder(repo_id, cache)
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


def _remote_file(repo_id: str, filename: str, revision: str) -> _Remote:
    """HEAD the file: its commit, sha256 (the LFS etag) and size, as huggingface_hub reads them."""
    from huggingface_hub import get_hf_file_metadata, hf_hub_url

    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=hub_endpoint())
    try:
        meta = get_hf_file_metadata(url)
    except Exception as error:
        raise explain_error(error, f"{repo_id}/{filename}") from error
    if not meta.commit_hash or not meta.etag or meta.size is None:
        raise HubError(f"{repo_id}/{filename}: the Hub did not describe the file (no commit, etag or size)")
    if not SHA256_PATTERN.match(meta.etag):
        raise HubError(f"{repo_id}/{filename}: not a large (LFS) file, so there is no checksum to verify")
    # Download from the commit, not the branch: all parts and the checksum then belong to one version.
    pinned = hf_hub_url(repo_id, filename, revision=meta.commit_hash, endpoint=hub_endpoint())
    return _Remote(filename, pinned, meta.commit_hash, meta.etag, meta.size)


def _download_one(
    storage: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None
) -> Path:
    blob = storage / "blobs" / remote.sha256
    pointer = storage / "snapshots" / remote.commit / remote.filename
    if blob.is_file() and blob.stat().st_size == remote.size:
        transfer.add(remote.filename, remote.size, resumed=True, force=True)
    else:
        _fetch_blob(blob, remote, transfer, cancel)
    _link(pointer, blob)
    return pointer


def _fetch_blob(blob: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None) -> None:
    incomplete = blob.with_name(blob.name + ".incomplete")
    what = remote.filename
    try:
        blob.parent.mkdir(parents=True, exist_ok=True)
        have = incomplete.stat().st_size if incomplete.exists() else 0
        if have > remote.size:
            incomplete.unlink()
            have = 0
        _check_disk_space(blob.parent, remote.size - have, what)
        transfer.add(remote.filename, have, resumed=True, force=True)
        _stream_with_retries(incomplete, remote, transfer, cancel)
        _verify(incomplete, remote)
        os.replace(incomplete, blob)
    except HubError:
        raise
    except Exception as error:
        raise explain_error(error, what) from error


def _check_disk_space(folder: Path, needed: int, what: str) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise HubError(f"{what}: not enough disk space ({needed:,} bytes needed, {free:,} free)")


def _stream_with_retries(
    incomplete: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None
) -> None:
    for attempt in range(RETRIES + 1):
        try:
            _stream(incomplete, remote, transfer, cancel)
            return
        except (ConnectionError, TimeoutError, http.client.HTTPException, urllib.error.URLError) as error:
            if isinstance(error, urllib.error.HTTPError) or attempt == RETRIES:
                raise
            time.sleep(0.2 * (attempt + 1))  # the connection dropped: resume from the bytes on disk


def _stream(incomplete: Path, remote: _Remote, transfer: _Transfer, cancel: threading.Event | None) -> None:
    have = incomplete.stat().st_size if incomplete.exists() else 0
    if have == remote.size:
        return
    request = urllib.request.Request(remote.url, headers=_request_headers(have))
    with urllib.request.urlopen(request, timeout=30) as response:
        if have and response.status != 206:
            transfer.add(remote.filename, -have, resumed=True)  # the server ignored Range: start over
            have = 0
        with incomplete.open("r+b" if have else "wb") as handle:
            handle.seek(have)
            while chunk := response.read1(CHUNK_BYTES):
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled(f"download of {remote.filename} cancelled; it resumes next time")
                handle.write(chunk)
                have += len(chunk)
                transfer.add(remote.filename, len(chunk))
    if have < remote.size:
        raise ConnectionResetError(f"the connection closed after {have:,} of {remote.size:,} bytes")


def _request_headers(offset: int) -> dict[str, str]:
    from huggingface_hub.utils import build_hf_headers

    headers = {key: str(value) for key, value in build_hf_headers().items()}
    headers["Accept-Encoding"] = "identity"
    if offset:
        headers["Range"] = f"bytes={offset}-"
    return headers


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
    """snapshots/<commit>/<file> -> ../../blobs/<sha256>, a copy where symlinks are not allowed."""
    pointer.parent.mkdir(parents=True, exist_ok=True)
    if pointer.is_symlink() or pointer.exists():
        pointer.unlink()
    try:
        pointer.symlink_to(os.path.relpath(blob, pointer.parent))
    except OSError:
        shutil.copyfile(blob, pointer)


def _write_ref(storage: Path, revision: str, commit: str) -> None:
    if revision == commit:
        return
    ref = storage / "refs" / revision
    ref.parent.mkdir(parents=True, exist_ok=True)
    ref.write_text(commit)


def incomplete_bytes(repo_id: str, cache_dir: Path | None = None) -> int:
    """Bytes of unfinished downloads kept for resuming in a repository's cache folder."""
    blobs = repo_folder(repo_id, cache_dir) / "blobs"
    return sum(path.stat().st_size for path in blobs.glob("*.incomplete")) if blobs.is_dir() else 0
