"""Where a server's API key comes from: an environment variable (NAME) or the system keyring
(keyring:NAME, under the service "lanterna"). Only that reference is ever written to settings; the key is
read when a request is built and goes only to the endpoint it was given for (engine/remote/http.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

KEYRING_PREFIX = "keyring:"
KEYRING_SERVICE = "lanterna"


class KeyUnavailable(Exception):
    """No key where the source points, said in words (the HTTP layer reports it as an auth error)."""


def is_keyring_source(source: str) -> bool:
    return source.startswith(KEYRING_PREFIX)


def read_key(source: str) -> str:
    """The API key `source` names; KeyUnavailable in words when there is none."""
    if is_keyring_source(source):
        name = source[len(KEYRING_PREFIX) :]
        key = _keyring_call(lambda keyring: keyring.get_password(KEYRING_SERVICE, name))
        if not key:
            raise KeyUnavailable(f"the system keyring holds no API key named {name!r}")
        return str(key)
    key = os.environ.get(source, "")
    if not key:
        raise KeyUnavailable(f"the environment variable {source} is not set")
    return key


def store_key(name: str, key: str) -> str:
    """Keep `key` in the system keyring under `name`; returns the source to remember (keyring:NAME)."""
    _keyring_call(lambda keyring: keyring.set_password(KEYRING_SERVICE, name, key))
    return KEYRING_PREFIX + name


def _keyring_call(action: Callable[[Any], Any]) -> Any:
    try:
        import keyring
        import keyring.errors
    except ImportError:  # pragma: no cover - a dependency of the project
        raise KeyUnavailable("the keyring package is not installed") from None
    try:
        return action(keyring)
    except keyring.errors.NoKeyringError:
        raise KeyUnavailable(
            "no system keyring is available on this computer; put the key in an environment variable "
            "and give its name instead"
        ) from None
    except keyring.errors.KeyringError as error:
        raise KeyUnavailable(
            f"the system keyring refused ({error}); put the key in an environment variable and give its "
            "name instead"
        ) from None
