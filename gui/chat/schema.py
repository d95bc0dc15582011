"""The chat store's SQLite file: its tables, opening and migrating it, and rows to and from records."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from gui.chat.records import ROLES, STATUSES, Alternative, Conversation, MessageRow, TokenRecord
from gui.shell.database import Opened, Schema
from gui.shell.database import open_database as open_with_recovery
from gui.shell.processes import process_alive, process_started

# The title given to a recovered conversation that lost its own (the chat list translates it).
RECOVERED_CHAT_TITLE = "Recovered chat"

# 2: messages.model, the model that wrote each reply; 3: writers, and messages.writer
SCHEMA_VERSION = 3

_SCHEMA = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    system_prompt TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    model TEXT,
    current_leaf INTEGER REFERENCES messages(id) ON DELETE SET NULL
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'complete'
        CHECK (status IN ('complete', 'streaming', 'stopped', 'interrupted', 'error')),
    stop_reason TEXT,
    seed INTEGER,
    branch_of INTEGER,
    branch_step INTEGER,
    error TEXT,
    model TEXT,
    writer INTEGER
);
CREATE INDEX messages_by_conversation ON messages(conversation_id);
CREATE INDEX messages_by_parent ON messages(parent_id);
CREATE TABLE tokens (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    token_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    prob REAL NOT NULL,
    prob_after REAL NOT NULL,
    rank INTEGER NOT NULL,
    entropy_bits REAL NOT NULL,
    alternatives TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (message_id, idx)
);
CREATE TABLE writers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a reply names one writer for good
    pid INTEGER NOT NULL,
    started TEXT,
    opened REAL NOT NULL
);
"""
# _UPGRADES[v]: from version v to v + 1, as (the messages column it adds, or None; the statement).
_UPGRADES: dict[int, tuple[tuple[str | None, str], ...]] = {
    1: (("model", "ALTER TABLE messages ADD COLUMN model TEXT;\n"),),
    2: (
        ("writer", "ALTER TABLE messages ADD COLUMN writer INTEGER;\n"),
        (
            None,
            "CREATE TABLE IF NOT EXISTS writers (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " pid INTEGER NOT NULL, started TEXT, opened REAL NOT NULL);\n",
        ),
    ),
}
_REPAIRS = (
    "UPDATE messages SET writer = NULL",  # the writers of the old file are not this file's
    # Values of the wrong kind are garbage that looked like a row: reset them, keep the rest of the row.
    f"UPDATE conversations SET title = '{RECOVERED_CHAT_TITLE}' WHERE typeof(title) != 'text'",
    "UPDATE conversations SET settings = '{}' WHERE NOT settings_ok(settings)",
    "UPDATE tokens SET alternatives = '[]' WHERE NOT alternatives_ok(alternatives)",
    "DELETE FROM messages WHERE typeof(conversation_id) != 'integer'",
    "INSERT INTO conversations (id, title, created, updated)"
    f" SELECT conversation_id, '{RECOVERED_CHAT_TITLE}', MIN(created), MAX(created) FROM messages"
    " WHERE conversation_id NOT IN (SELECT id FROM conversations) GROUP BY conversation_id",
    # A child is always written after its parent, so a parent id at or above the message's own is
    # garbage (and would make a loop that path() follows forever).
    "UPDATE messages SET parent_id = NULL WHERE parent_id IS NOT NULL AND (parent_id >= id"
    " OR parent_id NOT IN (SELECT id FROM messages))",
    "DELETE FROM tokens WHERE message_id NOT IN (SELECT id FROM messages)",
    "UPDATE conversations SET current_leaf = (SELECT MAX(id) FROM messages"
    " WHERE messages.conversation_id = conversations.id)"
    " WHERE current_leaf IS NULL OR current_leaf NOT IN"
    " (SELECT id FROM messages WHERE messages.conversation_id = conversations.id)",
)

CONVERSATION_COLUMNS = "id, title, created, updated, system_prompt, settings, model, current_leaf"
TOKEN_COLUMNS = "idx, token_id, text, prob, prob_after, rank, entropy_bits, alternatives"
MESSAGE_FIELDS = tuple(field.name for field in fields(MessageRow))
MESSAGE_COLUMNS = ", ".join(MESSAGE_FIELDS)


def configure(db: sqlite3.Connection) -> None:
    """Every connection: rows by name, search folding, WAL, foreign keys."""
    db.row_factory = sqlite3.Row
    db.create_function("search_fold", 1, search_fold, deterministic=True)
    # WAL: readers never block the writer; NORMAL sync is durable enough for a commit per token.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")


def migrate(db: sqlite3.Connection, version: int) -> None:
    """From `version` (0: an empty file) to SCHEMA_VERSION, in one transaction: a crash cannot leave the
    tables without their version number. (A newer file never gets here: the opener moves it aside.)"""
    have = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
    steps = [_SCHEMA] if version == 0 else []
    for step in range(version if version else SCHEMA_VERSION, SCHEMA_VERSION):
        # A column a file already has (a half-done upgrade, a copy edited by hand) is not added twice.
        steps += [statement for column, statement in _UPGRADES[step] if column not in have]
    db.executescript(f"BEGIN;\n{''.join(steps)}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")


def repair_salvaged(db: sqlite3.Connection) -> None:
    """After salvage: resets values of the wrong kind (garbage that looked like a row), gives messages
    whose conversation was lost a "Recovered chat", makes messages whose parent was lost roots of their
    own, drops tokens of lost messages, and points each conversation at a message it still has."""
    db.create_function("settings_ok", 1, _settings_ok, deterministic=True)
    db.create_function("alternatives_ok", 1, _alternatives_ok, deterministic=True)
    for statement in _REPAIRS:
        db.execute(statement)


def _settings_ok(text: object) -> bool:
    try:
        return isinstance(json.loads(text), dict) if isinstance(text, str) else False
    except ValueError:
        return False


def _alternatives_ok(text: object) -> bool:
    try:
        values = json.loads(text) if isinstance(text, str) else None
        return isinstance(values, list) and all(bool(Alternative.from_dict(value)) for value in values)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False


def open_database(file: Path) -> Opened:
    """Opens (or creates, migrates, recovers: see gui.shell.database) the chat store's file."""
    return open_with_recovery(file, CHAT_SCHEMA)


# --- writers: which process writes which reply -----------------------------------------------------------


def register_writer(db: sqlite3.Connection) -> int:
    """Records this store as a writer (process id and start time); its streaming replies name it."""
    pid = os.getpid()
    with db:
        cursor = db.execute(
            "INSERT INTO writers (pid, started, opened) VALUES (?, ?, ?)",
            (pid, process_started(pid), time.time()),
        )
    return int(cursor.lastrowid or 0)


def release_writer(db: sqlite3.Connection, writer: int) -> None:
    with db:
        db.execute("DELETE FROM writers WHERE id = ?", (writer,))


def mark_orphaned_replies(db: sqlite3.Connection) -> int:
    """Marks 'interrupted' the streaming replies whose writer is gone (its process ended, or its store
    closed without finishing them); another running app's live reply is left alone. How many marked."""
    writers = db.execute("SELECT id, pid, started FROM writers").fetchall()
    live = {row[0] for row in writers if process_alive(int(row[1]), row[2])}
    streaming = db.execute("SELECT id, writer FROM messages WHERE status = 'streaming'").fetchall()
    orphans = [(row[0],) for row in streaming if row[1] not in live]
    gone = [(row[0],) for row in writers if row[0] not in live]
    with db:
        db.executemany("DELETE FROM writers WHERE id = ?", gone)
        db.executemany("UPDATE messages SET status = 'interrupted' WHERE id = ?", orphans)
    return len(orphans)


def search_fold(text: str | None) -> str:
    """Text as search compares it: case and accents ignored ("França" and "franca" are one word),
    which suits students who type Portuguese or Spanish without their accents."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def settings_json(settings: dict[str, Any] | None) -> str:
    if settings is None:
        return "{}"
    if not isinstance(settings, dict):
        raise TypeError("settings must be a dict")
    return json.dumps(settings)


# Rows are read defensively: garbage inside a row (a text cell, a JSON value) passes SQLite's own checks,
# so each value is made the kind its record field holds rather than let one bad cell stop the app.


def conversation_from_row(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=_int(row["id"]),
        title=_text(row["title"]),
        created=_float(row["created"]),
        updated=_float(row["updated"]),
        system_prompt=_text(row["system_prompt"]),
        settings=_json(row["settings"], dict),
        model=_text_or_none(row["model"]),
        current_leaf=_int_or_none(row["current_leaf"]),
    )


def message_from_row(row: sqlite3.Row) -> MessageRow:
    # Every message query selects MESSAGE_COLUMNS, which follow the dataclass's field order.
    values = dict(zip(MESSAGE_FIELDS, row, strict=True))
    role, status = _text(values["role"]), _text(values["status"])
    return MessageRow(
        id=_int(values["id"]),
        conversation_id=_int(values["conversation_id"]),
        parent_id=_int_or_none(values["parent_id"]),
        role=role if role in ROLES else "assistant",
        content=_text(values["content"]),
        created=_float(values["created"]),
        status=status if status in STATUSES else "error",
        stop_reason=_text_or_none(values["stop_reason"]),
        seed=_int_or_none(values["seed"]),
        branch_of=_int_or_none(values["branch_of"]),
        branch_step=_int_or_none(values["branch_step"]),
        error=_text_or_none(values["error"]),
        model=_text_or_none(values["model"]),
    )


def token_from_row(row: sqlite3.Row) -> TokenRecord:
    return TokenRecord(
        index=_int(row["idx"]),
        token_id=_int(row["token_id"]),
        text=_text(row["text"]),
        prob=_float(row["prob"]),
        prob_after=_float(row["prob_after"]),
        rank=_int(row["rank"]),
        entropy_bits=_float(row["entropy_bits"]),
        alternatives=_alternatives(row["alternatives"]),
    )


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _text_or_none(value: object) -> str | None:
    return None if value is None else _text(value)


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


def _int_or_none(value: object) -> int | None:
    return None if value is None else _int(value)


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _json(value: object, kind: type[Any]) -> Any:
    try:
        loaded = json.loads(value) if isinstance(value, str | bytes) else None
    except ValueError:
        return kind()
    return loaded if isinstance(loaded, kind) else kind()


def _alternatives(value: object) -> tuple[Alternative, ...]:
    kept = []
    for item in _json(value, list):
        try:
            kept.append(Alternative.from_dict(item))
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
            continue
    return tuple(kept)


def alternatives_json(alternatives: Iterable[Alternative]) -> str:
    return json.dumps([asdict(alternative) for alternative in alternatives])


CHAT_SCHEMA = Schema(
    title="chats",
    version=SCHEMA_VERSION,
    configure=configure,
    migrate=migrate,
    nouns={"conversations": "conversations", "messages": "messages", "tokens": "token records"},
    repair=repair_salvaged,
)
