"""One act said by one source not to happen before a date, and timed before it by another: a conflict.

Why: "the rescue shaft will not be finished before Thursday" / "a rescue shaft was completed on Tuesday evening";
"the schedule will not be back to normal before Wednesday" / "the airline returned to its full schedule on Monday";
"refunds will not be paid before September" / "refunds will be paid within four weeks". The pair rule
(``analyze.outcomes``) needs the bound's verb among the other claim's deeds and the two claims in one fact; such
reports seldom share a verb ("finished" / "completed") and read apart through their asides, so they were never
compared. Extraction stores the bound (``Frame.outcome["not_before"]`` with the negated act), a deadline given as a
span from the report (``outcome["due_by"]``, ``extract.deadlines``) and each act's time; here, per event, a bound
is set against each other source's time of the same act:

* the other claim's act is not negated, stated done, or planned or expected by its own source (two sources'
  rival forecasts of one act cannot both hold: "from Monday" / "not before Wednesday"); its time is its deadline
  or its day or month, never a bound of its own ("after", "since", "until") nor the day of a statement;
* that time lies wholly before the bound, within ``NEAR_DAYS`` (further off, another round of the act);
* one act: the bound's verb is a deed, plan or subject of the other ("refunds will be paid"), or both acts happen
  to one thing (their subjects' head noun) in phrases that read close (``act_identity.SUBJECT_PHRASE_SIMILARITY``);
  phrases alone are not enough (an act and its undoing read alike); neither of a series ("the first branches",
  "a second shaft") unless both, and the claims read as about one happening (``act_identity.DEED_SIMILARITY``).

Two claims of one source (an update: a plan moved), however named ("the regional council" / "the council"), and of
one document are left alone; a pair already related
other than as related keeps its verdict (``findings.merge_findings``).
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from workbench.analyze.act_identity import (
    DEED_SIMILARITY,
    SUBJECT_PHRASE_SIMILARITY,
    _heads,
    _instances,
    phrase_similarity,
)
from workbench.analyze.findings import merge_findings
from workbench.analyze.onsets import _other_source, _who
from workbench.analyze.relate import Relation
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

NEAR_DAYS = 62  # a time of the act this far before the bound is another round of it, not a rival time
_TIMED = ("done", "quoted", "planned", "expected")
# a time stated as a bound of its own is no time of the act: "after Monday" may be Wednesday
_NOT_POINT = re.compile(r"(?:after|since|until|till|before|not)\b", re.IGNORECASE)


def _bound(f: Frame | None) -> tuple[str, str] | None:
    """(ISO day or month the act is said not to happen before, the negated act's stem)."""
    o = (f.outcome if f else None) or {}
    return (o["not_before"], o["act"]) if o.get("not_before") and o.get("act") else None


def _time(f: Frame | None) -> tuple[str, str] | None:
    """(ISO, words) of the latest the claim puts its act at: its deadline, else its own day or month."""
    if f is None or f.modality not in _TIMED or (f.polarity or {}).get("neg") or _bound(f):
        return None
    due = (f.outcome or {}).get("due_by")
    if due:
        return due, f"by {due}"
    if f.time_said or not f.time or len(f.time) not in (7, 10) or _NOT_POINT.match(f.time_text or ""):
        return None
    return f.time, f.time_text or f.time


def _days(iso: str, end: bool) -> int | None:
    """Ordinal of a day, or of a month's first (``end``: last) day."""
    try:
        if len(iso) == 10:
            return date.fromisoformat(iso).toordinal()
        first = date.fromisoformat(iso + "-01")
        return (date(first.year + first.month // 12, first.month % 12 + 1, 1).toordinal() - 1) if end \
            else first.toordinal()
    except ValueError:
        return None


def _one_act(fb: Frame, fo: Frame, act: str) -> str | None:
    """What shows that the bounded act and the other claim's act are one (module docstring), else None."""
    if _instances(fb.act_text) != _instances(fo.act_text):
        return None  # "the first branches" / "the branches": a part of the act, or another round of it
    heads = _heads(fb, fo)
    if heads and not same_stem(*heads):
        return None  # two things: "the bridge will not reopen" / "the ferry resumed"
    if any(same_stem(act, s.lower()) for s in fo.deeds + fo.plans + fo.act_subject):
        return act
    # without a shared verb, one thing must carry both acts: phrases alone read an act and its undoing alike
    # ("engineers closed the bridge" / "the bridge will not reopen")
    close = phrase_similarity(fb.act_text or "", fo.act_text or "") if heads and fb.act_text and fo.act_text else None
    return f"{fb.act_text} / {fo.act_text}" if close is not None and close >= SUBJECT_PHRASE_SIMILARITY else None


def _one_source(x: ClaimRow, y: ClaimRow) -> bool:
    """One source named in two ways ("the regional council" / "the council"): the speakers' head nouns are one."""
    hx, hy = (content_stems(r.speaker or "")[-1:] for r in (x, y))
    return bool(hx and hy and same_stem(hx[0], hy[0]))


def bound_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Conflicts between a bound on an act and another source's earlier time of it, keyed by row pair in id order."""
    bounds = {m: b for m in members if (b := _bound(rows[m].frame))}
    if not bounds:
        return {}
    times = {m: t for m in members if (t := _time(rows[m].frame))}
    found: dict[tuple[int, int], Relation] = {}
    for x, (day, act) in bounds.items():
        lo = _days(day, end=False)
        for y, (iso, words) in times.items():
            hi = _days(iso, end=True)
            if lo is None or hi is None or not 0 < lo - hi <= NEAR_DAYS or not _other_source(rows[x], rows[y]) \
                    or _one_source(rows[x], rows[y]) or float(vectors[x] @ vectors[y]) < DEED_SIMILARITY:
                continue
            fx, fy = rows[x].frame, rows[y].frame
            one = _one_act(fx, fy, act)  # type: ignore[arg-type]
            if one is None:
                continue
            found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                f"bound on one act ({one}): not before {fx.time_text or day} ({_who(rows[x])}) vs "  # type: ignore
                f"{fy.modality} {words} ({_who(rows[y])})"), "frames")  # type: ignore[union-attr]
    return found


def bound_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                    relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's bound conflicts: a new pair is appended, a pair held only as
    related takes the finding (``findings.merge_findings``; ordered by claim id, as ``analyze.facts`` orders pairs)."""
    found = bound_conflicts(members, rows, vectors)
    if not found:
        return relations
    return merge_findings(relations, found)
