"""Which part of a building or ground an act happened in, as a claim names it: a floor ("in the basement archive",
"in a third-floor flat") or a side ("at the north end of the ground", "on the east side"), stored with the act
(``Frame.onset["part"]``) so analysis compares them (``analyze.place_parts``).

Why: two sources often place one happening in two parts of one place ("the fire started in the basement archive" /
"the fire began in the first-floor reading room"; "it happened on the east side" / "at the north end"), and the
place slot (``extract.act_places``) holds only names and numbered things, so such places were never compared. Read
from closed-class structure only, in the act's own clause (not the reporting clause):

* ``level``: a floor as an interval of storeys above the ground, wide enough for both ways of counting floors (a
  "first floor" is the ground floor in some countries and the one above it in others: [0, 1]); a basement or
  cellar is below the ground ([-1, -1]); the ground floor is [0, 0];
* ``side``: the compass points of a side, end, stand, wing, corner or edge ("the north-east corner": north, east);
* ``of``: what the act happened to (``extract.act_things``), ``verb``: the act's verb as written, ``text``: the
  words that name the part, for the reviewer.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.act_kinds import act_verb
from workbench.extract.act_places import _clause
from workbench.extract.act_things import thing_of

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_FLOOR = re.compile(r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?P<num>\d{1,2})"
                    r"(?:st|nd|rd|th)|(?P<ground>ground))[\s-]+(?:floor|storey|story)\b"
                    r"|\b(?P<below>basement|cellar|underground car park)\b", re.IGNORECASE)
_POINTS = r"north|south|east|west"
_SIDE = re.compile(rf"\b(?P<pts>(?:{_POINTS})(?:[\s-]?(?:{_POINTS}))?)(?:ern)?\s+(?:side|end|stand|wing|corner|edge|"
                   r"terrace|entrance|flank|tower|block)\b", re.IGNORECASE)


def _level(m: re.Match[str]) -> list[int]:
    if m.group("below"):
        return [-1, -1]
    if m.group("ground"):
        return [0, 0]
    n = _ORDINALS[m.group("ord").casefold()] if m.group("ord") else int(m.group("num"))
    return [n - 1, n]  # counted from the ground floor or from the one above it


def part_of_act(text: str, act_text: str | None) -> dict[str, Any] | None:
    """{"level": [lo, hi]} and/or {"side": [points]}, with "of" and "verb", for the first floor and side the act's
    clause names (module docstring), else None."""
    if not act_text:
        return None
    clause = _clause(text, act_text)
    out: dict[str, Any] = {}
    floor = _FLOOR.search(clause)
    if floor:
        out["level"] = _level(floor)
    side = _SIDE.search(clause)
    if side:
        out["side"] = sorted(set(re.findall(_POINTS, side.group("pts").casefold())))
    if not out:
        return None
    out["text"] = " / ".join(m.group(0) for m in (floor, side) if m)
    thing = thing_of(act_text)
    verb = act_verb(act_text)
    out.update({"of": thing, "verb": verb[0].casefold() if verb else None})
    return out
