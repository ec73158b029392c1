"""Periods compared as spans of time, not as strings: "2007-2014" and "over the eight year span" can be one period.

Why: a figure's stored period (``extract.periods``) is a normalised phrase ("2014", "2007-2014",
"2007-", "eight years", "past three decades"). Compared as strings, a couple's eight-year total
"over the eight year span" and the same total "from 2007 to 2014" look like two periods, and a sum
over eight years against one partner's fees "in 2013" has nothing to say about how they relate.
Resolved to spans (years as numbers; a length anchored to the report's date when the wording
anchors it, else a length only), two periods are the same, one inside the other (a narrower
period), disjoint or overlapping: only the same period makes two figures one measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workbench.models import Frame

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNIT_YEARS = {"years": 1.0, "decades": 10.0, "months": 1 / 12, "weeks": 7 / 365.25, "days": 1 / 365.25}
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4})-(\d{4})?$")
_LENGTH = re.compile(r"^(?:(past|next) )?(\w+) (years|decades|months|weeks|days)(?: (from|to) (\d{4}))?$")
_QUARTER = re.compile(r"^(?:(\d{4})-)?q([1-4])$")  # "q2" (of the report's year, or the year before), "2026-q2"
_CALENDAR = {"last year": -1, "this year": 0}
_SLACK = 0.05  # a year is 2014.0-2015.0: spans meeting at an edge share no time


@dataclass(frozen=True)
class Span:
    """A period as years on a line: ``start``/``end`` (end exclusive) when placed, ``length`` always.

    ``fuzz``: how far a placed edge may be off ("the past eight years" written in mid-2015 may mean
    2007-2014 or 2008-2015), in years."""

    length: float
    start: float | None = None
    end: float | None = None
    fuzz: float = 0.0


def _year_of(published: str | None) -> float | None:
    try:
        d = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return d.year + (d.timetuple().tm_yday - 1) / 365.25


def period_span(period: str | None, published: str | None = None) -> Span | None:
    """The span a stored period names; None when it is not a period this module reads."""
    if not period:
        return None
    p = period.strip().lower()
    m = _YEAR.match(p)
    if m:
        y = float(m.group(1))
        return Span(1.0, y, y + 1)
    m = _QUARTER.match(p)
    if m:
        return _quarter(m.group(1), int(m.group(2)), published)
    if p in _CALENDAR:
        now = _year_of(published)
        return None if now is None else Span(1.0, float(int(now) + _CALENDAR[p]), float(int(now) + _CALENDAR[p] + 1))
    m = _RANGE.match(p)
    if m:
        a = float(m.group(1))
        if m.group(2):
            b = float(m.group(2)) + 1
            return Span(b - a, a, b) if b > a else None
        now = _year_of(published)  # "since 2007": up to the report
        return Span(now - a, a, now, fuzz=0.5) if now is not None and now > a else None
    m = _LENGTH.match(p)
    if not m:
        return None
    n = float(m.group(2)) if m.group(2).isdigit() else _NUMBERS.get(m.group(2))
    if not n:
        return None
    length = n * _UNIT_YEARS[m.group(3)]
    if m.group(5):  # "three decades from 1985" starts with 1985; "eight years to 2014" ends with 2014
        y = float(m.group(5))
        return Span(length, y, y + length) if m.group(4) == "from" else Span(length, y + 1 - length, y + 1)
    now = _year_of(published) if m.group(1) else None
    if now is None:
        return Span(length)
    fuzz = min(1.0, length / 4)  # "the past eight years" in mid-2015: 2007-2014 or 2008-2015
    return Span(length, now - length, now, fuzz) if m.group(1) == "past" else Span(length, now, now + length, fuzz)


def _quarter(year: str | None, n: int, published: str | None) -> Span | None:
    """A quarter of a stated year, else the last such quarter begun by the report's date ("the fourth quarter" in a
    January report is last year's); None with neither (two quarters unplaced are not one length to compare)."""
    now = _year_of(published)
    if year is None and now is None:
        return None
    y = float(year) if year else float(int(now)) - (1.0 if int(now) + (n - 1) / 4 > now else 0.0)  # type: ignore[arg-type]
    start = y + (n - 1) / 4
    return Span(0.25, start, start + 0.25)


def compare_spans(a: Span, b: Span) -> str:
    """"same", "narrower" (``a`` lies inside ``b``, or is shorter when either is a length only), "broader",
    "disjoint" or "overlap"."""
    tol = max(a.fuzz, b.fuzz, _SLACK)
    if a.start is None or b.start is None or a.end is None or b.end is None:
        if abs(a.length - b.length) <= max(tol, 0.1 * max(a.length, b.length)):
            return "same"  # "over the eight year span" / "2007-2014": one length, placed or not
        return "narrower" if a.length < b.length else "broader"
    if abs(a.start - b.start) <= tol and abs(a.end - b.end) <= tol:
        return "same"
    if a.end <= b.start + tol or b.end <= a.start + tol:
        return "disjoint"
    if b.start - tol <= a.start and a.end <= b.end + tol:
        return "narrower"
    if a.start - tol <= b.start and b.end <= a.end + tol:
        return "broader"
    return "overlap"


def period_relation(pa: str | None, pb: str | None, pub_a: str | None = None, pub_b: str | None = None) -> str | None:
    """How two stored periods relate (see :func:`compare_spans`); None when either is missing or unread.

    Equal strings are the same period without resolving them."""
    if not pa or not pb:
        return None
    if pa == pb and not pa.startswith(("past ", "next ")):
        return "same"
    sa, sb = period_span(pa, pub_a), period_span(pb, pub_b)
    if sa is None or sb is None:
        return None if pa != pb else "same"
    return compare_spans(sa, sb)


_WORDS = {"narrower": "within", "broader": "covering", "disjoint": "apart from", "overlap": "overlapping"}


def describe(pa: str, pb: str, kind: str) -> str:
    """A reviewer's reason: "2013 within eight years", "2007-2014 overlapping 2011-2016"."""
    return f"{pa} {_WORDS.get(kind, 'vs')} {pb}"


def stated_periods(fa: Frame | None, fb: Frame | None) -> tuple[bool, str | None]:
    """(the two frames' figures share one period, else how the first pair of their periods differs);
    (False, None) when either states no period.

    Why: the figures of a claim carry stored periods (``Frame.measures[].period``); two claims whose
    figures are stated for the same span are one measure in time, however each words it."""
    pa, pb = (sorted({m["period"] for m in f.measures if m.get("period")}) if f else [] for f in (fa, fb))
    if not pa or not pb:
        return False, None
    pub_a, pub_b = fa.published if fa else None, fb.published if fb else None
    first: str | None = None
    for x in pa:
        for y in pb:
            kind = period_relation(x, y, pub_a, pub_b)
            if kind == "same" or (kind is None and x == y):
                return True, None
            first = first or (describe(x, y, kind) if kind else f"{x} vs {y}")
    return False, first
