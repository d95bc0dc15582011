"""The chat store's SQLite file: its tables, opening and migrating it, and rows to and from records."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from gui.chat.records import Alternative, Conversation, MessageRow, TokenRecord

SCHEMA_VERSION = 2  # 2: messages.model, the model that wrote each reply

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
    model TEXT
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
"""

CONVERSATION_COLUMNS = "id, title, created, updated, system_prompt, settings, model, current_leaf"
TOKEN_COLUMNS = "idx, token_id, text, prob, prob_after, rank, entropy_bits, alternatives"
MESSAGE_FIELDS = tuple(field.name for field in fields(MessageRow))
MESSAGE_COLUMNS = ", ".join(MESSAGE_FIELDS)


def open_database(file: Path) -> sqlite3.Connection:
    """Connects to `file` in WAL mode with foreign keys on, creating or migrating its tables."""
    db = sqlite3.connect(file)
    db.row_factory = sqlite3.Row
    db.create_function("search_fold", 1, search_fold, deterministic=True)
    # WAL: readers never block the writer; NORMAL sync is durable enough for a commit per token.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    _migrate(db, file)
    return db


def _migrate(db: sqlite3.Connection, file: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"{file} was written by a newer Lanterna (schema {version}; this one knows {SCHEMA_VERSION})"
        )
    # One transaction each: a crash cannot leave the tables without their version number.
    if version == 0:
        db.executescript(f"BEGIN;\n{_SCHEMA}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
    elif version == 1:
        db.executescript(
            "BEGIN;\nALTER TABLE messages ADD COLUMN model TEXT;\nPRAGMA user_version = 2;\nCOMMIT;"
        )


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


def conversation_from_row(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=row["id"],
        title=row["title"],
        created=row["created"],
        updated=row["updated"],
        system_prompt=row["system_prompt"],
        settings=json.loads(row["settings"] or "{}"),
        model=row["model"],
        current_leaf=row["current_leaf"],
    )


def message_from_row(row: sqlite3.Row) -> MessageRow:
    # Every message query selects MESSAGE_COLUMNS, which follow the dataclass's field order.
    return MessageRow(*row)


def token_from_row(row: sqlite3.Row) -> TokenRecord:
    return TokenRecord(
        index=row["idx"],
        token_id=row["token_id"],
        text=row["text"],
        prob=row["prob"],
        prob_after=row["prob_after"],
        rank=row["rank"],
        entropy_bits=row["entropy_bits"],
        alternatives=tuple(Alternative.from_dict(a) for a in json.loads(row["alternatives"] or "[]")),
    )


def alternatives_json(alternatives: Iterable[Alternative]) -> str:
    return json.dumps([asdict(alternative) for alternative in alternatives])
