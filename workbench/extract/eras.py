"""When an act happened, as an interval on the year line: eras ("the early 13th century", "the 1140s",
"around 1140") and parts of a month ("late September").

Why a module of its own: a date slot holds a day or a month ("2027-10-09", "2027-09"), but reports of one
act often place it more loosely -- a part of a month, a decade, a century or a third of one, an
approximate year. Compared as strings these never meet; as intervals of years (day precision as a
fraction of a year) "around 1140" and "the 1140s" overlap, and "the 1140s" and "the early 13th century"
exclude each other. Stored once at extraction (``Frame.span``: {"lo", "hi", "text"}, hi exclusive) so that
analysis compares numbers (``analyze.time_slots``). Only calendar words are read (closed class).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from workbench.extract.gates import Gated, words_of

APPROX_YEARS = 5  # "around 1140", "circa 1140": a few years either side, the span a decade names
_PART = {"early": (0.0, 1 / 3), "mid": (1 / 3, 2 / 3), "middle": (1 / 3, 2 / 3), "late": (2 / 3, 1.0)}
_CENTURY = re.compile(
    r"\b(?:(?P<part>early|mid|middle|late)[\s-]+)?(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b"
    r"(?P<bc>\s+B\.?C\.?)?", re.IGNORECASE)
# "the 1140s", "the late 1140s": a decade (a year ending in 0 followed by "s"); "the 1900s" is left unread (a decade
# or a century)
_DECADE = re.compile(r"\b(?:(?P<part>early|mid|middle|late)[\s-]+)?(?P<y>\d{3,4})['’]?s\b(?!-)", re.IGNORECASE)
# a year after "around" / "circa" / "about", and not followed by a word it counts ("around 1140 coins"); a plain
# "in 2015" is the date slot's (``extract.reftime``), and an act done "in 2015" is often done again another year
_YEAR = re.compile(r"\b(?P<approx>around|about|circa|c\.|approximately|roughly)\s+(?P<y>\d{3,4})\b"
                   r"(?!\s*(?:[a-z%]|\d|,\d|\.\d))(?P<bc>\s+B\.?C\.?)?", re.IGNORECASE)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_PART = re.compile(r"\b(?P<part>early|mid|late)[\s-]+(?P<m>" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
# every era or month part holds a digit group of three or four, or "century", or a month after early/mid/late
_ERAISH = re.compile(r"\d{3}|centur|(?:early|mid|late)[\s-]+[A-Z]", re.IGNORECASE)
# Speed (ingest18): each era pattern is searched only when the claim's letter runs (``gates.words_of``, memoised) hold
# the word every match contains: "century" ends ``_CENTURY`` as a whole run, the "s" after a decade's digits is one
# ("1140s"), and ``_YEAR``'s first words are read off the pattern (``gates.Gated``). Same answers, fewer scans.
_G_YEAR = Gated(_YEAR)


def _fraction(lo: float, hi: float, part: str | None) -> tuple[float, float]:
    if not part:
        return lo, hi
    a, b = _PART[part.lower()]
    return lo + (hi - lo) * a, lo + (hi - lo) * b


def era_span(text: str) -> tuple[float, float, str] | None:
    """(first year, end year exclusive, the words) of the first era the text names, else None.

    "the early 13th century" is 1200-1233.3, "the 1140s" 1140-1150, "around 1140" 1135-1146 ("a 1970s-era law" dates
    the law, not the act).
    Before Christ ("5th century BC") is not placed (no claim here compares one)."""
    if not _ERAISH.search(text):
        return None
    runs = words_of(text)
    gates = (runs is None or "century" in runs, runs is None or "s" in runs, _G_YEAR.may_match(runs))
    found = []
    for pattern, gate in zip((_CENTURY, _DECADE, _YEAR), gates, strict=True):
        m = pattern.search(text) if gate else None
        if pattern is _DECADE and m is not None and (int(m.group("y")) % 10 or not int(m.group("y")) % 100):
            m = None  # "the 1900s" may be a century; "1145s" is no decade
        if m is not None and not m.groupdict().get("bc"):
            found.append((m.start(), pattern, m))
    if not found:
        return None
    _, pattern, m = min(found, key=lambda f: f[0])
    words = m.group(0).strip()
    if pattern is _CENTURY:
        lo = (int(m.group("n")) - 1) * 100.0
        return (*_fraction(lo, lo + 100, m.group("part")), words)
    if pattern is _DECADE:
        lo = float(m.group("y"))
        return (*_fraction(lo, lo + 10, m.group("part")), words)
    y = float(m.group("y"))
    return y - APPROX_YEARS, y + 1 + APPROX_YEARS, words


_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")


def month_part_span(text: str, time_iso: str | None) -> tuple[float, float, str] | None:
    """The days of "late September" (21st to the month's end), "early May" (1st-10th), "mid-June" (11th-20th),
    in the year the claim's stored time resolves it to ("2027-09"), as years; None without one (a yearless
    "--09-14", which has the same length, included)."""
    if not time_iso or not _YEAR_MONTH.fullmatch(time_iso) or not _ERAISH.search(text):
        return None
    m = _MONTH_PART.search(text)
    if m is None:
        return None
    year, month = int(time_iso[:4]), int(time_iso[5:7])
    if _MONTHS[m.group("m").lower()] != month:
        return None
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[m.group("part").lower()]
    return day_year(date(year, month, first_day)), day_year(date(year, month, last_day)) + 1 / 365.25, m.group(0)


def day_year(d: date) -> float:
    """A day as a point on the year line (its start)."""
    return d.year + (d.timetuple().tm_yday - 1) / 365.25


def span_of(text: str, time_iso: str | None) -> dict | None:
    """The stored ``Frame.span`` of a claim: a part of a month first (it refines the stored month), else an era."""
    got = month_part_span(text, time_iso) or era_span(text)
    if got is None:
        return None
    lo, hi, words = got
    return {"lo": round(lo, 4), "hi": round(hi, 4), "text": words}
