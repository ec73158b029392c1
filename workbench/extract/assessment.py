"""Importance judgements: "strategically vital" vs "would not be a strategic setback".

Computed once at extraction and stored in the claim frame (``Frame.assessment``). Only an
explicit judgement of importance counts, found with a small lexicon: words that rate
something as important (vital, crucial, key, a setback if lost) and words that rate it as
unimportant (symbolic, little value, not a setback). A negation right before a word flips it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.gates import Gated, words_of

HIGH = re.compile(
    r"\b(?:(?:strategically|militarily|operationally) )?(?:vital|crucial|critical|essential|pivotal|decisive|"
    r"indispensable|key|important|significant)\b|\b(?:(?:major|serious|strategic|operational|huge|big) )*"
    r"(?:setback|blow)\b|\bmatters?\b|\bworth (?:defending|holding|the cost)\b",
    re.IGNORECASE,
)
LOW = re.compile(
    r"\b(?:(?:mostly|largely|purely|only|more of a) )?symbolic\b|\b(?:little|limited|no|minimal|marginal) "
    r"(?:strategic |military |operational |real )?(?:value|importance|significance)\b|\binsignificant\b|"
    r"\bunimportant\b|\bnot worth\b|\b(?:does|do|did) not matter\b|\bmarginal\b",
    re.IGNORECASE,
)
NEGATOR = re.compile(r"\b(?:not|never|no|hardly|n't)\b(?:\W+\w+){0,4}\W*$", re.IGNORECASE)
DIMENSION = re.compile(r"\bstrateg\w*|\bimportan\w*|\bvalue\b|\bsignifican\w*|\bvital\b|\bcrucial\b|\bsetback\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Assessment:
    sign: int  # +1 important, -1 unimportant
    phrase: str


def _phrase(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].replace('"', "").replace("“", "").replace("”", "").split())


_G_DIMENSION = Gated(DIMENSION)  # speed: skip the scan when none of its words is in the text (extract.gates)
_UNSET: frozenset[str] = frozenset({"<unset>"})


def assess(text: str, words: frozenset[str] | None = _UNSET) -> Assessment | None:
    """The claim's importance judgement, or None when it makes none (or makes both).

    ``words``: ``gates.words_of(text)`` when the caller has it already.
    """
    if not _G_DIMENSION.search(text, words_of(text) if words is _UNSET else words):
        return None
    found: list[Assessment] = []
    for m in HIGH.finditer(text):
        neg = NEGATOR.search(text[max(0, m.start() - 40) : m.start()])
        if neg:
            start = m.start() - (len(text[max(0, m.start() - 40) : m.start()]) - neg.start())
            found.append(Assessment(-1, _phrase(text, start, m.end())))
        else:
            found.append(Assessment(+1, _phrase(text, m.start(), m.end())))
    for m in LOW.finditer(text):
        found.append(Assessment(-1, _phrase(text, m.start(), m.end())))
    if not found:
        return None
    signs = {a.sign for a in found}
    if len(signs) > 1:
        # "more of a symbolic value than strategic" carries both words; the explicit low word wins
        lows = [a for a in found if a.sign < 0]
        return lows[0]
    return found[0]
