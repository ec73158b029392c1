"""Case-insensitive word patterns run case-sensitively over the lower-cased text: same matches, less time.

Why: Python's regex engine compares every character of a ``re.IGNORECASE`` alternation through a case
fold, and a word list (``\\b(?:said|says|told|...)\\b``) is tried at every position of the text; the same
pattern compiled case-sensitively and run over ``text.lower()`` takes about 2.5x less time on the seeded
10k corpus's sentences (issue 12), and check-worthiness runs a dozen such lists over every sentence.

Exact when (a) the pattern holds no upper-case or non-ASCII literal, no letter range other than within
``a-z``, no negated class and no inline flag (``lowerable`` reads the compiled pattern and says no
otherwise), and (b) the text holds none of the four characters that case-insensitive matching folds onto
an ASCII letter although ``str.lower`` does not map them there (dotted/dotless i, long s, Kelvin sign;
``gates.words_of`` is None for such a text, and the caller then passes no lowered text). Outside those
four, for every code point ``c``: ``c.lower()`` is one character, has the same ``\\w``/``\\d``/``\\s`` class
as ``c``, and equals an ASCII literal exactly when ``c`` matches it case-insensitively
(``tests/extract/test_split_score_gates.py`` checks this over all of Unicode). So the engine takes the
same steps at the same offsets over either string: the same spans, the group text lower-cased.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib parser behind re.compile; read-only use

from workbench.extract.gates import FOLDS_TO_ASCII, Gated

_P = sre_parse
_STRUCTURE = (_P.AT, _P.CATEGORY, _P.ANY, _P.BRANCH, _P.SUBPATTERN, _P.MAX_REPEAT, _P.MIN_REPEAT, _P.ASSERT,
              _P.ASSERT_NOT)


def _plain_char(code: int) -> bool:
    """A literal both matchings treat alike: ASCII and not an upper-case letter, or a character without case
    (``’``, ``–``: matched as itself either way, and no other character lower-cases onto it; tested over all of
    Unicode in ``tests/extract/test_lowered.py``). speed14: so a pattern with a curly quote or a dash has a twin."""
    ch = chr(code)
    if code < 128:
        return not ("A" <= ch <= "Z")
    return ch.lower() == ch == ch.upper()


def _items_lowerable(items) -> bool:
    for op, av in items:
        if op is _P.LITERAL:
            ok = _plain_char(av)
        elif op is _P.IN:
            ok = all((o is _P.LITERAL and _plain_char(a)) or o is _P.CATEGORY or
                     (o is _P.RANGE and (("a" <= chr(a[0]) and chr(a[1]) <= "z") or
                                         ("0" <= chr(a[0]) and chr(a[1]) <= "9")))
                     for o, a in av)
        elif op is _P.BRANCH:
            ok = all(_items_lowerable(alt) for alt in av[1])
        elif op is _P.SUBPATTERN:
            ok = av[1] == 0 and av[2] == 0 and _items_lowerable(av[-1])
        elif op in (_P.MAX_REPEAT, _P.MIN_REPEAT):
            ok = _items_lowerable(av[2])
        elif op in (_P.ASSERT, _P.ASSERT_NOT):
            ok = _items_lowerable(av[1])
        else:
            ok = op in _STRUCTURE
        if not ok:
            return False
    return True


def lowerable(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (case-insensitive) matches a fold-free text as its case-sensitive twin matches the
    lower-cased text."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.LOCALE | re.ASCII):
        return False
    return _items_lowerable(sre_parse.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE))


def lowered_text(text: str) -> str | None:
    """``text.lower()`` for a twin to read, or None where the text holds a folding character (the twin is not exact)."""
    return None if FOLDS_TO_ASCII.search(text) else text.lower()


class Lowered:
    """A case-insensitive pattern behind its word gate; over the lower-cased text when that is exact.

    ``low`` is ``text.lower()``, or None when the text holds a folding character (``words`` is None then).
    """

    __slots__ = ("folded", "twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.folded = Gated(pattern)
        twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if lowerable(pattern) else None
        self.twin = Gated(twin) if twin is not None else None

    def search(self, text: str, low: str | None, words: frozenset[str] | None) -> re.Match[str] | None:
        if low is None or self.twin is None:
            return self.folded.search(text, words)
        return self.twin.search(low, words)

    def findall(self, text: str, low: str | None, words: frozenset[str] | None) -> list:
        if low is None or self.twin is None:
            return self.folded.findall(text, words)
        return self.twin.findall(low, words)
