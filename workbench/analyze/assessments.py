"""Opposed assessments: "strategically vital" vs "would not be a strategic setback".

Only an explicit judgement of importance counts, found with a small lexicon: words that
rate something as important (vital, crucial, key, a setback if lost) and words that rate it
as unimportant (symbolic, little value, not a setback). A negation right before a word
flips it. Two claims conflict when one rates high and the other low on the same
dimension (strategic / military / symbolic importance) and they name the same place or
thing. Anything vaguer stays "related".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analyze.words import content_stems, entities

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


def assess(text: str) -> Assessment | None:
    """The claim's importance judgement, or None when it makes none (or makes both)."""
    if not DIMENSION.search(text):
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


def assessment_conflict(a: str, b: str) -> str | None:
    """A one-line reason when ``a`` and ``b`` rate the same thing's importance in opposite ways."""
    aa, ab = assess(a), assess(b)
    if aa is None or ab is None or aa.sign == ab.sign:
        return None
    if not set(entities(a)) & set(entities(b)) and not _same_subject_words(a, b):
        return None
    return f'opposed assessments: "{aa.phrase}" vs "{ab.phrase}"'


ASSESSMENT_WORDS = {"strategic", "strategy", "vital", "crucial", "critical", "essential", "key", "important",
                    "importance", "significant", "significance", "setback", "blow", "value", "symbolic", "operational",
                    "military", "loss", "losing", "matter", "worth", "whole", "would"}


def _same_subject_words(a: str, b: str) -> bool:
    """Both name the same place or thing: a shared capitalised word or a shared non-judgement content word."""
    first = {w.lower() for w in re.findall(r"[A-Z][a-z]+", a)}
    second = {w.lower() for w in re.findall(r"[A-Z][a-z]+", b)}
    if first & second - {"the", "a", "an", "if", "it", "i"}:
        return True
    return bool(set(content_stems(a)) & set(content_stems(b)) - ASSESSMENT_WORDS)
