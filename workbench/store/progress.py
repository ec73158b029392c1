"""How far the review is, for the status line: reviewed claims (everyone's and mine), conflicts left.

Built on the one definition of the current and the effective verdict (``store.verdicts``).
The counts walk the verdict events and the conflict relations once each (not the claims),
and the UI computes them in the status line's worker, coalesced with reviewer agreement.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.models import ReviewProgress
from workbench.store.verdicts import current_event_sql, effective_sql

_CURRENT_OF = "(SELECT e.verdict FROM verdict_events e WHERE e.id = " + current_event_sql("x.claim_id") + ")"


def review_progress(db: Database, reviewer: str) -> ReviewProgress:
    """Reviewed claims (current verdict not cleared), the reviewer's own standing verdicts, open conflicts."""
    reviewed = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT v.claim_id FROM verdict_events v JOIN claims c ON c.id = v.claim_id) x "
        f"WHERE {_CURRENT_OF} != 'cleared'"
    ).fetchone()[0]
    mine = db.execute(
        "SELECT count(*) FROM verdict_events v JOIN claims c ON c.id = v.claim_id JOIN (SELECT max(id) AS id FROM verdict_events "
        f"WHERE reviewer = ? AND {effective_sql()} GROUP BY claim_id) own ON own.id = v.id WHERE v.verdict != 'cleared'",
        [reviewer],
    ).fetchone()[0]
    conflicts_left = db.execute(
        "SELECT count(*) FROM (SELECT claim_a AS claim_id FROM relations WHERE relation = 'conflict' "
        "UNION SELECT claim_b FROM relations WHERE relation = 'conflict') x "
        f"WHERE COALESCE({_CURRENT_OF}, 'cleared') = 'cleared'"
    ).fetchone()[0]
    return ReviewProgress(int(reviewed), int(mine), int(conflicts_left))
