"""A count of a span's first day against the count over the whole span: the total grew from the first day's.

Why: "1,150 operations had been postponed on the first day" and, two days later, "more than 2,300 operations had been
postponed over the two days of the strike" count one thing over two windows, the first inside the second; without
the windows compared they read as rival counts of one measure (a false conflict between the two sources). The span
is the figure's stored period ("two days", ``extract.periods``); the first day is said in closed-class words ("on
the first day", "after the opening day"). A larger count over the span is the first day's count grown: an update.
"""

from __future__ import annotations

import re

from workbench.analyze.sides import Side
from workbench.models import Quantity

_FIRST_DAY = re.compile(r"\b(?:on|in|during|after|by the end of|over)\s+(?:the\s+)?(?:first|opening)\s+"
                        r"(?:day|night|morning|afternoon|evening)\b", re.IGNORECASE)
# a period of several days, weeks or months ("two days", "past three days", "the first three days")
_SPAN = re.compile(r"(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days|nights|weeks|months)$",
                   re.IGNORECASE)


def first_day_relation(a: Side, b: Side, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """("update", why) where one count is of the first day and the other, larger, over a span of days that holds it;
    else None. Counts only: a share over the span is another measure than the first day's share."""
    if qa.kind != "count" or qb.kind != "count" or qa.value is None or qb.value is None:
        return None
    for (day, qd, md), (span, qs, ms) in (((a, qa, ma), (b, qb, mb)), ((b, qb, mb), (a, qa, ma))):
        period = str(ms.get("period") or "")
        if _SPAN.search(period) and not md.get("period") and _FIRST_DAY.search(day.text) \
                and not _FIRST_DAY.search(span.text) and qs.value > qd.value:  # type: ignore[operator]
            return "update", f"update: {qd.text} on the first day → {qs.text} over the {period.split()[-2]} " \
                             f"{period.split()[-1]} (one count over a longer window)"
    return None
