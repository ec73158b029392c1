"""When an act or a state began, as a claim states it: "since late July" (a state since then), "first got in on
August 14", "began on Monday" (the start itself).

Why: "the intruders had been inside since late July" and "the intruders first got in on August 14" disagree on
when one thing began, though neither dates the same clause alike and their verbs differ. The start is stored
once per claim (``Frame.began``) with what it is the start of (``Frame.act_subject``), and analysis compares
the two starts (``analyze.dated_acts``). Closed class only: "since", "first", "began", "started".
"""

from __future__ import annotations

import re
from datetime import date

from workbench.extract.acts import act_subject
from workbench.extract.reftime import _year_of
from workbench.models import Quantity

# the start itself: "first" as an adverb before a verb (not "the first case"), or an aspect verb of beginning
_START = re.compile(r"(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ba\s)(?<!\btheir\s)\bfirst\s+(?=[a-z]+)"
                    r"|\b(?:began|started|begun)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)  # up to the date: "since late July"
GATE = frozenset({"since", "first", "began", "started", "begun"})


def began(text: str, quantities: list[Quantity], time: str | None, published: date | None) -> tuple[str, int | None] | None:
    """(ISO start, where the start word is; None for "since") or None: the date a "since" opens ("since late
    July"), else the claim's own time when it states the start itself ("first got in on August 14")."""
    for q in quantities:
        if q.kind == "date" and q.iso and _SINCE.search(text, max(0, q.start - 16), q.start):
            iso = q.iso
            if iso.startswith("--") and published:
                iso = f"{_year_of(text, q, iso[2:], published, False)}-{iso[2:]}"
            return iso, None
    m = _START.search(text)
    return (time, m.start()) if m and time else None


def began_and_subject(text: str, quantities: list[Quantity], time: str | None, published: date | None,
                      words: frozenset[str] | None, modality: str, deeds: list[str]) -> tuple[str | None, list[str]]:
    """(``Frame.began``, ``Frame.act_subject``): the start a claim states, and what its act happens to; for a start
    stated by "first" or "began" ("The strike began on Monday") the subject is the one before that word."""
    subject = act_subject(text, modality == "planned") if modality == "planned" or deeds else []
    if modality != "done" or (words is not None and GATE.isdisjoint(words)):
        return None, subject
    start = began(text, quantities, time, published)
    if start is None:
        return None, subject
    if not subject and start[1] is not None:
        subject = act_subject(text, False, at=start[1])
    return start[0], subject
