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

from workbench.extract.verbs import ONE_WORD_FORMS
from workbench.extract.words import same_stem, stem

# the one-word forms of the closed class, looked up per word (one big alternation scanned over every claim cost
# a sixth of extraction); the multi-word ones ("according to") attribute a claim, they do not open a view
_VIEWS = ONE_WORD_FORMS
_WORD = re.compile(r"[A-Za-z]+")


def reported_deeds(text: str, deeds: list[str], cue: str | None) -> list[str]:
    """The stems of ``deeds`` that first occur after a reporting verb other than the claim's cue."""
    if not deeds:
        return []
    words = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]
    views = [(at, w) for at, w in words if w in _VIEWS]
    own = (cue or "").lower().split()[:1]
    if own:  # the first view word that is the cue's verb attributes the whole claim
        first = next((v for v in views if v[1].startswith(own[0])), None)
        views = [v for v in views if v != first]
    if not views:
        return []
    out = []
    for deed in deeds:
        at = next((a for a, w in words if same_stem(stem(w), deed)), None)
        if at is not None and any(v < at for v, _ in views):
            out.append(deed)
    return out
