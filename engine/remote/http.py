"""A small HTTP client for inference servers: bounded time, bounded size, SSE streams that stop at once.

Standard library only (http.client). Every answer is treated as hostile: the body is read up to a
limit, JSON is parsed into plain values and checked by the parsers in engine.remote.parse. Redirects
are never followed, so the API key goes to the server the user named and nowhere else.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from engine.remote.credentials import KeyUnavailable, read_key

MAX_BODY = 16 << 20  # one JSON answer (a few hundred alternatives per token over a long prompt fits)
MAX_LINE = 1 << 20  # one SSE line
MAX_STREAM = 64 << 20  # one whole stream
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 120.0  # a big model on a busy server may think for a while before its first token
CANCEL_POLL = 0.02  # how often a stream looks at its cancel flag (it closes within ~20 ms)


class ServerError(Exception):
    """A server problem in words; `kind` lets a GUI choose how to show it."""

    def __init__(self, message: str, kind: str = "server") -> None:
        super().__init__(message)
        self.kind = kind  # refused | timeout | auth | loading | malformed | http | cancelled | url


@dataclass(frozen=True)
class Endpoint:
    """Where a server is and how to authenticate: the key's *name*, never the key, is kept."""

    scheme: str
    host: str
    port: int
    base_path: str
    api_key_env: str = ""

    @classmethod
    def parse(cls, url: str, api_key_env: str = "") -> Endpoint:
        text = url.strip()
        if text.startswith("server:"):
            text = text[len("server:") :]
        if "://" not in text:
            text = "http://" + text
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServerError(f"'{url}' is not a server address (use http://host:port)", "url")
        if parts.username or parts.password or parts.query or parts.fragment:
            raise ServerError("give the server address without a user name, query or fragment", "url")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise ServerError(f"'{url}' has a port that is not a number from 1 to 65535", "url") from None
        base = parts.path.rstrip("/")
        if base.endswith("/v1"):  # people paste the OpenAI base URL; the native API sits beside it
            base = base[: -len("/v1")]
        return cls(parts.scheme, parts.hostname, port, base, api_key_env.strip())

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{self.base_path}"

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if self.api_key_env:  # an environment variable's name, or keyring:NAME
            try:
                headers["Authorization"] = f"Bearer {read_key(self.api_key_env)}"
            except KeyUnavailable as error:
                raise ServerError(str(error), "auth") from None
        return headers


class HttpClient:
    def __init__(self, endpoint: Endpoint, timeout: float = READ_TIMEOUT) -> None:
        self.endpoint = endpoint
        self.timeout = timeout

    def _connection(self, timeout: float) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if self.endpoint.scheme == "https" else http.client.HTTPConnection
        return kind(self.endpoint.host, self.endpoint.port, timeout=timeout)

    def _open(
        self, method: str, path: str, body: Any, timeout: float
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        data = None if body is None else json.dumps(body).encode("utf-8")
        connection = self._connection(CONNECT_TIMEOUT)
        try:
            connection.connect()
            if connection.sock is not None:
                connection.sock.settimeout(timeout)
            connection.request(
                method, self.endpoint.base_path + path, body=data, headers=self.endpoint.headers()
            )
            response = connection.getresponse()
        except ConnectionRefusedError:
            connection.close()
            raise ServerError(
                f"{self.endpoint.url} refused the connection: is the server running?", "refused"
            ) from None
        except TimeoutError:
            connection.close()
            raise ServerError(f"{self.endpoint.url} did not answer in time", "timeout") from None
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            raise ServerError(f"could not reach {self.endpoint.url}: {error}", "refused") from None
        return connection, response

    def request(self, method: str, path: str, body: Any = None, timeout: float | None = None) -> Any:
        """The JSON answer of one request (any JSON value; the caller validates it)."""
        connection, response = self._open(method, path, body, timeout or self.timeout)
        try:
            raw = _read_bounded(response, self.endpoint.url)
        finally:
            connection.close()
        check_status(response.status, raw, path)
        return parse_json(raw, path)

    def stream(
        self, path: str, body: Any, should_stop: Callable[[], bool] | None = None
    ) -> Iterator[dict[str, Any]]:
        """The JSON objects of an SSE stream (`data: {...}` lines; `[DONE]` ends it).

        When `should_stop` turns true a watcher thread shuts the socket down, which ends a blocking
        read at once: the stream closes within CANCEL_POLL, and ServerError(kind="cancelled") is raised.
        """
        stop = should_stop or (lambda: False)
        connection, response = self._open("POST", path, body, self.timeout)
        done = threading.Event()
        cancelled = threading.Event()

        def watch() -> None:
            while not done.wait(CANCEL_POLL):
                if stop():
                    cancelled.set()
                    _shutdown(connection)
                    return

        watcher = threading.Thread(target=watch, name="remote-stream-cancel", daemon=True)
        watcher.start()
        try:
            if response.status != 200:
                check_status(response.status, _read_bounded(response, self.endpoint.url), path)
            yield from _events(response, path, cancelled)
        except (OSError, http.client.HTTPException, ValueError) as error:
            if cancelled.is_set():
                raise ServerError("cancelled", "cancelled") from None
            if isinstance(error, TimeoutError | socket.timeout):
                raise ServerError(
                    f"{self.endpoint.url} stopped sending in the middle of a reply", "timeout"
                ) from None
            raise ServerError(f"the connection to {self.endpoint.url} broke: {error}", "refused") from None
        finally:
            done.set()
            connection.close()
        if cancelled.is_set():
            raise ServerError("cancelled", "cancelled")


def _events(
    response: http.client.HTTPResponse, path: str, cancelled: threading.Event
) -> Iterator[dict[str, Any]]:
    total = 0
    while not cancelled.is_set():
        line = response.readline(MAX_LINE + 1)
        if not line:
            return
        total += len(line)
        if len(line) > MAX_LINE or total > MAX_STREAM:
            raise ServerError(f"{path}: the server sent more than the limit for one reply", "malformed")
        text = line.strip()
        if not text or text.startswith(b":") or not text.startswith(b"data:"):
            continue  # blank separators, comments (pings), event names
        data = text[len(b"data:") :].strip()
        if data == b"[DONE]":
            return
        event = parse_json(data, path)
        if not isinstance(event, dict):
            raise ServerError(f"{path}: a stream event is not a JSON object", "malformed")
        if "error" in event and not event.get("choices"):
            raise ServerError(f"the server reported an error: {_error_text(event)}", "http")
        yield event


def _shutdown(connection: http.client.HTTPConnection) -> None:
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _read_bounded(response: http.client.HTTPResponse, url: str) -> bytes:
    try:
        raw = response.read(MAX_BODY + 1)
    except TimeoutError:
        raise ServerError(f"{url} stopped sending in the middle of an answer", "timeout") from None
    except (OSError, http.client.HTTPException) as error:
        raise ServerError(f"the connection to {url} broke: {error}", "refused") from None
    if len(raw) > MAX_BODY:
        raise ServerError(f"{url} sent an answer larger than {MAX_BODY >> 20} MiB", "malformed")
    return raw


def parse_json(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ServerError(f"{path}: the server's answer is not valid JSON", "malformed") from None


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN / Infinity: json.loads would accept them


def check_status(status: int, raw: bytes, path: str) -> None:
    if status == 200:
        return
    detail = ""
    try:
        detail = _error_text(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError):
        detail = raw[:200].decode("utf-8", errors="replace").strip()
    suffix = f" ({detail})" if detail else ""
    if status in (401, 403):
        raise ServerError(f"the server refused the API key (HTTP {status}){suffix}", "auth")
    if status == 503:
        raise ServerError(
            f"the server is still loading its model (HTTP 503){suffix}; try again soon", "loading"
        )
    if status == 404:
        raise ServerError(f"the server has no {path} (HTTP 404)", "missing")
    raise ServerError(f"the server answered HTTP {status} to {path}{suffix}", "http")


def _error_text(value: Any) -> str:
    if isinstance(value, dict):
        error = value.get("error", value.get("detail", value.get("message", "")))
        if isinstance(error, dict):
            error = error.get("message", "")
        if isinstance(error, list):  # FastAPI's validation errors
            error = "; ".join(str(item.get("msg", "")) for item in error[:3] if isinstance(item, dict))
        return str(error)[:300]
    return ""
