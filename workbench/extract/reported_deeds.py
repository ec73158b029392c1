"""Deeds a claim reports as somebody's words rather than states as done.

Why: "the council never approved the plan" set against "the mayor told reporters he had misspoken at a
meeting in which he said the council approved the plan" is no disagreement: the second claim does not state
the approval, it reports that someone once said it. ``analyze.negated_deeds`` compares a negated deed with
the other claim's deeds (``Frame.deeds``), and those are read from the whole sentence, inner speech
included. The negated side already drops a negation inside a view (``extract.undone``); this is the same test
for the side stated as done. A deed counts as reported when a reporting, belief or description verb other
than the claim's own cue (closed class: ``extract.verbs``) comes before it: "X said he served", "he is
described as having served", "told the paper ... in which he said". The claim's own attribution ("Police
said the organisers stopped the race") is its cue, not a view. Read once at extraction, stored as
``Frame.reported_deeds``.
"""

from __future__ import annotations

import re

from workbench.extract.verbs import VERB_FORMS
from workbench.extract.words import same_stem, stem

_VIEW = re.compile(rf"\b(?:{VERB_FORMS})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def reported_deeds(text: str, deeds: list[str], cue: str | None) -> list[str]:
    """The stems of ``deeds`` that first occur after a reporting verb other than the claim's cue."""
    if not deeds:
        return []
    views = [m.start() for m in _VIEW.finditer(text)]
    own = (cue or "").split()[:1]
    if own:  # the first view word that is the cue's verb attributes the whole claim
        first = next((v for v in views if text[v:].lower().startswith(own[0].lower())), None)
        views = [v for v in views if v != first]
    if not views:
        return []
    out = []
    for deed in deeds:
        at = next((m.start() for m in _WORD.finditer(text) if same_stem(stem(m.group(0).lower()), deed)), None)
        if at is not None and any(v < at for v in views):
            out.append(deed)
    return out
