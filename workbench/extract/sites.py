"""Where a claim says a thing will be kept or moved to: one attribute of one thing, a named place.

Why: two sources often give one thing two places without a figure or a shared verb ("the group will keep its head
office in A" / "the head office will move to the home city of B"); the place is a value of one slot of one thing,
and two different named values exclude each other. Read from closed-class structure only: verbs of keeping or
staying ("keep/retain X in P", "X will stay/remain in P") and of moving ("X will move/relocate/be moved to P"),
with the thing (its content stems, a trailing "of ..." dropped) and the named place (capitalised words only, so "a
new role", "its promise in full" name none). Stored as ``Frame.outcome["site"]``: {"kind": "keep" | "move", "thing":
stems, "place": the place as written, "at": stems of its names}.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_NAMES = rf"(?P<place>(?:[a-z'’ -]{{0,40}}?\bof\s+)?{_NAME}(?:(?:\s+[a-z]+){{1,3}}\s+of\s+{_NAME})?)"
_KEEP = Gated(re.compile(rf"\b(?:keep|keeps|kept|retain|retains|retained)\s+(?P<thing>(?:its|their|the|his|her)\s+"
                         rf"[a-z][\w'’ -]{{0,40}}?)\s+in\s+{_NAMES}"))
_STAY = Gated(re.compile(rf"\b(?:will|would|is\s+to|are\s+to)\s+(?:stay|remain)\s+in\s+{_NAMES}"))
_MOVE = Gated(re.compile(rf"\b(?:will|would|is\s+to|are\s+to)\s+(?:move|relocate|be\s+moved|be\s+relocated)\s+to\s+"
                         rf"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,4}}?{_NAMES}"))
_BOUNDARY = re.compile(r"[,;:]\s*|\b(?:said|says|that)\s+", re.I)
_OF = re.compile(r"\s+of\s+.*$", re.S)
_GATE = frozenset("keep keeps kept retain retains retained stay remain move relocate moved relocated".split())


def _subject(text: str, at: int) -> list[str]:
    return content_stems(_OF.sub("", _BOUNDARY.split(text[:at])[-1]))


def site_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's site slot (module docstring), None when it states none."""
    if words is not None and words.isdisjoint(_GATE):
        return None
    for pattern, kind in ((_KEEP, "keep"), (_STAY, "keep"), (_MOVE, "move")):
        m = pattern.search(text, words)
        if m is None:
            continue
        thing = content_stems(m.group("thing")) if "thing" in m.groupdict() else _subject(text, m.start())
        place = " ".join(m.group("place").split())
        at = content_stems(" ".join(re.findall(r"\b[A-Z][\w'’-]+", place)))
        if thing and at:
            return {"kind": kind, "thing": thing, "place": place, "at": at}
    return None
