"""Word gates: skip a word-list pattern when none of the words it can start with is in the text.

Why: extraction runs dozens of ``\\b(?:word|word|...)\\b`` patterns over every sentence, and
Python's regex engine tries every alternative at every position, so each costs a full scan
even when the sentence holds none of the words (the usual case). A sentence's set of
lower-case letter runs is cheap to build once; a pattern whose every match must begin with
one of a known set of whole words (its *heads*, read off the compiled pattern, never typed
by hand) cannot match a text whose runs contain none of them. The pattern itself still
decides whenever the gate is open, so results are exactly those of a plain search.

The test is exact: a match that starts at a word boundary with a run of ASCII letters,
ended by a non-letter or a boundary, is one of the text's letter runs once lower-cased. The
four characters that case-insensitive matching folds onto ASCII letters (dotted/dotless i,
long s, Kelvin sign) make a text ungated. Patterns whose heads cannot be read (a leading
look-behind, ``\\w*`` inside the first word, ...) are never gated.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib parser behind re.compile; read-only use

from workbench.errors import WorkbenchError
from workbench.extract.memo import cached

_RUNS = re.compile(r"[a-z]+")
# Characters that re.IGNORECASE matches to an ASCII letter although they are not one.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")

_AT, _LITERAL, _IN = sre_parse.AT, sre_parse.LITERAL, sre_parse.IN
_BRANCH, _SUBPATTERN = sre_parse.BRANCH, sre_parse.SUBPATTERN
_ASSERTIONS = (sre_parse.ASSERT, sre_parse.ASSERT_NOT)  # look-arounds: they consume nothing
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT)
_BOUNDARY = sre_parse.AT_BOUNDARY
_CATEGORY = sre_parse.CATEGORY
_WORD = sre_parse.CATEGORY_WORD
_NON_WORD_CATEGORIES = (sre_parse.CATEGORY_SPACE, sre_parse.CATEGORY_DIGIT)


class _Unreadable(WorkbenchError):
    """The pattern's first word cannot be enumerated: never gate it (caught in ``heads``, never escapes)."""


# A state is (letters so far, closed?, started at a boundary?).
State = tuple[str, bool, bool]


def _letter(code: int) -> str | None:
    ch = chr(code).lower()
    return ch if "a" <= ch <= "z" and len(ch) == 1 else None


def _non_letter(op, av) -> bool:
    """An item that never matches a letter (a space, digit or punctuation class, or such a literal)."""
    if op is _LITERAL:
        return _letter(av) is None and not chr(av).isalpha()
    if op is _IN:
        return all((o is _LITERAL and _letter(a) is None and not chr(a).isalpha()) or
                   (o is _CATEGORY and a in _NON_WORD_CATEGORIES) for o, a in av)
    return False


def _step(states: set[State], items: list) -> set[State]:
    """Advance every open state through ``items`` (a parsed sequence)."""
    for op, av in items:
        if all(closed for _, closed, _ in states):
            return states
        done = {s for s in states if s[1]}
        live = states - done
        if op is _AT and av is _BOUNDARY:
            nxt = {(w, bool(w), True) for w, _, _ in live}
        elif op in _REPEATS and av[0] == 0 and len(av[2]) == 1 and av[2][0] == (_IN, [(_CATEGORY, _WORD)]):
            if any(not w for w, _, _ in live):  # "\\w*" right after letters: the run starts with them
                raise _Unreadable
            nxt = {(w + "*", True, b) for w, _, b in live}
        elif _non_letter(op, av) or (op in _REPEATS and len(av[2]) == 1 and _non_letter(*av[2][0])):
            if any(not w for w, _, _ in live):  # the match would start with a non-letter
                raise _Unreadable
            # It ends the first word when it must match (a min-0 repeat may be skipped).
            optional = op in _REPEATS and av[0] == 0
            nxt = {(w, True, b) for w, _, b in live} | (live if optional else set())
        elif op is _LITERAL:
            ch = _letter(av)
            if ch is None or any(not b for _, _, b in live):  # a non-ASCII letter, or no boundary before
                raise _Unreadable
            nxt = {(w + ch, False, b) for w, _, b in live}
        elif op is _IN:
            letters = set()
            for sub_op, sub_av in av:
                if sub_op is not _LITERAL:
                    raise _Unreadable
                letters.add(_letter(sub_av))
            if None in letters:  # a class that can match a letter or not: the run's end is unknown
                raise _Unreadable
            if any(not b for _, _, b in live):
                raise _Unreadable
            nxt = {(w + ch, False, b) for w, _, b in live for ch in letters}
        elif op in _ASSERTIONS:
            # A look-around consumes nothing and only removes matches: read on as if it were absent (the
            # words of the larger match set). "(?<!\\bbe )\\bdenied\\b" starts with "denied" (speed14).
            nxt = live
        elif op is _SUBPATTERN:
            nxt = _step(live, list(av[-1]))
        elif op is _BRANCH:
            nxt = set().union(*(_step(set(live), list(alt)) for alt in av[1]))
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            nxt = live | _step(set(live), list(av[2]))
        else:
            raise _Unreadable
        states = done | nxt
    return states


def heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case words every match of ``pattern`` starts with, or None when unknown.

    A head ending in ``*`` is a prefix ("outnumber*" for ``outnumber\\w*``): the run starts with it.
    """
    try:
        states = _step({("", False, False)}, list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except _Unreadable:
        return None
    # A first word the pattern never closes ("\\bdollar" matches "dollars") is only a prefix of the run.
    words = {w if closed or w.endswith("*") else w + "*" for w, closed, _ in states}
    if "" in words or "*" in words or not all(b for _, _, b in states):
        return None
    return frozenset(words)


class Words(frozenset):
    """A text's letter runs (a frozenset, equal to and hashed as one) that also keeps them joined,
    each after a space: a prefix gate is then one C-level substring test per prefix instead of a
    Python loop over every run (issue 12: that loop was ~4% of ingest CPU)."""

    __slots__ = ("joined",)
    joined: str


# Memo: the stages of one claim ask for the words of the same texts (the claim, its sentence, the windows around a
# figure) again and again -- 86k calls for 29k distinct texts on the seeded 10k corpus (issue 12). The answer is a
# pure function of the text and immutable (a frozenset), so sharing it is safe. The repeats come close together (the
# stages of one claim), so 512 texts serve them; a larger memo only holds more memory.
@cached(maxsize=512)
def words_of(text: str) -> frozenset[str] | None:
    """The text's lower-case ASCII letter runs, or None when a case fold could defeat the gate."""
    if FOLDS_TO_ASCII.search(text):
        return None
    words = Words(_RUNS.findall(text.lower()))
    words.joined = " " + " ".join(words)
    return words


class Gated:
    """A compiled pattern with its heads: ``search``/``findall`` answer as the pattern does."""

    __slots__ = ("pattern", "heads", "prefixes", "spaced")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = heads(pattern)
        self.heads = None if found is None else frozenset(h for h in found if not h.endswith("*"))
        self.prefixes = None if found is None else tuple(sorted(h[:-1] for h in found if h.endswith("*")))
        self.spaced = tuple(" " + p for p in self.prefixes or ())  # a run starts with p: " p" is in Words.joined

    def may_match(self, words: frozenset[str] | None) -> bool:
        if words is None or self.heads is None or not self.heads.isdisjoint(words):
            return True
        if not self.spaced:
            return False
        joined = getattr(words, "joined", None)
        if joined is None:  # a plain frozenset from a caller
            return any(w.startswith(self.prefixes) for w in words)
        return any(p in joined for p in self.spaced)

    def search(self, text: str, words: frozenset[str] | None) -> re.Match[str] | None:
        # may_match's head test inlined (a Python call saved on ~230k searches of the 10k corpus; issue 12)
        heads = self.heads
        if words is None or heads is None or not heads.isdisjoint(words) or (self.spaced and self.may_match(words)):
            return self.pattern.search(text)
        return None

    def findall(self, text: str, words: frozenset[str] | None) -> list:
        return self.pattern.findall(text) if self.may_match(words) else []


class TailGated:
    """A pattern anchored at the text's end (``...\\s*$``) whose every match ends with one whole word: try it
    only when the text's last whitespace-delimited token can be that word.

    Why: such a pattern (``\\s+(?:\\w+ly|now|...)+\\s*$``) is still tried at every whitespace of the text and
    backtracks through each word before ``$`` fails it -- about 37 us per speaker chunk, 7% of ingest CPU
    (issue 12) -- although the usual chunk ("the regional governor Ana Ruiz") ends with a word none of its
    alternatives can be. ``last`` must fullmatch the final token of every match (the caller states it next to
    the pattern; tests check it against the plain pattern), so the gate is exact: a closed gate means no match.
    ``\\s`` and ``str.split`` agree on whitespace (both ``str.isspace``).
    """

    __slots__ = ("pattern", "last")

    def __init__(self, pattern: re.Pattern[str], last: str) -> None:
        self.pattern = pattern
        self.last = re.compile(last, pattern.flags)

    def may_match(self, text: str) -> bool:
        tail = text.rsplit(None, 1)
        return bool(tail) and self.last.fullmatch(tail[-1]) is not None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos) if self.may_match(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text
