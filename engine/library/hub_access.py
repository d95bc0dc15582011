"""Reaching the Hugging Face Hub: endpoint, offline flag, API client, time limit, and errors in words.

The endpoint and offline flag are read from the environment on each call (HF_ENDPOINT, HF_HUB_OFFLINE),
not from huggingface_hub.constants, which reads them once at import. Queries (search, file lists) wait
at most HUB_TIMEOUT_S to connect and for each answer: without a limit, a stalled connection waits forever.
"""

from __future__ import annotations

import errno
import http.client
import os
import socket
import urllib.error
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

HUB_TIMEOUT_S = 6.0  # to connect, and for each answer; read on each call, so a test may lower it


class HubError(Exception):
    """A Hub operation failed; the message is meant for the user as it is."""


# --- environment ------------------------------------------------------------------------------------


def hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def hub_host() -> str:
    """The Hub's host as the user knows it: huggingface.co, or the mirror HF_ENDPOINT names."""
    return urlparse(hub_endpoint()).netloc or hub_endpoint()


def check_online() -> None:
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        raise HubError("offline mode is on (HF_HUB_OFFLINE): unset it to search or download models")


def hub_api() -> Any:
    from huggingface_hub import HfApi

    return HfApi(endpoint=hub_endpoint())


# --- errors in words --------------------------------------------------------------------------------


def explain_error(error: BaseException, what: str, waited_s: float | None = None) -> HubError:
    """A huggingface_hub, HTTP or network error -> one sentence the user can act on.

    `waited_s`: the time limit the operation had, so that a timeout can say how long it waited.
    """
    from huggingface_hub import errors as hub_errors

    if isinstance(error, hub_errors.GatedRepoError):
        return HubError(
            f"{what} is gated: accept its terms on the model's Hugging Face page, then log in "
            "(`hf auth login`) or set HF_TOKEN"
        )
    if isinstance(error, hub_errors.RevisionNotFoundError):
        return HubError(f"{what}: that revision does not exist")
    if isinstance(error, hub_errors.EntryNotFoundError):
        return HubError(f"{what}: no such file in the repository")
    if isinstance(error, hub_errors.RepositoryNotFoundError):
        return HubError(f"{what}: repository not found (or private: log in with `hf auth login`)")
    status = _status_of(error)
    if status in (401, 403):
        return HubError(f"{what}: access denied ({status}); the repository may be gated or private")
    if status == 404:
        return HubError(f"{what}: not found on the Hub (404)")
    if status == 416:
        return HubError(f"{what}: the server refused to resume the transfer (416)")
    if status is not None:
        return HubError(f"{what}: the Hub answered HTTP {status}")
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return HubError(f"{what}: the disk is full; free some space and download again to resume")
    if _is_network_error(error):
        return network_error(error, waited_s)
    return HubError(f"{what}: {_short(error)}")


def network_error(error: BaseException, waited_s: float | None = None) -> HubError:
    """What went wrong on the way to the Hub, in words (no errno numbers)."""
    host = hub_host()
    causes = list(_causes(error))
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        return HubError(
            f"Cannot reach the Hub ({host}): no network or name lookup failed. "
            "Check the connection or set HF_ENDPOINT for a mirror."
        )
    if any(_is_refused(cause) for cause in causes):
        return HubError(
            f"Cannot reach the Hub ({host}): the connection was refused (nothing answers at that "
            "address). Check the connection or HF_ENDPOINT."
        )
    if any(_is_timeout(cause) for cause in causes):
        within = f" within {waited_s:g} s" if waited_s is not None else " in time"
        return HubError(
            f"The Hub ({host}) did not answer{within}: the connection is very slow or blocked. "
            "Try again later, or set HF_ENDPOINT for a mirror."
        )
    return HubError(
        f"Cannot reach the Hub ({host}): the connection failed ({_reason(causes)}). "
        "Check the connection or set HF_ENDPOINT for a mirror."
    )


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what it wraps: urllib's `reason`, exception chains, exceptions passed as args."""
    seen: set[int] = set()
    pending = [error]
    while pending and len(seen) < 20:
        cause = pending.pop()
        if id(cause) in seen:
            continue
        seen.add(id(cause))
        yield cause
        wrapped = [getattr(cause, "reason", None), cause.__cause__, cause.__context__, *cause.args]
        pending += [item for item in wrapped if isinstance(item, BaseException)]


def _is_refused(error: BaseException) -> bool:
    return isinstance(error, ConnectionRefusedError) or (
        isinstance(error, OSError) and error.errno == errno.ECONNREFUSED
    )


def _is_timeout(error: BaseException) -> bool:
    # httpx names its timeouts ConnectTimeout, ReadTimeout ...; the standard library raises TimeoutError.
    return isinstance(error, TimeoutError) or any("Timeout" in cls.__name__ for cls in type(error).__mro__)


def _reason(causes: list[BaseException]) -> str:
    """The innermost system reason in words ("Connection reset by peer"), else the error's name."""
    for cause in reversed(causes):
        if isinstance(cause, OSError) and cause.strerror:
            return str(cause.strerror)
    return type(causes[0]).__name__


def _status_of(error: BaseException) -> int | None:
    if isinstance(error, urllib.error.HTTPError):
        return int(error.code)
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    return int(status) if isinstance(status, int) else None


def _is_network_error(error: BaseException) -> bool:
    # httpx, requests and the standard library each name their transport errors differently.
    names = {cls.__name__ for cls in type(error).__mro__}
    transport = {"ConnectError", "TransportError", "TimeoutException", "ConnectionError", "NetworkError"}
    return bool(names & transport) or isinstance(
        error,
        urllib.error.URLError | TimeoutError | socket.gaierror | ConnectionError | http.client.HTTPException,
    )


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
