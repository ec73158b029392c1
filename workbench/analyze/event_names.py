"""Proper names as whole names, and whether the names of two groups of reports meet.

Why: :mod:`workbench.analyze.events` scores name overlap over single stems, so "Kell Point" (a lake
shore) and "Morrow Point" (a beach) share "point", and a headline's common nouns ("deaths") count as
names: two reports of the same *kind* of event, weeks apart in different places, looked like one story
(a fish kill and a whale stranding, issue 9 section 1). A fact-checker tells such events apart by what
they name: the same kind of happening with different people and places is a different event.

A name here is a run of capitalised words that are not sentence-initial, kept whole ("kell point");
two names meet when one's words are all inside the other ("Sandvik", "Erik Sandvik"), so a short mention
still meets the long one. Calendar words are not names. How the names weigh against dates and places
is :mod:`workbench.analyze.event_evidence`'s part.
"""

from __future__ import annotations

import re

from workbench.extract.words import REPORTING, STOPWORDS, stem

# closed class: a weekday or month names a time, not who or where (times are the date check's part)
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
# Two groups whose reports name people or places and share none are different events unless two of their
# reports are as alike as reports of one event usually are: 0.75 is the median mean-vector cosine of two
# reports of one event on the dev corpus, whose most alike reports of two different events (inside the
# date window) reach 0.67.
NEAR_SAME = 0.75  # used by ``analyze.event_evidence`` for groups dated close together
_STRIP = "\"'“”‘’()[],;:.!?"
_POSSESSIVE = re.compile(r"['’]s$")  # "Sunday's flood" names a day, not who or where
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs", "NGOs": a class of people or bodies, not one name
_ENDS = (".", "!", "?", ":", '"', "“")


def proper_names(text: str) -> list[str]:
    """Runs of capitalised, non-sentence-initial words as stems joined by spaces, in order of appearance."""
    runs: list[list[str]] = []
    run: list[str] = []
    prev = "."
    for m in re.finditer(r"\S+", text):
        raw = m.group(0)
        word = raw.strip(_STRIP).replace("|", "")  # "|" joins a document's names
        low = word.lower()
        named = (len(word) > 2 and word[0].isupper() and not prev.endswith(_ENDS)
                 and low not in STOPWORDS and low not in REPORTING and _POSSESSIVE.sub("", low) not in CALENDAR
                 and not _PLURAL_ACRONYM.fullmatch(word))
        if run and raw[0] in _STRIP:  # an opening bracket or quote starts a new name
            runs.append(run)
            run = []
        if named:
            run.append(stem(low))
        if run and (not named or raw.rstrip(_STRIP) != raw):  # a word that is not a name, or punctuation, ends it
            runs.append(run)
            run = []
        prev = raw
    if run:
        runs.append(run)
    return [" ".join(r) for r in runs]


def meets(names: set[str], others: set[str]) -> bool:
    """Whether a name of ``names`` is one of ``others``, or all of its words are inside one ("Sandvik" meets
    "Erik Sandvik", "Meridal" meets "Meridal Savings Bank"), or the other way round; "Kell Point" and
    "Morrow Point" do not meet. Words are indexed, so the cost is linear in the names, not their product."""
    if not names.isdisjoint(others):
        return True
    by_word: dict[str, list[frozenset[str]]] = {}
    for o in others:
        words = frozenset(o.split())
        for w in words:
            by_word.setdefault(w, []).append(words)
    for name in names:
        words = frozenset(name.split())
        for other in by_word.get(next(iter(sorted(words))), ()):
            if words <= other:
                return True
    return False


def place_key(place: str) -> str:
    """A stored place (``Frame.place``: "Cooper Street", "Castelbrun's") as :func:`proper_names` writes a name:
    stems joined by spaces, a possessive dropped, so the place meets the same name in a title or lead."""
    words = [w.strip(_STRIP).replace("|", "") for w in place.split()]
    if words and words[-1].lower().endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(stem(w.lower()) for w in words if w)


def joined(names: list[str]) -> str:
    """A document's names as one string ("kell point|vemmer"): one object a document, not a set of strings
    (most runs are used by one document only; at 220k documents a set each would cost hundreds of MB)."""
    return "|".join(sorted(set(names)))
