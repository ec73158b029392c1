"""Days of one actor's act compared across reports: a plan (or forecast) with a day against the act done on another
day ("expected on Thursday" / "voted on Wednesday"), and two reports of the act done on different days.

Why: a report that one actor's act is planned or expected for a day, and a later report that the act
was done on another day (or at another time of that day), disagree on when; the later report moves
the date, so the pair is an **update** ("expected on Thursday, done on Wednesday") — never a plain
agree, and not a contradiction either (plans move). Each claim's acts are stored dated clause by
clause with the names that carry them (``Frame.days``, ``extract.daytimes``): "in the Senate on
Wednesday, followed by the House on Thursday" gives the House's vote its own day. Two reports of the
deed itself on different days (both past, within a week) disagree on its date: a conflict.
"""

from __future__ import annotations

from datetime import date

from workbench.analyze.sides import Side
from workbench.analyze.time_slots import time_slot_relation
from workbench.extract.daytimes import clocks_apart
from workbench.extract.words import same_stem
from workbench.models import Frame

PLANNED_DATE_SIMILARITY = 0.4  # the two claims must read as about one happening; the shared actor and act decide
_AHEAD = ("planned", "expected")
_DONE = ("done", "quoted")  # a quote inside the outlet's own report of the act still reports it done
DONE_DATE_SHARED = 2  # two reports of one act on different days: the act itself named alike, not only its actor
WEEK = 7  # a plan dated by a weekday lies within a week; a deed further from it is read as another happening


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return WEEK + 1


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%A} ({iso})"
    except ValueError:
        return iso


def dated_act_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two claims' days for one actor's act (``Frame.days``), else None.

    A plan or forecast against the deed done on another day (or hour) is an **update**; two reports of
    the deed on different days (both past, within a week of each other) a **conflict** on its date."""
    fa, fb = a.frame, b.frame
    timed = time_slot_relation(a, b, sim)  # a time of day, a part of a month, an era of one act (analyze.time_slots)
    if timed is not None:
        return timed
    if sim >= PLANNED_DATE_SIMILARITY and fa.began and fb.began:
        started = start_relation(fa, fb)
        if started is not None:
            return started
    if sim < PLANNED_DATE_SIMILARITY or not fa.days or not fb.days:
        return None
    if fa.modality in _DONE and fb.modality in _DONE:
        return _done_dates(fa, fb)
    if not ((fa.modality in _AHEAD and fb.modality in _DONE) or (fb.modality in _AHEAD and fa.modality in _DONE)):
        return None
    plan, done = (fa, fb) if fb.modality in _DONE else (fb, fa)
    acts = _acts(plan, done, shared)  # what both say is done: "override", "announc"
    if not acts:
        return None
    reported = (plan.published or "")[:10]
    for p in plan.days:
        for d in done.days:
            who = [w for w in p["who"] if w in d["who"]]
            if not who or d["day"] < reported or p["day"] < reported or _days_apart(p["day"], d["day"]) > WEEK:
                continue  # a plan's day is ahead of its report; a week-day plan moved further is another happening
            subject = ", ".join((who + acts)[:3])
            if p["day"] != d["day"]:
                return "update", (f"{plan.modality} for {_day(p['day'])}, done {_day(d['day'])} ({subject}): "
                                  "the later report moves the date")
            if clocks_apart(p.get("clock"), d.get("clock")):
                return "update", (f"{plan.modality} at {p['clock']}, done at {d['clock']} on {_day(d['day'])} "
                                  f"({subject})")
    return None


def _acts(fa: Frame, fb: Frame, shared: list[str]) -> list[str]:
    """Shared content stems that are not the actors' names: the act (and its object) both claims name."""
    names = {w for d in (*fa.days, *fb.days) for w in d["who"]}
    return [s for s in shared if s not in names]


def _done_dates(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """One actor's act reported done on two different days ("passed the resolution on Tuesday" / "On Wednesday,
    the House voted on the bill that reaffirmed ..."): the outlets disagree on its date. Read from the dated
    clauses alone: the actor first named in each, and at least two words of the act written alike. An act of saying
    or stance (``recurs``: refused, denied, urged) is done again from day to day and never dated twice."""
    for x in fa.days:
        for y in fb.days:
            if x.get("recurs") or y.get("recurs"):
                continue  # a refusal on Monday and one on Tuesday are two acts, not one act dated twice
            # the act's subject (the clause's first name) alike, and the act named alike in the dated clauses
            acts = [s for s in x.get("acts", ()) if s in y.get("acts", ())]
            if not _one_actor(x, y) or len(acts) < DONE_DATE_SHARED or x["day"] == y["day"] \
                    or _days_apart(x["day"], y["day"]) > WEEK or not _a_deed(acts, fa, fb):
                continue
            who = x["who"][:1]
            if x["day"] > (fa.published or "9")[:10] or y["day"] > (fb.published or "9")[:10]:
                continue  # a deed is past when reported
            return "conflict", f"date of one act ({', '.join((who + acts)[:4])}): {_day(x['day'])} vs {_day(y['day'])}"
    return None


def _one_actor(x: dict, y: dict) -> bool:
    """Both dated clauses' first names are one, or, where both clauses open on their names (``"lead"``: the subject),
    one's first name is among the other's first two ("Ola Berg" / "Berg"): one actor, however fully each report names
    it. A name further in ("met on Sunday at the White House") may be a place or a body, not the act's subject."""
    a, b = x["who"], y["who"]
    return a[0] == b[0] or bool(x.get("lead") and y.get("lead") and (a[0] in b[:2] or b[0] in a[:2]))


def _a_deed(acts: list[str], fa: Frame, fb: Frame) -> bool:
    """One of the words both dated clauses share is stated done ("renamed" / "renaming"): the clauses share the act,
    not only the place both name ("gave way at the X copper mine" / "rescued from the X copper mine")."""
    return any(same_stem(s, d) for s in acts for d in (*fa.deeds, *fb.deeds))


def start_relation(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """Two reports of when one thing began (``Frame.began``: "since late July" / "first got in on August 14")
    that exclude each other: a **conflict**. One thing: the subject of both acts is one common noun
    (``Frame.act_subject``, its head; a name both share is an actor, who may start many things). Two starts of which one
    holds the other ("July" / "July 20") agree; a negated or planned claim states no start."""
    if fa.modality not in _DONE or fb.modality not in _DONE or any((f.polarity or {}).get("neg") for f in (fa, fb)):
        return None
    ha, hb = fa.act_subject[-1:], fb.act_subject[-1:]  # the subjects' head nouns: one thing, not a name
    thing = ha if ha and hb and ha[0].islower() and ha[0] == hb[0] else []
    x, y = fa.began or "", fb.began or ""
    if not thing or x.startswith(y) or y.startswith(x):
        return None
    return "conflict", f"start of one thing ({', '.join(thing[:2])}): {_day(x)} vs {_day(y)}"
