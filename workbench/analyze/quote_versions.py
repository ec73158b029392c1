"""Two versions of one quotation: one continues further, or the two differ by a word of transcription.

Why: outlets transcribe a speaker's words a little differently ("allies, who have expressed" / "who had
expressed"; a comma here and not there) and cut them at different points. Read as two sentences, the longer
version's continuation ("... and if we don't get it, there should be no deal") looked like a negation the
other lacks, and the pair was called a conflict (BASIL). Two quotes are one quote when the shorter runs, word
for word but for small edits, along the start of the longer. An edit that changes a negation or a number
is not a transcription slip but a different quote, so it never counts as one ("will raise" / "won't raise").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

MIN_WORDS = 8  # shorter than this, a shared start is a phrase, not a quotation
SLIPS_PER_WORD = 0.1  # at most one changed word in ten (and at least one) on either side
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_NEGATION = re.compile(r"^(?:not|no|never|none|nor|nothing|neither|nobody|[a-z]+n['’]t|cannot)$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def same_quote(qa: str, qb: str) -> bool:
    """The two quotations are versions of one: a prefix of the other, up to small edits that are no negation
    or number."""
    short, long_ = sorted((_words(qa), _words(qb)), key=len)
    if len(short) < MIN_WORDS:
        return False
    head = long_[: len(short)]
    if short == head:
        return True
    edits = [(short[i1:i2], head[j1:j2]) for op, i1, i2, j1, j2
             in SequenceMatcher(None, short, head, autojunk=False).get_opcodes() if op != "equal"]
    allowed = max(1, int(len(short) * SLIPS_PER_WORD))
    if sum(len(x) for x, _ in edits) > allowed or sum(len(y) for _, y in edits) > allowed:
        return False
    return not any(_NEGATION.match(w) or any(ch.isdigit() for ch in w) for x, y in edits for w in x + y)
