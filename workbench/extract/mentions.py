"""People a sentence mentions outside its quotes, for resolving a later "he" or "she".

Without a named-entity model a capitalised run is only taken as a person when something says
so: a personal title before it ("Sen.", "Mrs.", "President"), a common first name opening it,
a lower-case name particle inside it ("Bill de Blasio"), or two or three plain title-case words
inside the sentence that name no institution, state or date ("Hillary Rodham Clinton"). Runs are listed subject-last (in
reverse order of appearance) so that the sentence's first person -- usually its subject -- ends
up the most recent mention.
"""

from __future__ import annotations

import re

from workbench.extract.given_names import FEMALE_NAMES, MALE_NAMES
from workbench.extract.places import STATES
from workbench.extract.speakers import NAME_PARTICLES, ORG_NOUNS, TITLE_WORDS, person_name

_RUN = re.compile(
    r"(?:(?P<title>(?:[A-Z][a-z]{1,3}\.|President|Senator|Governor|Secretary|Minister|Mayor|Judge|Justice|"
    r"Chairman|Chairwoman|Director|Speaker|Ambassador|General|Spokesman|Spokeswoman))\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:de|da|di|del|van|von|der|den|le|la|al|bin|ibn)\s+)?[A-Z][\w'’.-]*){0,3})"
)
_TITLES = TITLE_WORDS | {"justice"}  # "Justice Ana Ruiz" of a court: a title _RUN reads, which TITLE_WORDS lacks
# Speed: every match of _RUN starts with a capital A-Z (its titles and names do); this one-character
# scan finds the next candidate at C speed, where _RUN.search tried its optional title at every position.
_CAPITAL = re.compile(r"[A-Z]")
_OPENS_CLAUSE = re.compile(r"\s+(?:and\s+[A-Z][a-z]+\s+[A-Z]|[a-z]{3,}ed\b|(?:has|had|was|is|will|would)\s+[a-z]+ed\b)")
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_OPENERS = frozenset(
    "and but or so yet then when after before while if as since though although because once the a an "
    "this that these those his her their its our my your in on at by for with from of to".split()
)
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def _next_run(masked: str, pos: int) -> re.Match[str] | None:
    """``_RUN.search(masked, pos)``, trying only the positions of capitals (where every match starts)."""
    cap = _CAPITAL.search(masked, pos)
    while cap is not None:
        m = _RUN.match(masked, cap.start())
        if m is not None:
            return m
        cap = _CAPITAL.search(masked, cap.start() + 1)
    return None


def person_mentions(masked: str, known: frozenset[str] = frozenset(), limit: int = 12) -> list[tuple[str, str]]:
    """(name, context) for up to ``limit`` people mentioned in ``masked`` (quotes masked), subject last.

    ``known`` holds the surnames of people already mentioned: "Lauten later apologized" refreshes her.
    """
    found: list[tuple[str, str]] = []
    pos = 0
    while len(found) < limit:
        m = _next_run(masked, pos)
        if m is None:
            break
        name, title = m.group("name"), m.group("title") or ""
        tokens = name.split()
        if not title and len(tokens) > 1 and tokens[0].lower() in _OPENERS:
            pos = m.start("name") + len(tokens[0]) + 1  # "And Trump didn't": the capital is the sentence's
            continue
        name = name.removesuffix("'s").removesuffix("’s")  # "Donald Trump’s aide" mentions Donald Trump
        if name.endswith(".") and len(name.split()[-1]) > 4:  # "..., Kurt Brandt." ends the sentence, not the name
            name = name[:-1]
        tokens = name.split()
        if not title and len(tokens) > 1 and any(t.lower() in TITLE_WORDS for t in tokens[1:]):
            pos = m.start("name") + len(tokens[0]) + 1  # "Enter Ms. Lauten": start again at the title
            continue
        pos = m.end()
        if title and title.lower() not in _TITLES and not title.endswith("."):
            continue
        if any(t.lower().strip(".,") in ORG_NOUNS for t in tokens):
            continue
        first = tokens[0].lower()
        particle = any(t in NAME_PARTICLES for t in tokens[1:-1])
        if len(tokens) == 1 and tokens[0].removesuffix("'s").removesuffix("’s") in known:
            found.append((tokens[0].removesuffix("'s").removesuffix("’s"), title))
            continue
        plain = 2 <= len(tokens) <= 3 and all(t.isalpha() and t.istitle() for t in tokens)
        # at the start only before a verb or "and <Name>" ("Marta Kowal arrived", "Dana Holt and Ana Ruiz met"):
        # "Health Ministry officials" or "New Rules" are no person
        plain = plain and (m.start() > 0 or bool(_OPENS_CLAUSE.match(masked, m.end("name"))))
        if not (title or (first in _FIRST_NAMES and len(tokens) >= 2) or particle or plain):
            continue
        if any(t.lower() in STATES or t.lower() in CALENDAR for t in tokens):
            continue
        person = person_name(name)
        if person and len(person.split()) >= (1 if title else 2):
            # "Former President X", "Vice President X": the qualifier makes the title another office
            qualifier = masked[max(0, m.start() - 12) : m.start()].split()[-1:] if title else []
            found.append((person, " ".join(qualifier + [title, name]) if qualifier else f"{title} {name}"))
    return found[::-1]
