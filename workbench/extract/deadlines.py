"""A deadline a claim gives its planned act as a span from the report ("within 28 days", "in the next two weeks").

Why: "ticket holders will get their money back within 28 days" and "refunds will not be paid before September" time
one act apart, yet the first names no date: its deadline is a span counted from the day it was said. Stored once,
as the last day the act is promised by (``Frame.outcome["due_by"]``), analysis sets it against another source's
lower bound on the same act (``analyze.bounded_acts``). Closed class only: "within" (or "in the next") with a
count of days, weeks or months; a negated act ("will not be paid within a month") promises no deadline.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WITHIN = re.compile(r"\b(?:within|in\s+the\s+next)\s+(?:the\s+next\s+)?(?P<n>a|an|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<unit>day|week|month)s?\b", re.IGNORECASE)
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_DAYS = {"day": 1, "week": 7, "month": 31}  # a month counted at its longest: the deadline is never read too early


def due_by(text: str, published: date | None, modality: str, negated: str | None) -> str | None:
    """ISO day by which the claim's planned act is promised ("within four weeks" of the report), else None."""
    if published is None or modality not in ("planned", "expected") or negated:
        return None
    m = _WITHIN.search(text)
    if m is None:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER[raw]
    return (published + timedelta(days=n * _DAYS[m.group("unit").lower()])).isoformat() if n else None
