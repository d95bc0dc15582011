"""Reaching the Hugging Face Hub: endpoint, offline flag, API client, and errors told in words.

The endpoint and offline flag are read from the environment on each call (HF_ENDPOINT, HF_HUB_OFFLINE),
not from huggingface_hub.constants, which reads them once at import.
"""

from __future__ import annotations

import errno
import http.client
import os
import socket
import urllib.error
from typing import Any


class HubError(Exception):
    """A Hub operation failed; the message is meant for the user as it is."""


# --- environment ------------------------------------------------------------------------------------


def hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def check_online() -> None:
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        raise HubError("offline mode is on (HF_HUB_OFFLINE): unset it to search or download models")


def hub_api() -> Any:
    from huggingface_hub import HfApi

    return HfApi(endpoint=hub_endpoint())


# --- errors in words --------------------------------------------------------------------------------


def explain_error(error: BaseException, what: str) -> HubError:
    """A huggingface_hub, HTTP or network error -> one sentence the user can act on."""
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
        return HubError(f"{what}: cannot reach the Hub ({_short(error)}); check the network and try again")
    return HubError(f"{what}: {_short(error)}")


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
        error, urllib.error.URLError | socket.timeout | ConnectionError | http.client.HTTPException
    )


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__

