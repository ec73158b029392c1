"""Opening the workbench database: path rules, pragmas, and friendly errors.

Every process and every worker thread opens its own connection through
:func:`open_db`; SQLite connections are never shared across threads.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.store.migration_state import apply_migrations, is_workbench_db, pending_migrations, unknown_migrations

DEFAULT_DB = "claims.db"
BUSY_TIMEOUT_MS = 5000


class StoreError(WorkbenchError):
    """A database problem described in one line for the user (never a traceback)."""


# What a caller outside the store catches around a store call: our one-line errors and
# SQLite's own (a locked or vanished file mid-session), without importing sqlite3 itself.
DB_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error)
# SQLite's own error root, for the CLI's last-resort handler (so no module outside the store imports sqlite3).
SqliteError = sqlite3.Error

class StoreFull(StoreError):
    """The disk (or the database's size limit) is full: every later write would fail too,
    so a batch stops at the first one instead of reporting each document."""


class StoreReadOnly(StoreError):
    """A write was attempted on a database that was opened read-only."""


# Databases opened read-only, with the reason (for the one-line notice the CLI prints).
_READ_ONLY: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()


def read_only_reason(db: Database) -> str | None:
    """Why ``db`` was opened read-only (e.g. "directory not writable"), or None when writable."""
    return _READ_ONLY.get(db)


def translate_write_error(exc: sqlite3.Error, db: Database | None = None) -> StoreError | None:
    """A one-line StoreError for the write failures a user can act on; None for others."""
    message = str(exc).lower()
    where = f"{_file_of(db)}: " if db is not None else ""
    if isinstance(exc, sqlite3.OperationalError) and "disk is full" in message:
        return StoreFull(
            f"{where}disk full: the database cannot grow; stopped at the first failed write (free space and run again)"
        )
    if "readonly" in message or "read-only" in message:
        reason = (read_only_reason(db) if db is not None else None) or "read-only database"
        return StoreReadOnly(f"{where}cannot write: the database is open read-only ({reason})")
    return None


def _file_of(db: Database) -> str:
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return "database"
    return row[2] if row and row[2] else "database"


def _writable(p: Path) -> bool:
    """Whether SQLite can write ``p`` and create its -wal/-shm side files beside it."""
    parent = p.parent if str(p.parent) else Path(".")
    return os.access(parent, os.W_OK) and os.access(p, os.W_OK)


def _open_read_only(p: Path) -> tuple[sqlite3.Connection, str]:
    """Connect read-only. WAL needs its -shm side file; in a directory where it cannot be
    made (and none exists) only an ``immutable`` open reads the file."""
    reason = (
        "directory not writable"
        if not os.access(p.parent if str(p.parent) else Path("."), os.W_OK)
        else "file not writable"
    )
    uri = p.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only=1")
    return conn, reason


def default_db_path() -> str:
    """``./claims.db``: the store reads no environment; the CLI passes ``Settings.db_path``."""
    return DEFAULT_DB


def open_db(path: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (and migrate) the workbench database at ``path``.

    ``create=False`` refuses to make a new file: readers such as the review UI and the
    exporters should fail clearly on a mistyped path instead of inventing an empty DB.
    Raises :class:`StoreError` with a one-line reason on any problem.
    """
    p = Path(path if path is not None else default_db_path())
    if p.is_dir():
        raise StoreError(f"{p}: is a directory, not a database file")
    if not p.parent.exists() and str(p.parent) not in ("", "."):
        raise StoreError(f"{p}: directory {p.parent} does not exist")
    exists = p.exists() and p.stat().st_size > 0
    if not exists and not create:
        raise StoreError(f"{p}: no such database (run `workbench ingest` or `workbench demo` first)")
    if exists and not _writable(p):
        return _open_existing_read_only(p)
    if not exists and not os.access(p.parent if str(p.parent) else Path("."), os.W_OK):
        raise StoreError(f"{p}: cannot create the database here (directory not writable)")
    try:
        conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if exists and not is_workbench_db(db):
            conn.close()
            raise StoreError(f"{p}: not a workbench database")
        newer = unknown_migrations(db) if exists else []
        if newer:
            conn.close()
            raise StoreError(f"{p}: written by a newer workbench (schema {newer[-1]}); upgrade workbench to open it")
        db.execute("PRAGMA foreign_keys=ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        # Under WAL, NORMAL keeps the database consistent on a crash and skips an fsync per
        # commit (one transaction per document/verdict makes that fsync the ingest bottleneck).
        db.execute("PRAGMA synchronous=NORMAL")
        apply_migrations(db)
    except sqlite3.DatabaseError as exc:
        translated = translate_write_error(exc)
        if translated is not None:
            raise StoreError(f"{p}: {translated}") from None
        raise StoreError(f"{p}: not a workbench database ({exc})") from None
    except OSError as exc:
        raise StoreError(f"{p}: {exc.strerror or exc}") from None
    return db


def _open_existing_read_only(p: Path) -> Database:
    """An existing database that cannot be written here, opened for reading (see :func:`read_only_reason`)."""
    try:
        conn, reason = _open_read_only(p)
        db = Database(conn)
        if not is_workbench_db(db):
            conn.close()
            raise StoreError(f"{p}: not a workbench database")
        newer = unknown_migrations(db)
        if newer:
            conn.close()
            raise StoreError(f"{p}: written by a newer workbench (schema {newer[-1]}); upgrade workbench to open it")
        pending = pending_migrations(db)
        if pending:
            conn.close()
            raise StoreError(
                f"{p}: read-only ({reason}) and needs an upgrade to schema {pending[-1]}; "
                "open it once where it can be written"
            )
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{p}: not a workbench database ({exc})") from None
    _READ_ONLY[db] = reason
    return db


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One unit of work as ``BEGIN IMMEDIATE``: take the write lock up front.

    With WAL and two reviewers on one file, a deferred transaction that reads and then
    writes can fail with SQLITE_BUSY without waiting; IMMEDIATE waits on the busy timeout
    instead, so neither reviewer loses a verdict.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    reason = read_only_reason(db)
    if reason is not None:
        raise StoreReadOnly(f"cannot write: the database is open read-only ({reason})")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.rollback()
            raise
        else:
            try:
                db.conn.execute("COMMIT")
            except BaseException:
                db.rollback()
                raise
    except sqlite3.Error as exc:
        translated = translate_write_error(exc, db)
        if translated is None:
            raise
        raise translated from None
