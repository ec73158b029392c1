"""Whether a claim says a thing ended or goes on, with the thing; stored in ``Frame.outcome["state"]``.

Why: outlets disagree on whether something is still under way as much as on its figures: one source has "the
strike will continue on Tuesday", another "the strike ended on Monday night". Neither is a figure or a place, and
the two verbs share nothing, so only a slot read at extraction lets analysis set them side by side
(``analyze.ends``). Read from aspectual verbs only (closed class: end, finish, be called off, come to an end;
continue, go on, carry on), never from topic words; the time each refers to is the frame's own (``Frame.time``).

{"kind": "ended" | "goes_on", "text": the verb as written, "who": stems of its subject}; None when the claim says
neither, or is negated ("did not end").
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems

# "ended up short of X", "ended with a vote", "ended in a draw", "finished as runner-up": not a thing that ended
_ENDED = Gated(re.compile(r"\b(?:ended|finished|(?:was|were)\s+called\s+off|came\s+to\s+an\s+end)\b(?!\s+(?:up|with|in|"
                          r"as|short|on\s+a)\b)", re.I))
# "will continue to X", "went on to X", "carried on with X": an act continued, not a thing going on
_GOES_ON = Gated(re.compile(r"\b(?:(?:will|would|is\s+to|are\s+to|(?:is|are)\s+set\s+to)\s+(?:continue|go\s+on|carry\s+on)|"
                            r"continued|went\s+on|carried\s+on)\b(?!\s+(?:to|with|as|for)\b)", re.I))
# the subject: the words of the clause before the verb (after a boundary, a reporting verb or "that")
_BOUNDARY = re.compile(r"[,;:]\s*|\b(?:said|says|that)\s+", re.I)
_AUX = re.compile(r"\s(?:has|have|had)\s*$", re.I)
_GATE = frozenset("ended finished called came will would is are continued went carried".split())


def state_of(text: str, words: frozenset[str] | None = None, negated: bool = False) -> dict | None:
    """The claim's state slot (module docstring), None when it states none."""
    if negated or words is not None and words.isdisjoint(_GATE):
        return None
    for pattern, kind in ((_ENDED, "ended"), (_GOES_ON, "goes_on")):
        m = pattern.search(text, words)
        if m is None:
            continue
        who = content_stems(_AUX.sub("", _BOUNDARY.split(text[:m.start()])[-1]))
        if who:
            return {"kind": kind, "text": " ".join(m.group(0).split()), "who": who}
    return None
