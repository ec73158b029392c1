"""Two sources giving one measure two dates it applies from: a conflict ("the rise takes effect on September 1" /
"the rise will be backdated to January 1").

Why: extraction stores the date a measure applies from with the measure's head noun (``Frame.outcome["effective"]``,
``extract.effective``); the day rules leave two sources' plans alone (a plan may move), and the two claims read apart
(asides, figures, other verbs), so they were never compared. Here, per event, two claims of two sources (however
named: ``bounded_acts._one_source``) that give one measure (one head noun) two dates, neither holding the other,
in claims that read as about one happening (``act_identity.DEED_SIMILARITY``), conflict. A date stated as changed
("will now apply from") is not stored: an update. Pairs already related other than as related or as different
measures keep their verdict.
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


def effective_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Two sources' dates for when one measure applies from, that cannot both hold, keyed by row pair in id order."""
    dated = {m: e for m in members if rows[m].frame and (e := (rows[m].frame.outcome or {}).get("effective"))}
    found: dict[tuple[int, int], Relation] = {}
    keys = sorted(dated)
    for k, x in enumerate(keys):
        for y in keys[k + 1:]:
            ex, ey = dated[x], dated[y]
            if ex["day"].startswith(ey["day"]) or ey["day"].startswith(ex["day"]) or not same_stem(ex["of"], ey["of"]) \
                    or not _other_source(rows[x], rows[y]) or _one_source(rows[x], rows[y]) \
                    or float(vectors[x] @ vectors[y]) < DEED_SIMILARITY:
                continue
            found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                f"date the {ex['of']} applies from: {ex['text']} ({_who(rows[x])}) vs {ey['text']} ({_who(rows[y])})"),
                "frames")
    return found


def effective_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                        relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's effective-date conflicts: a new pair is appended, a pair held only as related
    takes the finding (``findings.merge_findings``) (ordered by claim id)."""
    found = effective_conflicts(members, rows, vectors)
    if not found:
        return relations
    return merge_findings(relations, found)
