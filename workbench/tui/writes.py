"""Verdicts, notes and undos committed off the UI thread, in the order the keys were pressed.

A verdict key must never wait on SQLite (a busy lock held by another reviewer's process can
stall a write for seconds), so the card shows the new verdict at once and the INSERT runs on
one writer thread with its own connection. One thread, one FIFO queue: the database sees the
keys in the order they were pressed (``v`` then ``z`` undoes *that* verdict). Reads that must
see every earlier write (the next unreviewed group) queue behind them too. A job that fails
reports one line, and the caller puts the card back.

Why a plain thread and not a Textual worker per write: a worker starts only when the event
loop gets back to it, after the key's UI work, so the commit would wait for the repaint. The
writer is woken as the key is handled, and the UI thread then waits for that job, at most
``HANDOFF_S``, on an event (which releases the GIL): a free database commits the INSERT in a
fraction of a millisecond and the UI goes on at once; a database locked by another process costs
the key at most ``HANDOFF_S``. Yielding the GIL once (``sleep(0)``, ``HANDOFF_S = 0``) was not
enough on a loaded machine: the UI thread took the GIL back and the writer waited for the switch
interval and the repaint (p95 key -> committed 25-30 ms, and 117 ms at load 10).

Even the handoff costs a thread switch, which a busy machine grants late (p95 handler ->
committed 12-15 ms at load 10 on a 1M-claim database). So a verdict with nothing queued
before it is committed on the UI thread itself, with the busy timeout at zero
(``store.locks.without_waiting``): a free database takes the INSERT in a fraction of a
millisecond, a locked one answers at once and the job goes to the writer as before, so the
key still never waits on SQLite. The UI connection does not checkpoint the WAL (an fsync
every few hundred commits); the writer thread does, every ``CHECKPOINT_EVERY`` of them.
Durability is the same on both paths (``open_db``: WAL, ``synchronous=NORMAL``): a committed
verdict is in the WAL file before the call returns and survives the app crashing or being
killed; a power cut or OS crash can lose the last commits (not corrupt the file), which
``synchronous=FULL`` would prevent at the cost of an fsync per key.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from textual.dom import DOMNode
from textual.message import Message

from workbench.store import DB_ERRORS, Database, open_db
from workbench.store.locks import StoreBusy, checkpoint, without_waiting
from workbench.tui.messages import WorkerFailed

CHECKPOINT_EVERY = 200  # commits on the UI thread between two WAL checkpoints on the writer thread

Job = tuple[DOMNode, str, Callable[[Database], "Message | None"], "Callable[[str], Message] | None", threading.Event]


class WriteQueue:
    """``run`` queues a job; one writer thread runs the jobs in order on one connection."""

    HANDOFF_S = 0.005  # longest the UI thread waits for the writer to finish the job it just queued

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._db: Database | None = None
        self._direct = 0  # jobs committed on the caller's thread (``run(now=...)``)

    def run(
        self,
        node: DOMNode,
        name: str,
        job: Callable[[Database], Message | None],
        on_error: Callable[[str], Message] | None = None,
        now: Database | None = None,
    ) -> None:
        """Queue ``job(db)`` behind every earlier one; post its message (or ``on_error(text)``) to ``node``.

        ``now`` (the UI thread's connection): with nothing queued, commit right here if the database
        is free, never waiting for its lock (``store.locks.without_waiting``); else queue as usual.
        """
        if now is not None and self.idle and self._now(node, name, job, on_error, now):
            return
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._serve, name="workbench-writes", daemon=True)
            self._thread.start()
        done = threading.Event()
        self._jobs.put((node, name, job, on_error, done))
        if self.HANDOFF_S > 0:
            done.wait(self.HANDOFF_S)  # the writer runs now, not after the repaint; bounded if SQLite is busy
        else:
            time.sleep(0)

    def _now(self, node: DOMNode, name: str, job, on_error, db: Database) -> bool:
        """Run ``job`` on this thread's ``db`` without waiting; False when another process holds the lock."""
        if not self._direct:
            db.execute("PRAGMA wal_autocheckpoint=0")  # the writer thread checkpoints, off this thread
        try:
            with without_waiting(db):
                message = job(db)
        except StoreBusy:
            return False
        except DB_ERRORS as exc:
            node.post_message(on_error(str(exc) or type(exc).__name__) if on_error else WorkerFailed(name, str(exc)))
            return True
        self._direct += 1
        if message is not None:
            node.post_message(message)
        if self._direct % CHECKPOINT_EVERY == 0:
            self.run(node, "checkpoint", lambda writer: checkpoint(writer))
        return True

    @property
    def idle(self) -> bool:
        """Nothing queued or running: every earlier write has committed."""
        return self._jobs.unfinished_tasks == 0

    def join(self) -> None:
        """Block until every queued job has run (tests and benchmarks wait on this)."""
        self._jobs.join()

    def close(self) -> None:
        """Run what is queued, then stop the writer and close its connection."""
        if self._thread is not None and self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout=10)
        self._thread = None

    def _serve(self) -> None:
        while True:
            item = self._jobs.get()
            try:
                if item is None:
                    if self._db is not None:
                        self._db.close()
                        self._db = None
                    return
                self._one(*item[:4])
                item[4].set()
            finally:
                self._jobs.task_done()

    def _one(self, node: DOMNode, name: str, job: Callable[[Database], Message | None], on_error) -> None:
        try:
            if self._db is None:
                self._db = open_db(self.db_path, create=False)
            message = job(self._db)
        except DB_ERRORS as exc:
            text = str(exc) or type(exc).__name__
            node.post_message(on_error(text) if on_error else WorkerFailed(name, text))
            return
        except Exception as exc:  # noqa: BLE001 - a bug in one job must not stop every later write
            node.post_message(WorkerFailed(name, f"{type(exc).__name__}: {exc}"))
            return
        if message is not None:
            node.post_message(message)
