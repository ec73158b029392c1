"""Whether a figure is a part of a larger count or the total of it, or held in another noun's phrase.

Why a module of its own: "a part" is what keeps "at the bakery alone, 180 jobs" from contradicting "1,200 jobs",
and "a total" what marks "so far 65,000 have been culled" as a running total; both are read once at extraction
(``Frame.measures[...]["part"]``). Where the marker stands matters as much as the marker: "new" makes a part only
inside the figure ("120 new cases", not "the new stadium" near it), and "of them" only before the figure or right
after its number ("of them, 12 were children" / "12 of them"), never after its noun ("62 runners were taken to
hospital, most of them ...": "most" is the part of the 62, not the 62). Closed-class words only.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.models import Quantity

_PART = re.compile(r"\b(?:including|among them|additional|another|further|alone)\b", re.I)
_G_PART_WORDS, _PART_OF = Gated(_PART), re.compile(r"^of the \w+,", re.I)
_NEW, _OF_THEM = re.compile(r"\bnew\b", re.I), re.compile(r"\b(?:of whom|of them)\b", re.I)
# a partitive over the counted role itself: a bare number, then "of the" and a word standing for people by what
# befell them ("Nineteen of the injured were ...", "two of the evacuated,"): some of that count, told for another
# predicate, as an auxiliary or a past verb of its own shows ("two of the injured died in hospital"). "Three of the
# miners were killed" is no part: there the figure is the count of the killed itself.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z]{3,}ed|dead|hurt|missing|sick)(?=\s+(?:were|was|are|is|had|"
                        r"have|has|remain\w*|in|on|at|from|died|[a-z]{3,}ed)\b|\s*[,;.])", re.I)
# "since the outbreak began", "since the start of the strike": everything counted so far (closed-class frame words)
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|combined|cumulative|so far|to date|since (?:the|its|their) "
                    r"(?:start|beginning|[\w-]+(?: [\w-]+)? (?:began|begun|started|broke out)))\b", re.IGNORECASE)
_G_TOTAL = Gated(_TOTAL)


def part_of(text: str, q: Quantity, near: str, near_words: frozenset[str] | None) -> str | None:
    """"part", "total" or None for the figure ``q`` of ``text``; ``near`` is the window around it (and its words)."""
    if _G_PART_WORDS.search(near, near_words) or _PART_OF.match(near) or _NEW.search(q.text) \
            or _OF_THEM.search(text, max(0, q.start - 40), q.start) or _OF_THEM.match(text, q.end + 1) \
            or (q.kind == "count" and q.unit is None and _PARTITIVE.match(text, q.end)):
        return "part"
    return "total" if _G_TOTAL.search(near, near_words) else None


# "samples from 22 guests", "tests on 40 patients": a plural common noun, then a preposition right before the figure
_GOVERNED = re.compile(r"\b(?P<noun>[a-z][a-z-]{2,}s)\s+(?:from|on|among)\s+(?:some\s+|about\s+|nearly\s+|at least\s+)?$")


def governing_noun(text: str, q: Quantity) -> str | None:
    """The noun whose phrase holds a count ("samples" of "confirmed in samples from 22 guests"): the claim measures
    that noun's things, and the figure only says whom they came from, so it is no count of the claim's act; stored
    as the figure's predicate, it keeps "22 guests" from rivalling "63 guests fell ill". Counts only."""
    if q.kind != "count":
        return None
    m = _GOVERNED.search(text, max(0, q.start - 40), q.start)
    return m.group("noun").lower() if m else None

