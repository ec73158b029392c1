"""Verdict events: append-only history, current verdicts, undo.

Nothing here updates or deletes an event (triggers in the schema enforce it). An undo is
itself an event: it names the event it reverts (``undoes``) and carries the verdict the
claim falls back to, so history reads top to bottom like a ledger.

Three kinds of event: ``verdict``, ``note`` and ``adjudication``. An adjudication is an
adjudicator's final word on a claim the reviewers split on; it is not a rating (agreement
figures ignore it). The current verdict of a claim is its latest *effective* adjudication
(not an undo, not undone), else its latest effective verdict, so an undo falls back to
the previous effective event with its own reviewer. A note belongs to the claim and its
reviewer until that reviewer replaces it: the note shown with a verdict is its reviewer's
latest note (from a note event or a verdict that still stands). Undo reverts verdicts only.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.models import VERDICTS
from workbench.settings import login_reviewer
from workbench.store.db import StoreError, write_transaction
from workbench.store.documents import now_iso

VERDICT_ALIASES = {"clear": "cleared", "none": "cleared"}
VERDICT = "verdict"
NOTE = "note"
ADJUDICATION = "adjudication"


def default_reviewer() -> str:
    """The login name, else "reviewer": for library callers that name nobody.

    The store reads no environment: the CLI and the UI pass ``Settings.reviewer_name``
    (``$WORKBENCH_REVIEWER``, the config file, else this login name).
    """
    return login_reviewer()


def normalize_verdict(verdict: str) -> str:
    v = VERDICT_ALIASES.get(verdict.strip().lower(), verdict.strip().lower())
    if v not in VERDICTS:
        raise StoreError(f"unknown verdict {verdict!r} (use verified, disputed, unattributed or clear)")
    return v


def effective_sql(alias: str = "verdict_events", kind: str = VERDICT) -> str:
    """SQL condition: event ``alias`` is a ``kind`` event in effect (not a note, not an undo, not undone)."""
    return (
        f"{alias}.kind = '{kind}' AND {alias}.undoes IS NULL "
        f"AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = {alias}.id)"
    )


def current_event_sql(claim_col: str) -> str:
    """SQL expression: id of the current verdict event of claim ``claim_col``.

    The latest effective adjudication, else the latest effective verdict; when there is
    none (never decided, all undone, only notes) the latest event of any kind, whose
    verdict is then "cleared" or repeats it.
    """
    return (
        f"COALESCE((SELECT ad.id FROM verdict_events ad WHERE ad.claim_id = {claim_col} "
        f"AND {effective_sql('ad', ADJUDICATION)} ORDER BY ad.id DESC LIMIT 1), "
        f"(SELECT ce.id FROM verdict_events ce WHERE ce.claim_id = {claim_col} AND {effective_sql('ce')} "
        "ORDER BY ce.id DESC LIMIT 1), "
        f"(SELECT la.id FROM verdict_events la WHERE la.claim_id = {claim_col} ORDER BY la.id DESC LIMIT 1))"
    )


def note_sql(event_alias: str) -> str:
    """SQL expression: the latest note of event ``event_alias``'s reviewer on its claim.

    Notes of undone verdicts do not count; an empty note replaces (clears) an older one.
    """
    a = event_alias
    return (
        "(SELECT NULLIF(ne.note, '') FROM verdict_events ne WHERE ne.claim_id = "
        f"{a}.claim_id AND ne.reviewer = {a}.reviewer AND ne.note IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM verdict_events nu WHERE nu.undoes = ne.id) ORDER BY ne.id DESC LIMIT 1)"
    )


def _insert_event(
    db: Database,
    claim_id: str,
    verdict: str,
    reviewer: str,
    note: str | None,
    undoes: int | None,
    kind: str = "verdict",
) -> dict[str, Any]:
    row = {
        "claim_id": claim_id,
        "verdict": verdict,
        "reviewer": reviewer,
        "note": note,
        "created_at": now_iso(),
        "undoes": undoes,
        "kind": kind,
    }
    cursor = db.execute(
        "INSERT INTO verdict_events (claim_id, verdict, reviewer, note, created_at, undoes, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [row["claim_id"], row["verdict"], row["reviewer"], row["note"], row["created_at"], row["undoes"], kind],
    )
    row["id"] = cursor.lastrowid
    return row


def record_verdict(
    db: Database, claim_id: str, verdict: str, reviewer: str | None = None, note: str | None = None
) -> dict[str, Any]:
    """Append a verdict event for ``claim_id`` and return it (committed on return)."""
    v = normalize_verdict(verdict)
    who = reviewer or default_reviewer()
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise StoreError(f"no claim with id {claim_id!r}")
        return _insert_event(db, claim_id, v, who, note or None, None)


def record_note(db: Database, claim_id: str, note: str, reviewer: str | None = None) -> dict[str, Any]:
    """Attach (or replace, or with "" clear) the reviewer's note on a claim; the verdict stays.

    A ``note`` event: it repeats the current verdict for readers of the history, but is
    never a verdict itself, so undo passes over it and agreement ignores it.
    """
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise StoreError(f"no claim with id {claim_id!r}")
        current = current_verdict(db, claim_id)
        verdict = current["verdict"] if current else "cleared"
        return _insert_event(db, claim_id, verdict, reviewer or default_reviewer(), note, None, kind="note")


def record_adjudication(
    db: Database, claim_id: str, verdict: str, adjudicator: str | None = None, note: str | None = None
) -> dict[str, Any]:
    """Record an adjudicator's final verdict on ``claim_id`` (its own event kind; committed on return).

    It becomes the claim's current verdict and what exports and ClaimReview publish, over
    any reviewer's later verdict, until it is undone or a later adjudication replaces it.
    "cleared" is refused: an adjudication is withdrawn with undo.
    """
    v = normalize_verdict(verdict)
    if v == "cleared":
        raise StoreError("an adjudication needs a verdict (verified, disputed or unattributed); undo withdraws one")
    who = adjudicator or default_reviewer()
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            raise StoreError(f"no claim with id {claim_id!r}")
        return _insert_event(db, claim_id, v, who, note or None, None, kind=ADJUDICATION)


def _fallback_verdict(db: Database, claim_id: str, without: int) -> str:
    """The verdict ``claim_id`` falls back to once event ``without`` no longer counts."""
    for kind in (ADJUDICATION, VERDICT):
        row = db.execute(
            f"SELECT verdict FROM verdict_events WHERE claim_id = ? AND id != ? AND {effective_sql(kind=kind)} "
            "ORDER BY id DESC LIMIT 1",
            [claim_id, without],
        ).fetchone()
        if row:
            return row[0]
    return "cleared"


def undo_last(db: Database, reviewer: str | None = None) -> dict[str, Any] | None:
    """Revert ``reviewer``'s most recent verdict or adjudication that is still in effect.

    Returns the undo event, or None when there is nothing to undo. The claim falls back
    to its latest other effective adjudication, else verdict (another reviewer's later
    verdict survives), else "cleared"; the restored event keeps its own reviewer and note
    (the undo event records who undid). Notes are never undone.
    """
    who = reviewer or default_reviewer()
    either = f"(({effective_sql()}) OR ({effective_sql(kind=ADJUDICATION)}))"
    with write_transaction(db):
        target = db.execute(
            f"SELECT id, claim_id FROM verdict_events WHERE reviewer = ? AND {either} ORDER BY id DESC LIMIT 1",
            [who],
        ).fetchone()
        if target is None:
            return None
        event_id, claim_id = target
        return _insert_event(db, claim_id, _fallback_verdict(db, claim_id, event_id), who, None, event_id)


def current_verdict(db: Database, claim_id: str) -> dict[str, Any] | None:
    """The current verdict event of a claim with its reviewer's latest note (None when never reviewed)."""
    rows = list(db.query("SELECT * FROM current_verdicts WHERE claim_id = ?", [claim_id]))
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
        f"SELECT reviewer, claim_id, verdict FROM verdict_events WHERE {effective_sql()} ORDER BY id"
    ):
        out.setdefault(reviewer, {})[claim] = verdict
    return {r: {c: v for c, v in m.items() if v != "cleared"} for r, m in out.items()}
