"""Whether a figure states a count as it stands at its report, or a value moved to in the report.

Why: "two people have died" (Tuesday) and "three people have died" (Wednesday) are one running toll read at
two times, not two sources disagreeing; "valuers have raised their estimate to 650,000" states its own update
of any earlier estimate, made by the subject of the revising verb (the valuers: ``"mover"``), so it updates that
mover's own earlier figure and no other source's. Both are read from the figure's own clause once, at extraction, and stored on the
measure (``Frame.measures[...]``: ``"perfect": True``, ``"moved": "raised"``) for ``analyze.running_counts``.

The words are closed class: auxiliaries and the verbs of revising a value (raised, lowered, revised, cut ...).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.models import Quantity

# "<figure> people have died", "<figure> have been arrested": the count's own predicate in the present perfect
_PERFECT_AFTER = re.compile(r"^[^,;:]{0,40}?\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|ck|t)\b")
# "said on Friday that <figure> children had been confirmed": a perfect in speech reported on a stated day is
# backshifted to "had" -- the count as it stood on the day it was said (the day makes it a standing, not a past act)
_SAID_ON_DAY_BEFORE = re.compile(r"\b(?:said|announced|reported|told\s+\w+)\s+on\s+\w+day\s+that\s+$", re.IGNORECASE)
_PLUPERFECT_AFTER = re.compile(r"^[^,;:]{0,40}?\bhad\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|ck|t)\b")
# "have raised their estimate of the hoard to <figure>": a value moved to, in the figure's clause; so is the reach of
# an act widened or narrowed to a figure ("extended the closure to 14 schools", "narrowed its claim to 3 plots")
_MOVED_BEFORE = re.compile(
    r"\b(?P<v>raised|lowered|revised|upgraded|downgraded|cut|reduced|lifted|increased|trimmed|corrected|"
    r"widened|broadened|expanded|extended|narrowed|boosted)\b"
    r"[^,;:.]{0,50}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# the subject just before a revising verb: up to four words after the clause's start, auxiliaries left out
_AUX = frozenset("has have had was were is are been be also later then since now".split())
_PRONOUNS = frozenset("it they he she we i you who which that this these those".split())
_NOT_PERFECT = re.compile(r"^[^,;:]{0,40}?\b(?:has|have)\s+(?:been\s+)?(?:risen|fallen|climbed|grown)\b")
# "<figure> each", "<figure> per passenger", "<figure> a head": a value per unit, no total (closed class); a rate
# over time ("a year", "per day") is a rate, stored by ``extract.holders`` as ``"per"`` ("year")
_PER_UNIT = re.compile(r"^\s*(?:each|apiece|a\s+(?:head|person)|per\s+(?!(?:cent|annum|year|month|week|day|night|hour|"
                       r"minute|second)s?\b)[a-z]+)\b", re.IGNORECASE)

PER_UNIT = "unit"  # ``Frame.measures[*]["per"]`` of a value per unit
# "Every extra percentage point on pay would cost about 6 million", "Each ticket costs 12 euros", "After tax, each
# winner will take home 1.26 million": a value said of a subject quantified by every/each (after an opening phrase)
# is a value per unit of it (closed class)
_EVERY_SUBJECT = re.compile(r"^\W*(?:[^,.;]{1,40},\s*)?(?:every|each)\s+[a-z]", re.IGNORECASE)
# "Every year 300 people die": every/each with a span of time opens a count per span, no unit of a thing
_EVERY_SPAN = re.compile(r"^\W*(?:[^,.;]{1,40},\s*)?(?:every|each)\s+(?:other\s+)?(?:year|month|week|day|night|hour|"
                         r"minute|time|season|summer|winter|spring|autumn|morning|evening|weekend)s?\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")  # a figure before the value: the subject holds a count of its own ("Each of 12 ...")


def _per_subject(text: str, q: Quantity) -> bool:
    """A sum or count stated of a subject that opens with "every"/"each" (comment above): a value per unit. A figure
    before it ("Each of the 12 victims was paid ...") belongs to the subject, and the value's unit is left unread."""
    if q.kind not in ("money", "count") or _EVERY_SUBJECT.match(text) is None or _FIGURE.search(text, 0, q.start):
        return False
    # "Every year 300 people die": a count said every span of time is a count per span, kept as it is; a sum ("Each
    # day of the strike costs 40 million") is per unit either way
    return q.kind == "money" or _EVERY_SPAN.match(text) is None


# "a 24,000-litre tanker", "a 40-tonne lorry", "a 300-seat hall": the figure joined by a hyphen to a word that
# modifies the noun after it states what the thing is (its size, its load), not an amount of what happened
_MODIFIER_AFTER = re.compile(r"^-[a-z]+(?:-[a-z]+)?\s+[a-z]", re.IGNORECASE)
_JOINED_UNIT = re.compile(r"\d-[a-z]+$", re.IGNORECASE)
# "had been carrying 24,000 litres", "able to hold 5,000 litres", "with a capacity of 9 cubic metres": the verbs and
# nouns of holding (closed class) right before a figure in a unit of measure state a load or a capacity
_HOLDING_BEFORE = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|hold(?:s|ing)?|held|contain(?:s|ed|ing)?|capacity\s+of|load\s+of)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# what a place or thing was made to take, in a count of people or things ("built for 310 prisoners", "designed to
# hold 400 patients", "a capacity of 40,000", "room for 60 cars"): its size, not how many are there (closed class; a
# bare "holds 455" is how many it holds now)
_BUILT_FOR = re.compile(
    r"\b(?:(?:built|designed|meant|intended|licensed|planned)\s+(?:for|to\s+(?:hold|house|take|seat|accommodate))"
    r"|capacity\s+(?:of|for)|room\s+for|seats?\s+for)\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# a unit of measure as stored: a unit word ("litres", "tonnes") or a powered short name ("m3", "km2")
_MEASURE_UNIT = re.compile(r"^(?:[a-z]{1,2}[23]|.*(?:met(?:re|er)|litre|liter|gallon|tonne|ton|gram|kilo|kg|"
                           r"pound|lb|ounce|barrel|acre|hectare|foot|feet|inch|yard|mile)s?)$", re.IGNORECASE)


def figure_state(text: str, q: Quantity) -> dict[str, Any]:
    """{"perfect": True} for a count whose predicate is in the present perfect ("three people have died"),
    {"moved": verb} for a figure a revising verb moves a value to ("raised their estimate to 650,000"); and
    {"per": "unit"} beside either for a value per unit ("150 euros each"): no total, no rival of one (as a rate
    over time, ``analyze.figure_acts`` keeps "per unit" and "per total" apart); else {}.

    A change verb in the perfect ("has risen to 87") is left to the running cue the frame already stores. A share is
    moved as a sum is ("raised its offer to 5.5 per cent" after "offered 4.5 per cent"): only ``moved`` is read of it."""
    if q.kind not in ("count", "money", "percent") or q.value is None:
        return {}
    if q.kind == "percent":  # "raised its offer to 5.5 per cent": a share moved to (no toll, no load, no unit price)
        return _state(text, q)
    per = {"per": PER_UNIT} if _PER_UNIT.match(text[q.end : q.end + 30]) or _per_subject(text, q) else {}
    return {**_state(text, q), **per, **capacity(text, q)}


def capacity(text: str, q: Quantity) -> dict[str, bool]:
    """{"capacity": True} for a figure that sizes a thing or states what it holds ("a 40-tonne lorry", "carrying
    24,000 litres"): an attribute of the thing, never the event's amount, so ``analyze.sole_figures`` neither counts
    it among a report's figures of its dimension nor compares it with an amount; {} otherwise."""
    if _MODIFIER_AFTER.match(text[q.end : q.end + 40]) and not q.unit or _JOINED_UNIT.search(q.text):
        return {"capacity": True}  # "a 40-tonne barge": its unit joined by a hyphen (``extract.sizes``) or not
    if q.unit and _MEASURE_UNIT.match(str(q.unit)) and _HOLDING_BEFORE.search(text[max(0, q.start - 40) : q.start]):
        return {"capacity": True}
    if q.kind == "count" and _BUILT_FOR.search(text[max(0, q.start - 40) : q.start]):
        return {"capacity": True}  # "was built for 310 prisoners and now holds 455": the places, not those there
    return {}


def _state(text: str, q: Quantity) -> dict[str, Any]:
    before = text[max(0, q.start - 70) : q.start]
    moved = _MOVED_BEFORE.search(before)
    if moved:
        return {"moved": moved.group("v").lower(), **_mover(text[: max(0, q.start - 70) + moved.start()])}
    after = text[q.end : q.end + 60]
    if q.kind == "count" and _PERFECT_AFTER.match(after) and not _NOT_PERFECT.match(after):
        return {"perfect": True}
    if q.kind == "count" and _PLUPERFECT_AFTER.match(after) and _SAID_ON_DAY_BEFORE.search(before):
        return {"perfect": True}  # "said on Friday that 31 children had been confirmed"
    return {}


def _mover(before: str) -> dict[str, str]:
    """{"mover": subject} for the words before a revising verb ("The agency has raised" -> "the agency"); {} when the
    subject is a pronoun or the clause names none (the mover is then the claim's speaker)."""
    clause = re.split(r"[,;:]", before)[-1]
    words = [w for w in re.findall(r"[A-Za-z'’-]+", clause) if w.lower() not in _AUX][-4:]
    if not words or words[-1].lower() in _PRONOUNS:
        return {}
    return {"mover": " ".join(words).lower()}
