"""Named locks across processes, kept in the database itself (table ``locks``, migration m008).

Two ``workbench analyze`` runs on one database used to embed everything twice and then
overwrite each other's clusters. The analysis now takes the ``analysis`` lock: a row
written inside ``BEGIN IMMEDIATE`` (so two takers cannot both see it free) naming the
holder's pid and host, with a heartbeat a background thread renews. A second run waits
for it, and when the first finished an analysis of the same documents meanwhile, reuses
that instead of repeating it.

A lock is stale, and taken over, when its holder is gone: on the same host its pid no
longer exists; from another host (a shared folder) its heartbeat is older than
``stale_after`` seconds. A ``kill -9`` therefore never leaves the database locked.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.store.db import BUSY_TIMEOUT_MS, StoreError, write_transaction
from workbench.store.documents import now_iso

ANALYSIS = "analysis"
HEARTBEAT_SECONDS = 5.0
STALE_AFTER_SECONDS = 60.0


@dataclass(frozen=True)
class LockHolder:
    name: str
    pid: int
    host: str
    acquired_at: str
    heartbeat: float  # unix time of the last sign of life


@dataclass
class LockResult:
    """What :func:`hold_lock` did: whether it had to wait, and for whom."""

    waited_for: LockHolder | None = None
    waited_since: str | None = None  # ISO time the wait began (compare with what the holder wrote)


class LockTimeout(StoreError):
    """The lock stayed taken for longer than the caller would wait."""


def _alive(holder: LockHolder, stale_after: float) -> bool:
    if holder.host == socket.gethostname():
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return time.time() - holder.heartbeat < stale_after


def lock_holder(db: Database, name: str) -> LockHolder | None:
    """The current holder of ``name`` (alive or not), or None when free."""
    row = db.execute("SELECT name, pid, host, acquired_at, heartbeat FROM locks WHERE name = ?", [name]).fetchone()
    return LockHolder(*row) if row else None


def try_lock(db: Database, name: str, *, stale_after: float = STALE_AFTER_SECONDS) -> LockHolder | None:
    """Take ``name`` if it is free or stale; return None when taken, else the live holder."""
    me = (os.getpid(), socket.gethostname())
    with write_transaction(db):
        holder = lock_holder(db, name)
        if holder is not None and (holder.pid, holder.host) != me and _alive(holder, stale_after):
            return holder
        db.execute(
            "INSERT OR REPLACE INTO locks (name, pid, host, acquired_at, heartbeat) VALUES (?, ?, ?, ?, ?)",
            [name, me[0], me[1], now_iso(), time.time()],
        )
    return None


def release_lock(db: Database, name: str) -> None:
    """Give ``name`` back if this process holds it."""
    with write_transaction(db):
        db.execute(
            "DELETE FROM locks WHERE name = ? AND pid = ? AND host = ?", [name, os.getpid(), socket.gethostname()]
        )


def _db_file(db: Database) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2]


def _heartbeat(path: str, name: str, stop: threading.Event) -> None:
    """Renew the heartbeat from this thread's own connection until ``stop`` is set."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        while not stop.wait(HEARTBEAT_SECONDS):
            try:
                with conn:
                    conn.execute(
                        "UPDATE locks SET heartbeat = ? WHERE name = ? AND pid = ? AND host = ?",
                        [time.time(), name, os.getpid(), socket.gethostname()],
                    )
            except sqlite3.Error:
                continue  # busy for longer than the timeout: try again at the next beat
    finally:
        conn.close()


@contextmanager
def hold_lock(
    db: Database,
    name: str,
    *,
    timeout: float | None = None,
    poll: float = 0.5,
    on_wait: Callable[[LockHolder], None] | None = None,
    stale_after: float = STALE_AFTER_SECONDS,
) -> Iterator[LockResult]:
    """Hold lock ``name`` for the block, waiting (up to ``timeout`` seconds, None: forever) while another has it.

    ``on_wait(holder)`` is called once when the wait begins (the CLI says who it waits for).
    """
    result = LockResult()
    deadline = None if timeout is None else time.monotonic() + timeout
    while (holder := try_lock(db, name, stale_after=stale_after)) is not None:
        if result.waited_for is None:
            result.waited_for, result.waited_since = holder, now_iso()
            if on_wait:
                on_wait(holder)
        if deadline is not None and time.monotonic() >= deadline:
            raise LockTimeout(
                f"{name} is still running in process {holder.pid} on {holder.host} (since {holder.acquired_at})"
            )
        time.sleep(poll)
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(_db_file(db), name, stop), daemon=True, name=f"lock-{name}")
    beat.start()
    try:
        yield result
    finally:
        stop.set()
        beat.join()
        release_lock(db, name)


def analysis_is_current(db: Database, since: str) -> bool:
    """True when an analysis finished after ``since`` and no document changed after it.

    A run that waited for another uses this to reuse the other's result instead of
    recomputing the same clusters.
    """
    row = db.execute("SELECT value FROM meta WHERE key = 'analyzed_at'").fetchone()
    if row is None or row[0] < since:
        return False
    newer = db.execute("SELECT 1 FROM documents WHERE ingested_at > ? LIMIT 1", [row[0]]).fetchone()
    return newer is None


class StoreBusy(StoreError):
    """Another connection holds the write lock and the caller asked not to wait (:func:`without_waiting`)."""


@contextmanager
def without_waiting(db: Database) -> Iterator[Database]:
    """Run a write on ``db`` that fails at once with :class:`StoreBusy` instead of waiting for the lock.

    The review UI commits a verdict on its own thread when the database is free (a fraction of a
    millisecond under WAL) and hands it to its writer thread only when another process holds the
    lock: the key never waits on SQLite either way. The busy timeout is put back afterwards.
    """
    db.execute("PRAGMA busy_timeout=0")
    try:
        yield db
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StoreBusy(str(exc)) from None
        raise
    finally:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def checkpoint(db: Database) -> None:
    """Copy what the WAL holds into the database file without waiting on readers (PASSIVE)."""
    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
