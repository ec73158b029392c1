"""A quote's own tag relayed by an outlet or a reporter who closes the sentence.

"“Nice to see you,” he said as he left, CNN's Ana Ruiz tweeted." -- the sentence has two cues: the tag
right after the quote ("he said") and a trailing one ("CNN's Ana Ruiz tweeted"). A trailing attribution
usually beats a cue inside the claim (see :mod:`choose`), but when the trailing source is a news outlet
or one of its reporters and the first cue is the quote's own tag, the tag's speaker said the words and
the outlet only passed them on: it becomes ``via``. Reads one masked sentence; no state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.cues import MASK
from workbench.extract.intros import Candidate
from workbench.extract.outlets import is_outlet

# "CNN's Ana Ruiz", "the Ledger’s Tom Ekdal": a reporter named with her outlet as possessor
_REPORTER = re.compile(r"^(?P<outlet>.+?)['’]s\s+[A-Z]")
# the tag stands right after a closing quote: the quote, a comma or space, then the speaker (no other clause)
_TAG_AFTER_QUOTE = re.compile(rf"{MASK}[\s,]*[^{MASK},;]{{1,60}}$")
_RELAYING = frozenset("reported reports tweeted tweets wrote writes posted noted".split())


def relaying_outlet(speaker: str) -> str | None:
    """The outlet a trailing source stands for: the outlet itself, or a reporter's possessive outlet."""
    if is_outlet(speaker):
        return speaker
    m = _REPORTER.match(speaker)
    return m.group("outlet") if m and is_outlet(m.group("outlet")) else None


def relayed_tag(masked: str, chosen: Candidate, cue_cands: list[Candidate]) -> Candidate:
    """The quote's tag, via the outlet, when ``chosen`` is a trailing outlet or reporter relaying it; else ``chosen``."""
    first = cue_cands[0]
    if chosen is first or not chosen.trailing or first.at < 0 or chosen.cue.split()[0].lower() not in _RELAYING:
        return chosen
    outlet = relaying_outlet(chosen.speaker)
    if outlet is None or not _TAG_AFTER_QUOTE.search(masked[: first.at].rstrip()):
        return chosen
    return replace(first, via=first.via or outlet, trailing=True)
