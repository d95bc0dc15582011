"""The prompt lab's saved runs on a damaged file: the store opens, says so, keeps the original aside and
salvages the runs SQLite can still read; a file from before versions is adopted as it is."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from gui.promptlab.store import SCHEMA_VERSION, PromptLabStore

PAGE = 4096


def a_run(number: int) -> dict[str, object]:
    return {
        "model": "smollm2-135m",
        "dataset": f"set {number}",
        "templates": [{"name": "zero-shot", "metrics": {"accuracy": number / 100}}],
        "rows": ["x" * 300] * 4,  # some bulk, so the runs fill many pages
    }


def test_garbage_over_the_middle_keeps_the_other_runs(tmp_path: Path) -> None:
    file = tmp_path / "promptlab.sqlite3"
    store = PromptLabStore(file)
    for number in range(60):
        store.save(a_run(number))
    store.close()
    data = bytearray(file.read_bytes())
    pages = len(data) // PAGE
    first, last = pages * 2 // 5, pages * 3 // 5
    data[first * PAGE : last * PAGE] = random.Random(21).randbytes((last - first) * PAGE)
    file.write_bytes(bytes(data))

    store = PromptLabStore(file)
    try:
        assert store.notice is not None and "promptlab.sqlite3 was damaged" in store.notice
        (backup,) = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith("-shm")]
        assert backup.read_bytes() == bytes(data)
        runs = store.runs()
        assert 0 < len(runs) < 60 and f"{len(runs)} saved runs" in store.notice
        for run in runs:
            assert store.load(run.id)["dataset"] == run.dataset
        store.save(a_run(99))
    finally:
        store.close()


def test_a_file_from_before_versions_is_adopted(tmp_path: Path) -> None:
    file = tmp_path / "promptlab.sqlite3"
    old = sqlite3.connect(file)
    old.execute(
        "CREATE TABLE runs (id INTEGER PRIMARY KEY, created REAL NOT NULL, model TEXT NOT NULL,"
        " dataset TEXT NOT NULL, summary TEXT NOT NULL, result TEXT NOT NULL)"
    )
    old.execute("INSERT INTO runs VALUES (1, 1, 'm', 'd', 's', '{}')")
    old.commit()
    old.close()
    store = PromptLabStore(file)
    try:
        assert store.notice is None and [run.id for run in store.runs()] == [1]
    finally:
        store.close()
    assert sqlite3.connect(file).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
