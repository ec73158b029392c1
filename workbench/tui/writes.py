"""Verdicts, notes and undos committed off the UI thread, in the order the keys were pressed.

A verdict key must never wait on SQLite (a busy lock held by another reviewer's process can
stall a write for seconds), so the card shows the new verdict at once and the INSERT runs in
a thread worker with its own connection. Order still matters: ``v`` then ``z`` must undo
*that* verdict. Each write takes a ticket on the UI thread when the key is handled, and the
workers commit strictly in ticket order (a condition variable), so the database sees the
keys in the order they were pressed. Reads that must see every earlier write (the next
unreviewed group) take a ticket too. A write that fails reports one line, and the caller
puts the card back.

The writes share one connection, opened by the first of them: turns never overlap, so it is
used by one thread at a time (``open_db`` connections allow that), and a keystroke does not
pay for opening and checking the database again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from textual.dom import DOMNode
from textual.message import Message

from workbench.store import DB_ERRORS, Database, open_db
from workbench.tui.messages import WorkerFailed

# A ticket that never arrives (its worker was cancelled as the app quit) must not hold the
# writes after it for ever: after this long they go ahead.
TURN_TIMEOUT_S = 30.0


class WriteQueue:
    """Tickets in key order; ``run`` commits each job in a thread worker when its turn comes."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._turns = threading.Condition()
        self._issued = 0
        self._done = 0
        self._db: Database | None = None

    def _connection(self) -> Database:
        """The writers' connection (called inside a turn only)."""
        if self._db is None:
            self._db = open_db(self.db_path, create=False)
        return self._db

    def close(self) -> None:
        """Close the writers' connection (the app is ending; a later write opens it again)."""
        with self._turns:
            db, self._db = self._db, None
        if db is not None:
            db.close()

    @contextmanager
    def _turn(self, ticket: int) -> Iterator[None]:
        with self._turns:
            self._turns.wait_for(lambda: self._done >= ticket, timeout=TURN_TIMEOUT_S)
        try:
            yield
        finally:
            with self._turns:
                self._done = max(self._done, ticket + 1)
                self._turns.notify_all()

    def run(
        self,
        node: DOMNode,
        name: str,
        job: Callable[[Database], Message | None],
        on_error: Callable[[str], Message] | None = None,
    ) -> None:
        """Queue ``job(db)`` behind every earlier write; post its message (or ``on_error(text)``) to ``node``."""
        ticket = self._issued  # taken now, on the UI thread: the key order
        self._issued += 1

        def fail(text: str) -> None:
            node.post_message(on_error(text) if on_error else WorkerFailed(name, text))

        def work() -> None:
            with self._turn(ticket):
                try:
                    message = job(self._connection())
                except DB_ERRORS as exc:
                    fail(str(exc) or type(exc).__name__)
                    return
                if message is not None:
                    node.post_message(message)

        node.run_worker(work, name=name, group="writes", exclusive=False, thread=True)
