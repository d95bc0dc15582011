"""Opening a chat store whose file is damaged, empty, not SQLite, newer, or in a folder that cannot be
written: the store opens, says what happened, keeps the original bytes aside and salvages what SQLite can
still read. Real SQLite files, damaged with seeded random bytes."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest
from damaged_files import PAGE, fill_store, garble, mark_newer

from gui.chat.schema import SCHEMA_VERSION
from gui.chat.store import ChatStore
from gui.shell import database

FUZZ_CASES = 40


def backups(folder: Path, tag: str = "damaged") -> list[Path]:
    found = [path for path in folder.iterdir() if f".{tag}-" in path.name]
    return sorted(path for path in found if not path.name.endswith(("-wal", "-shm")))


def read_everything(store: ChatStore) -> int:
    """Reads every conversation as the app shows and exports it; how many messages there were."""
    count = 0
    for conversation in store.conversations():
        store.path(conversation.id)
        exported = store.export_json(conversation.id)
        store.export_markdown(conversation.id)
        count += len(store.messages(conversation.id))
        assert exported["title"] == conversation.title
    return count


def test_garbage_over_the_middle_pages_keeps_the_rest(tmp_path: Path) -> None:
    file = tmp_path / "chats.sqlite3"
    written = fill_store(file)
    damaged = garble(file, 0.4, 0.6, seed=1)

    with ChatStore(file) as store:
        assert store.notice is not None and "was damaged" in store.notice
        (backup,) = backups(tmp_path)
        assert backup.read_bytes() == damaged
        assert backup.name in store.notice and "nothing was deleted" in store.notice
        titles = {conversation.title for conversation in store.conversations()}
        assert titles == set(written)  # the conversations' page survived; some messages did not
        messages = read_everything(store)
        assert 0 < messages < sum(len(texts) for texts in written.values())
        for conversation in store.conversations():
            for message in store.path(conversation.id):
                assert message.content in written[conversation.title]
        chat = store.create_conversation("After")
        store.add_message(chat, None, "user", "still works")
    with ChatStore(file) as again:  # the new file is sound: no notice the second time
        assert again.notice is None
        assert [m.content for m in again.path(again.conversations()[0].id)] == ["still works"]


@pytest.mark.parametrize("damage", ["whole file", "zero length", "not sqlite", "header only"])
def test_unreadable_files_are_moved_aside_and_a_new_store_opens(tmp_path: Path, damage: str) -> None:
    file = tmp_path / "chats.sqlite3"
    fill_store(file, conversations=3)
    size = file.stat().st_size
    original = {
        "whole file": random.Random(2).randbytes(size),
        "zero length": b"",
        "not sqlite": b"# my notes, not a database\n" * 50,
        "header only": file.read_bytes()[:100],
    }[damage]
    file.write_bytes(original)

    with ChatStore(file) as store:
        assert store.notice is not None and "was damaged" in store.notice, store.notice
        assert "nothing" in store.notice.split("could still read:")[1]
        (backup,) = backups(tmp_path)
        assert backup.read_bytes() == original
        assert store.conversations() == []
        store.add_message(store.create_conversation(), None, "user", "hello")
    if damage == "zero length":
        assert "empty (0 bytes)" in (store.notice or "")
    if damage == "not sqlite":
        assert "not a SQLite database" in (store.notice or "")


def test_a_newer_schema_is_not_downgraded(tmp_path: Path) -> None:
    file = tmp_path / "chats.sqlite3"
    written = fill_store(file, conversations=4)
    original = mark_newer(file)

    with ChatStore(file) as store:
        notice = store.notice or ""
        assert f"schema {SCHEMA_VERSION + 1}; this one knows {SCHEMA_VERSION}" in notice
        assert "does not downgrade" in notice
        (backup,) = backups(tmp_path, "newer")
        assert backup.read_bytes() == original
        assert f"put {backup.name} back as chats.sqlite3" in notice
        assert {c.title for c in store.conversations()} == set(written)
        assert read_everything(store) == sum(len(texts) for texts in written.values())
    old = sqlite3.connect(backup)  # the newer file itself still says it is newer
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    old.close()


def test_rows_committed_only_to_the_wal_are_salvaged(tmp_path: Path) -> None:
    """An app killed before its WAL was folded in: the -wal goes aside with the file and is read."""
    file = tmp_path / "chats.sqlite3"
    fill_store(file, conversations=2)
    writer = sqlite3.connect(file)  # kept open: its last commit stays in chats.sqlite3-wal
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO conversations (title, created, updated) VALUES ('Only in the WAL', 1, 1)")
    writer.commit()
    wal = Path(f"{file}-wal").read_bytes()
    data = bytearray(file.read_bytes())
    # A broken messages root page (page 3); the conversations page (2) is newer in the WAL.
    data[2 * PAGE : 2 * PAGE + 32] = random.Random(3).randbytes(32)
    file.write_bytes(bytes(data))
    with ChatStore(file) as store:
        assert store.notice is not None and "was damaged" in store.notice
        (backup,) = backups(tmp_path)
        assert Path(f"{backup}-wal").read_bytes() == wal
        assert "Only in the WAL" in {c.title for c in store.conversations()}
    writer.close()


def test_seeded_damage_anywhere_never_stops_the_store(tmp_path: Path) -> None:
    """FUZZ_CASES files, each with a seeded random stretch of garbage (any length, any offset, page
    aligned or not): every one opens, reads in full and takes a new message."""
    template = tmp_path / "template.sqlite3"
    fill_store(template, conversations=10)
    pristine = template.read_bytes()
    salvaged = []
    started = time.perf_counter()
    for seed in range(FUZZ_CASES):
        rng = random.Random(seed)
        folder = tmp_path / f"case{seed}"
        folder.mkdir()
        data = bytearray(pristine)
        start = rng.randrange(0, len(data))
        length = rng.choice([1, 16, 100, PAGE, 3 * PAGE, len(data)])
        data[start : start + length] = rng.randbytes(len(data[start : start + length]))
        (folder / "chats.sqlite3").write_bytes(bytes(data))
        with ChatStore(folder / "chats.sqlite3") as store:
            salvaged.append(read_everything(store))
            store.add_message(store.create_conversation(), None, "user", f"case {seed}")
            if store.notice is not None:
                (backup,) = backups(folder)
                assert backup.read_bytes() == bytes(data)
    elapsed = time.perf_counter() - started
    print(f"{FUZZ_CASES} damaged files opened in {elapsed:.2f} s; messages kept: {salvaged}")
    assert len(salvaged) == FUZZ_CASES and any(count == 40 for count in salvaged)


def test_a_read_only_folder_shows_the_chats_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, for whom chmod does not stop writes: the write test itself is what says no here.
    file = tmp_path / "chats.sqlite3"
    written = fill_store(file, conversations=3)
    original = file.read_bytes()
    monkeypatch.setattr(database, "can_write", lambda folder: False)
    with ChatStore(file) as store:
        assert not store.saved
        notice = store.notice or ""
        assert f"The data folder {tmp_path} is read-only" in notice and "memory only" in notice
        assert "3 conversations, 12 messages" in notice
        assert {c.title for c in store.conversations()} == set(written)
        store.add_message(store.create_conversation(), None, "user", "kept in memory")
    assert file.read_bytes() == original
    assert sorted(path.name for path in tmp_path.iterdir()) == ["chats.sqlite3"]


def test_a_folder_that_cannot_be_made_gives_a_store_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with ChatStore(blocker / "data" / "chats.sqlite3") as store:
        assert not store.saved
        assert "cannot create its data folder" in (store.notice or "")
        store.add_message(store.create_conversation(), None, "user", "hello")


def test_a_locked_file_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file another program holds is not damage: it is not moved, and this session runs in memory."""
    file = tmp_path / "chats.sqlite3"
    fill_store(file, conversations=1)
    original = file.read_bytes()

    def locked(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(database, "diagnose", locked)
    with ChatStore(file) as store:
        assert "could not open" in (store.notice or "") and "database is locked" in (store.notice or "")
        assert "left as it is" in (store.notice or "") and not store.saved
    assert file.read_bytes() == original and backups(tmp_path) == []


def test_salvage_skips_a_damaged_stretch_and_resumes_after_it(tmp_path: Path) -> None:
    """readable_rows on a table whose first and middle leaf pages are garbage: the rows on the good
    pages come back, in order, and nothing else."""
    file = tmp_path / "rows.sqlite3"
    db = sqlite3.connect(file)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"{i:05d}" + "x" * 400) for i in range(1, 201)])
    db.commit()
    db.close()
    data = bytearray(file.read_bytes())
    rng = random.Random(4)
    for page in (2, 12):  # page numbers from 0: the table's first leaf pages sit right after its root
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    file.write_bytes(bytes(data))
    source = sqlite3.connect(file)
    query = "SELECT rowid, id, body FROM t WHERE rowid > ? ORDER BY rowid LIMIT ?"
    rows = list(database.readable_rows(source, query, time.monotonic() + 10))
    source.close()
    ids = [int(str(row[0])) for row in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert 100 < len(ids) < 200
    assert all(body == f"{i:05d}" + "x" * 400 for i, body in rows)
    assert ids[-1] == 200
