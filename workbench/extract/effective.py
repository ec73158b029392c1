"""The date from which a measure applies, as a claim states it: "the rise takes effect on September 1", "will apply
from March 1", "will be backdated to January 1", "comes into force on May 4" (``Frame.outcome["effective"]``).

Why: "the rise takes effect on September 1, the board said" / "the rise will be backdated to January 1, the ministry
said" disagree on one fact about one measure, yet neither is a deed done on a day, and a plan's day may move, so the
day rules (``analyze.central_acts``, ``analyze.dated_acts``) leave two sources' plans alone. The date a measure
applies from is its own slot: a closed class of verbs ("take effect", "come into force", "apply from", "backdate to",
"effective from") right before a date, with the measure they are said of (the head noun of the subject: "the 4.8%
rise awarded to teachers" -> rise). A date stated as changed ("will now apply from") is an update, left to
``analyze.outcomes``; analysis compares the rest (``analyze.effective_dates``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from workbench.extract.reftime import _year_of
from workbench.extract.words import content_stems
from workbench.models import Quantity

_CUE = re.compile(r"\b(?:(?:(?:takes?|took|taken|taking)\s+effect|(?:comes?|came|coming)\s+into\s+force)"
                  r"(?:\s+(?:on|from|as\s+of))?|(?:appl(?:y|ies|ied)|effective)\s+(?:from|as\s+of)|backdated\s+to)"
                  r"\s+(?:the\s+)?", re.IGNORECASE)
_BACK = re.compile(r"backdated", re.IGNORECASE)
# what stands between the subject and the cue: auxiliaries, "to", adverbs (closed class)
_AUX = re.compile(r"(?:\s+(?:will|would|shall|is|are|was|were|be|been|being|has|have|had|to|also|only|not|now|"
                  r"then|\w+ly))+\s*$", re.IGNORECASE)
# the subject's noun phrase ends before a participle, a relative or a preposition: "the rise awarded to teachers"
_NP_END = re.compile(r"\s+(?:\w+ed|which|that|who|of|for|to|in|on|at|from|by|with)\b.*$", re.IGNORECASE | re.S)


def _measure(text: str, at: int) -> str | None:
    """The head noun's stem of the subject before the cue ("The 4.8% rise awarded to teachers will be" -> rise)."""
    lead = _AUX.sub("", text[:at].rstrip())
    lead = lead[max(lead.rfind(","), lead.rfind(";")) + 1:]
    np = _NP_END.sub("", " " + lead.strip()).strip()
    words = [w for w in np.split() if w.isalpha()]
    if not words or words[-1][0].isupper():
        return None
    stems = content_stems(words[-1])
    return stems[0] if stems else None


def effective_from(text: str, quantities: list[Quantity], published: date | None, modality: str,
                   now: bool) -> dict[str, Any] | None:
    """{"day": ISO, "of": stem, "text": the date's words} for the date the claim's measure applies from, else None."""
    if now or modality in ("denied", "hedged"):
        return None
    cue = _CUE.search(text)
    aux = _AUX.search(text[:cue.start()].rstrip()) if cue else None
    if cue is None or aux and re.search(r"\bnow\b", aux.group(), re.IGNORECASE):
        return None  # "will now apply from": a date stated as changed
    q = next((q for q in quantities if q.kind == "date" and q.iso and q.start == cue.end()), None)
    if q is None or not q.iso:
        return None
    iso = q.iso
    if iso.startswith("--"):
        if published is None:
            return None
        iso = f"{_year_of(text, q, iso[2:], published, not _BACK.search(cue.group()))}-{iso[2:]}"
    of = _measure(text, cue.start())
    return {"day": iso, "of": of, "text": q.text} if of else None
