"""Database files as a user's disk may hold them: a real chat store, then garbage over part or all of it,
cut to nothing, or marked as written by a newer Lanterna. Seeded, so every run damages the same bytes."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from gui.chat.records import Alternative, TokenRecord
from gui.chat.schema import SCHEMA_VERSION
from gui.chat.store import ChatStore

PAGE = 4096


def fill_store(path: Path, conversations: int = 12, seed: int = 0) -> dict[str, list[str]]:
    """A store with `conversations` chats of two turns each, every reply with its token records;
    returns each title's message texts, in order."""
    rng = random.Random(seed)
    written: dict[str, list[str]] = {}
    with ChatStore(path) as store:
        for number in range(conversations):
            title = f"Chat {number:02d}"
            chat = store.create_conversation(title, settings={"temperature": 0.5})
            parent = None
            texts = []
            for turn in range(2):
                question = f"Question {number}.{turn} " + " ".join(
                    rng.choice("abcdefgh") * 5 for _ in range(40)
                )
                parent = store.add_message(chat, parent, "user", question)
                reply = store.add_message(chat, parent, "assistant", status="streaming")
                pieces = [f" w{index}" for index in range(30)]
                for index, piece in enumerate(pieces):
                    alternatives = (Alternative(id=index, text=piece, prob=0.5, rank=1),)
                    record = TokenRecord(index, index, piece, 0.5, 0.6, 1, 1.2, alternatives)
                    store.append_token(reply, record, "".join(pieces[: index + 1]))
                store.finish_message(reply, "complete", stop_reason="eos")
                parent = reply
                texts += [question, "".join(pieces)]
            written[title] = texts
    return written


def garble(path: Path, start: float, end: float, seed: int) -> bytes:
    """Seeded random bytes over [start, end) of the file (fractions of its length, page-aligned);
    returns the file's bytes after."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    first, last = max(1, int(pages * start)), max(2, int(pages * end))
    rng = random.Random(seed)
    data[first * PAGE : last * PAGE] = rng.randbytes((last - first) * PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


def mark_newer(path: Path) -> bytes:
    """Makes the store look written by the next Lanterna: a column this one does not know, a higher
    version; returns the file's bytes after."""
    db = sqlite3.connect(path)
    db.executescript(
        f"ALTER TABLE conversations ADD COLUMN colour TEXT; PRAGMA user_version = {SCHEMA_VERSION + 1};"
    )
    db.close()
    return path.read_bytes()
