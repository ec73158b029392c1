"""Estimates without a verb of saying: "The agency put the number of dead at 40", "X dated the coins to the 1140s".

"put <thing> at <figure>" is newsroom idiom for an estimate, and the one who puts it is its source, as much as
"estimated that" would make them (issue 10; the dev corpus had six such claims given no source). The idiom is
closed-class: put / puts / putting / pegged / value(d) / measured / rated (an object, then "at" and a figure: "the
observatory measured the quake at 6.4"), and dated (an object, then
"to" and a period), raised / lowered / revised + a possessive's estimate or count + "to" + a figure, and counted +
a figure. The object must be a determiner phrase and the figure a number, a number word or "half a", so "put
the plan at risk", "put pressure on" and "was valued at" (a passive: no subject speaks) never match.
"""

from __future__ import annotations

import re

from workbench.extract.intros import Candidate
from workbench.extract.speakers import clean_speaker
from workbench.extract.subjects import subject_before

_FIGURE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|at\s+least|at\s+most|more\s+than|less\s+than|up\s+to|"
    r"just\s+(?:over|under))\s+)?(?:[$€£¥]?\d|half\s+a\b|a\s+(?:quarter|third|dozen|hundred|thousand|million|billion)\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
)
_ESTIMATE = re.compile(
    r"(?<![\w-])(?P<verb>put|puts|putting|pegged|pegs|valued|values|value|measured|measures|rated|rates)\s+(?:the|its|their|his|her|a|an)\s+"
    rf"(?:[\w'’,-]+\s+){{0,8}}?at\s+{_FIGURE}"
    r"|(?<![\w-])(?P<dated>dated|dates)\s+(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,8}?to\s+"
    r"(?:(?:the|about|around|roughly|some|at\s+least)\s+)*(?:\d|early\s+\d|late\s+\d)"
    # "raised its estimate of the spill to 14,000 litres": the one who revises a count states the new one
    r"|(?<![\w-])(?P<revised>raised|lowered|revised|increased|reduced|cut)\s+(?:its|their|his|her|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:estimate|count|forecast|tally|toll|projection)s?\s+(?:[\w'’,-]+\s+){0,8}?"
    rf"(?:to|at)\s+{_FIGURE}"
    # "Dock workers counted 14 ships": a count taken by its subject
    rf"|(?<![\w-])(?P<counted>counted|tallied)\s+{_FIGURE}"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")


_VERBS = frozenset(
    "put puts putting pegged pegs valued values value measured measures rated rates dated dates raised lowered revised "
    "increased reduced cut counted tallied".split()
)


def estimate_source(masked: str, words: frozenset[str] | None = None) -> Candidate | None:
    """The subject who puts a figure on something ("The agency put the toll at 40."), as a candidate, else None.

    ``words``: the sentence's lower-case words (``gates.words_of``), so most sentences are passed over unread."""
    if words is not None and _VERBS.isdisjoint(words):
        return None
    if " at " not in masked and " to " not in masked and "counted " not in masked and "tallied " not in masked:
        return None
    m = _ESTIMATE.search(masked)
    if m is None or _PASSIVE_BEFORE.search(masked, max(0, m.start() - 8), m.start()):
        return None
    verb = m.group("verb") or m.group("dated") or m.group("revised") or m.group("counted")
    speaker, _, role = subject_before(masked, m.start(), verb)
    speaker = clean_speaker(speaker) if speaker else None
    if not speaker:
        return None
    cue = verb if m.group("counted") else f"{verb} ... at" if m.group("verb") else f"{verb} ... to"
    return Candidate(speaker, cue, None, speaker, False, role=role, at=m.start())
