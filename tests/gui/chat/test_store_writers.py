"""Two app instances on one data folder: a reply still streaming is marked 'interrupted' at open only when
the process writing it is gone. The first instance is a child process that stays alive with a live reply;
the others are stores in this process. Also: rows on disk that loop do not hang the store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.chat.store import ChatStore
from gui.shell.processes import process_alive, process_started

ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import sys, time
from gui.chat.store import ChatStore
store = ChatStore(sys.argv[1])
chat = store.create_conversation("From the other app")
question = store.add_message(chat, None, "user", "Count to a million")
reply = store.add_message(chat, question, "assistant", "1, 2, 3", status="streaming")
print(reply, flush=True)
time.sleep(120)
"""


@pytest.fixture
def other_app(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """A child process with the store open and a reply streaming; yields it and the reply's id."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "chats.sqlite3")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip().isdigit(), f"the child did not start: {line!r}"
        yield child, int(line)
    finally:
        child.kill()
        child.wait(timeout=30)


def test_a_live_reply_of_another_app_is_left_alone_until_its_process_ends(
    tmp_path: Path, other_app: tuple[subprocess.Popen[str], int]
) -> None:
    child, child_reply = other_app
    file = tmp_path / "chats.sqlite3"
    first = ChatStore(file)  # this process's first app, with its own live reply
    chat = first.create_conversation()
    own_reply = first.add_message(chat, None, "assistant", "so far", status="streaming")

    with ChatStore(file) as second:  # a second app starts on the same folder
        assert second.message(child_reply).status == "streaming"
        assert second.message(own_reply).status == "streaming"
        assert second.notice is None

    child.kill()
    child.wait(timeout=30)
    with ChatStore(file) as third:
        assert third.message(child_reply).status == "interrupted"
        assert third.message(child_reply).content == "1, 2, 3"
        assert third.message(own_reply).status == "streaming"  # its writer still runs

    first.close()  # closed without finishing its reply, as a crash of that app would leave it
    with ChatStore(file) as fourth:
        assert fourth.message(own_reply).status == "interrupted"
        rows = sqlite3.connect(file).execute("SELECT COUNT(*) FROM writers").fetchone()[0]
        assert rows == 1  # only fourth's own; the gone writers were cleared


def test_a_reused_process_id_is_not_taken_for_the_writer(tmp_path: Path) -> None:
    """A writer row with this process's id but another start time: the process that wrote it is gone
    (Linux records start times; elsewhere this would be the rare miss the store accepts)."""
    if process_started(os.getpid()) is None:
        pytest.skip("no process start times on this system")
    file = tmp_path / "chats.sqlite3"
    with ChatStore(file) as store:
        chat = store.create_conversation()
        reply = store.add_message(chat, None, "assistant", "half", status="streaming")
    db = sqlite3.connect(file)
    db.execute("INSERT INTO writers (id, pid, started, opened) VALUES (99, ?, '1', 0)", (os.getpid(),))
    db.execute("UPDATE messages SET writer = 99 WHERE id = ?", (reply,))
    db.commit()
    db.close()
    with ChatStore(file) as store:
        assert store.message(reply).status == "interrupted"


def test_process_alive_tells_running_from_gone() -> None:
    assert process_alive(os.getpid(), process_started(os.getpid()))
    assert not process_alive(0) and not process_alive(-5)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    assert not process_alive(child.pid)
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        os.waitid(os.P_PID, zombie.pid, os.WEXITED | os.WNOWAIT)  # ended, not yet reaped
        assert not process_alive(zombie.pid)
    finally:
        zombie.wait(timeout=30)


def test_parent_ids_that_loop_do_not_hang_the_store(tmp_path: Path) -> None:
    """Garbage inside a row passes SQLite's checks: a message whose parent is its own child."""
    file = tmp_path / "chats.sqlite3"
    with ChatStore(file) as store:
        chat = store.create_conversation()
        first = store.add_message(chat, None, "user", "a")
        second = store.add_message(chat, first, "assistant", "b")
    db = sqlite3.connect(file)
    db.execute("UPDATE messages SET parent_id = ? WHERE id = ?", (second, first))
    db.commit()
    db.close()
    with ChatStore(file) as store:
        assert [m.id for m in store.path(chat)] == [first, second]  # not round and round
        assert store.latest_leaf(second) == second
        store.switch_to(first)
