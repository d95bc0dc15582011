"""Saved prompt-lab runs: each comparison's full result, in SQLite (WAL), listed newest first.

A damaged or newer file is recovered at open (gui.shell.database); `notice` says what happened.
No Qt here, so the store is usable (and testable) without a GUI.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gui.shell.database import Schema, open_database

STORE_FILENAME = "promptlab.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    model TEXT NOT NULL,
    dataset TEXT NOT NULL,
    summary TEXT NOT NULL,
    result TEXT NOT NULL
);
"""
SCHEMA_VERSION = 1  # 0: the same table, before files had a version


def _configure(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")


def _migrate(db: sqlite3.Connection, version: int) -> None:
    db.executescript(f"BEGIN;\n{_SCHEMA}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")


def _result_ok(text: object) -> bool:
    try:
        result = json.loads(text) if isinstance(text, str) else None
        return isinstance(result, dict) and isinstance(summary_line(result), str)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False


def _repair(db: sqlite3.Connection) -> None:
    """After salvage: drops rows that are not what a saved run holds (garbage that looked like one)."""
    db.create_function("result_ok", 1, _result_ok, deterministic=True)
    db.execute(
        "DELETE FROM runs WHERE typeof(created) NOT IN ('integer', 'real') OR typeof(summary) != 'text'"
        " OR typeof(model) != 'text' OR typeof(dataset) != 'text' OR NOT result_ok(result)"
    )


PROMPTLAB_SCHEMA = Schema(
    title="saved prompt-lab runs",
    version=SCHEMA_VERSION,
    configure=_configure,
    migrate=_migrate,
    nouns={"runs": "saved runs"},
    repair=_repair,
)


@dataclass(frozen=True)
class RunSummary:
    id: int
    created: float
    model: str
    dataset: str
    summary: str  # e.g. "zero-shot 0.33 · few-shot k=4 0.67"


def summary_line(result: dict[str, Any]) -> str:
    return " · ".join(f"{t['name']} {t['metrics']['accuracy']:.2f}" for t in result["templates"])


class PromptLabStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        opened = open_database(path, PROMPTLAB_SCHEMA)
        self._db = opened.db
        self.notice = opened.notice  # what was wrong with the file and what was done, or None

    def close(self) -> None:
        self._db.close()

    def save(self, result: dict[str, Any]) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO runs (created, model, dataset, summary, result) VALUES (?, ?, ?, ?, ?)",
                (
                    time.time(),
                    str(result.get("model", "")),
                    str(result.get("dataset", "")),
                    summary_line(result),
                    json.dumps(result, ensure_ascii=False),
                ),
            )
        return int(cursor.lastrowid or 0)

    def runs(self) -> list[RunSummary]:
        rows = self._db.execute(
            "SELECT id, created, model, dataset, summary FROM runs ORDER BY created DESC, id DESC"
        ).fetchall()
        return [RunSummary(*row) for row in rows]

    def load(self, run_id: int) -> dict[str, Any]:
        row = self._db.execute("SELECT result FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(f"no saved run {run_id}")
        result: dict[str, Any] = json.loads(row[0])
        return result

    def delete(self, run_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM runs WHERE id = ?", (run_id,))
