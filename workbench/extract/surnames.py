"""A surname that is also a closed-class word ("Still", "Even") speaking alone, once the text has named its person.

``speakers.clean_speaker`` never lets "Still" or "Even" be a speaker by itself ("Still, he said ..." is an
adverb), and it is a pure function of the phrase. The document knows better: after "Dana Still presented the
budget", "Still said ..." and "“...,” Still told reporters" are that person. Asked only when a sentence has a
cue but no candidate, and only when such a surname has been mentioned.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.cues import MASK, cue_matches
from workbench.extract.intros import Candidate
from workbench.extract.speakers import NEVER_ALONE


@lru_cache(maxsize=64)  # the known surnames change only when someone new is mentioned: not once per sentence
def known_ambiguous(known: frozenset[str]) -> frozenset[str]:
    """The surnames of people mentioned so far that are also words :data:`NEVER_ALONE` keeps from speaking."""
    return frozenset(w for w in known if w.lower() in NEVER_ALONE)


def surname_speaker(masked: str, surnames: frozenset[str]) -> Candidate | None:
    """The mentioned surname standing as the whole subject right before a cue, else None."""
    for m in cue_matches(masked):
        words = masked[: m.start()].split()
        if not words or words[-1] not in surnames:
            continue
        before = words[-2] if len(words) > 1 else ""
        if before == "" or before.endswith((",", MASK)) or before[-1] in "”\"":  # opens its clause
            return Candidate(words[-1], m.group("verb"), None, words[-1], bool(before), at=m.start())
    return None
