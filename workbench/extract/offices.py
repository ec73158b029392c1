"""A person's office as a source: "Ruiz's office said", "the campaign of Sen. Ana Ruiz said".

The office (campaign, staff, administration) speaks, not the person: a spokesman may have written the words,
so the speaker stays the office, kind organization (docs/extraction.md). But it is *that person's* office:
the owner is written as the person is known in the document ("Ruiz’s office" after "Ana Ruiz" -> "Ana Ruiz’s
office"; "Mayor Ana Ruiz's office" -> "Ana Ruiz's office", titles dropped as for persons), so both forms of one
office are one source, and the owner stays the person a later "she said" may mean.
"""

from __future__ import annotations

import re

from workbench.extract.speakers import TITLE_WORDS, classify, person_name

_NOUNS = r"(?:press\s+)?office|campaign|staff|administration|camp|team|chambers"
_POSSESSIVE = re.compile(rf"^(?:the\s+)?(?P<owner>.+?)(?P<mark>['’])s\s+(?P<noun>{_NOUNS})$", re.I)
_OWNER_WORDS = frozenset("from of for at in with by on to and".split())  # a person's name is one noun phrase
_OF = re.compile(rf"^the\s+(?P<noun>{_NOUNS})\s+of\s+(?P<owner>.+)$", re.I)


def office_of(phrase: str) -> tuple[str, str, str] | None:
    """(owner's personal name, office noun, possessive mark) of a person's office, else None."""
    m = _POSSESSIVE.match(phrase) if "s " in phrase else None
    m = m or (_OF.match(phrase) if phrase[:4].lower() == "the " else None)
    owner = m.group("owner") if m else ""
    if m is None or not _OWNER_WORDS.isdisjoint(owner.lower().split()) or classify(owner) != "named":
        return None  # "the press release from the U.S. Attorney’s Office": an institution's office, no owner
    name = person_name(owner)
    if name and name.split()[-1].lower() in TITLE_WORDS:
        return None
    mark = m.groupdict().get("mark") or "'"
    return (name, m.group("noun").lower(), mark) if name else None
