"""Two versions of one quotation: one continues further, or the two differ by a word of transcription.

Why: outlets transcribe a speaker's words a little differently ("allies, who have expressed" / "who had
expressed"; a comma here and not there) and cut them at different points. Read as two sentences, the longer
version's continuation ("... and if we don't get it, there should be no deal") looked like a negation the
other lacks, and the pair was called a conflict (BASIL). Two quotes are one quote when the shorter runs, word
for word but for small edits, along the start of the longer. An edit that changes a negation or a number
is not a transcription slip but a different quote, so it never counts as one ("will raise" / "won't raise").
An outlet that quotes a fragment of the sentence ("called it "the best offer in years"") quotes the same words
from anywhere in it: the fragment, word for word and long enough to be a quotation, is one quote with the whole,
unless its own clause in the whole negates or conditions it before it starts ("it is not ..." / "if ...").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

MIN_WORDS = 8  # shorter than this, a shared start is a phrase, not a quotation
SLIPS_PER_WORD = 0.1  # at most one changed word in ten (and at least one) on either side
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]")
_OPENS_ELSEWHERE = frozenset({"if", "unless", "whether"})  # a fragment after these is not stated as it stands
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


def quoted_fragment(qa: str, qb: str) -> bool:
    """The shorter quotation runs word for word inside the longer, with no negation or condition in the part of
    its clause before it (module docstring)."""
    short, long_text = sorted((qa, qb), key=lambda q: len(_words(q)))
    words, found = _words(short), list(_WORD.finditer(long_text.casefold()))
    n = len(words)
    if n < MIN_WORDS:
        return False
    for i in range(len(found) - n + 1):
        if [m.group(0) for m in found[i:i + n]] == words:
            clause = _CLAUSE_BREAK.split(long_text[:found[i].start()])[-1]
            return not any(_NEGATION.match(w) or w in _OPENS_ELSEWHERE for w in _words(clause))
    return False
