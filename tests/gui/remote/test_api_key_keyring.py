"""An API key typed once into the connect dialog is kept by the system keyring, never in settings.

This machine has no desktop keyring (no D-Bus secret service), so the first test runs against keyring's
real answer here (no backend). The others stand in for a desktop keyring with an in-memory backend
registered through keyring's own backend API: a mock, because the real part cannot run here; the
server that checks the key is a real llama-cpp-python server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from llama_server import start_llama_cpp_server, stop
from PySide6.QtCore import Qt

from engine.remote.credentials import KEYRING_SERVICE
from engine.remote.session import RemoteSession
from gui.remote.dialog import ConnectDialog

KEY = "s3cret-key"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A stand-in for the desktop keyring (see the module's docstring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(scope="module")
def keyed_server() -> Iterator[str]:
    process, url = start_llama_cpp_server("--api_key", KEY)
    yield url
    stop(process)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_without_a_system_keyring_the_key_is_refused_in_words(qtbot: Any) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # what keyring chooses on this machine
    try:
        dialog = ConnectDialog("http://127.0.0.1:9")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.key, KEY)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # nothing lost: the dialog stays, with the reason
        assert "no system keyring is available" in dialog.report.text()
        assert dialog.key.text() == KEY and dialog.key_env.text() == ""
    finally:
        keyring.set_keyring(previous)


def test_a_typed_key_goes_to_the_keyring_and_reaches_only_its_server(
    qtbot: Any, keyed_server: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(keyed_server)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, KEY)
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.capabilities is not None, timeout=60_000)  # 401 without the key
    name = keyed_server.split("://", 1)[1]
    assert memory_keyring.store == {(KEYRING_SERVICE, name): KEY}
    assert dialog.key.text() == "" and dialog.key_env.text() == f"keyring:{name}"
    with qtbot.waitSignal(dialog.connect_requested) as blocker:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [keyed_server, f"keyring:{name}"]  # what settings.ini keeps: a name
    assert RemoteSession.connect(keyed_server, f"keyring:{name}").capabilities.next_token_probe


def test_a_missing_keyring_entry_is_an_auth_error_in_words(
    keyed_server: str, memory_keyring: MemoryKeyring
) -> None:
    from engine.remote.http import ServerError

    with pytest.raises(ServerError, match="holds no API key named 'nobody'") as raised:
        RemoteSession.connect(keyed_server, "keyring:nobody")
    assert raised.value.kind == "auth"
