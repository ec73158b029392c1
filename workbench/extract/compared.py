"""Where a cue's noun phrase stands in its clause (issue 10, tenth stop): what a clause is compared with never speaks,
and a proper name the sentence then calls "it" is a body's.

* "..., hours earlier than the utility has said", "later than the landlord had claimed", "unlike what the council
  said": the noun phrase after "than" or "unlike" is the measure the clause is set against, so its cue reports
  nothing of the sentence; "more than 40 residents said" is a count and still speaks.
* "Brenmoor Freight now puts the loss at 12 crates, it said": a person is never "it", so the capitalised name that
  opens the sentence is the body that speaks, not the last institution of the sentences before.

* "A group calling itself Redfox said": the name the group gives itself is the source; "itself" makes it a body's,
  "himself"/"herself" a person's.

Structure only: "than", "unlike", number words, prepositions and reflexive pronouns are closed classes.
"""

from __future__ import annotations

import re

from workbench.extract.leads import main_subject

# a number after "than" makes it a count ("more than 40", "fewer than a dozen"), not a comparison's object
_COMPARED = re.compile(
    r"\b(?:than|unlike)\s+(?!(?:\d|(?:a|an)\s+(?:dozen|hundred|thousand|million|few|handful|third|quarter|half)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"hundreds|thousands|dozens|half|twice)\b))",
    re.I,
)
# a proper name of capitalised words ("Brenmoor Freight", "Dale Fire and Rescue"), not "Part of the reason"
_PROPER = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'’&.-]*)*$")
_LINK_AFTER = re.compile(r"\s+(?:of|in|at|for|from|with|on|to|by|that|which|who)\b")


def in_comparison(masked: str, start: int, cue_start: int) -> bool:
    """The clause from ``start`` to the cue compares: its subject is the object of "than" or "unlike"."""
    return bool(_COMPARED.search(masked, start, cue_start))


def name_called_it(masked: str) -> str | None:
    """The proper name that opens the sentence, when nothing links it to a longer phrase ("Part of the reason")."""
    subject = main_subject(masked)
    if not subject or not _PROPER.match(subject):
        return None
    at = len(masked) - len(masked.lstrip())
    if not masked.startswith(subject, at) or _LINK_AFTER.match(masked, at + len(subject)):
        return None
    return subject


_SELF_NAMED = re.compile(
    r"\b(?:calling|called|naming|describing)\s+(?P<self>itself|themselves|himself|herself)\s+(?:as\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,?\s+(?:\w+ly\s+)?$"
)


def self_named(masked: str, cue_start: int) -> tuple[str, str] | None:
    """(name, kind) of a source that names itself right before the cue ("a group calling itself Redfox said")."""
    m = _SELF_NAMED.search(masked, max(0, cue_start - 120), cue_start)
    if m is None:
        return None
    return m.group("name"), "organization" if m.group("self") in {"itself", "themselves"} else "named"
