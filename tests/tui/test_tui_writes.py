"""The write queue's two paths: committed on the calling thread when the database is free and nothing
is queued, handed to the writer thread (in order, never waiting on the caller) when another process
holds the lock."""

from __future__ import annotations

import sqlite3
import threading

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db, record_verdict
from workbench.tui.writes import WriteQueue


class Inbox:
    """The node a job's message goes to (a widget in the app): here, a list."""

    def __init__(self) -> None:
        self.messages: list = []

    def post_message(self, message) -> bool:
        self.messages.append(message)
        return True


def _job(claim_id: str, threads: list[int]):
    def job(db):
        event = record_verdict(db, claim_id, "verified", "alice")  # raises when it could not commit
        threads.append(threading.get_ident())  # where it committed
        return event["id"]

    return job


def test_free_database_commits_on_the_calling_thread(tmp_path):
    path = build_review_db(tmp_path / "r.db")
    ui = open_db(path, create=False)
    writes, inbox, threads = WriteQueue(str(path)), Inbox(), []
    try:
        claim = next(iter(claim_ids(ui).values()))
        writes.run(inbox, "verdict", _job(claim, threads), now=ui)
        assert threads == [threading.get_ident()]  # no thread switch: committed before run() returned
        other = sqlite3.connect(path)
        assert other.execute("SELECT count(*) FROM verdict_events WHERE claim_id = ?", [claim]).fetchone()[0] == 1
        other.close()
        assert inbox.messages == [1]
    finally:
        writes.close()
        ui.close()


def test_locked_database_goes_to_the_writer_and_keeps_the_order(tmp_path):
    path = build_review_db(tmp_path / "r.db")
    ui = open_db(path, create=False)
    writes, inbox, threads = WriteQueue(str(path)), Inbox(), []
    blocker = sqlite3.connect(path, timeout=5)
    try:
        first, second = list(claim_ids(ui).values())[:2]
        blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        writes.run(inbox, "verdict", _job(first, threads), now=ui)
        writes.run(inbox, "verdict", _job(second, threads), now=ui)  # queued behind the first
        assert inbox.messages == []  # neither waited on the lock here
        blocker.rollback()
        writes.join()
        assert threading.get_ident() not in threads and len(threads) == 2
        order = [r[0] for r in ui.execute("SELECT claim_id FROM verdict_events ORDER BY id")]
        assert order == [first, second]
        assert ui.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # the wait is put back for other writes
    finally:
        blocker.close()
        writes.close()
        ui.close()
