"""The period a figure covers: "for 2014", "from 2007 through 2014", "over those three decades".

Why: a rate or a sum stated for one year and one stated for a span of years are different
measures, however close the numbers; the same holder's figure for a later year is an update.
The period is read in the figure's own clause (nearest first), else the period that opens the
sentence before it ("From 2007 to 2014 the firm paid $4 million, for a rate of 31%"). The words
are calendar words and counting words only (closed class).
"""

from __future__ import annotations

import re

from workbench.models import Quantity

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_RANGE = re.compile(rf"\b(?:from|between)\s+(?P<a>{_YEAR})\s+(?:through|to|until|till|and)\s+(?P<b>{_YEAR})\b|"
                    rf"\b(?P<c>{_YEAR})\s?[-–]\s?(?P<d>{_YEAR}|\d\d)\b", re.IGNORECASE)
_SPAN = re.compile(rf"\b(?:over|during|in|for|across|within)\s+(?:the|those|these|its|his|her|their)?\s*"
                   rf"(?:past|last|previous|next|first)?\s*(?P<n>{_NUM_WORD})\s+"
                   r"(?P<u>years|decades|months|weeks|days)\b",
                   re.IGNORECASE)
_SINCE = re.compile(rf"\bsince\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
_ONE_YEAR = re.compile(rf"(?<![\d,.$€£-])\b(?P<y>{_YEAR})\b(?![\d,.]\d|\s?[-–]\s?\d)")
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]+\s")
_SENTENCE_START = re.compile(r"(?:[.!?]\s|^)")


def _periods(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised period) of every period phrase, spans not overlapping."""
    found: list[tuple[int, int, str]] = []
    for m in _RANGE.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        b = b if len(b) == 4 else a[:2] + b
        found.append((m.start(), m.end(), f"{a}-{b}"))
    for m in _SPAN.finditer(text):
        found.append((m.start(), m.end(), f"{m.group('n').lower()} {m.group('u').lower()}"))
    for m in _SINCE.finditer(text):
        found.append((m.start(), m.end(), f"{m.group('y')}-"))
    for m in _ONE_YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), m.group("y")))
    return sorted(found)


def period_of(text: str, q: Quantity) -> str | None:
    """The period the figure ``q`` is stated for, normalised ("2014", "2007-2014", "three decades")."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text[: q.start])]
    lo = starts[-1] if starts else 0
    ends = [m.start() for m in re.finditer(r"[.!?](?:\s|$)", text[q.end :])]
    hi = q.end + ends[0] if ends else len(text)
    clauses_before = [m.end() for m in _CLAUSE_END.finditer(text, lo, q.start)]
    c_lo = clauses_before[-1] if clauses_before else lo
    after_end = _CLAUSE_END.search(text, q.end, hi)
    c_hi = after_end.start() if after_end else hi
    periods = [p for p in _periods(text[lo:hi]) if not (p[0] + lo < q.end and p[1] + lo > q.start)]
    own = [(min(abs(s + lo - q.start), abs(q.end - e - lo)), p)
           for s, e, p in periods if c_lo <= s + lo and e + lo <= c_hi]
    if own:
        return min(own)[1]
    opening = [p for s, e, p in periods if e + lo <= c_lo]
    return opening[0] if opening else None
