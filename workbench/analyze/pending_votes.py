"""One body's decision told taken by one source and still waiting for that body's vote by another: a conflict.

Why: "the council approved the budget" and, in a report no earlier than that decision, "the budget is due to go to a
council vote next week" (or "has not yet been put to a vote and is due before the council") cannot both hold: the
vote is either behind or ahead. The two claims share the thing decided and the body, but no act verb, so the
modality rule (one verb planned and done) never reads them as one act, and they seldom share a fact cluster.
Extraction stored each claim's decision slot (``Frame.outcome["vote"]``, ``extract.votes``); here, per event, two
claims of two sources conflict when

* one tells the decision taken, the other the vote pending, by one body (the cabinet's approval is no answer to a
  parliamentary vote still to come: two steps of one law);
* the things decided share a word ("the rural fund" / "the 1.2 billion krone fund");
* the pending vote is told on or after the day the decision is dated (its stated day, else its report's date): a
  vote told pending before it was held is the plan the decision carried out, no conflict;
* the claims read as about one happening at least ``act_identity.DEED_SIMILARITY``.

The finding replaces an open verdict and an agreement in wording (``REPLACES``): "approved the fund" / "the fund has
not yet been put to a vote" share nearly every word, which is what misled the paraphrase rule.
"""

from __future__ import annotations

import numpy as np

from workbench.analyze.act_identity import DEED_SIMILARITY
from workbench.analyze.bounded_acts import _one_source
from workbench.analyze.findings import merge_findings
from workbench.analyze.onsets import _other_source, _who
from workbench.analyze.relate import Relation
from workbench.extract.words import same_stem
from workbench.store.analysis import ClaimRow

REPLACES = ("related", "agree")  # pair verdicts a taken-vs-pending finding replaces (module docstring)


def _vote(r: ClaimRow) -> dict | None:
    return ((r.frame.outcome if r.frame else None) or {}).get("vote")


def _decided_on(r: ClaimRow) -> str | None:
    """The day the decision is dated: its stated day (not a day the statement was made), else its report's date."""
    f = r.frame
    if f is None:
        return None
    return f.time if f.time and len(f.time) == 10 and not f.time_said else f.published


def vote_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Decisions told taken against the same body's vote told pending, by two sources, keyed by row pair in id
    order."""
    taken = [m for m in members if (_vote(rows[m]) or {}).get("state") == "taken"]
    pending = [m for m in members if (_vote(rows[m]) or {}).get("state") == "pending"]
    found: dict[tuple[int, int], Relation] = {}
    for t in taken:
        vt, day = _vote(rows[t]), _decided_on(rows[t])
        for p in pending:
            vp, said = _vote(rows[p]), (rows[p].frame.published if rows[p].frame else None)
            if vt["body"] != vp["body"] or not day or not said or said < day[:10] \
                    or not _other_source(rows[t], rows[p]) or _one_source(rows[t], rows[p]) \
                    or float(vectors[t] @ vectors[p]) < DEED_SIMILARITY:  # type: ignore[index]
                continue
            common = [s for s in vt["thing"] if any(same_stem(s, o) for o in vp["thing"])]  # type: ignore[index]
            if not common:
                continue
            found[(t, p) if rows[t].id <= rows[p].id else (p, t)] = Relation("conflict", (
                f"decision of the {vt['body']} on one thing ({', '.join(common[:3])}): {vt['text']} "  # type: ignore[index]
                f"({_who(rows[t])}) vs {vp['text']}, told on {said} ({_who(rows[p])})"), "frames")  # type: ignore[index]
    return found


def vote_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                   relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's taken-vs-pending conflicts: a pair held as ``REPLACES`` takes the finding, a new
    pair is appended (ordered by claim id, as ``analyze.facts`` orders pairs)."""
    found = vote_conflicts(members, rows, vectors)
    return merge_findings(relations, found, REPLACES) if found else relations
