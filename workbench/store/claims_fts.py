"""Full-text indexing of a batch of new claims at the end of its transaction (tables of m018).

A batch writer calls :func:`defer_indexing` after ``BEGIN`` and :func:`index_pending` before
``COMMIT``: the claims inserted in between are queued by rowid (``claims_fts_pending``) and
indexed by one ``INSERT ... SELECT``, in rowid order. Both calls run inside the same
transaction as the rows, so the index is as whole or absent as they are: a rollback (or a
``ROLLBACK TO`` a document's savepoint) takes the queue entries with the rows. Writers that do
not call them get the row-by-row triggers, as before m018.
"""

from __future__ import annotations

from sqlite_utils import Database

_DEFER = "INSERT OR IGNORE INTO claims_fts_deferred (id) VALUES (1)"
_INDEX = (
    'INSERT INTO claims_fts (rowid, "text", "speaker") SELECT c.rowid, c."text", c."speaker" '
    "FROM claims_fts_pending p JOIN claims c ON c.rowid = p.claim_rowid ORDER BY p.claim_rowid",
    "DELETE FROM claims_fts_pending",
    "DELETE FROM claims_fts_deferred",
)


def defer_indexing(db: Database) -> None:
    """From here to :func:`index_pending`, new claims wait in the queue instead of entering the index."""
    db.conn.execute(_DEFER)


def index_pending(db: Database) -> None:
    """Index every queued claim in one statement and end the deferral (the caller then commits)."""
    for sql in _INDEX:
        db.conn.execute(sql)
