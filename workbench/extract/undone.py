"""Whether a claim's negation states a deed undone in the claim's own clause ("the race was never stopped").

Why a module of its own: ``analyze.negated_deeds`` sets such a negation against another source's statement of
the deed as done; most negations are something else (a belief, "many believe that he was not born"; a stance,
"insisting that the White House never offered"; a present act, "we are not raiding"; a plan, "would not sign").
Read once at extraction and stored as ``Frame.polarity["undone"]``. Words: auxiliaries, negations and the
closed class of reporting and stance verbs (``extract.verbs``).
"""

from __future__ import annotations

import re

from workbench.extract.verbs import VERB_FORMS

# "was never stopped", "had not been closed", "never sealed": the negation governs a past participle directly
_PLAIN = re.compile(r"^(?:was|were|is|are|has|have|had)?\s*(?:never|not)\s+(?:been\s+)?[a-z]+ed\b", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|has|have|had)\s+)?$", re.IGNORECASE)
# a negation inside what someone says, believes or insists: a party's view, not the claim's statement of the deed
_VIEW = re.compile(rf"\b(?:that|{VERB_FORMS})\b", re.IGNORECASE)


def states_undone(text: str, lo: int) -> bool:
    """The negation at ``lo`` states the deed undone: an auxiliary, "never" or "not", a past participle, with no
    reporting, belief or that-clause before it in the sentence."""
    aux = _AUX_BEFORE.search(text[max(0, lo - 8) : lo])
    start = lo - (len(aux.group(0)) if aux else 0)
    return _PLAIN.match(text[start:]) is not None and _VIEW.search(text, 0, start) is None
