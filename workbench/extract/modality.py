"""Modality: whether a claim states something as done, planned, expected, denied, hedged or quoted.

Split from :mod:`workbench.extract.frames` (the module had grown past 300 lines with the frame memo).
The patterns are closed-class: modal and reporting verbs, hedges, denials.
"""

from __future__ import annotations

import re

from workbench.extract.acts import BACKSHIFTED_PLAN
from workbench.extract.gates import Gated, words_of
from workbench.models import Attribution

MODALITIES = ("done", "planned", "expected", "denied", "hedged", "quoted")

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|disputed|disputes)\b"
    r"|\b(?:is|was|are|were) (?:false|untrue|not true)\b",
    re.IGNORECASE,
)
_AFFIRM = re.compile(
    r"\bthere (?:is|was|can be) (?:no|little) (?:question|doubt)\b|\bno doubt\b|"
    r"\bundeniabl[ey]\b|\bnobody (?:denies|disputes)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|is (?:believed|thought|said) to|"
    r"are (?:believed|thought|said) to|was (?:believed|thought|said) to|may have|might have|"
    r"could have|unconfirmed|it is unclear|possibly|perhaps|rumou?red)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"(?<=\w)['’]ll\b|\b(?:will|shall|plans? to|planned to|planning to|intends? to|is to|are to|"
    r"is set to|are set to|scheduled|due to (?!the)|aims? to|going to|would (?:be|take))\b",
    re.IGNORECASE,
)
# Speed: _PLANNED's two halves, the contraction (only where an apostrophe is) and the gated words.
_PLANNED_LL = re.compile(_PLANNED.pattern.split("|", 1)[0], re.IGNORECASE)
_G_PLANNED_WORDS = Gated(re.compile(_PLANNED.pattern.split("|", 1)[1], re.IGNORECASE))
_EXPECTED = re.compile(
    r"\b(?:expected|forecast|projected|predicted|likely to|could rise|may rise|estimated to reach|"
    r"anticipated)\b",
    re.IGNORECASE,
)
# The party a denial names: a capitalised word a few words before the denying verb ("Renner on Monday denied").
_DENIER = re.compile(
    r"\b(?P<who>[A-Z][\w'-]+)(?:\s+[\w'-]+){0,3}?\s+(?:denied|denies|rejected|rejects|disputed|disputes)\b"
)
_NOT_DENIERS = {"The", "A", "An", "He", "She", "They", "It", "We", "But", "I", "And", "This", "That"}
_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")
_G_AFFIRM, _G_DENIED, _G_HEDGED, _G_EXPECTED = (Gated(p) for p in (_AFFIRM, _DENIED, _HEDGED, _EXPECTED))
_UNSET: frozenset[str] = frozenset({"<unset>"})  # "compute the words here": callers outside claim_frame pass nothing


def _words(text: str, words: frozenset[str] | None) -> frozenset[str] | None:
    return words_of(text) if words is _UNSET else words


def modality_of(
    text: str, attribution: Attribution | None = None, words: frozenset[str] | None = _UNSET
) -> tuple[str, bool]:
    """(modality, affirmed). A reporting frame ("X said") does not make a claim hedged."""
    return _modality(text, _words(text, words), _attributed(attribution))


def _attributed(attribution: Attribution | None) -> bool:
    """Whether a quote in the claim makes it "quoted": someone is named as saying it."""
    return attribution is not None and attribution.speaker_kind != "none"


def _modality(text: str, words: frozenset[str] | None, attributed: bool) -> tuple[str, bool]:
    affirmed = bool(_G_AFFIRM.search(text, words))
    if _G_DENIED.search(text, words) and not affirmed:
        return "denied", affirmed
    if _G_HEDGED.search(text, words):
        return "hedged", affirmed
    if _G_EXPECTED.search(text, words):
        return "expected", affirmed
    if (("'" in text or "’" in text) and _PLANNED_LL.search(text)) or _G_PLANNED_WORDS.search(text, words) \
            or BACKSHIFTED_PLAN.search(text):
        return "planned", affirmed  # as _PLANNED.search(text), one half at a time; "would" after a reporting verb
    if attributed and _QUOTE.search(text):
        return "quoted", affirmed
    return "done", affirmed


def denier_of(text: str, modality: str, speaker: str | None) -> str | None:
    """Who denies, for a denial: the named party before the verb, else the speaker (last word of the name).

    Stored so that analysis can tell a denial by a party inside the story (the other claim
    reports what that party did) from a disagreement between outlets without re-reading the words.
    """
    if modality != "denied":
        return None
    m = _DENIER.search(text)
    if m and m.group("who") not in _NOT_DENIERS:
        return m.group("who")
    return speaker.split()[-1] if speaker else None
