"""Persistent chat history: conversations as a tree of messages, with every generated token on record.

Siblings in the tree are alternative versions of one turn (a regenerated reply, an edited prompt, a
reply branched at a chosen token). While a reply streams, each token is committed with the message's
text so far, so an app that is killed loses at most the token in flight; on the next open such a
reply is marked 'interrupted' — only once its writer is gone: each store records its process in the
`writers` table, so a second app on the same folder leaves the first one's live reply alone. A damaged
or newer file is recovered at open (gui.shell.database); `notice` says what happened, in words.
No Qt here, so the store is usable (and testable) without a GUI.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from gui.chat.export import conversation_json, conversation_markdown
from gui.chat.records import Conversation, MessageRow, TokenRecord, check_role, check_status
from gui.chat.schema import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    MESSAGE_FIELDS,
    TOKEN_COLUMNS,
    alternatives_json,
    conversation_from_row,
    mark_orphaned_replies,
    message_from_row,
    open_database,
    register_writer,
    release_writer,
    search_fold,
    settings_json,
    token_from_row,
)

STORE_FILENAME = "chats.sqlite3"
NEW_CHAT_TITLE = "New chat"  # stored as is; the chat list shows it in the GUI's language


def default_data_dir() -> Path:
    """Where Lanterna keeps its data: $LANTERNA_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get("LANTERNA_DATA_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Lanterna"
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / "Lanterna"
    xdg = os.environ.get("XDG_DATA_HOME")
    # The XDG spec says to ignore a relative XDG_DATA_HOME.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "lanterna"


def default_store_path() -> Path:
    return default_data_dir() / STORE_FILENAME


class ChatStore:
    """All conversations in one SQLite file. Every write method commits before it returns."""

    def __init__(self, path: str | Path) -> None:
        self.file = Path(path)
        opened = open_database(self.file)
        self._db = opened.db
        self.notice = opened.notice  # what was wrong with the file and what was done, or None
        self.saved = opened.saved  # False: kept in memory only (read-only folder, unusable file)
        self._last_time = 0.0
        self._writer = register_writer(self._db)
        mark_orphaned_replies(self._db)

    # -- lifecycle ---------------------------------------------------------------------------------

    def _now(self) -> float:
        # Strictly increasing, so "most recently updated" stays well ordered on coarse clocks.
        self._last_time = max(time.time(), self._last_time + 1e-6)
        return self._last_time

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # closed already, or the disk went away
            release_writer(self._db, self._writer)  # a reply left streaming reads as interrupted now
        self._db.close()

    def __enter__(self) -> ChatStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- conversations -----------------------------------------------------------------------------

    def create_conversation(
        self,
        title: str = NEW_CHAT_TITLE,
        system_prompt: str = "",
        settings: dict[str, Any] | None = None,
        model: str | None = None,
    ) -> int:
        now = self._now()
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO conversations (title, created, updated, system_prompt, settings, model)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (title, now, now, system_prompt, settings_json(settings), model),
            )
        return int(cursor.lastrowid or 0)

    def conversations(self, search: str = "") -> list[Conversation]:
        """Most recently updated first; `search` keeps those whose title or any message contains it
        (case and accents ignored)."""
        query = f"SELECT {CONVERSATION_COLUMNS} FROM conversations"
        params: tuple[Any, ...] = ()
        if search:
            # Folded in Python rather than SQL LIKE, which folds ASCII letters only and keeps accents.
            query += (
                " WHERE instr(search_fold(title), ?) > 0 OR EXISTS (SELECT 1 FROM messages"
                " WHERE messages.conversation_id = conversations.id AND instr(search_fold(content), ?) > 0)"
            )
            needle = search_fold(search)
            params = (needle, needle)
        query += " ORDER BY updated DESC, id DESC"
        return [conversation_from_row(row) for row in self._db.execute(query, params)]

    def conversation(self, conversation_id: int) -> Conversation:
        row = self._db.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no conversation {conversation_id}")
        return conversation_from_row(row)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self._update_conversation_fields(conversation_id, {"title": title})

    def delete_conversation(self, conversation_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def update_conversation(
        self,
        conversation_id: int,
        *,
        system_prompt: str | None = None,
        settings: dict[str, Any] | None = None,
        model: str | None = None,
    ) -> None:
        """Changes only the fields that are given (None leaves a field as it is)."""
        fields: dict[str, Any] = {}
        if system_prompt is not None:
            fields["system_prompt"] = system_prompt
        if settings is not None:
            fields["settings"] = settings_json(settings)
        if model is not None:
            fields["model"] = model
        if fields:
            self._update_conversation_fields(conversation_id, fields)

    def set_current_leaf(self, conversation_id: int, message_id: int | None) -> None:
        if message_id is not None:
            self._require_in_conversation(message_id, conversation_id)
        with self._db:
            self._set_current_leaf(conversation_id, message_id)

    def _update_conversation_fields(self, conversation_id: int, fields: dict[str, Any]) -> None:
        # Field names come from this module only, never from callers.
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._db:
            cursor = self._db.execute(
                f"UPDATE conversations SET {assignments}, updated = ? WHERE id = ?",
                (*fields.values(), self._now(), conversation_id),
            )
        if cursor.rowcount == 0:
            raise KeyError(f"no conversation {conversation_id}")

    def _set_current_leaf(self, conversation_id: int, message_id: int | None) -> None:
        cursor = self._db.execute(
            "UPDATE conversations SET current_leaf = ? WHERE id = ?", (message_id, conversation_id)
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no conversation {conversation_id}")

    def _touch(self, conversation_id: int) -> None:
        self._db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (self._now(), conversation_id))

    # -- messages ----------------------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str = "",
        *,
        status: str = "complete",
        branch_of: int | None = None,
        branch_step: int | None = None,
        seed: int | None = None,
        model: str | None = None,
    ) -> int:
        """Adds a message under `parent_id` and makes it the conversation's current leaf."""
        check_role(role)
        check_status(status)
        self.conversation(conversation_id)  # KeyError when missing
        if parent_id is not None:
            self._require_in_conversation(parent_id, conversation_id)
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO messages (conversation_id, parent_id, role, content, created, status,"
                " seed, branch_of, branch_step, model, writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    parent_id,
                    role,
                    content,
                    self._now(),
                    status,
                    seed,
                    branch_of,
                    branch_step,
                    model,
                    self._writer,
                ),
            )
            message_id = int(cursor.lastrowid or 0)
            self._set_current_leaf(conversation_id, message_id)
            self._touch(conversation_id)
        return message_id

    def message(self, message_id: int) -> MessageRow:
        query = f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?"
        row = self._db.execute(query, (message_id,)).fetchone()
        if row is None:
            raise KeyError(f"no message {message_id}")
        return message_from_row(row)

    def children(self, conversation_id: int, parent_id: int | None) -> list[MessageRow]:
        rows = self._db.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND parent_id IS ?"
            " ORDER BY id",
            (conversation_id, parent_id),
        )
        return [message_from_row(row) for row in rows]

    def siblings(self, message_id: int) -> list[MessageRow]:
        """The versions of this turn (itself included), oldest first."""
        message = self.message(message_id)
        return self.children(message.conversation_id, message.parent_id)

    def latest_leaf(self, message_id: int) -> int:
        """Walks down from `message_id`, always into the newest child, until a message has none."""
        self.message(message_id)  # KeyError when missing
        leaf = message_id
        while True:
            # A child is always newer than its parent: `id > ?` keeps a garbled parent id from looping.
            row = self._db.execute(
                "SELECT MAX(id) FROM messages WHERE parent_id = ? AND id > ?", (leaf, leaf)
            ).fetchone()
            if row[0] is None:
                return leaf
            leaf = int(row[0])

    def path(self, conversation_id: int) -> list[MessageRow]:
        """The messages from the root down to the current leaf: the conversation as shown."""
        leaf = self.conversation(conversation_id).current_leaf
        if leaf is None:
            return []
        rows = self._db.execute(
            "WITH RECURSIVE chain(id, parent_id, depth) AS ("
            " SELECT id, parent_id, 0 FROM messages WHERE id = ?"
            " UNION ALL SELECT m.id, m.parent_id, chain.depth + 1"
            " FROM messages AS m JOIN chain ON m.id = chain.parent_id AND m.id < chain.id)"
            f" SELECT {', '.join('m.' + name for name in MESSAGE_FIELDS)}"
            " FROM chain JOIN messages AS m ON m.id = chain.id ORDER BY chain.depth DESC",
            (leaf,),
        )
        return [message_from_row(row) for row in rows]

    def switch_to(self, message_id: int) -> None:
        """Shows the branch through `message_id`, down to that branch's newest leaf."""
        conversation_id = self.message(message_id).conversation_id
        with self._db:
            self._set_current_leaf(conversation_id, self.latest_leaf(message_id))

    def set_content(self, message_id: int, content: str) -> None:
        with self._db:
            cursor = self._db.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))
        if cursor.rowcount == 0:
            raise KeyError(f"no message {message_id}")

    def finish_message(
        self,
        message_id: int,
        status: str,
        *,
        stop_reason: str | None = None,
        seed: int | None = None,
        error: str | None = None,
    ) -> None:
        """Records how a reply ended; a seed given at creation is kept unless a new one is passed."""
        check_status(status)
        conversation_id = self.message(message_id).conversation_id
        with self._db:
            self._db.execute(
                "UPDATE messages SET status = ?, stop_reason = ?, seed = COALESCE(?, seed), error = ?"
                " WHERE id = ?",
                (status, stop_reason, seed, error, message_id),
            )
            self._touch(conversation_id)

    def _require_in_conversation(self, message_id: int, conversation_id: int) -> None:
        if self.message(message_id).conversation_id != conversation_id:
            raise ValueError(f"message {message_id} is not in conversation {conversation_id}")

    # -- tokens ------------------------------------------------------------------------------------

    def append_token(self, message_id: int, record: TokenRecord, content: str) -> None:
        """Stores one streamed token together with the reply's text so far, in one commit."""
        with self._db:
            self._db.execute(
                f"INSERT INTO tokens (message_id, {TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    record.index,
                    record.token_id,
                    record.text,
                    record.prob,
                    record.prob_after,
                    record.rank,
                    record.entropy_bits,
                    alternatives_json(record.alternatives),
                ),
            )
            self._db.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))

    def tokens(self, message_id: int) -> list[TokenRecord]:
        rows = self._db.execute(
            f"SELECT {TOKEN_COLUMNS} FROM tokens WHERE message_id = ? ORDER BY idx", (message_id,)
        )
        return [token_from_row(row) for row in rows]

    def drop_tokens_from(self, message_id: int, index: int) -> None:
        """Deletes the message's tokens from `index` on (those a stop string cut from its text)."""
        with self._db:
            self._db.execute("DELETE FROM tokens WHERE message_id = ? AND idx >= ?", (message_id, index))

    def copy_tokens(self, source_id: int, target_id: int, upto: int) -> None:
        """Gives a branched reply the shared prefix of its source: the tokens before index `upto`."""
        with self._db:
            self._db.execute(
                f"INSERT INTO tokens (message_id, {TOKEN_COLUMNS})"
                f" SELECT ?, {TOKEN_COLUMNS} FROM tokens WHERE message_id = ? AND idx < ?",
                (target_id, source_id, upto),
            )

    # -- export ------------------------------------------------------------------------------------

    def messages(self, conversation_id: int) -> list[MessageRow]:
        """Every message of the conversation, on every branch, oldest first."""
        query = f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id"
        return [message_from_row(row) for row in self._db.execute(query, (conversation_id,))]

    def export_markdown(self, conversation_id: int, added_system: str = "") -> str:
        """The conversation as shown (the current branch) as Markdown; `added_system`: the system prompt
        the chat template wrote because the chat has none, when known."""
        conversation = self.conversation(conversation_id)
        return conversation_markdown(conversation, self.path(conversation_id), added_system)

    def export_json(self, conversation_id: int) -> dict[str, Any]:
        """The whole conversation tree, every branch and token, as plain JSON-ready data."""
        conversation = self.conversation(conversation_id)
        return conversation_json(conversation, self.messages(conversation_id), self.tokens)
