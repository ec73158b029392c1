"""People a sentence mentions outside its quotes, for resolving a later "he" or "she".

Without a named-entity model a capitalised run is only taken as a person when something says
so: a personal title before it ("Sen.", "Mrs.", "President"), a common first name opening it,
or a lower-case name particle inside it ("Bill de Blasio"). Runs are listed subject-last (in
reverse order of appearance) so that the sentence's first person -- usually its subject -- ends
up the most recent mention.
"""

from __future__ import annotations

import re

from workbench.extract.memory import FEMALE_NAMES, MALE_NAMES
from workbench.extract.speakers import NAME_PARTICLES, ORG_NOUNS, TITLE_WORDS, person_name

_RUN = re.compile(
    r"(?:(?P<title>(?:[A-Z][a-z]{1,3}\.|President|Senator|Governor|Secretary|Minister|Mayor|Judge|Justice|"
    r"Chairman|Chairwoman|Director|Speaker|Ambassador|General|Spokesman|Spokeswoman))\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:de|da|di|del|van|von|der|den|le|la|al|bin|ibn)\s+)?[A-Z][\w'’.-]*){0,3})"
)
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def person_mentions(masked: str, known: frozenset[str] = frozenset(), limit: int = 12) -> list[tuple[str, str]]:
    """(name, context) for up to ``limit`` people mentioned in ``masked`` (quotes masked), subject last.

    ``known`` holds the surnames of people already mentioned: "Lauten later apologized" refreshes her.
    """
    found: list[tuple[str, str]] = []
    for m in _RUN.finditer(masked):
        name, title = m.group("name"), m.group("title") or ""
        tokens = name.split()
        if title and title.lower() not in TITLE_WORDS and not title.endswith("."):
            continue
        if any(t.lower().strip(".,") in ORG_NOUNS for t in tokens):
            continue
        first = tokens[0].lower()
        particle = any(t in NAME_PARTICLES for t in tokens[1:-1])
        if len(tokens) == 1 and tokens[0].removesuffix("'s").removesuffix("’s") in known:
            found.append((tokens[0].removesuffix("'s").removesuffix("’s"), title))
            continue
        if not (title or (first in _FIRST_NAMES and len(tokens) >= 2) or particle):
            continue
        person = person_name(name)
        if person and len(person.split()) >= (1 if title else 2):
            found.append((person, f"{title} {name}"))
        if len(found) >= limit:
            break
    return found[::-1]
