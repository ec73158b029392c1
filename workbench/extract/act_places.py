"""Where a claim's act happened, as the claim locates it: "near junction 14 of the ring road", "between gates 15 and
16", "in Grenoble", stored with the act (``Frame.onset["where"]``) so analysis compares the places of one act.

Why: two sources often place one happening differently ("overturned near exit 14" / "left the road between exits
15 and 16"; "held in Lyon" / "held in Grenoble"), and no figure, date or scope slot holds that. Read from closed-class
structure only, never from a gazetteer of a story's places:

* a locative preposition (near, at, in, on, between, outside, off, beside, by, inside, opposite, behind, along,
  under, past) followed by a noun phrase, in the claim's own clause (the reporting clause is cut as for the act
  phrase), that is no time ("at 3am", "on Tuesday", "in March", "by then");
* the phrase must name something: a numbered thing ("junction 14", "gates 15 and 16": a common noun followed by
  numbers, stored as the noun's stem with the low and high number) or a proper name (capitalised words that are
  no calendar word); a phrase naming neither ("in the car park", "on the road") places nothing comparable;
* ``bare``: the phrase is a name and nothing else ("in Grenoble"), where two names of places may be two places.

Which places belong to one act, and which contain each other, is decided at analysis (``analyze.act_places``).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.words import content_stems

_PREP = r"near|at|in|on|between|outside|off|beside|by|inside|opposite|behind|along|under|past|close to|next to"
# calendar and clock words (closed class): a phrase opening with one is a time, not a place
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tonight midnight noon midday dawn dusk morning afternoon "
    "evening night week month year weekend spring summer autumn winter then now time hours minutes".split())
# degree and order words that follow a preposition without naming a place ("at least 9 metres", "at most", "at
# first", "at once", "at all times"): closed class
_NOT_PLACES = frozenset("least most first last once all times".split())
# a title before a name makes it a person's ("between Mr. X and Mr. Y"), and a short capitalised word cut by a full
# stop is an abbreviation ("the U.S.", "Jan. 20") whose place or time the phrase does not hold: closed class
_TITLES = frozenset("mr mrs ms miss dr sir lady lord st gen col capt sgt rev prof sen rep gov pres".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# the phrase after the preposition ends at a clause break, a time, a subordinator or a reporting verb; "and" only
# joins numbers ("between junctions 15 and 16")
_PLACE = re.compile(rf"\b(?P<prep>{_PREP})\s+(?=(?P<np>[^,;:.()\"“”]+))", re.IGNORECASE)  # overlapping: each in turn
_NP_END = re.compile(
    r"\s+(?:at|around|about|shortly|just|after|before|when|while|as|because|which|who|where|according|said|says|"
    r"told|during|until|and(?!\s+\d)|but|then|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.*$"
    r"|\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?.*$",
    re.IGNORECASE | re.S)
_NUMBERED = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?P<lo>\d{1,4})(?:\s*(?:and|to|or|-|–)\s*(?P<hi>\d{1,4}))?\b")
_NAME = re.compile(r"\b[A-Z][\w'’-]*")
_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?(?:\s|$)|^\d{4}\b", re.IGNORECASE)
MAX_WORDS = 8  # a place is a short phrase; longer runs are a clause, not a location


def _clause(text: str, act_text: str | None) -> str:
    """The claim from its act on, without the reporting clause that ends it ("..., police said")."""
    at = text.find(act_text) if act_text else -1
    t = text[at:] if at >= 0 else text
    tail = re.search(r",\s+[^,]*\b(?:said|says|told|according|added|reported|announced|stated)\b.*$", t, re.I | re.S)
    return t[:tail.start()] if tail else t


def place_of_act(text: str, act_text: str | None) -> dict[str, Any] | None:
    """{"prep", "text", "names": lower-cased name words, "numbered": {stem: [lo, hi]}, "bare": bool} for the first
    place the act's clause names (module docstring), else None."""
    if not act_text:
        return None
    clause = _clause(text, act_text)
    for m in _PLACE.finditer(clause):
        np = _NP_END.sub("", " " + m.group("np")).strip()
        words = np.split()
        if not words or len(words) > MAX_WORDS or _CLOCK.match(np):
            continue
        first = next((w for w in words if w.casefold() not in _DETERMINERS), "")
        if not first or first.casefold().strip("'’s") in CALENDAR_WORDS or words[0].casefold() in _NOT_PLACES:
            continue
        numbered: dict[str, list[int]] = {}
        for n in _NUMBERED.finditer(np):
            stems = content_stems(n.group("noun"))
            if stems:
                lo, hi = int(n.group("lo")), int(n.group("hi") or n.group("lo"))
                numbered[stems[0]] = [min(lo, hi), max(lo, hi)]
        names = [w.casefold().rstrip("'’s") for w in _NAME.findall(np) if w.casefold() not in CALENDAR_WORDS]
        cut = m.start("np") + len(m.group("np"))  # where the phrase stopped in the clause: a full stop there ends
        abbreviated = clause[cut:cut + 1] == "." and len(words[-1]) <= 4  # an abbreviation, not the sentence
        if abbreviated or _TITLES & set(names) or _MONTHS & set(names) or not numbered and not names:
            continue
        bare = bool(names) and all(w[:1].isupper() or w.casefold() in _DETERMINERS for w in words)
        return {"prep": m.group("prep").casefold(), "text": np, "names": names, "numbered": numbered, "bare": bare}
    return None
