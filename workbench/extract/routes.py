"""The way by which someone got in or out, as a claim states it ("entered through a skylight", "got out via a
service gate"), stored in ``Frame.outcome["route"]`` so analysis compares the routes of one entry or exit.

Why: outlets disagree about *how* an intrusion or an escape happened (a roof window vs a basement shaft), and no
figure or date slot holds it. Read from closed-class structure only: a verb of getting in or out (enter, get in,
climb in, break in, escape, get out, slip out, ...) followed, within a few words, by a route preposition
(through, via, by way of, over, under); the route is the noun phrase after it, cut before a time, a source or a
second clause. ``who`` is the subject before the verb (stems; empty for a pronoun), so two different actors'
entries are not compared.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems

_IN = r"enter(?:s|ed|ing)?|(?:got|get|gets|getting|climb(?:s|ed)?|broke|break(?:s)?|sneak(?:s|ed)?|snuck|slip(?:s|ped)?|" \
      r"crept|creep(?:s)?|came|come(?:s)?|forced their way|made their way)\s+in(?:to)?"
_OUT = r"escap(?:e|es|ed|ing)|fled|flee(?:s)?|exit(?:s|ed)?|(?:got|get|gets|getting|climb(?:s|ed)?|broke|break(?:s)?|" \
       r"sneak(?:s|ed)?|snuck|slip(?:s|ped)?|crept|creep(?:s)?|came|come(?:s)?)\s+out"
_ROUTE = re.compile(rf"\b(?:(?P<into>{_IN})|(?P<out>{_OUT}))\b(?P<gap>(?:\s+[\w'’-]+){{0,4}}?)\s+"
                    r"(?P<prep>through|via|by way of|over|under)\s+(?P<np>[^,;:.()\"“”]+)", re.I)
# where the route's noun phrase ends: a time, a source, a second clause (closed class)
_NP_END = re.compile(r"\s+(?:at|around|about|shortly|after|before|when|while|according|and|but|as|then|during|"
                     r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d)\b.*$", re.I | re.S)
_PRONOUNS = frozenset("they he she it we i you who which that".split())
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*)(?P<subject>[^,;:]*?)$")


_PREPOSITIONS = frozenset(("through", "via", "way", "over", "under"))


def route_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """{"dir": "in" | "out", "text": the route as written, "stems": its content stems, "who": subject stems}.

    ``words``: the claim's letter runs (``extract.gates.words_of``); without a route preposition among them the
    pattern cannot match, so it is not run (speed: most claims state no route)."""
    if words is not None and words.isdisjoint(_PREPOSITIONS):
        return None
    m = _ROUTE.search(text)
    if m is None:
        return None
    route = _NP_END.sub("", m.group("np")).strip()
    stems = content_stems(route)
    if not stems:
        return None
    before = _CLAUSE_START.search(text[: m.start()])
    subject = before.group("subject").split() if before else []
    head = [w for w in subject if w.lower() not in ("the", "a", "an")][:1]
    who = [] if not head or head[0].lower() in _PRONOUNS else content_stems(" ".join(subject))
    return {"dir": "in" if m.group("into") else "out", "text": route, "stems": stems, "who": who}
