"""One HTTP GET of a file's bytes: credentials kept on the Hub's host, and a cancel that cuts a blocked read.

Credentials: the request carries the Hub's headers (HF_TOKEN as `Authorization`). A file GET is normally
redirected to a storage host (a CDN with a signed URL); like huggingface_hub, we send the token only to
the endpoint's own origin (scheme, host, port): a redirect anywhere else drops `Authorization` and
`Cookie`, and a redirect from https to http is refused.

Cancel: each connection's socket is recorded as it is made; while the transfer runs, a watcher thread
checks the cancel flag every CANCEL_POLL_S and, once it is set, shuts the sockets down. A read blocked on
a stalled or trickling server then returns at once, so cancel is acknowledged within a few tens of
milliseconds whatever the server does (the socket timeout only bounds how long silence is tolerated).
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from engine.library.hub_access import HubError

CANCEL_POLL_S = 0.02
CHUNK_BYTES = 1 << 20
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOME_ONLY_HEADERS = ("Authorization", "Cookie")


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, the port filled in from the scheme."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme, 0)


class Sockets:
    """The sockets of one transfer; once `shut`, every one (and any made later) is shut down."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[socket.socket] = []
        self.shut = False

    def add(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._items.append(sock)
            if self.shut:
                _shutdown(sock)
        return sock

    def shut_all(self) -> None:
        with self._lock:
            self.shut = True
            for sock in self._items:
                _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    with suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS: same fd


@contextmanager
def cancel_watch(cancel: threading.Event | None, sockets: Sockets) -> Iterator[None]:
    """While the block runs, shut `sockets` down as soon as `cancel` is set."""
    if cancel is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(CANCEL_POLL_S):
            if cancel.is_set():
                sockets.shut_all()
                return

    watcher = threading.Thread(target=watch, name="hub-cancel-watch", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def open_file(url: str, headers: dict[str, str], timeout: float, sockets: Sockets) -> Any:
    """GET `url` (following redirects), its sockets recorded in `sockets`; the response, unread."""
    opener = urllib.request.build_opener(
        _RecordingHTTP(sockets), _RecordingHTTPS(sockets), _HomeCredentials(url)
    )
    return opener.open(urllib.request.Request(url, headers=headers), timeout=timeout)


class _HomeCredentials(urllib.request.HTTPRedirectHandler):
    """Follows redirects; credentials go to the first URL's origin only, and never down to http."""

    def __init__(self, home: str) -> None:
        self.home = origin(home)

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        target = origin(newurl)
        if self.home[0] == "https" and target[0] != "https":
            raise HubError(f"the Hub redirected the download to an insecure address ({target[1]}); refused")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and target != self.home:
            for name in _HOME_ONLY_HEADERS:
                new.remove_header(name)
        return new


def _recording(base: type[http.client.HTTPConnection], sockets: Sockets) -> Any:
    class Recording(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # The plain TCP socket, before TLS wraps it: shutting it down also ends a TLS read.
            self._create_connection = lambda *a, **k: sockets.add(socket.create_connection(*a, **k))

    return Recording


class _RecordingHTTP(urllib.request.HTTPHandler):
    def __init__(self, sockets: Sockets) -> None:
        super().__init__()
        self.sockets = sockets

    def http_open(self, req: Any) -> Any:
        return self.do_open(_recording(http.client.HTTPConnection, self.sockets), req)


class _RecordingHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, sockets: Sockets) -> None:
        super().__init__()
        self.sockets = sockets

    def https_open(self, req: Any) -> Any:
        context = getattr(self, "_context", None)
        return self.do_open(_recording(http.client.HTTPSConnection, self.sockets), req, context=context)


# --- the bytes of one file --------------------------------------------------------------------------


class DownloadCancelled(HubError):
    """The user cancelled; the partial file stays so the next download resumes it."""


def cancelled(what: str) -> DownloadCancelled:
    return DownloadCancelled(f"download of {what} cancelled; it resumes next time")


def fetch_range(
    url: str,
    dest: Path,
    size: int,
    headers: dict[str, str],
    *,
    what: str,
    timeout: float,
    on_bytes: Callable[[int], None],
    cancel: threading.Event | None = None,
) -> None:
    """Bring the partial file `dest` up to `size` bytes from `url`, with a Range request from its end.

    Never writes past `size`: a server announcing or sending more is refused. Raises
    DownloadCancelled once `cancel` is set (a blocked read included); a connection that ends early
    raises ConnectionResetError, for the caller to resume. `on_bytes` gets every count added (negative
    when the server ignored Range and the file starts over).
    """
    have = dest.stat().st_size if dest.exists() else 0
    if have >= size:
        return
    sockets = Sockets()
    try:
        with (
            cancel_watch(cancel, sockets),
            open_file(url, _ranged(headers, have), timeout, sockets) as answer,
        ):
            have = _start_at(answer, have, size, what, on_bytes)
            have = _copy(answer, dest, have, size, what, on_bytes, cancel)
    except HubError:
        raise
    except Exception:
        if cancel is not None and cancel.is_set():
            raise cancelled(what) from None
        raise
    if have < size:
        if cancel is not None and cancel.is_set():
            raise cancelled(what)
        raise ConnectionResetError(f"the connection closed after {have:,} of {size:,} bytes")


def _ranged(headers: dict[str, str], offset: int) -> dict[str, str]:
    ranged = {**headers, "Accept-Encoding": "identity"}
    if offset:
        ranged["Range"] = f"bytes={offset}-"
    return ranged


def _start_at(answer: Any, have: int, size: int, what: str, on_bytes: Callable[[int], None]) -> int:
    """Where the answer's bytes start in the file (0 if Range was ignored); its announced length checked."""
    if have and answer.status != 206:
        on_bytes(-have)  # the server ignored Range: start over
        have = 0
    elif have:
        first = _range_start(answer.headers.get("Content-Range"))
        if first != have:
            raise HubError(f"{what}: asked to resume at byte {have:,}, the server answered from {first}")
    announced = answer.headers.get("Content-Length")
    if announced is not None and announced.strip().isdigit() and int(announced) > size - have:
        raise HubError(
            f"{what}: the server announced {int(announced):,} bytes where {size - have:,} were missing "
            f"(the file has {size:,}); refused before writing"
        )
    return have


def _range_start(content_range: str | None) -> int | None:
    try:
        return int((content_range or "").removeprefix("bytes ").split("-")[0])
    except ValueError:
        return None


def _copy(
    answer: Any,
    dest: Path,
    have: int,
    size: int,
    what: str,
    on_bytes: Callable[[int], None],
    cancel: threading.Event | None,
) -> int:
    with dest.open("r+b" if have else "wb") as handle:
        handle.seek(have)
        handle.truncate()
        while have < size:
            if cancel is not None and cancel.is_set():
                raise cancelled(what)
            chunk = answer.read1(min(CHUNK_BYTES, size - have))
            if not chunk:
                break
            handle.write(chunk)
            have += len(chunk)
            on_bytes(len(chunk))
    if have == size and answer.read1(1):
        dest.unlink()
        raise HubError(
            f"{what}: the server sent more than the file's {size:,} bytes; stopped there and discarded"
        )
    return have
