"""How a thing came into the authorities' hands: given up freely or taken from someone (``Frame.outcome["recovery"]``).

Why: "the painting was handed over voluntarily by one of his clients" and "officers had seized the painting in the
flat" characterise one recovery in two ways that exclude each other, as "resigned" and "was sacked" do one
departure; the two sentences share the thing and hardly another word, so no wording rule compares them. Read from
closed-class structure: a verb of taking by force ("seized", "confiscated", "found in a search"), or a verb of
giving with a word that says it was freely given ("handed over voluntarily", "surrendered of his own accord") -- a
bare "handed over" may be the police passing the thing on after a seizure, so it says nothing alone. Stored:
``{"how": "voluntary" | "forced", "thing": [stems], "text": phrase}``, the thing being the passive's subject or the
active's object; ``analyze.recoveries`` compares two sources' slots.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems

_FORCED = re.compile(r"\b(?:seized|confiscated|impounded|(?:found|recovered|discovered)\b(?P<search>[^,;]{0,60}?\b"
                     r"(?:during|in|after)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:search|raid)))", re.I)
_GIVEN = re.compile(r"\b(?:handed|turned|gave|given|brought)\s+(?:\w+\s+){0,3}?(?:over|in|up|back)\b|\b(?:surrendered|"
                    r"returned)\b", re.I)
_FREELY = re.compile(r"\b(?:voluntarily|of (?:his|her|their|its) own (?:accord|free will)|unprompted|willingly)\b",
                     re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|had been|has been)\s+(?:\w+ly\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", re.I)
_OBJECT_END = re.compile(r"[,;:]|\b(?:said|says|after|before|because|which|when|while|but|and|in|at|from|during|on|"
                         r"near|inside|outside)\b", re.I)
_START = re.compile(r"(?:^|[,;:]|\b(?:said|says|that)\b)\s*", re.I)
# who acted and where, never the thing: the agents of a recovery and the words of the act itself (closed class)
_NOT_THING = frozenset(content_stems("police officers officer detectives investigators agents client clients owner "
                                     "by search raid flat house home voluntarily over in up back stolen missing "
                                     "looted"))


def _thing(words: str) -> list[str]:
    return [s for s in content_stems(words) if s not in _NOT_THING and not s[:1].isdigit()]


def _around(text: str, start: int, end: int) -> list[str]:
    """The thing acted on: a passive's subject (words before the verb, in its clause), else the active's object (the
    words after the verb, up to a clause break or a preposition of place or time: "seized the car in the garage")."""
    if _PASSIVE.search(text[:start]):
        cut = [c.end() for c in _START.finditer(text, 0, start)]
        return _thing(_PASSIVE.sub("", text[(cut[-1] if cut else 0): start]))
    stop = _OBJECT_END.search(text, end)
    return _thing(text[end: stop.start() if stop else len(text)])


def recovery_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's recovery slot (module docstring), None when it tells no recovery of a thing."""
    if words is not None and words.isdisjoint(("seized", "confiscated", "impounded", "search", "raid", "voluntarily",
                                               "accord", "will", "unprompted", "willingly")):
        return None
    f = _FORCED.search(text)
    if f and not _NEGATED.search(text[: f.start()]):
        thing = _around(text, f.start(), f.start("search") if f["search"] else f.end())
        return {"how": "forced", "thing": thing, "text": f.group(0)} if thing else None
    g = _GIVEN.search(text)
    if g and _FREELY.search(text) and not _NEGATED.search(text[: g.start()]):
        thing = _around(text, g.start(), g.end())
        return {"how": "voluntary", "thing": thing, "text": g.group(0)} if thing else None
    return None
