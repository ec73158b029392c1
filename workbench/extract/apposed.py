"""A role's name in apposition after "according to": "according to the fire chief, Mara Kowal." (issue 10).

The phrase after "according to" ends at its comma, so the role alone spoke and the person the text names was lost.
Docs rule (appositives): prefer the name, keep the title as role. Only a singular role noun heads the phrase and the
name must close the sentence, so "according to officials, Ruiz will resign" keeps the officials.
"""

from __future__ import annotations

import re

from workbench.extract.heads import ANON_NOUNS, ORG_NOUNS, ROLE_NOUNS
from workbench.extract.speakers import classify, head_noun, person_name

_NAME_CLOSES = re.compile(r"\s*,\s*((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)\s*[.!?]?\s*$")


def name_after_role(masked: str, end: int, phrase: str) -> tuple[str, str | None]:
    """(speaker, role): the person named right after a role phrase ending at ``end``, else the phrase itself."""
    if head_noun(phrase) not in ROLE_NOUNS or classify(phrase) != "anonymous":
        return phrase, None
    m = _NAME_CLOSES.match(masked, end)
    if not m or person_name(m.group(1)) != m.group(1):
        return phrase, None
    return m.group(1), phrase


def subject_source(speaker: str, body: bool) -> bool:
    """A cue's subject that a later "he said" (a named person) or "it said" (a body head noun: "the coast guard",
    never "Part of the reason") in the same sentence stands for."""
    return head_noun(speaker) in ORG_NOUNS if body else classify(speaker) == "named"


_DESCRIBED = re.compile(r"^(?:an?|the)\s+((?:[a-z][\w-]*\s+){1,2})(?=[A-Z])")


def described_name(phrase: str) -> str | None:
    """ "An incredulous Bob Schieffer", "a visibly angry Joe Roe": the person of a name that one or two lower-case
    words of manner describe, else None. A source noun among the words ("a spokesman Joe Roe", "the union chief")
    leaves the phrase to the rules of roles and bodies."""
    m = _DESCRIBED.match(phrase) if phrase[:1] in "aAtT" else None
    if not m or any(w in ROLE_NOUNS or w in ORG_NOUNS or w in ANON_NOUNS for w in m.group(1).split()):
        return None
    rest = phrase[m.end() :]
    name = person_name(rest)
    return name if name == rest and len(name.split()) >= 2 else None
