"""When an event's central happening began, as its reports time it in wholly different words: a conflict.

Why: one outlet says the happening began at one time ("the tank began leaking at 4.20am", "the volcano erupted at
23:05"), another that it was first met earlier ("the first hiss was heard at about 3.30am, nearly an hour before the
time given by the company"). The two claims share no act verb and no subject, so no pair rule, which sees two
claims and their wording only, can tell that they time one happening. The event can: extraction stores what each
sentence says of its act as a start (``Frame.onset``, ``extract.onsets``), and here, per event,

* a claim that times the start of something (a first perception, a beginning) and sets that time against another
  account by an offset ("an hour before the time given by X", "40 minutes after the time the operator reported")
  conflicts with each other source's report of the central happening (or claim that reads as about it) timed where
  that offset points, whose own time excludes the claim's ("3.30am" vs "4.20am"); an offset of some other act ("the
  first call for help was logged an hour before the time given") is the story's sequence, not a second time of it;
* a first perception ("the first X was seen / heard", "Y first noticed", "the first Z appeared") timed before the
  event's central happening cannot be a perception of it unless the two disagree: the central happening is the act
  that the most documents of the event time alike, to the clock (told by at least ``MIN_DOCS`` documents), and the
  perception must lie close before it (``FIRST_NEAR_HOURS``) in a claim that reads as about it (``SIMILARITY``),
  in a report that does not time the happening itself (one that does tells a sequence: "the first cracks were
  noticed at 3.30pm; the bridge fell at 4.15pm"); one that follows it is a later noticing, no conflict;
* a report that times nothing where the others time the central happening, but times an act within
  ``CENTRAL_NEAR_HOURS`` of it in a claim that reads as about it (``TOLD_SIMILARITY``; a beginning, which may be a
  consequence's, "ash began falling", ``SIMILARITY``), tells the happening at its own time ("the line ground to a halt
  at about 1.45pm" / "the cable car stopped at 2.10pm"), unless it times a deed to another thing or place ("the ferry
  had left Brenn at 18:05") where the others time a change; a message one party sends another ("the captain radioed
  for help at 3.10am", ``_TELLING``) is an act of its own;
* on the scale of days, a first perception dated before another source's stated beginning ("began on April 14") of
  the event's central thing (the beginning's subject, named in the claims of another document), in claims that read
  as about one happening, conflicts with it.

A precursor the claim itself places before the happening ("the first tremors were felt an hour before the
eruption") carries an offset without an account and is left alone, as are two claims of one source (an update),
of one document, a negated or planned act, and a time that dates a statement (``Frame.time_said``).
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.half_days import on_central_half
from workbench.analyze.overnight import overnight
from workbench.analyze.relate import Relation
from workbench.analyze.time_slots import clock_words
from workbench.extract.daytimes import DAY_PARTS, POINT_PARTS, clock_span
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

MIN_DOCS = 2  # a central happening is timed alike by at least two documents of the event
FIRST_NEAR_HOURS = 1.5  # a first perception this close before the central time can only be of it
CENTRAL_NEAR_HOURS = 1.5  # a report's own time of the central happening lies this close to the others' (dev D1-D56)
# one timeline: two reports of when the happening occurred, hours apart across midnight ("shortly before midnight
# on Monday" / "about 2.30am on Tuesday"), are rival accounts of it when the claim reads as it (``_rival``), up to
# half a day apart (a whole part of the day either side); further off they tell another happening
RIVAL_HOURS = 12.0
# ... and when its act phrase reads as theirs at least this much on the whole (mean; dev D1-D64: rival accounts hours
# off 0.39, 0.63, 0.70; another act of the story hours later 0.32)
RIVAL_PHRASE_SIMILARITY = 0.35
OFFSET_SLACK = 0.25  # hours either side of where a stated offset points ("nearly an hour": a rounded count)
NEAR_DAYS = 31  # a first perception dated this many days before a stated beginning can only be of it
# with no offset to tie them, the two claims must also read as about one happening at least this much (as in
# ``analyze.dated_acts``): "the first cracks were noticed on Monday" / "the evacuation began on Wednesday" read apart
SIMILARITY = 0.4
# a report that tells no time where the others tell the central happening, and one close to it: its claim need read
# only this close to one of theirs (dev D1-D56: its own times of the happening 0.32-0.69; other acts of the story
# timed near it, in sentences written to test this, at most 0.29)
TOLD_SIMILARITY = 0.3
_DONE = ("done", "quoted")
# closed class: verbs of telling and calling, by any means ("radioed the coastguard", "phoned the utility"): a message
# one party sends another about the happening is an act of its own that follows it, never a time of the happening
_TELLING = re.compile(r"\b(?:told|warned|informed|notified|alerted|reported|contacted|called|phoned|rang|radioed|"
                      r"emailed|e-mailed|messaged|texted|signalled|signaled|telephoned|wired)\b", re.IGNORECASE)
_ASPECT = frozenset({"began", "begun", "started", "start"})  # an aspect verb read into the subject is no noun of it


def start_of(f: Frame | None) -> dict:
    """What the frame's act says of itself as a start (``Frame.onset`` less its place, ``"where"`` and ``"part"``,
    what it happened to, ``"thing"``, and whether it is a deed to another, ``"deed"``)."""
    return {k: v for k, v in ((f.onset if f else None) or {}).items() if k not in ("where", "part", "thing", "deed")}


def _deed(f: Frame | None) -> bool:
    """The act is its subject's deed to another thing or place ("the ferry had left Brenn"), no change of the
    subject's own state ("the ferry went over"): ``Frame.onset["deed"]``, ``act_things.deed_of``."""
    return bool(((f.onset if f else None) or {}).get("deed"))


def _usable(f: Frame | None) -> bool:  # a done act timed as itself, no happening's end ("under control at 6am")
    return f is not None and f.modality in _DONE and not f.time_said and bool(f.act_text) and not (f.onset or {}).get("ends")


def _day(f: Frame) -> int | None:
    try:
        return date.fromisoformat(f.time).toordinal() if f.time and len(f.time) == 10 else None
    except ValueError:
        return None


def _clock(f: Frame) -> tuple[float, float] | None:
    """The act's hour interval, where the claim states a clock time (not only a part of the day, not a bound)."""
    c = f.clock or ""
    part = c.lstrip("~<>").split(" ")[0]
    if not c or (part in DAY_PARTS and part not in POINT_PARTS and c[0] not in "~<>") or c[:2] in ("<<", ">>"):
        return None  # a part of the day (but "noon", "dawn"), or a bound ("by 6pm": a state up to then) times no act
    got = clock_span(c)
    return got[0] if got else None


def _shift(fa: Frame, fb: Frame) -> int | None:
    """Hours to add to b's clock to set it on a's time line: +-24 on adjacent days, None further off (``overnight``)."""
    da, db = _day(fa), _day(fb)
    if da is None or db is None:
        return overnight(_clock(fa), _clock(fb))
    return (db - da) * 24 if abs(db - da) <= 1 else None


def _other_source(a: ClaimRow, b: ClaimRow) -> bool:
    sa, sb = (a.speaker or "").casefold(), (b.speaker or "").casefold()
    return a.document_id != b.document_id and (not sa or sa != sb) and (a.outlet is None or a.outlet != b.outlet)


def _when(f: Frame) -> str:
    clock = clock_words(f.clock) if f.clock else ""
    return f"{clock} on {f.time}" if clock and f.time else clock or f.time_text or f.time or ""


def _who(r: ClaimRow) -> str:
    return r.speaker or r.outlet or "the report"


def _reason(x: ClaimRow, c: ClaimRow, how: str) -> str:
    fx, fc = x.frame, c.frame
    return (f"onset of one happening ({how}): {_when(fx)} ({fx.act_text}; {_who(x)}) vs "  # type: ignore[union-attr]
            f"{_when(fc)} ({fc.act_text}; {_who(c)})")  # type: ignore[union-attr]


def _central(timed: list[int], rows: list[ClaimRow]) -> list[int]:
    """The claims timing the event's central happening: the clock time that the most documents state alike (at
    least ``MIN_DOCS``), with every claim whose time meets it. Ties go to the time more documents tell as a change
    of a thing's own state rather than a deed to another (the ferry "went over" at 19:20 in two reports, "had left
    Brenn" at 18:05 in two: the departure is an earlier act of the same thing), then to the earliest."""
    best: tuple[int, int, float, list[int]] = (0, 0, 0.0, [])
    spans = {m: _clock(rows[m].frame) for m in timed}  # type: ignore[arg-type]  # read once, compared pairwise
    days = {m: _day(rows[m].frame) for m in timed}  # type: ignore[arg-type]
    for m in timed:
        xm, dm = spans[m], days[m]
        if xm is None:
            continue
        alike = []
        for k in timed:
            xk, dk = spans[k], days[k]
            shift = 0 if dm is None or dk is None else (dk - dm) * 24 if abs(dk - dm) <= 1 else None
            if shift is not None and xk and xm[0] < xk[1] + shift and xk[0] + shift < xm[1]:
                alike.append(k)
        docs = len({rows[k].document_id for k in alike})
        changes = len({rows[k].document_id for k in alike if not _deed(rows[k].frame)})
        if (docs, changes) > best[:2] or (docs, changes) == best[:2] and xm[0] < best[2]:
            best = (docs, changes, xm[0], alike)
    return best[3] if best[0] >= MIN_DOCS else []


def _before(x: Frame, c: Frame) -> float | None:
    """Hours from the end of x's clock interval to the start of c's (positive: x wholly before c), else None."""
    shift, xx, xc = _shift(x, c), _clock(x), _clock(c)
    return None if shift is None or xx is None or xc is None else xc[0] + shift - xx[1]


def _against(x: ClaimRow, c: ClaimRow) -> bool:
    """x's offset from another account points at c's time, and the two times exclude each other."""
    fx, fc = x.frame, c.frame
    hours = start_of(fx).get("against")
    shift, xx, xc = _shift(fx, fc), _clock(fx), _clock(fc)  # type: ignore[arg-type]
    if hours is None or shift is None or xx is None or xc is None:
        return False
    lo, hi = xx[0] - hours - OFFSET_SLACK, xx[1] - hours + OFFSET_SLACK  # where the other account's time lies
    if start_of(fx).get("open"):  # no count: only a direction and a least distance ("hours earlier than X said")
        lo, hi = (lo, float("inf")) if hours <= 0 else (float("-inf"), hi)
    apart = xc[1] + shift <= xx[0] or xx[1] <= xc[0] + shift
    return apart and lo < xc[1] + shift and xc[0] + shift < hi


def _thing_named(c: ClaimRow, members: list[int], rows: list[ClaimRow]) -> bool:
    """The beginning's subject (its head noun, a common noun) is named in the claims of another document: a thing
    the reports share, not one act that only its own report tells."""
    subject = [s for s in (c.frame.act_subject if c.frame else []) if s not in _ASPECT]
    head = subject[-1] if subject else ""
    if not head or not head.islower():
        return False
    docs = {rows[m].document_id for m in members if rows[m].document_id != c.document_id
            and any(same_stem(head, s) for s in content_stems(rows[m].text))}
    return len(docs) >= MIN_DOCS - 1


def onset_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Conflicts on when the event's central happening began (module docstring), keyed by row pair in claim-id
    order."""
    timed = [m for m in members if _usable(rows[m].frame) and not (rows[m].frame.polarity or {}).get("neg")
             or _usable(rows[m].frame) and start_of(rows[m].frame)]
    starts = [m for m in timed if start_of(rows[m].frame)]
    central = _central([m for m in timed if _clock(rows[m].frame)], rows)  # type: ignore[arg-type]
    rows = on_central_half(timed, central, rows)  # "half past five": the half of the day nearer the central time
    found = _told_otherwise(timed, central, rows, vectors)
    named: dict[int, bool] = {}  # per beginning: its subject is named in another report (read once)
    told = {rows[c].document_id for c in central}  # reports that time the central happening themselves
    for x in starts:
        fx = rows[x].frame
        onset = start_of(fx)
        for c in timed:
            if c == x or not _other_source(rows[x], rows[c]) or start_of(rows[c].frame).get("against") is not None:
                continue
            fc = rows[c].frame
            how = None
            if "against" in onset:  # any act set against another account's time of it, a start or the act itself
                # what the offset points at: a report of the central happening, or a claim that reads as about it;
                # an act that is no start must itself read as the happening the other account times (what followed
                # it, "crews arrived an hour after the time given", is the story's sequence)
                start = bool(onset.get("first") or onset.get("began"))
                about = c in central and start or float(vectors[x] @ vectors[c]) >= (
                    TOLD_SIMILARITY if start else SIMILARITY)
                how = "set against the other's time" if about and _against(rows[x], rows[c]) else None
            elif float(vectors[x] @ vectors[c]) < SIMILARITY or onset.get("precedes"):
                continue
            elif onset.get("first") and c in central and rows[x].document_id not in told:
                gap = _before(fx, fc)  # type: ignore[arg-type]
                how = "first perceived before it began" if gap is not None and 0 <= gap <= FIRST_NEAR_HOURS else None
            elif onset.get("first") and start_of(fc).get("began") and _day(fx) and _day(fc):  # type: ignore
                days = _day(fc) - _day(fx)  # type: ignore[operator]
                if 0 < days <= NEAR_DAYS and named.setdefault(c, _thing_named(rows[c], members, rows)):
                    how = "first perceived before the stated beginning"
            if how:
                found[(x, c) if rows[x].id <= rows[c].id else (c, x)] = Relation("conflict", _reason(rows[x], rows[c],
                                                                                                  how), "frames")
    return found


def _rival(x: int, apart: list[int], rows: list[ClaimRow], vectors: np.ndarray, close: float) -> bool:
    """x reads as the central happening on the whole: its mean likeness to the reports of it reaches ``close``, and
    its act phrase's to theirs ``RIVAL_PHRASE_SIMILARITY`` (the whole claims of two acts of one story, hours apart,
    read alike through the place and the things they share: "the street had dropped away" / "the car park
    collapsed")."""
    if not apart or float(np.mean([float(vectors[x] @ vectors[c]) for c in apart])) < close:
        return False
    phrases = [phrase_similarity(rows[x].frame.act_text or "", rows[c].frame.act_text or "") for c in apart]  # type: ignore[union-attr]
    known = [p for p in phrases if p is not None]  # no model at hand: the claims' likeness alone decides, as before
    return not known or float(np.mean(known)) >= RIVAL_PHRASE_SIMILARITY


def _told_otherwise(timed: list[int], central: list[int], rows: list[ClaimRow],
                    vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """A report that times no act where the others time the central happening, but times one close to it in a claim
    that reads as about it ("the line ground to a halt at about 1.45pm" / "the cable car stopped at 2.10pm", told
    alike by two others): its own time of the happening, which each other source's report of it excludes."""
    found: dict[tuple[int, int], Relation] = {}
    for x in timed:
        onset = start_of(rows[x].frame)
        if x in central or _clock(rows[x].frame) is None or {"first", "against", "precedes"} & set(onset) \
                or _TELLING.search(rows[x].frame.act_text or "") \
                or (_deed(rows[x].frame) and not any(_deed(rows[c].frame) for c in central)):  # type: ignore[union-attr]
            continue  # a first perception, offset or precursor: the rules below; a message sent or a deed to another
        # a report that times the happening itself tells a sequence, unless the claim is a named source's own account
        # that the report's time of it is not ("the crane driver said the screens went blank at 9pm" beside "the
        # systems went down at 23:20"): then its act phrase must read as the happening too
        own = [c for c in central if rows[c].document_id == rows[x].document_id]
        who = (rows[x].speaker or "").casefold()
        if own and (not who or any((rows[c].speaker or "").casefold() == who for c in own)):
            continue
        apart = []
        for c in central:
            gap = _before(rows[x].frame, rows[c].frame)  # type: ignore[arg-type]
            back = _before(rows[c].frame, rows[x].frame)  # type: ignore[arg-type]
            if gap is not None and back is not None and 0 < max(gap, back) <= RIVAL_HOURS \
                    and _other_source(rows[x], rows[c]):
                apart.append(c)
        # a beginning may be one of a consequence ("ash began falling"): it must read as the happening's own
        close = SIMILARITY if onset.get("began") else TOLD_SIMILARITY
        near = [c for c in apart if max(_before(rows[x].frame, rows[c].frame) or 0,  # type: ignore[arg-type]
                                        _before(rows[c].frame, rows[x].frame) or 0) <= CENTRAL_NEAR_HOURS]
        # further off on the timeline, another act of the story is as likely as another time of this one: the claim
        # must read as the happening against every report of it, not one (``_rival``)
        # about the happening if it reads so against one report of it close by: they tell one happening
        hit = apart if _rival(x, apart, rows, vectors, close) else near if any(
            float(vectors[x] @ vectors[c]) >= close for c in near) and (not own or _rival(
                x, near, rows, vectors, 0.0)) else []
        for c in hit:
            found[(x, c) if rows[x].id <= rows[c].id else (c, x)] = Relation(
                "conflict", _reason(rows[x], rows[c], "the central happening at another time"), "frames")
    return found


def onset_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                    relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's onset conflicts: a pair already related takes the conflict in its place, a new
    pair is appended (ordered by claim id, as ``analyze.facts`` orders pairs)."""
    found = onset_conflicts(members, rows, vectors)
    out = [(i, j, found.pop((i, j), None) or found.pop((j, i), None) or rel) for i, j, rel in relations]
    out.extend((i, j, rel) for (i, j), rel in found.items())
    return out
