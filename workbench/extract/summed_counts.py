"""A total told as the sum of its parts: "2,870 passengers and 1,100 crew", "146 patients along with 21 staff".

Why: one report gives a whole as two counts of kinds joined by "and" / "along with" / "plus", another gives it as
one count of a wider noun ("nearly 4,000 people"). Compared part by part they are "different measures"; the figure
they share is the sum. Extraction computes it once, and stores it on the first part's measure slot (key ``sum``:
value, the parts' nouns, the joined text, whether a part was approximate) for analysis to compare against a single
count (``analyze.summed_totals``). Only structure is read: counts of two different nouns, nothing between them but
a joining word and, at most, a reporting clause ("193, the company said, along with 24 crew members").
"""

from __future__ import annotations

import re
from typing import Any

from workbench.models import Quantity

# the joining words of a sum; a clause between the parts may hold no other figure and no full stop
_JOIN = re.compile(r"^(?:,[^,.;:\d]{0,60},)?\s*,?\s*(?:and|along with|plus|as well as|together with)\s+$", re.IGNORECASE)
_NOUN = re.compile(r"^\s*((?:[a-z][a-z'-]*\s+){0,1}[a-z][a-z'-]*)", re.IGNORECASE)
# words after a number that are not its noun: a comparison, a share or a unit of time or money is no part of a total
_NOT_NOUN = re.compile(r"^(?:of|per|percent|cent|times|more|fewer|less|than|to|or|and|in|on|at|by|from|hours?|days?|"
                       r"weeks?|months?|years?|minutes?)\b", re.IGNORECASE)
# "members" of "crew members": the counted kind is the noun before a generic head
_HEADS = frozenset({"members", "member", "staff"})


def _noun(text: str, q: Quantity, measure: dict[str, Any] | None) -> str | None:
    """The counted kind of a count: the stored noun ("count_of" of "the number of sick passengers ... 193"), else the
    word(s) after the number ("1,100 crew", "21 crew members" -> crew); None when no noun follows it."""
    stored = measure.get("count_of") if measure else None
    if q.unit is None and stored:
        return str(stored).casefold()
    if q.unit is None:
        m = _NOUN.match(text[q.end:])
        if m is None or _NOT_NOUN.match(m.group(1)):
            return None
        words = m.group(1).casefold().split()
    else:
        words = q.text.casefold().split()[1:] or [str(q.unit).casefold()]
    if len(words) > 1 and words[-1] in _HEADS:
        return words[-2]
    return words[0] if len(words) > 1 and words[1] in _HEADS else words[-1]


def _one_noun(x: str, y: str) -> bool:
    return x == y or x.rstrip("s") == y.rstrip("s")


def summed(text: str, quantities: list[Quantity], measures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``measures`` with a ``sum`` slot on the first part of each total told as a sum of counts of different nouns."""
    counts = [q for q in quantities if q.kind == "count" and q.value is not None and q.bound is None]
    slot = {m.get("text"): m for m in measures if m.get("kind") == "count"}
    runs: list[list[Quantity]] = []
    for q in counts:
        if runs and _JOIN.match(text[runs[-1][-1].end:q.start]):
            runs[-1].append(q)
        else:
            runs.append([q])
    for parts in (r for r in runs if len(r) > 1):
        nouns = [_noun(text, q, slot.get(q.text)) for q in parts]
        if any(n is None for n in nouns) or any(_one_noun(x, y) for i, x in enumerate(nouns) for y in nouns[i + 1:]):
            continue  # a part without a noun, or one noun twice ("40 boys and 30 boys" is not a sum to check)
        first = slot.get(parts[0].text)
        if first is None:
            continue
        end = parts[-1].end  # "1,100 crew": the last part's noun is in the total's text
        if parts[-1].unit is None and (tail := _NOUN.match(text[end:])) and str(nouns[-1]) in tail.group(1).casefold():
            end += tail.end()
        first["sum"] = {"value": sum(float(q.value) for q in parts), "parts": nouns,  # type: ignore[arg-type]
                        "text": text[parts[0].start:end], "approx": any(q.approx for q in parts)}
    return measures

