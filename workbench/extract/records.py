"""A record claim: a superlative of a thing measured against a base year ("the worst storm since 1994").

Why: "the worst hailstorm since records began in 1951" and "the worst storm since 1994" state one thing (how bad
this one was) as two different records: the first says nothing worse since 1951, the second that something was
worse in 1994. No figure carries it, so the figure rules never see it; stored once here as a slot
(``Frame.record``: {"sup", "thing", "since"}), it is compared by ``analyze.records``. "since records began" and
"on record" state a record of all time ("since": "records", with the year records began where it is given).

Closed-class words only: the superlative is read by its form (-est, the irregular worst/best/most/least), the base
by "since" + a year, "since records began", "on record", "ever recorded".
"""

from __future__ import annotations

import re
from typing import Any

# "-est" words that are no superlatives (closed list of common English nouns and verbs ending so)
_NOT_SUPERLATIVE = frozenset(
    "interest forest protest west request arrest guest test rest chest nest quest harvest contest suggest honest "
    "modest manifest invest digest earnest conquest priest unrest behest latest".split()
)
_SUP = r"(?P<sup>worst|best|most\s+[a-z]+|least\s+[a-z]+|[a-z]{2,}est)"
_RECORD = re.compile(
    rf"\b(?:the|its|their|his|her|this\s+year's)\s+{_SUP}\s+(?P<thing>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)"
    r"(?:\s+(?:[\w'-]+\s+){0,5}?(?:since\s+(?:(?P<began>records\s+began|records\s+were\s+first\s+kept)(?:\s+in)?\s*)?"
    r"(?P<year>1[6-9]\d\d|20\d\d)?|(?P<ever>on\s+record|ever\s+recorded|in\s+recorded\s+history)))",
    re.IGNORECASE,
)


def record_of(text: str) -> dict[str, Any] | None:
    """{"sup": "worst", "thing": "hailstorm", "since": "1951" | "records"} for a record claim, else None."""
    if "since" not in text and "record" not in text:
        return None
    for m in _RECORD.finditer(text):
        sup = " ".join(m.group("sup").lower().split())
        if sup in _NOT_SUPERLATIVE:
            continue
        year, began, ever = m.group("year"), m.group("began"), m.group("ever")
        if not (year or began or ever):
            continue
        since = year if year and not began else "records"
        out = {"sup": sup, "thing": m.group("thing").lower(), "since": since}
        if began and year:
            out["began"] = year  # "since records began in 1951": a record of all time, records kept from 1951
        return out
    return None
