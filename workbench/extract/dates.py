"""Calendar dates in news copy, normalised to (partial) ISO 8601 strings.

Output in ``Quantity.iso`` (``value`` stays None):

* full dates: "Feb. 7, 2023", "7 February 2023", "2023-02-07" -> "2023-02-07"
* no year: "February 7", "7 Feb" -> "--02-07" (ISO 8601 "--MM-DD"; the publication date, known
  only to the caller, can fill the year in)
* month and year: "February 2022" -> "2022-02"; a month alone after a preposition ("in
  December", "since early January", "postponed to October") -> "--12" ("--MM")
* a year: "in 2022" -> "2022" (a bare 1800-2099 number not followed by what it counts)

Weekdays ("on Wednesday") are NOT emitted: they are relative to an unknown publication date,
so they could never be compared across outlets. Month names must be capitalised, which keeps
the verb "may" and "march" out.
"""

from __future__ import annotations

import re

from workbench.models import Quantity

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_PATTERNS = [
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(rf"\b{_MONTH} {_DAY}(?!\d)(?:,? {_YEAR}\b)?"),
    re.compile(rf"(?<![\d.,]){_DAY} {_MONTH}(?:,? {_YEAR}\b)?"),
    re.compile(rf"\b{_MONTH},? {_YEAR}\b"),
    re.compile(
        rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?"
        rf"|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Ee]nd of|[Ss]tart of|[Tt]o)[ -]{_MONTH}"
    ),
]
# Speed: what each pattern above cannot match without (a digit, a month name: every month name and
# abbreviation starts with one of these case-sensitive prefixes), so a sentence lacking it skips the scan.
_NEEDS = [(True, False), (True, True), (True, True), (True, True), (False, True)]
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGIT = re.compile(r"\d")
_BARE_YEAR = re.compile(r"(?<![\w.,$£€/-])(?P<year>1[89]\d\d|20\d\d)(?![\w%/]|[.,]\d|-\d\d-)")
_YEAR_PREPOSITIONS = re.compile(
    r"\b(?:in|since|by|until|of|from|between|the|before|after|during|early|late|mid|end|start|year|summer|winter|spring|"
    r"autumn|fall|and|to)\W*$",
    re.IGNORECASE,
)
_FOLLOWING_WORD = re.compile(r" ([a-z][\w-]*)")
_NOT_COUNTED = {"and", "to", "or", "the", "a", "an", "when", "after", "before", "as", "but", "was", "is", "that"}


def _iso(year: str | None, month: int, day: str | None) -> str | None:
    if day is not None:
        d = int(day)
        if not 1 <= d <= 31:
            return None
        return f"{year}-{month:02d}-{d:02d}" if year else f"--{month:02d}-{d:02d}"
    return f"{year}-{month:02d}" if year else f"--{month:02d}"


def year_counts_something(text: str, start: int, end: int) -> bool:
    """True for "2000 soldiers" (a count), False for "in 2000" or "2022 and 2023"."""
    if _YEAR_PREPOSITIONS.search(text, max(0, start - 12), start):
        return False
    nxt = _FOLLOWING_WORD.match(text, end)
    return bool(nxt and nxt.group(1) not in _NOT_COUNTED and nxt.group(1).endswith("s"))


def extract_dates(text: str) -> list[Quantity]:
    """Dates, months and years in ``text`` (may overlap; the caller keeps the longest)."""
    found: list[Quantity] = []
    digit = _DIGIT.search(text) is not None
    month = any(prefix in text for prefix in _MONTH_PREFIXES)
    for k, (pattern, needs) in enumerate(zip(_PATTERNS, _NEEDS, strict=True)):
        if (needs[0] and not digit) or (needs[1] and not month):  # cannot match: skip the scan
            continue
        if k == 0 and "-" not in text:  # "2023-02-07" needs its hyphens
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("mnum"):
                month = int(groups["mnum"])
                if not 1 <= month <= 12:
                    continue
            elif k == 4 and m.group(0)[:2].lower() == "to" and groups["month"] == "May":
                continue  # "postponed to October" is a date, "spoke to May" a name
            else:
                month = _MONTHS[groups["month"].rstrip(".").lower()]
            iso = _iso(groups.get("year"), month, groups.get("day"))
            if iso is None:
                continue
            start = m.start("month") if "month" in groups and groups.get("day") is None and not groups.get(
                "year") else m.start()
            found.append(Quantity(kind="date", text=text[start:m.end()], start=start, end=m.end(), iso=iso))
    for m in _BARE_YEAR.finditer(text) if digit else ():
        if not year_counts_something(text, m.start(), m.end()):
            found.append(Quantity(kind="date", text=m.group(0), start=m.start(), end=m.end(), iso=m.group("year")))
    return found
