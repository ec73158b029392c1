"""Shares written as "N in M": "one in 20", "one tram in four", "four in five children", "two out of three voters".

Why: a source that gives a share in words ("Fewer than four in five children are vaccinated", "One tram in four
did not run") states a percent of a whole as much as one that writes "81 per cent of children"; read as two counts
("four", "five children") it was never compared with the other source's percent, and its counted noun was a
whole read as a group. The share is ``100 * N / M`` percent, its whole the counted noun between or after the two
numbers, kept as the quantity's ``context`` ("of children"), as a written "of" phrase is for "81% of children".

Not a share: N not below M, a number that may be a year, a span of time after M ("one in ten years", "three in
five days": a rate over time), and a noun both between and after ("one goal in four games": a rate per game).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.numbers import parse_number

_SMALL = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
          r"hundred|a hundred|a thousand)")
_N_IN_M = re.compile(
    rf"\b(?P<n>{_SMALL})(?: (?P<noun>[a-z][a-z-]+))? (?:in|out of) (?:every )?(?P<m>{_SMALL})\b"
    r"(?: (?P<whole>[a-z][a-z-]+))?", re.IGNORECASE)
# words that cannot be the share's noun between the numbers, or its whole after them (function words, verbs of being)
_NOT_NOUN = frozenset("""the a an of and or but was were is are be been has have had will would per out in on at
    by for from to with than as that which who this these those their its his her our your my more less fewer""".split())
_PEOPLE = frozenset({"people", "children", "men", "women"})  # plurals without an s
# a span of time after M makes "N in M" a rate over time, no share of a whole (closed class: units of time)
_TIME_UNITS = frozenset("""second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries season seasons""".split())


def _number(raw: str) -> float | None:
    parsed = parse_number("100" if raw.lower() == "hundred" else raw)
    return parsed[0] if parsed else None


def n_in_m_shares(text: str) -> Iterator[tuple[int, int, float, str | None]]:
    """(start, end, percent, context) of each "N in M" share in ``text``; the span covers the two numbers and a
    noun between them, the context is "of <whole>" where a noun names it."""
    for m in _N_IN_M.finditer(text):
        n, total = _number(m.group("n")), _number(m.group("m"))
        noun, whole = (m.group(g) and m.group(g).lower() for g in ("noun", "whole"))
        if n is None or total is None or not 0 < n < total or total > 1000:
            continue
        if noun in _NOT_NOUN or noun in _TIME_UNITS or whole in _TIME_UNITS:
            continue
        whole = whole if whole and _plural(whole) else None  # "one in four did not": a verb, no whole
        if noun and whole:
            continue
        named = noun or whole
        yield m.start(), m.end("m"), 100.0 * n / total, f"of {named}" if named else None


def _plural(word: str) -> bool:
    """A plural noun as news writes the whole of a share ("children", "voters", "people")."""
    return word in _PEOPLE or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                               and word not in _NOT_NOUN)
