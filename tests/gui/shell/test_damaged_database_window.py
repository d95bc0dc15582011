"""The real main window on a data folder whose databases are damaged, empty, from a newer Lanterna, or
cannot be written: the window opens, its banner says what happened, the original bytes are kept aside,
the salvaged chats are listed, and a new message is stored."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from damaged_files import fill_store, garble, mark_newer
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.chat.store import ChatStore
from gui.promptlab.store import PromptLabStore
from gui.shell import database
from gui.shell.main_window import MainWindow

LOAD_TIMEOUT = 60_000
REPLY_TIMEOUT = 120_000
RUN = {
    "model": "smollm2-135m",
    "dataset": "sentiment",
    "templates": [{"name": "zero-shot", "metrics": {"accuracy": 0.5}}],
}


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()


def start(qtbot: QtBot, data_dir: Path, opened: list[MainWindow]) -> MainWindow:
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    opened.append(window)
    window.show()
    return window


def listed_titles(window: MainWindow) -> list[str]:
    chats = window.chat.conversation_list
    return [chats.item(row).text() for row in range(chats.count())]


def backup_of(folder: Path, name: str, tag: str) -> Path:
    found = [path for path in folder.iterdir() if path.name.startswith(f"{name}.{tag}-")]
    (backup,) = [path for path in found if not path.name.endswith(("-wal", "-shm"))]
    return backup


def damage(file: Path, kind: str) -> bytes:
    if kind == "whole file":
        file.write_bytes(random.Random(11).randbytes(file.stat().st_size))
    elif kind == "middle pages":
        garble(file, 0.4, 0.6, seed=12)
    elif kind == "zero length":
        file.write_bytes(b"")
    else:
        mark_newer(file)
    return file.read_bytes()


@pytest.mark.parametrize("kind", ["whole file", "middle pages", "zero length", "newer schema"])
def test_the_window_opens_on_a_damaged_chat_store(
    qtbot: QtBot, tmp_path: Path, open_window: list[MainWindow], kind: str
) -> None:
    file = tmp_path / "chats.sqlite3"
    written = fill_store(file)
    original = damage(file, kind)

    window = start(qtbot, tmp_path, open_window)
    assert window.isVisible() and window.banner.isVisible()
    banner = window.banner_text.text()
    tag = "newer" if kind == "newer schema" else "damaged"
    backup = backup_of(tmp_path, "chats.sqlite3", tag)
    assert backup.read_bytes() == original
    assert backup.name in banner
    if kind == "newer schema":
        assert "written by a newer Lanterna" in banner and "does not downgrade" in banner
    else:
        assert "chats.sqlite3 was damaged" in banner and "nothing was deleted" in banner
    if kind == "zero length":
        assert "empty (0 bytes)" in banner
    titles = listed_titles(window)
    if kind in ("middle pages", "newer schema"):
        assert sorted(titles) == sorted(written)
    else:
        assert titles == [] and "could still read: nothing" in banner

    chat = window.chat.new_conversation()
    window.store.add_message(chat, None, "user", f"after {kind}")
    assert len(listed_titles(window)) == len(titles) + 1
    window.close()
    with ChatStore(file) as reopened:
        assert reopened.notice is None
        assert [m.content for m in reopened.path(chat)] == [f"after {kind}"]


def test_a_message_sent_after_salvage_gets_its_reply(
    qtbot: QtBot, tmp_path: Path, open_window: list[MainWindow]
) -> None:
    """Middle pages garbled: the window lists the salvaged chats, a salvaged chat opens, and a message
    typed and sent by the user is answered by the real engine and stored."""
    file = tmp_path / "chats.sqlite3"
    written = fill_store(file)
    damage(file, "middle pages")
    window = start(qtbot, tmp_path, open_window)
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=LOAD_TIMEOUT)
    assert "was damaged" in window.banner_text.text()
    chats = window.chat.conversation_list
    assert sorted(listed_titles(window)) == sorted(written)
    for row in range(chats.count()):  # every salvaged chat opens and draws
        chats.setCurrentRow(row)
        assert window.chat.conversation_id == chats.item(row).data(Qt.ItemDataRole.UserRole)
    window.chat.new_conversation()
    window.chat.settings_form.temperature.setValue(0.0)
    window.chat.settings_form.max_tokens.setValue(8)
    window.chat.input.setPlainText("Say hello.")
    window.chat.send_button.click()
    assert window.chat.stream is not None
    reply = window.chat.stream.message_id
    qtbot.waitUntil(lambda: window.chat.stream is None, timeout=REPLY_TIMEOUT)
    stored = window.store.message(reply)
    assert stored.status == "complete" and stored.content and window.store.tokens(reply)


def test_a_damaged_prompt_lab_store_is_said_too(
    qtbot: QtBot, tmp_path: Path, open_window: list[MainWindow]
) -> None:
    chats = tmp_path / "chats.sqlite3"
    fill_store(chats, conversations=2)
    runs = tmp_path / "promptlab.sqlite3"
    store = PromptLabStore(runs)
    store.save(RUN)
    store.close()
    runs.write_bytes(random.Random(13).randbytes(runs.stat().st_size))
    original = runs.read_bytes()

    window = start(qtbot, tmp_path, open_window)
    banner = window.banner_text.text()
    assert "promptlab.sqlite3 was damaged" in banner
    assert "chats.sqlite3" not in banner  # the chats were sound
    assert backup_of(tmp_path, "promptlab.sqlite3", "damaged").read_bytes() == original
    assert window.prompt_lab.store is not None and window.prompt_lab.store.runs() == []
    window.prompt_lab.store.save(RUN)
    assert len(window.prompt_lab.store.runs()) == 1
    assert len(listed_titles(window)) == 2


def test_a_read_only_data_folder_is_said(
    qtbot: QtBot, tmp_path: Path, open_window: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, whom chmod does not stop: the folder's write test is what says no here.
    written = fill_store(tmp_path / "chats.sqlite3", conversations=3)
    monkeypatch.setattr(database, "can_write", lambda folder: False)
    window = start(qtbot, tmp_path, open_window)
    banner = window.banner_text.text()
    assert f"The data folder {tmp_path} is read-only" in banner and "memory only" in banner
    assert sorted(listed_titles(window)) == sorted(written)
    window.store.add_message(window.chat.new_conversation(), None, "user", "in memory")
    assert not window.store.saved


def test_a_data_folder_that_cannot_be_made_still_opens_the_window(
    qtbot: QtBot, tmp_path: Path, open_window: list[MainWindow]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    window = start(qtbot, blocker / "data", open_window)
    assert "cannot create its data folder" in window.banner_text.text()
    window.store.add_message(window.chat.new_conversation(), None, "user", "in memory")
