"""Whether a figure is the level a change reached or left, not the amount of the change.

Split from ``extract.figures`` (which reads a change word near a figure as making it a change): the words that make
a figure near a change word a level instead. Closed class: prepositions and the particles "up"/"down".
"""

from __future__ import annotations

import re

from workbench.models import Quantity

# The word right before a figure that makes it the level a change reaches or left ("fell to 87.4%", "up from 2.80").
_LEVEL_BEFORE = re.compile(r"\b(?:to|from)\s+(?:about|around|nearly|almost|roughly|some|just|over|under)?\s*\S?$",
                           re.IGNORECASE)
# "will pay 140 crowns, up from 120", "cost 49 crowns, up 7 crowns": a figure that a change set off by a comma follows
# is the level the change led to; the change's own figure comes after its particle
_LEVEL_AFTER = re.compile(r",\s*(?:up|down)\s+(?:from\s+|by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?[\d$€£]",
                          re.IGNORECASE)


def is_level(text: str, q: Quantity, change: re.Pattern[str]) -> bool:
    """The figure is a level: "fell to 87.4%", or followed by ", up from 120" unless a change verb of its own stands
    right before it ("rose 3 per cent, up from 2 per cent": a change; ``change`` is ``extract.figures``' pattern)."""
    if _LEVEL_BEFORE.search(text, max(0, q.start - 30), q.start):
        return True
    return _LEVEL_AFTER.match(text, q.end) is not None and not change.search(text[max(0, q.start - 30) : q.end])
