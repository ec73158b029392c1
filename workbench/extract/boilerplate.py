"""Boilerplate: page furniture, credits, share bars, datelines alone -- never a claim, whatever its score.

Moved out of :mod:`checkworthy` (which re-exports it) when the pattern got its speed gate (issue 12).
The pattern has two parts: furniture that opens the line (``^\\W*read more``, ``by Ana Ruiz``), tried
once at the start, and markers that may stand anywhere (a copyright line, a markdown link, "staff
writer" at the end), which a plain search tries at every position of every sentence -- 85% of the
time of this check on the seeded 10k corpus. Every match of the anywhere part holds one of
``_ANYWHERE_NEEDLES`` once lower-cased, so that part is searched only when the lower-cased text holds
one: the same answers (``tests/extract/test_split_score_gates.py``). A text holding a character that
case-insensitive matching folds onto an ASCII letter (the long s, the Kelvin sign; ``words_of`` is
None for it) is always searched.
"""

from __future__ import annotations

import re

from workbench.extract.gates import words_of

_OPENERS = (
    r"read more|related(?: stories| articles)?|see also|more from|most read|recommended|share (?:this|on)|"
    r"follow us|subscribe|sign up|sign in|log in|register|click here|leave a (?:comment|reply)|comments?\b|"
    r"advertisement|sponsored|sponsor\s*:|skip to|we use cookies|accept (?:all )?cookies|cookie settings|"
    r"privacy policy|terms of (?:use|service)|your email address|required fields|enter your email|"
    r"download (?:our|the) app|nextimg\s*:|photo\s*:|image\s*:|video\s*:|watch\s*:|listen\s*:|"
    r"\(?\s*(?:additional )?(?:reporting|editing|writing|compiled|translated) by\b|by [A-Z][a-z]+ [A-Z][a-z]+\W*$"
)
_ANYWHERE = (
    r"all rights reserved|©|&copy;|\bcopyright\b|\]\(https?://|\b(?:staff writer|correspondent)$"
    r"|\b(?:originally published|this story has been updated)\b"
)
# One literal of each alternative of _ANYWHERE, lower case: every match of the part contains one.
_ANYWHERE_NEEDLES = (
    "all rights reserved", "©", "&copy;", "copyright", "](http", "staff writer", "correspondent",
    "originally published", "this story has been updated",
)
BOILERPLATE = re.compile(rf"^\W*(?:{_OPENERS})|{_ANYWHERE}", re.I)
_AT_START = re.compile(rf"^\W*(?:{_OPENERS})", re.I)
_ANYWHERE_PART = re.compile(_ANYWHERE, re.I)
DATE_ONLY = re.compile(
    r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})[\W\d:apmAPMUTC]*$"
)


def _furniture(text: str) -> bool:
    """``BOILERPLATE.search(text) is not None``: the opening part once, the anywhere part behind its needles."""
    if _AT_START.match(text):
        return True
    if words_of(text) is not None:
        lowered = text.lower()
        if not any(needle in lowered for needle in _ANYWHERE_NEEDLES):
            return False
    return _ANYWHERE_PART.search(text) is not None


def is_boilerplate(sentence: str) -> bool:
    """Page furniture, credits, share bars, datelines alone: never a claim."""
    text = sentence.strip().strip("*_ ")
    if not text:
        return True
    if text.count("|") >= 2 or DATE_ONLY.match(text):
        return True
    # isupper() is False whenever a letter is lower case or uncased, so the letter list is built only when needed
    letters = [ch for ch in text if ch.isalpha()] if text.isupper() else ()
    if len(letters) >= 8 and all(ch.isupper() for ch in letters):  # "CLICK HERE TO READ MORE", mastheads
        return True
    return _furniture(text)
