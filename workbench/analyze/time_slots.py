"""When one act happened, as two reports state it: a time of day, a day against a part of a month, an era.

Why: outlets disagree on exactly these ("began at 18:40" / "at about 8pm"; "found on October 9" / "in late
September"; "buried in the 1140s" / "in the early 13th century"), and string slots never meet ("6.40pm" is
"18:40"). Extraction stores each as an interval (``Frame.clock`` read by ``extract.daytimes.clock_span``,
``Frame.span`` by ``extract.eras``, ``Frame.time``); here two claims of **one act** compare them:

* intervals that do not meet, lying close to each other -> **conflict**, the reason naming both ("time: shortly after 18:40 vs about 20:00");
  not for a day or an era against an act told with its length ("closed for four days in December" / "closed on
  Tuesday"): an episode of a state that may recur is dated, not the other time's episode (related: two episodes,
  neither one time told twice);
* times of day, or eras, that meet, in claims without figures -> **agree** on the time slot.

One act, conservatively (a false conflict costs more than a miss): both claims report it done and not
negated; a word stated as done in one (``Frame.deeds``) is written alike in the other ("buried" /
"burial"); what each act is done to or by (``Frame.act_subject``'s head, when both are common nouns) is one;
and a time of day is compared only on one stated day. Two acts of one story on two days ("collapsed on
Monday" / "the last miner was brought up on Wednesday") share no deed and are left alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from workbench.analyze.act_identity import first_perception, same_act
from workbench.analyze.sides import Side
from workbench.analyze.workings import days_apart
from workbench.extract.daytimes import DAY_PARTS, clock_span
from workbench.extract.eras import day_year
from workbench.extract.words import same_stem
from workbench.models import Frame

TIME_SIMILARITY = 0.35  # the claims must read as about one happening at least this much; the shared deed decides
_DONE = ("done", "quoted")
# two times of an act that do not meet contradict each other only when they lie this close (gap / the wider
# interval's width): "found on October 9" / "in late September" place one find; "arrested on Friday" / "his
# last arrest in 2015", "endorsed ... on Tuesday" / "endorsed ... in 2008" are the act done again years apart
NEAR_WIDTHS = 2.0
_MARKS = {"~": "about ", ">": "shortly after ", ">>": "after ", "<": "shortly before ", "<<": "before "}


def _done(f: Frame) -> bool:
    return f.modality in _DONE and not (f.polarity or {}).get("neg")


def _both_deeds(fa: Frame, fb: Frame) -> bool:
    """One stem stated as done in both claims ("was located" / "located")."""
    return any(same_stem(d, e) for d in fa.deeds for e in fb.deeds)


def figures_of(f: Frame) -> list[dict]:
    """The claim's figures, less one that is the era itself ("around 1140" read as a count) or the hour of its clock
    time ("5" of "5.15pm": extraction's figures read it as a count)."""
    era = (f.span or {}).get("text", "")
    hour = f.clock.lstrip("~<>")[:2] if f.clock else ""
    hours = {str(int(hour)), str(int(hour) - 12)} if hour.isdigit() else set()
    return [m for m in f.measures if not (era and (m.get("text") or "") in era) and (m.get("text") or "") not in hours]


def clock_words(clock: str) -> str:
    mark = clock[:len(clock) - len(clock.lstrip("~<>"))]
    return _MARKS.get(mark, "") + clock[len(mark):]


def _exact_clock(clock: str | None) -> bool:
    """A clock time, not a part of the day ("evening" is too loose to set against a time)."""
    return bool(clock) and (clock.lstrip("~<>").split(" ")[0] not in DAY_PARTS or clock[0] in "~<>")


def _day_span(time: str | None) -> tuple[float, float] | None:
    """A stored day ("2027-10-09") or month ("2027-09") as years."""
    try:
        if time and len(time) == 10:
            d = date.fromisoformat(time)
            return day_year(d), day_year(d + timedelta(days=1))
        if time and len(time) == 7:
            first = date.fromisoformat(time + "-01")
            after = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return day_year(first), day_year(after)
    except ValueError:
        return None
    return None


def _span(f: Frame) -> tuple[tuple[float, float], str] | None:
    if f.span:
        return (f.span["lo"], f.span["hi"]), f.span["text"]
    got = _day_span(f.time)
    return (got, f.time_text or f.time or "") if got else None


def _day_offset(fa: Frame, fb: Frame) -> int | None:
    """Hours to add to b's clock to set it on a's time line: both on one day or on two adjacent days (0 or +-24);
    0 where either leaves the day unsaid (a time of day of one act, read on the clock); None: days too far apart."""
    da, db = fa.time or "", fb.time or ""
    if len(da) != 10 or len(db) != 10:
        return 0 if not (da and db) and (len(da) in (0, 10) and len(db) in (0, 10)) else None
    try:
        days = (date.fromisoformat(db) - date.fromisoformat(da)).days
    except ValueError:
        return None
    return days * 24 if abs(days) <= 1 else None


def _meet(x: tuple[float, float], y: tuple[float, float], ring: bool) -> bool:
    """Two hour intervals overlap (on the day's 24-hour ring when no day places them)."""
    shifts = (-24.0, 0.0, 24.0) if ring else (0.0,)
    return any(x[0] < y[1] + k and y[0] + k < x[1] for k in shifts)


def _when(f: Frame, other: Frame) -> str:
    day = f" on {f.time}" if f.time and len(f.time) == 10 and f.time != other.time else ""
    return clock_words(f.clock or "") + day


def _sources(fa: Frame, fb: Frame) -> str:
    return f"; {fa.speaker} vs {fb.speaker}" if fa.speaker and fb.speaker and fa.speaker != fb.speaker else ""


def _clock_relation(fa: Frame, fb: Frame, act: str, offset: int, figures: list[dict]) -> tuple[str, str] | None:
    ca, cb = clock_span(fa.clock or ""), clock_span(fb.clock or "")
    if not ca or not cb or (ca[1] and cb[1] and ca[1] != cb[1]):
        return None
    both_days = bool(fa.time and fb.time)
    on = f" on {fa.time}" if both_days and not offset else ""
    what = f"{_when(fa, fb) if not on else clock_words(fa.clock or '')} vs " \
        f"{_when(fb, fa) if not on else clock_words(fb.clock or '')}{on} ({act}){_sources(fa, fb)}"
    if not _meet(ca[0], (cb[0][0] + offset, cb[0][1] + offset), ring=not both_days):
        return "conflict", f"time: {what}"
    if not figures:
        return "agree", f"same time of one act: {what.replace(' vs ', ' = ', 1)}"
    return None


def time_slot_relation(a: Side, b: Side, sim: float) -> tuple[str, str] | None:
    """Conflict or agree on when one act happened (module docstring), else None."""
    fa, fb = a.frame, b.frame
    if not (_done(fa) and _done(fb)) or fa.time_said or fb.time_said:
        return None  # "confirmed Monday night": the day of a statement is no time of the act it reports
    offset = _day_offset(fa, fb)
    clocks = _exact_clock(fa.clock) and _exact_clock(fb.clock) and offset is not None
    # an era or a part of a month on either side, or a day against a month ("on November 3" / "in October") where
    # both state the deed done (a month is often the time of some other act the claim reports: "asserted in January
    # that he could declare ..." / "declared ... on Friday")
    month = {len(fa.time or ""), len(fb.time or "")} == {7, 10} and _both_deeds(fa, fb)
    spans = (fa.span or fb.span or month) and _span(fa) and _span(fb)
    if not (clocks or spans):
        return _first_seen(fa, fb)
    act = same_act(a, b, sim)
    if not act:
        return None
    figures = figures_of(fa) and figures_of(fb)  # a figure only one side states is no second thing to agree on
    if clocks:
        found = _clock_relation(fa, fb, act, offset or 0, figures)
        if found is not None:
            return found
    if spans and sim >= TIME_SIMILARITY:
        (xa, ta), (xb, tb) = _span(fa), _span(fb)  # type: ignore[misc]
        gap = max(xa[0], xb[0]) - min(xa[1], xb[1])
        if (_episode(fa) or _episode(fb)) and gap >= 0:
            return "related", f"an episode told with its length, not one time of the act ({act}): {ta} vs {tb}"
        if 0 <= gap <= NEAR_WIDTHS * max(xa[1] - xa[0], xb[1] - xb[0]):
            return "conflict", f"time of one act ({act}): {ta} vs {tb}{_sources(fa, fb)}"
        if fa.span and fb.span and not figures:
            return "agree", f"same time of one act ({act}): {ta} = {tb}"
    return None


def _episode(f: Frame) -> bool:
    """The act is told with its length ("was closed for four days in December"): one bounded episode of a state
    that may recur (a closure, a strike, a ban), which its time dates; another time of the state may date another
    episode, not this one told otherwise."""
    return any(m.get("role") == "duration" for m in f.measures)


def _first_seen(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """Two first sightings of one thing on different stated days: one happening can only be first seen once."""
    if len(fa.time or "") != 10 or len(fb.time or "") != 10 or fa.time == fb.time:
        return None
    seen = first_perception(fa.act_text, fb.act_text)
    return ("conflict", f"time of one act ({seen}): {fa.time} vs {fb.time}{_sources(fa, fb)}") if seen else None


_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def told_days_apart(fa: Frame | None, fb: Frame | None) -> str | None:
    """"X vs Y" where both claims date what they tell (``Frame.time``, not the day it was said) on ISO days, months or
    years that do not meet (``workings.days_apart``: "closed the kitchen on Sunday" / "closed its kitchen on
    Wednesday"; "since it opened in 1936" / "in 1934"); else None.

    Why: close wording then says nothing of agreement -- the paraphrase rule called such pairs "same assertion".
    Whether they are one act told on two days (a conflict) or two acts of a development is for the act rules or
    the reviewer, so the caller (the paraphrase rule alone) calls them related, neither agree nor conflict; not
    flagged for review either, since two days are as often two acts (on BASIL's 100 events, flagging every pair of
    claims told of two days put 199 pairs up for review)."""
    if fa is None or fb is None or fa.time_said or fb.time_said:
        return None
    if not all(_ISO_DAY.fullmatch(f.time or "") for f in (fa, fb)) or not days_apart(fa, fb):
        return None
    told = ((fa.time_text, fa.time or ""), (fb.time_text, fb.time or ""))
    return " vs ".join(f"{w} ({t})" if w and w != t else t for w, t in told)
