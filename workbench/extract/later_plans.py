"""A plan told in a subordinate clause of time is about another act than the claim's own: "the fair was called off
at 9am on Friday, hours before the gates were due to open" reports a done act (the calling off); "due to" is the
gates' plan. The claim's modality is read with such clauses set aside.

Why: read on the whole sentence, the clause's "due to" made the claim planned, so its "Friday" resolved to the
coming week and the done act was compared with the wrong day. The clause is found by structure only: a
subordinating word of time ("before", "after", "when", "until", ...), a short subject, a form of "be" and a word of
plan or expectation with "to" ("was due to", "were set to", "is expected to"), up to the clause's end. A plan in the
main clause ("the fair will open on Friday, before ...") is still read as a plan.
"""

from __future__ import annotations

import re

_LATER_PLAN = re.compile(
    r"\b(?:before|after|when|until|till|while|since|as)\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:due|set|scheduled|expected|supposed|planned|slated)"
    r"\s+to\b[^,;:.]*", re.IGNORECASE)
_CUES = ("due", "set", "scheduled", "expected", "supposed", "planned", "slated")


def without_later_plans(text: str) -> str:
    """``text`` with each subordinate clause of time that holds a plan blanked out (module docstring)."""
    if not any(c in text for c in _CUES):
        return text
    return _LATER_PLAN.sub(lambda m: " " * len(m.group(0)), text)
