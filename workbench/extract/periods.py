"""The period a figure covers: "for 2014", "from 2007 through 2014", "over those three decades".

Why: a rate or a sum stated for one year and one stated for a span of years are different
measures, however close the numbers; the same holder's figure for a later year is an update.
The period is read in the figure's own clause (nearest first), else the period that opens the
sentence before it ("From 2007 to 2014 the firm paid $4 million, for a rate of 31%"). The words
are calendar words and counting words only (closed class).

Normalised forms (``analyze.intervals`` resolves them to spans of time): a year "2014", a range
"2007-2014", an open range "2007-" ("since 2007"), a length "eight years" ("over the eight year
span"), a length anchored to the report's date "past three decades" / "next five years", or to a stated
endpoint "three decades from 1985" / "eight years to 2014".
"""

from __future__ import annotations

import re

from workbench.extract.memo import cached
from workbench.models import Quantity

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_RANGE = re.compile(rf"\b(?:from|between)\s+(?P<a>{_YEAR})\s+(?:through|to|until|till|and)\s+(?P<b>{_YEAR})\b|"
                    rf"\b(?P<c>{_YEAR})\s?[-–]\s?(?P<d>{_YEAR}|\d\d)\b", re.IGNORECASE)
# "over the past three decades", "over the eight year span", "in the next five years": a length, anchored to the
# report's date by "past"/"last"/"previous" (back) or "next"/"coming" (ahead), else a length only ("over those two
# decades" names a span stated elsewhere)
_SPAN = re.compile(rf"\b(?:over|during|in|for|across|within)\s+(?:the|those|these|its|his|her|their|an?)?\s*"
                   rf"(?:(?P<anchor>past|last|previous|next|coming|first)\s+)?(?P<n>{_NUM_WORD})(?:\s+|-)"
                   r"(?:(?P<u>years|decades|months|weeks|days)\b|"
                   r"(?P<one>year|decade|month|week|day)(?:\s+|-)(?:span|period|stretch|window)s?\b)"
                   # an endpoint stated with the length: "the three decades since 1985", "eight years to 2014"
                   rf"(?:\s+(?P<edge>since|from|after|to|until|till|through|ending in)\s+(?P<y>{_YEAR})\b)?",
                   re.IGNORECASE)
_EDGES = {"since": "from", "from": "from", "after": "from", "to": "to", "until": "to", "till": "to", "through": "to",
          "ending in": "to"}
_ANCHORS = {"past": "past ", "last": "past ", "previous": "past ", "next": "next ", "coming": "next "}
_SINCE = re.compile(rf"\bsince\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
_ONE_YEAR = re.compile(rf"(?<![\d,.$€£-])\b(?P<y>{_YEAR})\b(?![\d,.]\d|\s?[-–]\s?\d)")
# A quarter of the year ("in the second quarter", "third-quarter", "Q4 2026") and the calendar year before or of the
# report ("last year", "this year"): periods a rate is stated for, resolved against the report's date in analysis
_QUARTER = re.compile(rf"\b(?:(?P<n>first|second|third|fourth|final)[\s-]quarter|Q(?P<q>[1-4]))\b"
                      rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b)?", re.IGNORECASE)
_QUARTERS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "final": "4"}
_CALENDAR = re.compile(r"(?<!\bsince )(?<!\bthe )\b(?P<w>last|this) year\b", re.IGNORECASE)  # not "in the last year"
# "the 7.6% recorded a year earlier": a figure's own period moved back a year, said right after it (no figure between)
_YEAR_BACK = re.compile(r"\b(?:(?:a|one) year|twelve months|12 months) (?:earlier|ago|before)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]+\s")
_SENTENCE_START = re.compile(r"(?:[.!?]\s|^)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Speed: _RANGE, _SINCE and _ONE_YEAR all hold a year; this scan (first character 1 or 2) is cheap.
_YEARISH = re.compile(r"1[89]\d\d|20\d\d")
_SPAN_UNITS = ("year", "decade", "month", "week", "day")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # case folds onto ASCII letters (see extract.gates)


@cached(maxsize=1024)  # every figure of a claim reads the same sentence's periods (issue 12)
def _periods(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, normalised period) of every period phrase, spans not overlapping."""
    found: list[tuple[int, int, str]] = []
    # Skip the scans that cannot match (exact: each needs a year, or one of the unit words as written)
    years = _YEARISH.search(text) is not None
    low = text.lower()
    units = _FOLDS_TO_ASCII.search(text) is not None or any(u in low for u in _SPAN_UNITS)
    for m in _RANGE.finditer(text) if years else ():
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        b = b if len(b) == 4 else a[:2] + b
        found.append((m.start(), m.end(), f"{a}-{b}"))
    for m in _SPAN.finditer(text) if units else ():
        unit = (m.group("u") or m.group("one") + "s").lower()
        anchor = _ANCHORS.get((m.group("anchor") or "").lower(), "")
        edge = f" {_EDGES[' '.join(m.group('edge').lower().split())]} {m.group('y')}" if m.group("y") else ""
        found.append((m.start(), m.end(), f"{'' if edge else anchor}{m.group('n').lower()} {unit}{edge}"))
    spans = list(found)
    for m in _SINCE.finditer(text) if years else ():
        if not any(s <= m.start() < e for s, e, _ in spans):  # "the three decades since 1985": the span holds it
            found.append((m.start(), m.end(), f"{m.group('y')}-"))
    for m in _QUARTER.finditer(text) if "quarter" in low or "q" in low else ():
        quarter = f"q{_QUARTERS[m.group('n').lower()] if m.group('n') else m.group('q')}"
        found.append((m.start(), m.end(), f"{m.group('y')}-{quarter}" if m.group("y") else quarter))
    for m in _CALENDAR.finditer(text) if "year" in low else ():
        found.append((m.start(), m.end(), f"{m.group('w').lower()} year"))
    for m in _YEAR_BACK.finditer(text) if "year" in low or "months" in low else ():
        found.append((m.start(), m.end(), "year earlier"))
    for m in _ONE_YEAR.finditer(text) if years else ():
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), m.group("y")))
    return tuple(sorted(found))


def period_of(text: str, q: Quantity) -> str | None:
    """The period the figure ``q`` is stated for, normalised ("2014", "2007-2014", "three decades")."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, q.start)]
    lo = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, q.end)
    hi = end.start() if end else len(text)
    clauses_before = [m.end() for m in _CLAUSE_END.finditer(text, lo, q.start)]
    c_lo = clauses_before[-1] if clauses_before else lo
    after_end = _CLAUSE_END.search(text, q.end, hi)
    c_hi = after_end.start() if after_end else hi
    periods = [p for p in _periods(text[lo:hi]) if not (p[0] + lo < q.end and p[1] + lo > q.start)
               and not (p[2] == "year earlier" and not _right_after(text, q, p[0] + lo, p[1] + lo))]
    own = [(min(abs(s + lo - q.start), abs(q.end - e - lo)), p)
           for s, e, p in periods if c_lo <= s + lo and e + lo <= c_hi]
    if own:
        return min(own)[1]
    opening = [p for s, e, p in periods if e + lo <= c_lo]
    return opening[0] if opening else None


_DIGIT = re.compile(r"\d")
# ", when it stood at": a clause of the period just named, up to the figure it states (no other figure between)
_WHEN_THEN = re.compile(r",?\s*when\b[^\d.;]*$", re.IGNORECASE)


def _right_after(text: str, q: Quantity, start: int, end: int) -> bool:
    """A period moved back ("a year earlier") belongs to the figure it follows with no other figure between ("rose
    to 7.4% from 7.6% a year earlier": the 7.6%), never to a figure after it or to the one before that -- unless a
    "when" clause opened right after it states the figure ("lower than a year ago, when it stood at 7.6%")."""
    if end <= q.start and _WHEN_THEN.match(text, end, q.start):
        return True
    return q.end <= start and _DIGIT.search(text, q.end, start) is None
