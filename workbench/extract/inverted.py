"""The speaker after an inverted cue ("“...,” said Ana Ruiz."), split from :mod:`choose` for size.

An inverted cue names its source after the verb; the phrase there may carry an addressee ("explained Ana Ruiz to
the Ledger": the outlet is ``via``) or a lower-case description before the name ("said newly elected mayor Ana
Ruiz"), and must never be an object ("wrote an open letter to the girls").
"""

from __future__ import annotations

import re

from workbench.extract.outlets import is_outlet
from workbench.extract.speakers import classify, clean_speaker, person_name

# a relative clause after the speaker describes it and ends its phrase; its "to" is never the speaker's audience
_RELATIVE = re.compile(r"\s+(?:who|whose|whom)\s")
_PREPOSITIONS = frozenset("from of by for with to at in on about against into over under".split())


def inverted_speaker(after: str) -> tuple[str | None, str | None]:
    """Speaker (and relaying outlet) of the phrase after an inverted cue ("“...,” said ...").

    "said an official" -> the official; "explained Ana Ruiz to the Ledger" -> Ana Ruiz, via "the Ledger" (a person
    speaking *to* someone: the addressee is an audience, an outlet is ``via``); "explained newly elected mayor Ana
    Ruiz" -> Ana Ruiz (a lower-case description before a name). Never "wrote an open letter to the girls"."""
    after = _RELATIVE.split(after, maxsplit=1)[0]  # "said a deckhand who spoke to the Ledger": the deckhand
    head, to, obj = after.partition(" to ")
    speaker = _described_name(head)
    if to:
        if not speaker or classify(speaker) != "named":
            return None, None
        return speaker, (obj if is_outlet(obj) or (obj.startswith("the ") and obj[4:5].isupper()) else None)
    return speaker, None


def _described_name(phrase: str) -> str | None:
    """The speaker phrase, or the personal name ending a lower-case description ("newly elected mayor Ana Ruiz");
    never after an article or a preposition ("by the Kansas City Star", "documents from Ana Ruiz")."""
    speaker = clean_speaker(phrase)
    if speaker is not None:
        return speaker
    name = person_name(phrase)
    words = phrase.split()
    if not name or len(name.split()) < 2 or len(words) <= len(name.split()):
        return None
    description = [w.lower() for w in words[: -len(name.split())]]
    if any(w in _PREPOSITIONS or w in {"the", "a", "an"} or not w.replace("-", "").isalpha() for w in description):
        return None
    return name if classify(name) == "named" else None
