"""One happening placed in two parts of a place by two sources: two floors, two sides. A conflict.

Why: "the fire started in the basement archive" / "the fire began in the first-floor reading room", "the explosion
started in a third-floor flat" / "the blast began in the basement boiler room", "it happened on the east side of the
ground" / "the crush happened at the north end of the ground": the place slot compares names and numbered things
(``analyze.central_acts``), and these name neither. Extraction stores the floor and the side an act's clause names
(``Frame.onset["part"]``, ``extract.place_parts``) with what the act happened to and its verb; here, per event:

* one happening: both verbs time the happening itself or its start (began, started, broke out, happened, occurred,
  took place: closed class), or are one verb; what it happened to is one noun, or nouns the embedder puts close
  (``thing_times.THING_SIMILARITY``), or unsaid on a side ("it happened"); the claims read as about one happening
  (``central_acts.DATE_SIMILARITY``);
* the floors do not meet (each as wide as both ways of counting them: the first floor may be the ground floor), or
  the sides share no compass point ("the north-east corner" meets "the north end");
* two sources, stated done and not negated (extraction stores no part otherwise), no day of a statement.

Pairs already related other than as related (``findings.merge_findings``) keep their verdict.
"""

from __future__ import annotations

import numpy as np

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.central_acts import DATE_SIMILARITY
from workbench.analyze.findings import merge_findings
from workbench.analyze.onsets import _other_source, _who
from workbench.analyze.relate import Relation
from workbench.analyze.thing_times import THING_SIMILARITY
from workbench.extract.words import same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

# verbs that time a happening itself or its start (closed class, as ``analyze.anchored_acts``)
_HAPPENING = frozenset({"began", "begun", "started", "happened", "occurred", "broke", "took"})


def _part(f: Frame | None) -> dict | None:
    return None if f is None or f.time_said else (f.onset or {}).get("part")


def _one_happening(px: dict, py: dict) -> bool:
    vx, vy = px.get("verb") or "", py.get("verb") or ""
    if not (vx in _HAPPENING and vy in _HAPPENING or vx and vy and same_stem(vx, vy)):
        return False
    tx, ty = px.get("of"), py.get("of")
    if not tx or not ty or same_stem(tx, ty):
        return True
    close = phrase_similarity(f"the {tx}", f"the {ty}")
    return close is not None and close >= THING_SIMILARITY


def _apart(px: dict, py: dict) -> str | None:
    """The two parts as a reviewer reads them, where they cannot be one; else None."""
    lx, ly = px.get("level"), py.get("level")
    if lx and ly and (lx[1] < ly[0] or ly[1] < lx[0]):
        return f"floor: {px.get('text')} vs {py.get('text')}"
    sx, sy = px.get("side"), py.get("side")
    if sx and sy and not set(sx) & set(sy):
        return f"side: {px.get('text')} vs {py.get('text')}"
    return None


def part_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Two sources placing one happening in two parts of a place, keyed by row pair in claim-id order."""
    parts = {m: p for m in members if (p := _part(rows[m].frame))}
    placed = sorted(parts)
    found: dict[tuple[int, int], Relation] = {}
    for k, x in enumerate(placed):
        for y in placed[k + 1:]:
            px, py = parts[x], parts[y]
            apart = _apart(px, py)
            if apart is None or not _other_source(rows[x], rows[y]) \
                    or float(vectors[x] @ vectors[y]) < DATE_SIMILARITY or not _one_happening(px, py):
                continue
            found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                f"part of the place of one happening: {apart} ({rows[x].frame.act_text}; "  # type: ignore[union-attr]
                f"{_who(rows[x])} / {rows[y].frame.act_text}; {_who(rows[y])})"), "frames")  # type: ignore[union-attr]
    return found


def part_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                   relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's part-of-place conflicts: a new pair is appended, a pair held only as related
    takes the finding (``findings.merge_findings``; ordered by claim id)."""
    found = part_conflicts(members, rows, vectors)
    if not found:
        return relations
    return merge_findings(relations, found)
