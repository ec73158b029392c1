"""Sentences kept as claims below the check-worthiness threshold: quotes with a speaker, and the outlet's own facts.

Why: ``checkworthy.score`` ranks sentences, and its threshold drops two kinds a fact-checker needs (issues 9, 10):

* **a direct quote with a named speaker or organisation** ("'We are deeply sorry,' Menz said."). What someone
  said, word for word, is checkable as a quote: two outlets that quote one person differently (one version cut,
  or a misquote) are a classic check. Rhetoric and condolences still score low and rank low in the review
  queue (their ``checkworthiness`` is kept as scored); they are no longer dropped.
* **the outlet's own report of a deed** with no source named ("Police detained 14 people.", "Nobody was hurt.",
  "The protesters gathered in Liberty Square."). The "attributed" feature dominates the score, yet a deed stated
  with a counted figure, a harm outcome (hurt, killed, nobody hurt) or the clock time, date or named place it
  happened at is checkable whoever states it.

Read from structure only: quote marks and the speaker kind attribution gives; a past deed (``acts.deed_stems``,
``act_kinds.act_verb``) plus a figure (``quantities``), a harm (``figures.zero_roles``, ``harms.harm_of``), a
clock time or date (``daytimes.clock_of``, ``dates.extract_dates``) or a place (``act_places.place_of_act``). Only
sentences below the threshold are asked, the cheap tests first, so ingest pays for little more than the
sentences it now keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.act_kinds import act_verb
from workbench.extract.act_places import place_of_act
from workbench.extract.acts import deed_stems
from workbench.extract.checkworthy import COUNTING, NEWSROOM_NOTE
from workbench.extract.dates import extract_dates
from workbench.extract.daytimes import clock_of
from workbench.extract.figures import zero_roles
from workbench.extract.harms import harm_of
from workbench.models import Attribution, Quantity

QUOTED_CHARS = 12  # a quoted span this long at least: a scare-quoted word or two ("so-called 'reform'") is no quote
# a double-quoted span, or a quote that opens the sentence and runs on past its end (a quote over several sentences)
_QUOTE = re.compile(rf"[\"“„«][^\"“”„«»]{{{QUOTED_CHARS},}}[\"”»]|^\s*[\"“„«][^\"“”„«»]{{{QUOTED_CHARS},}}$")
_ASKS = re.compile(r"\?[\s\"”»’']*$")  # ends with a question mark (before its closing quote marks)
SPEAKERS = frozenset({"named", "organization"})
# spans of time are no counted figure of a deed ("two weeks later", "for 3 hours")
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades century "
    "centuries night nights".split())
# harm words (closed class, as ``extract.figures`` counts the killed and injured): only these sentences ask harms
_HARMISH = re.compile(r"\b(?:hurt|injur\w*|unhurt|uninjured|unharmed|harm|killed|died|dead|hospital\w*|wounded)\b",
                      re.I)
# a clock, a weekday, a month or a year: only these sentences ask for the date or clock time of the deed
_WHENISH = re.compile(
    r"\d[:.]\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"yesterday|midnight|noon|dawn|dusk)\b|\b(?:1[89]|20)\d\d\b", re.I)
# a locative preposition before a capitalised word or a number: only these sentences ask for the place of the deed
_WHEREISH = re.compile(r"\b(?:near|at|in|on|between|outside|off|beside|inside|opposite|behind|along|under|past)"
                       r"\s+(?:the\s+)?[A-Z0-9]")
# what will, would or may happen is no deed done, whatever past participle follows ("will be held on Thursday");
# in lower case, so that the month "May" is no modal
_NOT_YET = re.compile(r"\b(?:will|would|shall|may|might|could|can|should|must|going to)\b|['’]ll\b")
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def quoted_claim(text: str, attribution: Attribution) -> bool:
    """A direct quote (12+ characters inside double quote marks) that a named person or organisation speaks.

    A quoted question asserts nothing ("'How would your pension fare?' she asked."), so it is left to its score."""
    if attribution.speaker_kind not in SPEAKERS:
        return False
    m = _QUOTE.search(text)
    return m is not None and not _ASKS.search(m.group(0)) and not _ASKS.search(text)


def states_deed(text: str) -> bool:
    """A deed told as done: a past verb ("detained", "took") or a word after a past auxiliary ("was hurt")."""
    return act_verb(text) is not None or bool(deed_stems(text))


def _counted(quantities: list[Quantity] | tuple[Quantity, ...]) -> bool:
    return any(q.kind != "date" and (q.unit or "").lower() not in _TIME_UNITS for q in quantities)


def reported_fact(text: str, attribution: Attribution,
                  quantities: Callable[[], list[Quantity] | tuple[Quantity, ...]]) -> bool:
    """An unattributed deed stated with a counted figure, a harm outcome, or its clock time, date or place.

    ``quantities`` is asked only for a sentence with a number word or digit (it is the costly step, and memoised
    by the caller so a kept sentence does not compute it twice)."""
    if attribution.speaker_kind != "none" or _ASKS.search(text) or NEWSROOM_NOTE.search(text):
        return False  # attributed sentences are scored as such; a question states nothing, nor does "declined to comment"
    numberish = COUNTING.search(text) is not None
    harmish = _HARMISH.search(text) is not None
    whenish = _WHENISH.search(text) is not None
    whereish = _WHEREISH.search(text) is not None
    if not (numberish or harmish or whenish or whereish) or _NOT_YET.search(text) or not states_deed(text):
        return False
    if harmish and (zero_roles(text) or harm_of(text)):
        return True
    if numberish and _counted(quantities()):
        return True
    if whenish and (clock_of(text) is not None or extract_dates(text) or _WEEKDAY.search(text)):
        return True
    return whereish and place_of_act(text, text) is not None
