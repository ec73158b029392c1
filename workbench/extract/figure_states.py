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
# "have raised their estimate of the hoard to <figure>": a value moved to, in the figure's clause
_MOVED_BEFORE = re.compile(
    r"\b(?P<v>raised|lowered|revised|upgraded|downgraded|cut|reduced|lifted|increased|trimmed|corrected)\b"
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


def figure_state(text: str, q: Quantity) -> dict[str, Any]:
    """{"perfect": True} for a count whose predicate is in the present perfect ("three people have died"),
    {"moved": verb} for a figure a revising verb moves a value to ("raised their estimate to 650,000"); and
    {"per": "unit"} beside either for a value per unit ("150 euros each"): no total, no rival of one (as a rate
    over time, ``analyze.figure_acts`` keeps "per unit" and "per total" apart); else {}.

    A change verb in the perfect ("has risen to 87") is left to the running cue the frame already stores."""
    if q.kind not in ("count", "money") or q.value is None:
        return {}
    per = {"per": PER_UNIT} if _PER_UNIT.match(text[q.end : q.end + 30]) else {}
    return {**_state(text, q), **per}


def _state(text: str, q: Quantity) -> dict[str, Any]:
    before = text[max(0, q.start - 70) : q.start]
    moved = _MOVED_BEFORE.search(before)
    if moved:
        return {"moved": moved.group("v").lower(), **_mover(text[: max(0, q.start - 70) + moved.start()])}
    after = text[q.end : q.end + 60]
    if q.kind == "count" and _PERFECT_AFTER.match(after) and not _NOT_PERFECT.match(after):
        return {"perfect": True}
    return {}


def _mover(before: str) -> dict[str, str]:
    """{"mover": subject} for the words before a revising verb ("The agency has raised" -> "the agency"); {} when the
    subject is a pronoun or the clause names none (the mover is then the claim's speaker)."""
    clause = re.split(r"[,;:]", before)[-1]
    words = [w for w in re.findall(r"[A-Za-z'’-]+", clause) if w.lower() not in _AUX][-4:]
    if not words or words[-1].lower() in _PRONOUNS:
        return {}
    return {"mover": " ".join(words).lower()}
