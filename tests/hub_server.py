"""A stand-in Hugging Face Hub on 127.0.0.1 for tests and screenshots (the real Hub is not reachable here).

It speaks the part of the Hub's HTTP API that huggingface_hub and engine/library/ use:
- GET /api/models?search=&filter=gguf            repository search (JSON list)
- GET /api/models/{repo}[/revision/{rev}]?blobs  repository info with siblings, sizes and LFS sha256
- HEAD/GET /{repo}/resolve/{rev}/{file}          the file, with ETag / X-Repo-Commit / X-Linked-Etag /
                                                 X-Linked-Size / Content-Length, and HTTP Range (206)
Errors carry X-Error-Code (RepoNotFound, EntryNotFound, GatedRepo) as the Hub sends them, which is how
huggingface_hub tells them apart. Behaviours a test can switch on per file: cut the connection midway the
first time, serve corrupted bytes, throttle the transfer (1 byte/s: a trickle). And for every request:
stall (accept it and never answer: a Hub that hangs; released, the connection just closes).

Hostile modes, for every file answer: a forged X-Repo-Commit (`commit_header`), a redirect of file GETs
to another server or to another path on this one (`redirect_files_to`), a body longer than the file
(`extra_bytes`, announced in Content-Length or not), GETs that stall before answering (`stall_gets`).
The Authorization header of every request is recorded (`Behaviour.authorizations`), so a test can tell
whether a token reached a server. A listing may hold any name (`../x.gguf`, `/abs.gguf`): the repo's
`files` dict is served as it is. `closed_endpoint()` names a port where nothing listens.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse


@dataclass
class StoredFile:
    """File content: a slice [start, end) of a file on disk, so the 98 MB model is never copied."""

    source: Path
    start: int
    end: int
    sha256: str

    @property
    def size(self) -> int:
        return self.end - self.start

    @classmethod
    def of(cls, source: Path, start: int = 0, end: int | None = None) -> StoredFile:
        end = source.stat().st_size if end is None else end
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            handle.seek(start)
            left = end - start
            while left > 0:
                block = handle.read(min(left, 8 << 20))
                digest.update(block)
                left -= len(block)
        return cls(source, start, end, digest.hexdigest())


@dataclass
class Repo:
    repo_id: str
    commit: str
    files: dict[str, StoredFile] = field(default_factory=dict)
    small_files: dict[str, bytes] = field(default_factory=dict)  # not LFS (README.md ...)
    gated: bool = False
    downloads: int = 0
    likes: int = 0


@dataclass
class Behaviour:
    cut_once: set[str] = field(default_factory=set)  # file names: the first GET stops halfway
    corrupt: set[str] = field(default_factory=set)  # file names: one byte in the middle is flipped
    throttle_bytes_per_s: dict[str, float] = field(default_factory=dict)
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # (method, path, Range)
    stall: threading.Event | None = None  # requests hang, unanswered, until it is set (or STALL_LIMIT_S)
    stalled: int = 0  # requests that waited on `stall`
    commit_header: str | None = None  # sent as X-Repo-Commit on file answers instead of the repo's
    redirect_files_to: str | None = None  # file GETs answer 302 to this base URL, or to MOVED_PREFIX
    extra_bytes: int = 0  # file GETs send this many bytes past the file's end
    announce_extra: bool = True  # ... counted in Content-Length (else no Content-Length: close-delimited)
    stall_gets: threading.Event | None = None  # file GETs hang before answering, until it is set
    authorizations: list[tuple[str, str, str | None]] = field(default_factory=list)  # (method, path, auth)


STALL_LIMIT_S = 60.0  # a stalled handler gives up by itself, so no thread waits past a failed test
MOVED_PREFIX = "/moved"  # a relative redirect's target on this server: the same path under this prefix


class StandInHub:
    def __init__(self) -> None:
        self.repos: dict[str, Repo] = {}
        self.behaviour = Behaviour()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def add(self, repo: Repo) -> Repo:
        self.repos[repo.repo_id] = repo
        return repo

    def start(self) -> StandInHub:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def auth_of(self, method: str) -> list[str | None]:
        """The Authorization header of every request with this method so far (None where absent)."""
        return [auth for seen, _, auth in self.behaviour.authorizations if seen == method]

    def file_gets(self, filename: str) -> list[str | None]:
        """The Range header of every GET of `filename` so far (None for a whole-file GET)."""
        return [
            rng
            for method, path, rng in self.behaviour.requests
            if method == "GET" and path.endswith(filename)
        ]


def standard_hub(model: Path) -> StandInHub:
    """A hub with the repositories the tests and screenshots use, all serving the real model's bytes."""
    hub = StandInHub()
    whole = StoredFile.of(model)
    half = whole.size // 2
    readme = {"README.md": b"# SmolLM2 135M Instruct, GGUF\n"}
    hub.add(
        Repo(
            "lanterna-test/SmolLM2-135M-Instruct-GGUF",
            "a" * 40,
            {"SmolLM2-135M-Instruct-Q4_1.gguf": whole, "smollm2-135m-instruct-q4_1-copy.gguf": whole},
            readme,
            downloads=1520,
            likes=12,
        )
    )
    hub.add(
        Repo(
            "lanterna-test/SmolLM2-split-GGUF",
            "b" * 40,
            {
                "SmolLM2-Q4_1-00001-of-00002.gguf": StoredFile.of(model, 0, half),
                "SmolLM2-Q4_1-00002-of-00002.gguf": StoredFile.of(model, half),
            },
            downloads=40,
        )
    )
    hub.add(Repo("lanterna-test/Gated-Llama-GGUF", "c" * 40, {"gated-Q4_K_M.gguf": whole}, gated=True))
    return hub


def _handler_for(hub: StandInHub) -> type[BaseHTTPRequestHandler]:
    class Handler(_HubHandler):
        pass

    Handler.hub = hub
    return Handler


class _HubHandler(BaseHTTPRequestHandler):
    hub: StandInHub

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._route(send_body=True)

    def do_HEAD(self) -> None:
        self._route(send_body=False)

    def _route(self, send_body: bool) -> None:
        url = urlparse(self.path)
        path = unquote(url.path)
        behaviour = self.hub.behaviour
        behaviour.requests.append((self.command, path, self.headers.get("Range")))
        behaviour.authorizations.append((self.command, path, self.headers.get("Authorization")))
        moved = path.startswith(MOVED_PREFIX + "/")
        path = path.removeprefix(MOVED_PREFIX) if moved else path
        if behaviour.stall is not None:
            behaviour.stalled += 1
            behaviour.stall.wait(STALL_LIMIT_S)  # the connection is open; no byte of an answer comes
            self.close_connection = True  # released: the client gave up long ago, so no answer at all
            return
        if path == "/api/models":
            self._search(parse_qs(url.query))
        elif path.startswith("/api/models/"):
            self._model_info(path.removeprefix("/api/models/"))
        elif "/resolve/" in path and send_body and behaviour.redirect_files_to and not moved:
            self._redirect(behaviour.redirect_files_to + path)  # another server's base URL, or MOVED_PREFIX
        elif "/resolve/" in path:
            self._resolve(path.lstrip("/"), send_body)
        else:
            self._error(404, None, "Not found")

    # --- API -------------------------------------------------------------------------------------

    def _search(self, query: dict[str, list[str]]) -> None:
        words = (query.get("search") or [""])[0].lower()
        found = [repo for repo in self.hub.repos.values() if words in repo.repo_id.lower()]
        found.sort(key=lambda repo: -repo.downloads)
        limit = int((query.get("limit") or ["1000"])[0])
        self._json([_summary(repo) for repo in found[:limit]])

    def _model_info(self, rest: str) -> None:
        repo_id = rest.split("/revision/")[0]
        repo = self.hub.repos.get(repo_id)
        if repo is None:
            self._error(404, "RepoNotFound", "Repository not found")
            return
        siblings: list[dict[str, Any]] = [
            {"rfilename": name, "size": len(data), "blobId": hashlib.sha1(data).hexdigest()}
            for name, data in repo.small_files.items()
        ]
        siblings += [
            {
                "rfilename": name,
                "size": stored.size,
                "blobId": stored.sha256[:40],
                "lfs": {"size": stored.size, "sha256": stored.sha256, "pointerSize": 134},
            }
            for name, stored in repo.files.items()
        ]
        self._json({**_summary(repo), "sha": repo.commit, "siblings": siblings})

    # --- files -----------------------------------------------------------------------------------

    def _resolve(self, path: str, send_body: bool) -> None:
        repo_id, _, rest = path.partition("/resolve/")
        revision, _, filename = rest.partition("/")
        repo = self.hub.repos.get(repo_id)
        if repo is None:
            self._error(404, "RepoNotFound", "Repository not found")
        elif revision not in ("main", repo.commit):
            self._error(404, "RevisionNotFound", "Invalid rev id")
        elif repo.gated:
            self._error(401, "GatedRepo", "Access to this model is restricted. You must be authenticated.")
        elif filename in repo.small_files:
            self._send_small(repo, repo.small_files[filename], send_body)
        elif filename not in repo.files:
            self._error(404, "EntryNotFound", "Entry not found")
        else:
            self._send_file(repo, filename, repo.files[filename], send_body)

    def _send_small(self, repo: Repo, data: bytes, send_body: bool) -> None:
        self.send_response(200)
        self.send_header("ETag", f'"{hashlib.sha1(data).hexdigest()}"')
        self.send_header("X-Repo-Commit", repo.commit)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def _send_file(self, repo: Repo, filename: str, stored: StoredFile, send_body: bool) -> None:
        stall = self.hub.behaviour.stall_gets
        if send_body and stall is not None:
            stall.wait(STALL_LIMIT_S)  # the request was read; no byte of the answer comes
            self.close_connection = True
            return
        start, end = _requested_range(self.headers.get("Range"), stored.size)
        if start >= stored.size and stored.size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{stored.size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        partial = self.headers.get("Range") is not None
        self.send_response(206 if partial else 200)
        self.send_header("ETag", f'"{stored.sha256}"')
        self.send_header("X-Linked-Etag", f'"{stored.sha256}"')
        self.send_header("X-Linked-Size", str(stored.size))
        self.send_header("X-Repo-Commit", self.hub.behaviour.commit_header or repo.commit)
        self.send_header("Accept-Ranges", "bytes")
        extra = self.hub.behaviour.extra_bytes if send_body else 0
        if not extra or self.hub.behaviour.announce_extra:
            self.send_header("Content-Length", str(end - start + extra))
        if partial:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{stored.size}")
        self.end_headers()
        if send_body:
            self._send_bytes(filename, stored, start, end)

    def _send_bytes(self, filename: str, stored: StoredFile, start: int, end: int) -> None:
        behaviour = self.hub.behaviour
        stop_at = end
        if filename in behaviour.cut_once and start == 0:
            behaviour.cut_once.discard(filename)
            stop_at = start + (end - start) // 2
        flip_at = stored.size // 2 if filename in behaviour.corrupt else -1
        rate = behaviour.throttle_bytes_per_s.get(filename)
        block = max(1, min(64 << 10, int(rate))) if rate else 4 << 20  # 1 byte/s: one byte at a time
        sent_since = time.monotonic()
        with stored.source.open("rb") as handle:
            handle.seek(stored.start + start)
            position = start
            try:
                while position < stop_at:
                    data = bytearray(handle.read(min(block, stop_at - position)))
                    if position <= flip_at < position + len(data):
                        data[flip_at - position] ^= 0xFF
                    self.wfile.write(data)
                    position += len(data)
                    if rate:
                        time.sleep(max(0.0, (position - start) / rate - (time.monotonic() - sent_since)))
                self._send_extra(behaviour.extra_bytes)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client cancelled, or stopped reading
        if stop_at < end or behaviour.extra_bytes:
            self.close_connection = True  # the rest never comes: the client sees a broken transfer

    def _send_extra(self, count: int) -> None:
        """`count` bytes past the file's end, as a server that does not stop would send them."""
        block = bytes(1 << 20)
        while count > 0:
            self.wfile.write(block[:count])
            count -= len(block)

    # --- helpers ---------------------------------------------------------------------------------

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _json(self, value: Any) -> None:
        body = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str | None, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        if code:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _summary(repo: Repo) -> dict[str, Any]:
    return {
        "id": repo.repo_id,
        "modelId": repo.repo_id,
        "downloads": repo.downloads,
        "likes": repo.likes,
        "gated": "auto" if repo.gated else False,
        "private": False,
        "lastModified": "2026-10-01T12:00:00.000Z",
        "tags": ["gguf"],
        "library_name": "gguf",
    }


def _requested_range(header: str | None, size: int) -> tuple[int, int]:
    if not header or not header.startswith("bytes="):
        return 0, size
    first, _, last = header.removeprefix("bytes=").partition("-")
    start = int(first or 0)
    end = min(int(last) + 1, size) if last else size
    return start, end


def closed_endpoint() -> str:
    """http://127.0.0.1:<port> where nothing listens: a port the system just handed out, then closed."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def use_stand_in(hub: StandInHub, tmp_path: Path, monkeypatch: Any) -> Path:
    """Point huggingface_hub at `hub` with a fresh cache under tmp_path; returns the cache folder.

    Every test starts with the server's behaviour reset (no cut, corrupt, throttled or stalled answers).
    """
    for stall in (hub.behaviour.stall, hub.behaviour.stall_gets):
        if stall is not None:
            stall.set()  # a handler the previous test left waiting ends now
    hub.behaviour = Behaviour()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return tmp_path / "hf" / "hub"
