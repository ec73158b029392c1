"""Verdict events: append-only history, current verdicts, undo.

Nothing here updates or deletes an event (triggers in the schema enforce it). The
current verdict of a claim is its latest event; "cleared" means no verdict. An undo is
itself an event: it names the event it reverts (``undoes``) and carries the verdict the
claim falls back to, so history reads top to bottom like a ledger.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlite_utils import Database

from workbench.models import VERDICTS
from workbench.store.db import StoreError, write_transaction
from workbench.store.documents import now_iso

VERDICT_ALIASES = {"clear": "cleared", "none": "cleared"}


def default_reviewer() -> str:
    """``$WORKBENCH_REVIEWER``, else the login name, else "reviewer"."""
    env = os.environ.get("WORKBENCH_REVIEWER")
    if env:
        return env
    try:
        return getpass.getuser() or "reviewer"
    except (OSError, KeyError):  # no passwd entry in some containers
        return "reviewer"


def normalize_verdict(verdict: str) -> str:
    v = VERDICT_ALIASES.get(verdict.strip().lower(), verdict.strip().lower())
    if v not in VERDICTS:
        raise StoreError(f"unknown verdict {verdict!r} (use verified, disputed, unattributed or clear)")
    return v


def _insert_event(db: Database, claim_id: str, verdict: str, reviewer: str, note: str | None, undoes: int | None) -> dict[str, Any]:
    row = {
        "claim_id": claim_id,
        "verdict": verdict,
        "reviewer": reviewer,
        "note": note,
        "created_at": now_iso(),
        "undoes": undoes,
    }
    cursor = db.execute(
        "INSERT INTO verdict_events (claim_id, verdict, reviewer, note, created_at, undoes) VALUES (?, ?, ?, ?, ?, ?)",
        [row["claim_id"], row["verdict"], row["reviewer"], row["note"], row["created_at"], row["undoes"]],
    )
    row["id"] = cursor.lastrowid
    return row


def record_verdict(db: Database, claim_id: str, verdict: str, reviewer: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Append a verdict event for ``claim_id`` and return it (committed on return)."""
    v = normalize_verdict(verdict)
    who = reviewer or default_reviewer()
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise StoreError(f"no claim with id {claim_id!r}")
        return _insert_event(db, claim_id, v, who, note or None, None)


def record_note(db: Database, claim_id: str, note: str, reviewer: str | None = None) -> dict[str, Any]:
    """Attach a note to a claim without changing its verdict (an event repeating it)."""
    with write_transaction(db):
        current = current_verdict(db, claim_id)
        verdict = current["verdict"] if current else "cleared"
        if not db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise StoreError(f"no claim with id {claim_id!r}")
        return _insert_event(db, claim_id, verdict, reviewer or default_reviewer(), note, None)


def _effective_sql() -> str:
    # events that are neither undos nor undone
    return "undoes IS NULL AND id NOT IN (SELECT undoes FROM verdict_events WHERE undoes IS NOT NULL)"


def undo_last(db: Database, reviewer: str | None = None) -> dict[str, Any] | None:
    """Revert ``reviewer``'s most recent verdict that is still in effect.

    Returns the undo event, or None when there is nothing to undo. The claim falls back
    to its latest other effective event (another reviewer's later verdict survives), or
    to "cleared".
    """
    who = reviewer or default_reviewer()
    with write_transaction(db):
        target = db.execute(
            f"SELECT id, claim_id FROM verdict_events WHERE reviewer = ? AND {_effective_sql()} ORDER BY id DESC LIMIT 1",
            [who],
        ).fetchone()
        if target is None:
            return None
        event_id, claim_id = target
        previous = db.execute(
            f"SELECT verdict FROM verdict_events WHERE claim_id = ? AND id != ? AND {_effective_sql()} ORDER BY id DESC LIMIT 1",
            [claim_id, event_id],
        ).fetchone()
        restored = previous[0] if previous else "cleared"
        return _insert_event(db, claim_id, restored, who, None, event_id)


def current_verdict(db: Database, claim_id: str) -> dict[str, Any] | None:
    """The latest event of a claim (None when never reviewed)."""
    rows = list(db.query("SELECT * FROM verdict_events WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]))
    return rows[0] if rows else None


def history(db: Database, claim_id: str) -> list[dict[str, Any]]:
    """Every event of a claim, oldest first."""
    return list(db.query("SELECT * FROM verdict_events WHERE claim_id = ? ORDER BY id", [claim_id]))


def reviewer_verdicts(db: Database) -> dict[str, dict[str, str]]:
    """{reviewer: {claim_id: verdict}}: each reviewer's latest effective verdict per claim.

    Cleared verdicts are dropped: a reviewer who cleared a claim has no opinion on it.
    """
    out: dict[str, dict[str, str]] = {}
    for reviewer, claim, verdict in db.execute(
        f"SELECT reviewer, claim_id, verdict FROM verdict_events WHERE {_effective_sql()} ORDER BY id"
    ):
        out.setdefault(reviewer, {})[claim] = verdict
    return {r: {c: v for c, v in m.items() if v != "cleared"} for r, m in out.items()}
