"""Who decided what on a claim: the header of ``workbench history`` and the inputs of agreement.

The events themselves come from ``workbench.store.verdicts`` (which defines "current" and
"effective"); this module only adds the claim-side lookups those readers need.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.models import ClaimSummary, VerdictEvent

BATCH = 500


def claim_summary(db: Database, claim_id: str) -> ClaimSummary | None:
    """Text, speaker and outlet of a claim (None once its article was edited away)."""
    row = db.execute(
        "SELECT c.text, c.speaker, d.outlet FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
        [claim_id],
    ).fetchone()
    return ClaimSummary(claim_id, *row) if row else None


def claim_events(db: Database, claim_id: str) -> list[VerdictEvent]:
    """Every event of a claim, oldest first (verdicts, notes, undos)."""
    return [
        VerdictEvent(*row)
        for row in db.execute(
            "SELECT id, claim_id, verdict, reviewer, note, created_at, undoes, kind FROM verdict_events "
            "WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )
    ]


def claim_texts(db: Database, claim_ids: list[str]) -> dict[str, str]:
    """{claim id: text} for the ids still in the store."""
    out: dict[str, str] = {}
    for start in range(0, len(claim_ids), BATCH):
        chunk = claim_ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        out.update(dict(db.execute(f"SELECT id, text FROM claims WHERE id IN ({marks})", chunk).fetchall()))
    return out


def reviewer_count(db: Database) -> int:
    """How many reviewers have recorded any event (one cheap count before building agreement)."""
    return int(db.execute("SELECT count(DISTINCT reviewer) FROM verdict_events").fetchone()[0])
