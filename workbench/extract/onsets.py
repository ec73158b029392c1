"""Whether a claim's timed act is the start of a happening as someone first met it: "the first X was heard",
"Y first noticed Z", "the first Z appeared", or a time set against another account ("nearly an hour before the time
given by the company").

Why: outlets disagree on when one happening began, each in its own words ("began escaping at 4.20am" / "the first
hiss was heard at about 3.30am"), so no shared word ties the two times together. What can be known from the sentence
alone is stored here (``Frame.onset``): the act is a *first perception* (a first sighting, hearing or appearance:
nothing can be perceived before it happens), an aspect verb of beginning, and an offset the claim itself puts between
its time and another account's; and where the act happened (``"where"``, ``extract.act_places``). Which happening
it is the start of is decided at analysis, per event (``analyze.onsets``), where the event's central happening is known. Closed class only: "first", verbs of perception
and of appearance, aspect verbs, counts of hours and minutes, reporting verbs.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.act_places import place_of_act
from workbench.extract.act_things import deed_of, thing_of
from workbench.extract.place_parts import part_of_act

# verbs of perception and discovery, and of coming into view (closed class): with "first", the act is a first meeting
# with the happening, whoever reports it ("the first smoke was seen", "residents first noticed", "the first cracks
# appeared")
_PERCEIVE = frozenset("saw seen see spotted noticed sighted detected observed discovered found heard felt smelled smelt "
                      "reported appeared emerged surfaced".split())
_BEGIN = frozenset("began begun started".split())
# aspect of ending, containing or restoring (closed class): the act is the happening's end, never a time of its start
# ("the blaze was brought under control at 6am", "the system was back in use by 4pm", "the road reopened at noon")
_ENDS = re.compile(r"\b(?:under control|put out|extinguished|contained|restored|back (?:in|into|to) (?:use|service|"
                   r"operation|normal)|back online|reopened|resumed|ended|lifted)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_COUNT = {"an": 1.0, "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "half": 0.5}
# "nearly an hour before the time given by X", "about 40 minutes before the eruption was recorded", "two hours
# earlier than the official time": a count of hours or minutes (or days), a direction, then within a few words an
# account (a reporting or recording verb, or "official"). With no count, only a comparison says whose time it is
# set against ("hours earlier than the company has said", "minutes later than X reported"): the offset is open,
# at least an hour for "hours", at most one for "minutes"
_AGAINST = re.compile(
    r"(?<!\bfor )\b(?:(?P<n>an|a|one|two|three|four|half an|\d{1,3})\s+(?P<unit>hours?|minutes?|days?)\s+"
    r"(?P<dir>before|after|earlier than|later than|ahead of)"
    r"|(?<!\d )(?P<units>hours|minutes|days)\s+(?P<dir2>earlier than|later than))"
    r"\s+(?P<what>[^,;.]{0,60}?)"
    r"\b(?P<acct>given|recorded|reported|announced|stated|registered|logged|official(?:ly)?|said|claimed|"
    r"published)\b",
    re.IGNORECASE,
)


# the same offset with no account after it: the claim places its act before another of the story ("the first
# tremors were felt an hour before the eruption"), a precursor, not another time of the happening; a count after
# "for" is a duration ("kept working for two hours before anyone came"), no offset of the act from another
_PRECEDES = re.compile(r"(?<!\bfor )\b(?:an|a|one|two|three|four|half an|\d{1,3})\s+(?:hours?|minutes?|days?)\s+"
                       r"(?:before|earlier than|ahead of)\b", re.IGNORECASE)


def _negated(text: str, act_text: str, polarity: dict[str, Any] | None) -> bool:
    """A negation inside the act phrase itself ("the first X was not seen"); one in a later clause ("who asked not to
    be named") leaves the act stated."""
    neg = (polarity or {}).get("neg")
    if not neg:
        return False
    at = text.find(act_text)
    return at < 0 or at <= neg[0] < at + len(act_text)


def _offset(text: str) -> tuple[float, bool] | None:
    """Hours the claim puts its own time from another account's (negative for "before" / "earlier than"), and
    whether that is open (no count: "hours earlier than X said" is at least an hour, "minutes" at most one)."""
    m = _AGAINST.search(text)
    if m is None:
        return None
    if m.group("units"):
        unit = m.group("units").lower()
        hours = {"hours": 1.0, "minutes": 0.0, "days": 24.0}[unit]
        sign = -1.0 if m.group("dir2").lower().startswith("earlier") else 1.0
        return sign * hours, True
    n = m.group("n").lower()
    count = float(n) if n.isdigit() else _COUNT.get(n.split()[0], 1.0)
    unit = m.group("unit").lower()
    hours = count / 60 if unit.startswith("minute") else count * 24 if unit.startswith("day") else count
    return (-hours if m.group("dir").lower() in ("before", "earlier than", "ahead of") else hours), False


def onset_of(text: str, act_text: str | None, modality: str, polarity: dict[str, Any] | None,
             timed: bool) -> dict[str, Any] | None:
    """``{"first": True}`` (a first perception), ``{"began": True}``, ``{"against": hours}`` (an offset from
    another account's time; with ``"open"`` where no count is given, the least distance in that direction) or
    ``{"precedes": True}`` (an offset before another act), for a timed act, and ``{"where": ...}`` (the act's place,
    ``extract.act_places``) and ``{"thing": noun}`` (what a timed act happened to, ``extract.act_things``) or
    ``{"deed": noun}`` (the timed act is its subject's deed to another thing or place, ``act_things.deed_of``),
    ``{"part": ...}`` (the floor or side of a place it happened in, timed or not, ``extract.place_parts``),
    ``{"ends": True}`` (the timed act ends, contains or restores: "brought under control", "back in use"),
    together as they hold; None where the act is not stated done or is negated, or none holds."""
    if not act_text or modality not in ("done", "quoted") or _negated(text, act_text, polarity):
        return None
    where = place_of_act(text, act_text)  # where the act happened, timed or not ("left the road between exits 5 and 6")
    out: dict[str, Any] = {"where": where} if where else {}
    part = part_of_act(text, act_text)  # which floor or side of a place ("in the basement archive", extract.place_parts)
    if part:
        out["part"] = part
    if not timed:
        return out or None
    thing = thing_of(act_text)  # what the timed act happened to (``extract.act_things``)
    if thing:
        out["thing"] = thing
    elif deed := deed_of(act_text):  # the subject's deed to another thing or place ("left Brenn"), no change of its own
        out["deed"] = deed
    words = _WORD.findall(act_text.casefold())
    if "first" in words and not _PERCEIVE.isdisjoint(words):
        out["first"] = True
    if not _BEGIN.isdisjoint(words) or "broke out" in act_text.casefold():
        out["began"] = True
    elif _ENDS.search(act_text):
        out["ends"] = True
    against = _offset(text)
    if against is not None:
        out["against"] = round(against[0], 3)
        if against[1]:
            out["open"] = True  # a direction and a least distance only: "hours earlier than X said"
    elif _PRECEDES.search(text):
        out["precedes"] = True
    return out or None
