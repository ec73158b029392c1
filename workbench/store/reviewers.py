"""The multi-reviewer record: each reviewer's own view, blind mode, splits and adjudication.

A claim reviewed by several people has one standing verdict per reviewer (their latest
effective ``verdict`` event; "cleared" means no opinion) and at most one standing
adjudication. Showing only the latest verdict by anyone hid a dispute under a later
verify and let ClaimReview publish a split claim as settled, so the store answers:

* :func:`review_view` / :func:`review_views`: a reviewer's own verdict and the others'
  apart; with ``blind=True`` the others (and any adjudication) are withheld until this
  reviewer has decided, so a second reviewer is not anchored by the first;
* :func:`review_states`: unreviewed / single / agreed / split / adjudicated per claim,
  for exports (a split claim without adjudication is not published);
* :func:`claims_in_state` and :func:`disagreeing_claims`: the filters behind
  ``workbench claims --state`` and ``--disagree``.

Plain arguments, dataclass results (:class:`workbench.models.ReviewView`), so the UI can
call these from a worker thread with its own connection.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from workbench.models import REVIEW_STATES, ReviewerVerdict, ReviewProgress, ReviewView
from workbench.store.db import StoreError
from workbench.store.review_summary import conflict_claims, conflicted_among
from workbench.store.verdicts import ADJUDICATION, VERDICT, effective_sql, note_sql

_CHUNK = 500

_STANDING_SQL = f"""
SELECT e.claim_id, e.kind, e.reviewer, e.verdict, {note_sql("e")}, e.created_at, e.id
FROM verdict_events e
WHERE e.claim_id IN ({{marks}}) AND (({effective_sql("e", VERDICT)}) OR ({effective_sql("e", ADJUDICATION)}))
ORDER BY e.id
"""


def _standing(
    db: Database, claim_ids: list[str]
) -> dict[str, tuple[dict[str, ReviewerVerdict], ReviewerVerdict | None]]:
    """{claim: ({reviewer: standing verdict}, standing adjudication)}; cleared verdicts dropped."""
    out: dict[str, tuple[dict[str, ReviewerVerdict], ReviewerVerdict | None]] = {}
    for start in range(0, len(claim_ids), _CHUNK):
        chunk = claim_ids[start : start + _CHUNK]
        per: dict[str, dict[str, ReviewerVerdict]] = {c: {} for c in chunk}
        adjudications: dict[str, ReviewerVerdict | None] = dict.fromkeys(chunk)
        sql = _STANDING_SQL.format(marks=",".join("?" * len(chunk)))
        for claim, kind, reviewer, verdict, note, created, event_id in db.execute(sql, chunk):
            item = ReviewerVerdict(reviewer, verdict, note, created, event_id)
            if kind == ADJUDICATION:
                adjudications[claim] = item  # ordered by id: the latest wins
            else:
                per[claim][reviewer] = item
        for claim in chunk:
            kept = {r: v for r, v in per[claim].items() if v.verdict != "cleared"}
            out[claim] = (kept, adjudications[claim])
    return out


def _state(verdicts: dict[str, ReviewerVerdict], adjudication: ReviewerVerdict | None) -> tuple[str, str | None]:
    if adjudication is not None:
        return "adjudicated", adjudication.verdict
    distinct = {v.verdict for v in verdicts.values()}
    if not distinct:
        return "unreviewed", None
    if len(distinct) > 1:
        return "split", None
    return ("single" if len(verdicts) == 1 else "agreed"), next(iter(distinct))


def review_views(
    db: Database, claim_ids: Iterable[str], reviewer: str | None = None, *, blind: bool = False
) -> dict[str, ReviewView]:
    """The :class:`ReviewView` of each claim for ``reviewer`` (None: nobody's own; everything is "others").

    ``blind`` withholds the other reviewers' verdicts and the adjudication until
    ``reviewer`` has a standing verdict on the claim (``hidden`` counts what is withheld).
    The state and final verdict are withheld too, since they would give the others away.
    """
    ids = list(dict.fromkeys(claim_ids))
    views: dict[str, ReviewView] = {}
    for claim, (verdicts, adjudication) in _standing(db, ids).items():
        mine = verdicts.get(reviewer) if reviewer else None
        others = tuple(v for r, v in sorted(verdicts.items()) if r != reviewer)
        state, final = _state(verdicts, adjudication)
        if blind and mine is None and (others or adjudication):
            hidden = len(others) + (adjudication is not None)
            views[claim] = ReviewView(claim, reviewer, None, (), None, "unreviewed", None, hidden)
        else:
            views[claim] = ReviewView(claim, reviewer, mine, others, adjudication, state, final)
    return views


def review_view(db: Database, claim_id: str, reviewer: str | None = None, *, blind: bool = False) -> ReviewView:
    """:func:`review_views` for one claim."""
    return review_views(db, [claim_id], reviewer, blind=blind)[claim_id]


def review_states(db: Database, claim_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """{claim: (state, final verdict)} with nothing withheld (exports, filters)."""
    return {c: _state(v, a) for c, (v, a) in _standing(db, list(dict.fromkeys(claim_ids))).items()}


# Each reviewer's standing verdict per claim, as one SQL relation (cleared dropped).
_STANDING_VERDICTS = f"""
SELECT e.claim_id, e.reviewer, e.verdict FROM verdict_events e
WHERE e.id IN (SELECT max(v.id) FROM verdict_events v WHERE {effective_sql("v", VERDICT)} GROUP BY v.claim_id, v.reviewer)
"""
_ADJUDICATED = f"SELECT a.claim_id FROM verdict_events a WHERE {effective_sql('a', ADJUDICATION)}"


def disagreeing_claims(db: Database, *, include_adjudicated: bool = False) -> list[str]:
    """Claims whose reviewers' standing verdicts differ, oldest decision first.

    By default only those no adjudicator has settled yet: the desk's to-do list.
    """
    exclude = "" if include_adjudicated else f"AND s.claim_id NOT IN ({_ADJUDICATED})"
    sql = (
        f"SELECT s.claim_id FROM ({_STANDING_VERDICTS}) s WHERE s.verdict != 'cleared' {exclude} "
        "GROUP BY s.claim_id HAVING count(DISTINCT s.verdict) > 1 ORDER BY s.claim_id"
    )
    return [row[0] for row in db.execute(sql)]


def claims_in_state(db: Database, state: str) -> list[str]:
    """Ids of the claims in ``state`` (one of :data:`workbench.models.REVIEW_STATES`)."""
    if state not in REVIEW_STATES:
        raise StoreError(f"unknown review state {state!r} (use {', '.join(REVIEW_STATES)})")
    if state == "split":
        return disagreeing_claims(db)
    ids = [row[0] for row in db.execute("SELECT id FROM claims ORDER BY id")]
    return [c for c, (s, _) in review_states(db, ids).items() if s == state]


def review_progress(db: Database, reviewer: str | None = None) -> ReviewProgress:
    """Reviewed / total and conflicts left, for ``reviewer`` and for everyone.

    Costs the verdicts, not the relations: the claims in a conflict are counted once per
    analysis (``workbench.store.review_summary``) and the decided ones among them are probed
    one by one, so the status line refreshes in milliseconds on a 1M-claim database.
    """
    decided = f"SELECT claim_id FROM ({_STANDING_VERDICTS}) WHERE verdict != 'cleared' UNION {_ADJUDICATED}"
    mine = f"SELECT claim_id FROM ({_STANDING_VERDICTS}) WHERE verdict != 'cleared' AND reviewer = ?"
    who = [reviewer or ""]
    claims, by_me, by_anyone = db.execute(
        f"""SELECT
            (SELECT count(*) FROM claims),
            (SELECT count(*) FROM claims WHERE id IN ({mine})),
            (SELECT count(*) FROM claims WHERE id IN ({decided}))""",
        who,
    ).fetchone()
    conflicted = conflict_claims(db)
    left_for_me = conflicted - conflicted_among(db, mine, who)
    left = conflicted - conflicted_among(db, decided, [])
    return ReviewProgress(reviewer, claims, by_me, by_anyone, conflicted, left_for_me, left,
                          split=len(disagreeing_claims(db)))
