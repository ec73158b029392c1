"""What a figure in a unit of measure measures: the noun its "of" phrase names ("18 km of coastline" -> coastline).

Why: a length, area, mass or volume is a measure of a thing, and the thing is said after "of" ("4.2 tonnes of
dead fish", "3,800 hectares of vines"); two such figures of one thing (or of two words for it: "coastline" /
"shoreline") are one measure that analysis may compare, while two of one unit without it may be anything
(``analyze.one_measure``). Stored once with the figure's slot (``Frame.measures[*]["thing"]``).
"""

from __future__ import annotations

import re

from workbench.extract.acts import act_subject
from workbench.extract.words import content_stems
from workbench.models import Quantity

# "of (the|its) (new|dead ...)? noun": up to two modifiers, the head noun last
_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_AUX = frozenset("had has have was were is are been be also already then just".split())
_STOP = frozenset("which what whom whose it them this that these those".split())
# closed-class words that end the noun phrase ("45 km of shoreline had been fouled", "of vines in the valley")
_END = frozenset("""had has have was were is are be been being will would could can may might should must shall do does
    did and or but in on at by from to for with into onto over under across along near after before since as than""".split())

# after the noun, the opening of its rate ends it: "900 cubic metres of water a second" measures water
_RATE_OPEN = frozenset("a an per each every".split())


def measured_thing(text: str, q: Quantity) -> str | None:
    """The lower-case noun phrase after a measured figure's "of", or None (no unit, or no "of" right after it)."""
    if q.kind != "count" or not q.unit:
        return None
    m = _OF.match(text, q.end)
    if m is None:
        return None
    words = m.group(1).split()
    cut = next((i for i, w in enumerate(words) if w in _END or (i and w in _RATE_OPEN)), len(words))
    words = words[:cut]
    return None if not words or words[-1] in _STOP else " ".join(words)


# verbs that state a measure of their subject (closed class): "weighs 2.1 kg", "measures 55 cm", "costs 9 marks"
_MEASURE_VERBS = frozenset("weigh weighs weighed weighing measure measures measured measuring cost costs costing "
                           "total totals totalled totaled totalling number numbers numbered amount amounts amounted".split())


def figure_agent(text: str, q: Quantity, group: str | None) -> dict[str, list[str]]:
    """``{"agent": stems}``: who did the deed a figure is the object of ("Workers removed 4.2 tonnes" -> worker;
    "Volunteers from the association had pulled 9 tonnes" -> volunteer), {} where the figure is no deed's object.
    Why: two groups' removals are two measures however alike the deed and what is removed."""
    if not group or not group.startswith(("object:", "standing:")):
        return {}
    verb = group.split(":", 1)[1].split()[0] if group.split(":", 1)[1] else ""
    if verb.lower() in _MEASURE_VERBS:  # "the stone weighs 1.3 kg": its subject is what is measured, no doer
        return {}
    at = text.rfind(verb, 0, q.start) if verb else -1
    if at <= 0 or len(text[at + len(verb):q.start].split()) > 2:  # the figure is the verb's object: "pulled nearly 9"
        return {}
    before = [w for w in re.findall(r"[A-Za-z'’-]+", text[:at]) if w.lower() not in _AUX][-6:]
    stems = act_subject(text, False, at=at)
    # the agent's head stands just before the verb (auxiliaries aside: "Divers from the harbour police had lifted");
    # an infinitive has none ("is enough to lay 35 miles")
    near = {s for w in before for s in content_stems(w)}
    passive = re.search(r"\b(?:was|were|been|is|are|be)\s+$", text[:at], re.IGNORECASE)  # "has been banned": a patient
    if not stems or not before or before[-1].lower() == "to" or passive or stems[-1].lower() not in near:
        return {}
    return {"agent": stems}


# "Sixty homes on Cooper Street", "40 stalls along Market Row": a locative preposition right after the counted noun,
# then one to three capitalised words (a named place the counted things are in)
_PLACED = re.compile(r"\s+(?:on|in|at|along|near|off)\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})")


def figure_place(text: str, q: Quantity) -> dict[str, str]:
    """``{"where": name}``: the named place a count's things are in ("Sixty homes on Cooper Street" -> Cooper
    Street), read right after the counted noun; {} otherwise. Why: two counts of one noun in two named places are
    two groups ("homes on Cooper Street" / "homes on Ashlin Row"), however alike their predicates."""
    if q.kind != "count" or not q.unit or not q.text.endswith(q.unit.split()[-1]):
        return {}
    m = _PLACED.match(text, q.end)
    return {"where": m.group(1)} if m else {}
