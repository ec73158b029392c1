"""What a figure in a unit of measure measures: the noun its "of" phrase names ("18 km of coastline" -> coastline).

Why: a length, area, mass or volume is a measure of a thing, and the thing is said after "of" ("4.2 tonnes of
dead fish", "3,800 hectares of vines"); two such figures of one thing (or of two words for it: "coastline" /
"shoreline") are one measure that analysis may compare, while two of one unit without it may be anything
(``analyze.one_measure``). Stored once with the figure's slot (``Frame.measures[*]["thing"]``).
"""

from __future__ import annotations

import re

from workbench.models import Quantity

# "of (the|its) (new|dead ...)? noun": up to two modifiers, the head noun last
_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_STOP = frozenset("which what whom whose it them this that these those".split())
# closed-class words that end the noun phrase ("45 km of shoreline had been fouled", "of vines in the valley")
_END = frozenset("""had has have was were is are be been being will would could can may might should must shall do does
    did and or but in on at by from to for with into onto over under across along near after before since as than""".split())


def measured_thing(text: str, q: Quantity) -> str | None:
    """The lower-case noun phrase after a measured figure's "of", or None (no unit, or no "of" right after it)."""
    if q.kind != "count" or not q.unit:
        return None
    m = _OF.match(text, q.end)
    if m is None:
        return None
    words = m.group(1).split()
    cut = next((i for i, w in enumerate(words) if w in _END), len(words))
    words = words[:cut]
    return None if not words or words[-1] in _STOP else " ".join(words)
