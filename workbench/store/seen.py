"""Seen before: has the desk already decided a claim like this one?

Wire copy and recycled talking points come back in other outlets, weeks later; a desk
that checked a claim once should not check it from scratch again. A new claim matches an
earlier *decided* claim when either

* its wording is the same once whitespace is normalised (the stored ``text_hash``, the
  key wire copy shares), or
* its stored frame (``claim_frames``, computed once at extraction) is identical and says
  something checkable: at least one measured figure. Same figures, same reference time,
  same place and scope, same speaker and modality is the same claim in other words.

Only claims with a final verdict count (adjudicated, agreed, or one reviewer's); a split
claim suggests nothing. Matches come best first: wording before frame, then the most
recent decision. The UI calls :func:`seen_before` from a worker with plain arguments.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from workbench.models import SeenBefore
from workbench.store.reviewers import review_views

DEFAULT_LIMIT = 5
# Only a claim with a verdict event can have a final verdict: candidates are cut to those in SQL, so
# wire copy run by a hundred outlets costs index probes, not a review view per copy (1M-claim desks).
_DECIDED = "EXISTS (SELECT 1 FROM verdict_events e WHERE e.claim_id = {col})"


def _wording_matches(db: Database, claim_id: str) -> list[str]:
    sql = (
        "SELECT o.id FROM claims c JOIN claims o ON o.text_hash = c.text_hash AND o.id != c.id "
        f"WHERE c.id = ? AND {_DECIDED.format(col='o.id')} ORDER BY o.id"
    )
    return [row[0] for row in db.execute(sql, [claim_id])]


def _checkable(frame_json: str) -> bool:
    """A frame worth matching on: it measures something with a figure."""
    try:
        frame = json.loads(frame_json)
    except ValueError:
        return False
    measures = frame.get("measures") or []
    return any(m.get("lo") is not None or m.get("hi") is not None for m in measures if isinstance(m, dict))


def _frame_matches(db: Database, claim_id: str) -> list[str]:
    row = db.execute("SELECT frame FROM claim_frames WHERE claim_id = ?", [claim_id]).fetchone()
    if row is None or not _checkable(row[0]):
        return []
    sql = (
        "SELECT claim_id FROM claim_frames WHERE frame = ? AND claim_id != ? "
        f"AND {_DECIDED.format(col='claim_id')} ORDER BY claim_id"
    )
    return [r[0] for r in db.execute(sql, [row[0], claim_id])]


def seen_before(db: Database, claim_id: str, *, limit: int = DEFAULT_LIMIT) -> list[SeenBefore]:
    """Decided claims that match ``claim_id`` (see the module docstring), best first, at most ``limit``."""
    by_wording = _wording_matches(db, claim_id)
    by_frame = [c for c in _frame_matches(db, claim_id) if c not in set(by_wording)]
    candidates = by_wording + by_frame
    if not candidates:
        return []
    views = review_views(db, candidates)
    texts = {
        cid: (text, outlet, published)
        for cid, text, outlet, published in db.execute(
            "SELECT c.id, c.text, d.outlet, d.published FROM claims c JOIN documents d ON d.id = c.document_id "
            f"WHERE c.id IN ({','.join('?' * len(candidates))})",
            candidates,
        )
    }
    found: list[SeenBefore] = []
    for cid in candidates:
        view = views[cid]
        if view.final is None:
            continue
        decider = view.adjudication or max(view.others, key=lambda v: v.event_id)
        text, outlet, published = texts[cid]
        match = "wording" if cid in by_wording else "frame"
        found.append(SeenBefore(cid, text, outlet, published, match, view.final, decider.reviewer, decider.decided_at))
    found.sort(key=lambda s: (s.match != "wording", _neg(s.decided_at)))
    return found[:limit]


def _neg(stamp: str) -> tuple[int, ...]:
    """Sort key putting later ISO timestamps first."""
    return tuple(-ord(ch) for ch in stamp)


def suggested_verdict(matches: list[SeenBefore]) -> str | None:
    """The verdict the earlier decisions point to: theirs when they all agree, else None."""
    verdicts = {m.verdict for m in matches}
    return next(iter(verdicts)) if len(verdicts) == 1 else None
