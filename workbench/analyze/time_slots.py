"""When one act happened, as two reports state it: a time of day, a day against a part of a month, an era.

Why: outlets disagree on exactly these ("began at 18:40" / "at about 8pm"; "found on October 9" / "in late
September"; "buried in the 1140s" / "in the early 13th century"), and string slots never meet ("6.40pm" is
"18:40"). Extraction stores each as an interval (``Frame.clock`` read by ``extract.daytimes.clock_span``,
``Frame.span`` by ``extract.eras``, ``Frame.time``); here two claims of **one act** compare them:

* intervals that do not meet, lying close to each other -> **conflict**, the reason naming both ("time: shortly after 18:40 vs about 20:00");
* times of day, or eras, that meet, in claims without figures -> **agree** on the time slot.

One act, conservatively (a false conflict costs more than a miss): both claims report it done and not
negated; a word stated as done in one (``Frame.deeds``) is written alike in the other ("buried" /
"burial"); what each act is done to or by (``Frame.act_subject``'s head, when both are common nouns) is one;
and a time of day is compared only on one stated day. Two acts of one story on two days ("collapsed on
Monday" / "the last miner was brought up on Wednesday") share no deed and are left alone.
"""

from __future__ import annotations

from datetime import date, timedelta

from workbench.analyze.sides import Side
from workbench.extract.daytimes import DAY_PARTS, clock_span
from workbench.extract.eras import day_year
from workbench.extract.words import content_stems, same_stem
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


def one_act(a: Side, b: Side) -> list[str]:
    """The deed both claims report ("buri" / "burial"), else [] (see the module docstring)."""
    fa, fb = a.frame, b.frame
    ha, hb = fa.act_subject[-1:], fb.act_subject[-1:]
    if ha and hb and ha[0].islower() and hb[0].islower() and not same_stem(ha[0], hb[0]):
        return []  # "the tower was built" / "the chapel was built": two things
    sa, sb = content_stems(a.text), content_stems(b.text)
    return [d for d in fa.deeds if any(same_stem(d, t) for t in sb)] + \
        [d for d in fb.deeds if d not in fa.deeds and any(same_stem(d, t) for t in sa)]


def _both_deeds(fa: Frame, fb: Frame) -> bool:
    """One stem stated as done in both claims ("was located" / "located")."""
    return any(same_stem(d, e) for d in fa.deeds for e in fb.deeds)


def _figures(f: Frame) -> list[dict]:
    """The claim's figures, less one that is the era itself ("around 1140" read as a count) or the hour of its clock
    time ("5" of "5.15pm": extraction's figures read it as a count)."""
    era = (f.span or {}).get("text", "")
    hour = f.clock.lstrip("~<>")[:2] if f.clock else ""
    hours = {str(int(hour)), str(int(hour) - 12)} if hour.isdigit() else set()
    return [m for m in f.measures if not (era and (m.get("text") or "") in era) and (m.get("text") or "") not in hours]


def _clock_words(clock: str) -> str:
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


def time_slot_relation(a: Side, b: Side, sim: float) -> tuple[str, str] | None:
    """Conflict or agree on when one act happened (module docstring), else None."""
    fa, fb = a.frame, b.frame
    if sim < TIME_SIMILARITY or not (_done(fa) and _done(fb)):
        return None
    clocks = fa.clock and fb.clock and _exact_clock(fa.clock) and _exact_clock(fb.clock) and fa.time \
        and len(fa.time) == 10 and fa.time == fb.time
    # an era or a part of a month on either side, or a day against a month ("on November 3" / "in October") where
    # both state the deed done (a month is often the time of some other act the claim reports: "asserted in January
    # that he could declare ..." / "declared ... on Friday")
    month = {len(fa.time or ""), len(fb.time or "")} == {7, 10} and _both_deeds(fa, fb)
    spans = (fa.span or fb.span or month) and _span(fa) and _span(fb)
    if not (clocks or spans):
        return None
    act = one_act(a, b)
    if not act:
        return None
    figures = _figures(fa) or _figures(fb)
    if clocks:
        ca, cb = clock_span(fa.clock), clock_span(fb.clock)
        if ca and cb and not (ca[1] and cb[1] and ca[1] != cb[1]):
            what = f"{_clock_words(fa.clock)} vs {_clock_words(fb.clock)} on {fa.time} ({act[0]})"
            if not (ca[0][0] < cb[0][1] and cb[0][0] < ca[0][1]):
                return "conflict", f"time: {what}"
            if not figures:
                return "agree", f"same time of one act: {what.replace(' vs ', ' = ', 1)}"
    if spans:
        (xa, ta), (xb, tb) = _span(fa), _span(fb)  # type: ignore[misc]
        gap = max(xa[0], xb[0]) - min(xa[1], xb[1])
        if 0 <= gap <= NEAR_WIDTHS * max(xa[1] - xa[0], xb[1] - xb[0]):
            return "conflict", f"time of one act ({act[0]}): {ta} vs {tb}"
        if fa.span and fb.span and not figures:
            return "agree", f"same time of one act ({act[0]}): {ta} = {tb}"
    return None
