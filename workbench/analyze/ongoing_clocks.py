"""A time of day of something going on is no time of a one-off act: "gave way at 4.50pm" / "water was rushing down
the broken spillway on Sunday night" can both hold.

Why a module of its own: ``slot_values.clock_relation`` compares two clocks of one day when two claims share words
of one thing, and so read the clock of a state that followed an act (a progressive: "was/were ...ing") as a rival
time of the act itself (a D92 false conflict). The aspect is read from the stored act phrase
(``Frame.act_text``): an auxiliary "be" then an -ing verb, closed-class words only. Two progressives at two clocks
(a state going on at both) are no rival times either.
"""

from __future__ import annotations

import re

from workbench.analyze.sides import Side
from workbench.analyze.slot_values import clock_relation as _clock_relation

# "were rushing", "was still pouring", "had been burning": be, at most one adverb, an -ing verb
_ONGOING = re.compile(r"\b(?:is|are|was|were|been)\s+(?:still\s+|already\s+|\w+ly\s+)?[a-z]{3,}ing\b", re.IGNORECASE)


def ongoing(s: Side) -> bool:
    """The claim's act is told as going on (a progressive), not as a deed done at a point in time."""
    act = s.frame.act_text or ""
    return _ONGOING.search(act) is not None


def clock_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """``slot_values.clock_relation``, save that a clash of a state going on with any other clock is related."""
    found = _clock_relation(a, b, shared, sim)
    if found is not None and found[0] == "conflict" and (ongoing(a) or ongoing(b)):
        return "related", f"a state going on at one time, not the time of one act: {a.frame.clock} vs {b.frame.clock}"
    return found
