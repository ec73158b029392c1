"""One thing's recovery told as given up freely by one source and as taken by force by another: a conflict.

Why: "the painting was handed over voluntarily by one of his clients" / "officers had seized the painting in the flat"
characterise one recovery in two ways that exclude each other, as "resigned" / "was sacked" do one departure. The
claims share the thing and hardly another word, so they seldom share a fact cluster and no wording rule compares
them. Extraction stored each claim's recovery slot (``Frame.outcome["recovery"]``, ``extract.recoveries``); here, per
event, two claims of two sources (however named: ``bounded_acts._one_source``) whose things share a word and whose
ways differ conflict, where the claims read as about one happening at least ``act_identity.DEED_SIMILARITY``. Two
reports of one way agree in substance but are left to the other rules (their other slots may differ). Pairs already
related other than as related keep their verdict (``findings.merge_findings``).
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


def _recovery(r: ClaimRow) -> dict | None:
    return ((r.frame.outcome if r.frame else None) or {}).get("recovery")


def recovery_conflicts(members: list[int], rows: list[ClaimRow],
                       vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Two sources' exclusive ways one thing was recovered, keyed by row pair in claim-id order."""
    told = {m: v for m in members if (v := _recovery(rows[m]))}
    found: dict[tuple[int, int], Relation] = {}
    keys = sorted(told)
    for k, x in enumerate(keys):
        for y in keys[k + 1:]:
            vx, vy = told[x], told[y]
            if vx["how"] == vy["how"] or not _other_source(rows[x], rows[y]) or _one_source(rows[x], rows[y]) \
                    or float(vectors[x] @ vectors[y]) < DEED_SIMILARITY:
                continue
            common = [s for s in vx["thing"] if any(same_stem(s, o) for o in vy["thing"])]
            if common:
                found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                    f"how one thing was recovered ({', '.join(common[:2])}): {vx['how']}, {vx['text']} "
                    f"({_who(rows[x])}) vs {vy['how']}, {vy['text']} ({_who(rows[y])})"), "frames")
    return found


def recovery_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                       relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's recovery conflicts laid over them (``findings.merge_findings``)."""
    found = recovery_conflicts(members, rows, vectors)
    return merge_findings(relations, found) if found else relations
