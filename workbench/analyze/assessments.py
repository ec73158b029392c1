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

from workbench.extract.assessment import Assessment
from workbench.extract.words import content_stems, entities


def assessment_conflict(a: str, b: str, aa: Assessment | None, ab: Assessment | None) -> str | None:
    """A one-line reason when ``a`` and ``b`` (with their stored judgements) rate the same thing in opposite ways."""
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
