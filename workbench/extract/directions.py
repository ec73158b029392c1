"""The direction a claim states (up or down) and what moves, a frame slot (``Frame.direction``, ``Frame.moved``).

Why: "ticket sales fell 4%" and "ticket sales rose" disagree with no figure in common; the analysis compares two
opposite directions only for one measured thing, so the slot keeps the head of the moving verb's subject too. Split
from ``extract.frames`` (which assembles the slots) because it is one slot with its own closed verb classes.
"""

from __future__ import annotations

import re

from workbench.extract.figure_subjects import clause_subject
from workbench.extract.gates import Gated

_DIRECTIONS = (
    (
        "up",
        re.compile(
            r"\b(?:rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|surged|"
            r"soared|up|higher|doubled|tripled|accelerated|gained)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "down",
        re.compile(
            r"\b(?:fell|fallen|falling|falls|decreased|decreases|dropped|declined|slid|plunged|"
            r"down|lower|halved|slowed|shrank|lost)\b",
            re.IGNORECASE,
        ),
    ),
)
_G_DIRECTIONS = tuple((name, Gated(r)) for name, r in _DIRECTIONS)


def directed(text: str, words: frozenset[str] | None) -> tuple[str | None, list[str]]:
    """The claim's one direction (up | down) and what moves: the head of its verb's subject ("Ticket sales fell
    4%" -> down, [ticket, sale]), so two opposite directions are compared only for one measured thing. ``words``:
    the claim's word set for the scan gates (None: no gate)."""
    found = {name: m for name, g in _G_DIRECTIONS for m in [g.search(text, words)] if m}
    if len(found) != 1:
        return None, []
    name, m = found.popitem()
    return name, clause_subject(text, m.start())
