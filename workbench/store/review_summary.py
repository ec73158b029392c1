"""Totals the status line shows that would cost a scan of every relation, counted once per analysis.

"Claims in a conflict" is the distinct claims of every ``conflict`` relation: a second of
SQL at 1M claims (4M relations), and the status line refreshes after every burst of
verdicts. It only changes when analysis rewrites the relations (``meta.analyzed_at`` changes)
or a claim is removed (a trigger empties ``review_summary``, migration
``m016_review_speed``), so it is kept with the ``analyzed_at`` it was counted under and
recounted whenever that differs. A database that cannot be written (read-only, busy)
recounts each time rather than fail.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from workbench.store.db import DB_ERRORS, write_transaction

CONFLICTED_SQL = (
    "SELECT claim_a AS id FROM relations WHERE relation = 'conflict' UNION "
    "SELECT claim_b FROM relations WHERE relation = 'conflict'"
)


def _stamp(db: Database) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'analyzed_at'").fetchone()
    return row[0] if row and row[0] else ""


def conflict_claims(db: Database) -> int:
    """How many claims stand in at least one conflict relation (kept per analysis, see module doc)."""
    stamp = _stamp(db)
    row = db.execute("SELECT conflict_claims FROM review_summary WHERE id = 1 AND stamp = ?", [stamp]).fetchone()
    if row is not None:
        return int(row[0])
    n = int(db.execute(f"SELECT count(*) FROM claims WHERE id IN ({CONFLICTED_SQL})").fetchone()[0])
    try:
        with write_transaction(db):
            db.execute(
                "INSERT OR REPLACE INTO review_summary (id, stamp, conflict_claims, counted_at) VALUES (1, ?, ?, ?)",
                [stamp, n, datetime.now(UTC).isoformat()],
            )
    except DB_ERRORS:  # read-only or locked: the count is right, only not kept
        pass
    return n


def conflicted_among(db: Database, subquery: str, params: list) -> int:
    """How many claims of ``subquery`` (one ``claim_id`` column, a few rows: verdicts) stand in a conflict.

    Probes the relations' indexes per claim (``claim_a`` leads the primary key, ``claim_b`` has its
    own), so the cost follows the verdicts, not the relations.
    """
    sql = (
        f"SELECT count(*) FROM claims c WHERE c.id IN ({subquery}) AND ("
        "EXISTS (SELECT 1 FROM relations r WHERE r.claim_a = c.id AND r.relation = 'conflict') OR "
        "EXISTS (SELECT 1 FROM relations r WHERE r.claim_b = c.id AND r.relation = 'conflict'))"
    )
    return int(db.execute(sql, params).fetchone()[0])
