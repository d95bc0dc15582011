"""Opening an app database (the chats, the prompt lab's runs) so that no file on disk keeps the app from
starting.

A file on disk is hostile input: garbage over part or all of it, cut to zero bytes, not SQLite at all, or
written by a newer Lanterna. Such a file is moved aside unchanged under a timestamped name, with its
-wal/-shm files (nothing is ever deleted), and every row SQLite can still read from it is copied into a
new file with this version's tables. A data folder that cannot be written gives a database in memory
holding what could be read. Each case is said in one sentence in `Opened.notice`, for the window's banner.

No Qt here, so the stores stay usable (and testable) without a GUI.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
SALVAGE_SECONDS = 60.0  # the most time salvage spends reading a damaged file at start-up
BATCH = 500
MAX_ROWID = 2**63 - 1


@dataclass(frozen=True)
class Schema:
    """What the opener needs to know of one store's database."""

    title: str  # what the file holds, in words: "chats"
    version: int  # the user_version this app writes
    configure: Callable[[sqlite3.Connection], None]  # pragmas and functions, on every connection
    migrate: Callable[[sqlite3.Connection, int], None]  # from that version (0: empty) to `version`
    nouns: dict[str, str]  # table -> plural noun for the salvage report, in copying order
    repair: Callable[[sqlite3.Connection], None] = field(default=lambda db: None)  # after salvage


@dataclass(frozen=True)
class Opened:
    db: sqlite3.Connection
    notice: str | None = None  # what happened to the file, in words; None when it opened as it was
    saved: bool = True  # False: the database is in memory and lost at exit
    backup: Path | None = None  # where a damaged or newer file was moved


@dataclass(frozen=True)
class Problem:
    kind: str  # "damaged" or "newer"
    words: str  # why, as a clause: "it is empty (0 bytes)"


def open_database(file: Path, schema: Schema) -> Opened:
    """Opens `file` with `schema`, recovering from whatever is on disk; never raises for the file's sake."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _in_memory(
            schema,
            f"Lanterna cannot create its data folder {file.parent} ({_reason(error)}), so the {schema.title} "
            "of this session are kept in memory only and lost when you close it.",
        )
    if not can_write(file.parent) or (file.exists() and not os.access(file, os.W_OK)):
        return _read_only(file, schema)
    try:
        problem = diagnose(file, schema.version)
        if problem is None:
            try:
                return Opened(connect(file, schema))
            except sqlite3.DatabaseError as error:
                if not is_damage(error):
                    raise
                problem = Problem("damaged", f"SQLite reports “{error}”")
        return _recover(file, schema, problem)
    except (sqlite3.Error, OSError) as error:
        return _in_memory(
            schema,
            f"Lanterna could not open {file} ({_reason(error)}). The file was left as it is; the "
            f"{schema.title} of this session are kept in memory only and lost when you close it.",
        )


def connect(file: Path | str, schema: Schema) -> sqlite3.Connection:
    """A connection to `file` with the schema's settings, its tables created or migrated."""
    db = sqlite3.connect(file, timeout=10)
    db.text_factory = lenient_text
    try:
        schema.configure(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != schema.version:
            schema.migrate(db, version)
    except BaseException:
        db.close()
        raise
    return db


def lenient_text(data: bytes) -> str:
    """Text as stored. Bytes that are not UTF-8 (garbage inside a row, which SQLite's checks do not look
    at) read as U+FFFD instead of failing the whole query."""
    return data.decode("utf-8", errors="replace")


def diagnose(file: Path, version: int) -> Problem | None:
    """What is wrong with `file`, read without writing to it; None for a sound file (or none at all)."""
    if not file.exists():
        return None
    if file.stat().st_size == 0:
        return Problem("damaged", "it is empty (0 bytes), perhaps cut short by a full disk or a crash")
    with file.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return Problem("damaged", "it is not a SQLite database (its first bytes are not SQLite's)")
    before = {suffix for suffix in SIDE_FILES if Path(f"{file}{suffix}").exists()}
    probe = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        found = probe.execute("PRAGMA user_version").fetchone()[0]
        if found > version:
            return Problem(
                "newer", f"it was written by a newer Lanterna (schema {found}; this one knows {version})"
            )
        if found < 0:
            return Problem("damaged", f"its schema version ({found}) is impossible")
        checks = [row[0] for row in probe.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return Problem("damaged", f"SQLite reports “{error}”")
        raise
    finally:
        probe.close()
        _remove_probe_files(file, before)
    if checks != ["ok"]:
        found_lines = [line for line in "\n".join(checks).splitlines() if not line.startswith("***")]
        return Problem("damaged", f"SQLite's check found damage ({found_lines[0] if found_lines else '?'})")
    return None


def _remove_probe_files(file: Path, before: set[str]) -> None:
    """A read-only look at a WAL file makes its -shm (and an empty -wal); removes those it made."""
    for suffix in ("-wal", "-shm"):
        side = Path(f"{file}{suffix}")
        if suffix not in before and side.exists() and (suffix == "-shm" or side.stat().st_size == 0):
            with contextlib.suppress(OSError):
                side.unlink()


def is_damage(error: sqlite3.Error) -> bool:
    """A damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), not a busy, locked, full or unreadable one."""
    name = str(getattr(error, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def can_write(folder: Path) -> bool:
    """Whether a file can be made in `folder`, by trying (os.access says yes to root on a read-only mount)."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".lanterna-write-test-")
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def move_aside(file: Path, tag: str) -> Path:
    """Renames `file` and its -wal/-shm/-journal files to `<name>.<tag>-<timestamp>`; never overwrites."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = file.with_name(f"{file.name}.{tag}-{stamp}")
    counter = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        counter += 1
        target = file.with_name(f"{file.name}.{tag}-{stamp}-{counter}")
    file.rename(target)
    for suffix in SIDE_FILES:
        side = Path(f"{file}{suffix}")
        if side.exists():
            side.rename(f"{target}{suffix}")
    return target


def salvage(source_file: Path, target: sqlite3.Connection, schema: Schema, scratch: Path | None) -> bool:
    """Copies every readable row of `source_file` (never written to: a copy in `scratch` is read) into
    `target`'s tables of the same names, the columns both have; False when it ran out of time."""
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".lanterna-salvage-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(source_file, copy)
        if Path(f"{source_file}-wal").exists():  # committed rows not yet in the main file
            shutil.copyfile(f"{source_file}-wal", f"{copy}-wal")
        with open(copy, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return True  # SQLite reads nothing of a file without its header
        source = sqlite3.connect(copy)
        source.text_factory = lenient_text
        try:
            return copy_rows(source, target, schema)
        finally:
            source.close()


def copy_rows(source: sqlite3.Connection, target: sqlite3.Connection, schema: Schema) -> bool:
    deadline = time.monotonic() + SALVAGE_SECONDS
    complete = True
    target.execute("PRAGMA foreign_keys=OFF")  # parents may be lost or come later; repair tidies up
    try:
        with target:
            for table in schema.nouns:
                columns = _shared_columns(source, target, table)
                if columns:
                    complete = _copy_table(source, target, table, columns, deadline) and complete
            schema.repair(target)
    finally:
        target.execute("PRAGMA foreign_keys=ON")
    return complete


def _shared_columns(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> list[str]:
    try:
        found = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        return []
    return [row[1] for row in target.execute(f'PRAGMA table_info("{table}")') if row[1] in found]


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, columns: list[str], deadline: float
) -> bool:
    names = ", ".join(f'"{name}"' for name in columns)
    read = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?'
    # OR IGNORE: a row that breaks a NOT NULL, CHECK or key rule was garbage that looked like a row.
    write = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    for row in readable_rows(source, read, deadline):
        with contextlib.suppress(sqlite3.Error):
            target.execute(write, row)
    return time.monotonic() < deadline


def readable_rows(source: sqlite3.Connection, query: str, deadline: float) -> Iterator[tuple[object, ...]]:
    """The rows `query` (rowid first; parameters: after, limit) can still read, in rowid order.

    A damaged page fails every read that touches it: then rows are read one at a time, and past a row
    that cannot be read, reading resumes at the first rowid from which it works again.
    """
    after, limit = -MAX_ROWID, BATCH
    while time.monotonic() < deadline:
        try:
            batch = source.execute(query, (after, limit)).fetchall()
        except sqlite3.DatabaseError:
            if limit > 1:
                limit = 1
                continue
            resume = _past_damage(source, query, after)
            if resume is None:
                return
            after = resume
            continue
        if not batch:
            return
        yield from (tuple(row[1:]) for row in batch)
        after, limit = int(batch[-1][0]), BATCH


def _past_damage(source: sqlite3.Connection, query: str, after: int) -> int | None:
    """The smallest point past `after` from which the next row can be read again (the rowids between
    sit on damaged pages), found by doubling the step, then halving back: at most about 126 reads."""

    def readable(point: int) -> bool:
        try:
            source.execute(query, (point, 1)).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    bad, gap = after, 1
    while True:
        good = min(bad + gap, MAX_ROWID - 1)
        if readable(good):
            break
        if good == MAX_ROWID - 1:
            return None
        bad, gap = good, gap * 2
    while good - bad > 1:
        middle = (bad + good) // 2
        bad, good = (bad, middle) if readable(middle) else (middle, good)
    return good


def row_counts(db: sqlite3.Connection, schema: Schema) -> str:
    """ "3 conversations, 12 messages and 40 token records", or "nothing" """
    parts = []
    for table, noun in schema.nouns.items():
        count = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if count:
            parts.append(f"{count:,} {noun}")
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _recover(file: Path, schema: Schema, problem: Problem) -> Opened:
    try:
        backup = move_aside(file, "damaged" if problem.kind == "damaged" else "newer")
    except OSError as error:
        return _in_memory(
            schema,
            f"{file.name} could not be opened: {problem.words}; it could not be moved aside either "
            f"({_reason(error)}). The {schema.title} of this session are kept in memory only.",
        )
    try:
        db = connect(file, schema)
        complete = salvage(backup, db, schema, scratch=file.parent)
    except (sqlite3.Error, OSError) as error:
        return _in_memory(
            schema,
            f"{file.name} could not be opened: {problem.words}. Lanterna moved it aside, unchanged, as "
            f"{backup.name}, but could not make a new one ({_reason(error)}); the {schema.title} of this "
            "session are kept in memory only and lost when you close it.",
        )
    found = row_counts(db, schema)
    if problem.kind == "newer":
        notice = (
            f"{file.name} {problem.words}. This version does not downgrade it: it was moved aside, "
            f"unchanged, as {backup.name}, and what this version can read of it ({found}) was copied into "
            f"a new {file.name}. To use the newer Lanterna again, put {backup.name} back as {file.name}."
        )
    else:
        notice = (
            f"{file.name} was damaged: {problem.words}. Lanterna moved it aside, unchanged, as "
            f"{backup.name} (nothing was deleted) and started a new one with what SQLite could still "
            f"read: {found}."
        )
    if not complete:
        notice += f" Copying stopped after {SALVAGE_SECONDS:.0f} s; the rest is still in {backup.name}."
    return Opened(db, notice, True, backup)


def _read_only(file: Path, schema: Schema) -> Opened:
    opened = _in_memory(schema, None)
    where = f"The data folder {file.parent} is" if not can_write(file.parent) else f"The file {file} is"
    found = "nothing"
    if file.exists():
        try:
            salvage(file, opened.db, schema, scratch=None)
            found = row_counts(opened.db, schema)
        except (sqlite3.Error, OSError) as error:
            found = f"nothing: {_reason(error)}"
    notice = (
        f"{where} read-only, so Lanterna cannot save the {schema.title} there. This session shows what it "
        f"could read ({found}) and keeps every change in memory only, lost when you close it; make it "
        "writable and start Lanterna again."
    )
    return Opened(opened.db, notice, False)


def _in_memory(schema: Schema, notice: str | None) -> Opened:
    return Opened(connect(":memory:", schema), notice, False)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror if not error.filename else f"{error.strerror}: {error.filename}"
    return str(error) or type(error).__name__
