"""Whether a claim says a decision binds those it concerns or only advises them; stored in ``Frame.outcome["binding"]``.

Why: outlets disagree on the force of a vote, a ruling or an award as often as on its figures ("the result is
binding on the council", says one side; "the vote is advisory, and the council is not bound by the result", says
the other), and the two share only the decision, so no figure or wording rule meets them. Read here from a closed
class of predicates (be binding, be legally binding against be advisory, be non-binding; "X is (not) bound by the
D": the force of D), never from topic words; a negation between the subject and the predicate turns one into the
other ("is not binding"). The decision is the predicate's subject, or the object of "bound by".

{"kind": "binding" | "advisory", "text": the predicate as written, "who", "head", "mods", "of": the decision's words
(``extract.workings.subject_before``)}; None when the claim says neither.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.workings import noun_thing, subject_before

# predicative only: the word ends its clause or a preposition follows ("binding on both sides"); "a binding
# agreement", "an advisory panel" name a kind of thing, not the force of a decision
_PREDICATE_END = r"(?=\s*(?:[,.;:]|$)|\s+(?:on|upon|for|and|but|under|in|to|until|from|only)\b)"
_BINDING = Gated(re.compile(rf"\b(?:legally\s+)?binding{_PREDICATE_END}", re.I))
_ADVISORY = Gated(re.compile(rf"\b(?:advisory|non-binding|nonbinding|not\s+(?:legally\s+)?binding){_PREDICATE_END}", re.I))
# "the council is not bound by the result": the result's force, the negation read before "bound"
_BOUND_BY = Gated(re.compile(r"\b(?P<neg>(?:not|never)\s+(?:be\s+)?)?bound\s+by\s+(?P<d>(?:the|its|their|this|that)\s+"
                             r"[^,.;]+)", re.I))
_FLIP = {"binding": "advisory", "advisory": "binding"}
_GATE = frozenset("binding advisory non nonbinding bound".split())
DECISION_WORDS = 5  # the decision: the first words after "bound by" ("the result of the vote"), not the clause


def binding_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's binding slot (module docstring), None when it states none."""
    if words is not None and words.isdisjoint(_GATE):
        return None
    m = _BOUND_BY.search(text, words)
    if m is not None:
        thing = noun_thing(" ".join(m.group("d").split()[:DECISION_WORDS]))
        if thing is not None:
            kind = "advisory" if m.group("neg") else "binding"
            return {"kind": kind, "text": " ".join(m.group(0).split()[:4 + bool(m.group("neg"))]), **thing}
    for pattern, kind in ((_BINDING, "binding"), (_ADVISORY, "advisory")):
        m = pattern.search(text, words)
        if m is None:
            continue
        found = subject_before(text, m.start())
        if found is None:
            continue
        thing, negated = found
        return {"kind": _FLIP[kind] if negated else kind, "text": ("not " if negated else "") + m.group(0), **thing}
    return None
