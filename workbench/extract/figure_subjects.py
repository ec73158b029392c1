"""What a level or a deviation is stated of: the head of its clause's subject.

Why separate from ``figures``: reading a clause's subject is its own small grammar (where the subject
starts after a clause break, where its head ends at a preposition or time word) and kept ``figures``
within the module size limit when two branches extended it at once.
"""

from __future__ import annotations

import re

from workbench.extract.figure_sorts import names_a_thing
from workbench.extract.words import content_stems
from workbench.models import Quantity

_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]+\s")  # not the comma of "1,100"
# A percent measured against a norm ("60% below the long-term average", "35 percent lower than normal"): the reference
# nouns are closed-class statistics words, not a topic.
_NORM = re.compile(r"^\s*(?:below|above|under|over|(?:lower|higher|less|more) than)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:average|normal|norm|mean|usual)\b", re.IGNORECASE)
DEVIATION = "deviation"  # "deviation below the norm" / "deviation above the norm": two directions, two measures
# Where a subject's head ends: a preposition or a time word ("rainfall | since April", "snowfall | this winter").
_SUBJECT_END = re.compile(r"\s+(?:in|across|at|on|since|during|over|for|of|from|this|last|next|so far)\b", re.I)
_COPULA = re.compile(r"\b(?:has been|have been|had been|is|was|are|were|stood|stands|ran|runs)\b", re.IGNORECASE)


_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|been|be|will|would|also|sharply|slightly|steadily))+$",
                        re.IGNORECASE)


def clause_subject(text: str, verb_at: int) -> list[str]:
    """The content stems of the subject of the verb at ``verb_at``: its clause's words before it, auxiliaries
    dropped, cut at a preposition or time word ("Ticket sales at the club have fallen" -> ticket, sale)."""
    clause_starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, verb_at)]
    lo = clause_starts[-1] if clause_starts else 0
    head = _AUXILIARY.sub("", text[lo:verb_at].rstrip())
    head = _SUBJECT_END.split(head.strip(), maxsplit=1)[0]
    return content_stems(head)[-3:]


def subject_of(text: str, q: Quantity) -> list[str] | None:
    """What a level is stated of: the head of its clause's subject ("Since April, rainfall across the region
    has been 60% below ..." -> rainfall; "River levels this winter have been" -> river, levels). Two deviations of different things
    (rainfall, river levels) are different measures."""
    clause_starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)]
    lo = clause_starts[-1] if clause_starts else 0
    verbs = list(_COPULA.finditer(text, lo, q.start))
    if not verbs:
        return None
    head = _SUBJECT_END.split(text[lo : verbs[-1].start()].strip(), maxsplit=1)[0]  # "snowfall this winter"
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", head) if content_stems(w)]
    return words[:3] or None


# "put the number of affected customers at 11 million", "the total of displaced families rose to 4,000": the counted
# noun stands after a closed-class statistics word, far from the figure, which then lacks a unit of its own.
_COUNTED_OF = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:(?:[a-z][\w'-]*|\d[\d,.]*)\s+){0,2}?"
                         r"(?P<noun>[a-z][\w'-]*[a-rt-z]s|people|children|women|men)\b", re.IGNORECASE)
_FIGURE_BETWEEN = re.compile(r"\d+|[.;:!?](?=\s)")  # a numeral naming a thing ("Line 4") does not count


def counted_noun(text: str, q: Quantity) -> str | None:
    """What a bare count counts when a "number of X" phrase of its clause names it: "The number of customers whose
    details were exposed has risen to 2.9 million" -> customers. Only for a count with no unit of its own, and only
    when no other figure or sentence break stands between the phrase and the figure (it would be that figure's)."""
    if q.kind != "count" or q.unit or (q.text.isdigit() and names_a_thing(text, q.start)):
        return None  # "on Line 4 has risen to 41": the 4 names the line
    lo = max(0, q.start - 120)
    window = text[lo : q.start]
    low = window.lower()
    if not any(w in low for w in ("number", "total", "count", "tally")):  # word gate: no regex scan without one
        return None
    found = list(_COUNTED_OF.finditer(window))
    if not found or any(not (m.group(0)[0].isdigit() and names_a_thing(text, lo + m.start()))
                        for m in _FIGURE_BETWEEN.finditer(window, found[-1].end())):
        return None
    return found[-1].group("noun").lower()


# "the average price of diesel reached 1.92 euros", "the rate of inflation was 3.1%": a role word's "of" phrase names
# what the level is of (closed-class statistics words; the thing itself is whatever the claim names).
_ROLE_OF = re.compile(r"\b(?:prices?|costs?|rate|level|turnout|share)\s+of\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?P<np>[a-z][\w-]*)", re.IGNORECASE)


def role_thing(text: str, q: Quantity) -> list[str] | None:
    """What a role figure is of, from an "of" phrase of its clause before it, its first word ("The price of diesel
    reached 1.92 euros" -> [diesel]): two levels of one role of different things are different measures. None when no such
    phrase stands in the clause, or another figure stands between it and this one."""
    lo = max(0, q.start - 80)
    window = text[lo : q.start]
    if " of " not in window:  # word gate: no regex scan without an "of"
        return None
    clause_starts = [m.end() for m in _CLAUSE_END.finditer(window)]
    found = list(_ROLE_OF.finditer(window, clause_starts[-1] if clause_starts else 0))
    if not found or re.search(r"\d", window[found[-1].end() :]):
        return None
    word = found[-1].group("np").lower()  # one word: the next may be the clause's verb ("of diesel reached")
    return [word] if content_stems(word) else None


# "40,000 crowns in damages", "$2 million in unpaid wages": what an amount is, stated right after it (a plural noun,
# no determiner: "in the capital" is a place, "in 2026" a time).
_IN_WHAT = re.compile(r"\s+in\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\b")


def amount_for(text: str, q: Quantity) -> list[str] | None:
    """What a role-less amount is stated as, from "in <plural noun>" right after it ("12,000 crowns in legal costs"
    -> [legal, costs]): two amounts of one case in damages and in costs are different things, not rivals."""
    if text[q.end : q.end + 4] != " in ":  # gate: no regex without the preposition right after the figure
        return None
    m = _IN_WHAT.match(text, q.end)
    return m.group("np").split() if m else None
