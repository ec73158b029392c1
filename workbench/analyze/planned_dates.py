"""A plan (or forecast) with a day against the act done on another day: "expected on Thursday" / "voted on Wednesday".

Why: a report that one actor's act is planned or expected for a day, and a later report that the act
was done on another day (or at another time of that day), disagree on when; the later report moves
the date, so the pair is an **update** ("expected on Thursday, done on Wednesday") — never a plain
agree, and not a contradiction either (plans move). Each claim's acts are stored dated clause by
clause with the names that carry them (``Frame.days``, ``extract.daytimes``): "in the Senate on
Wednesday, followed by the House on Thursday" gives the House's vote its own day.
"""

from __future__ import annotations

from datetime import date

from workbench.analyze.sides import Side
from workbench.extract.daytimes import clocks_apart

PLANNED_DATE_SIMILARITY = 0.4  # the two claims must read as about one happening; the shared actor and act decide
_AHEAD = ("planned", "expected")
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


def planned_date_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """("update", reason) when one claim plans or expects an actor's act for a day (or an hour) and the other
    reports that actor's act done at another, on an act both name; None otherwise.

    The deed must not be dated before the plan was reported (that is another happening, or a
    contradiction ``slot_values.modality_relation`` judges)."""
    fa, fb = a.frame, b.frame
    if not ((fa.modality in _AHEAD and fb.modality == "done") or (fb.modality in _AHEAD and fa.modality == "done")):
        return None
    if sim < PLANNED_DATE_SIMILARITY or not fa.days or not fb.days:
        return None
    plan, done = (fa, fb) if fb.modality == "done" else (fb, fa)
    names = {w for d in (*plan.days, *done.days) for w in d["who"]}
    acts = [s for s in shared if s not in names]  # what both say is done: "override", "announc"
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
