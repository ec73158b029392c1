"""Tiny word tools shared by labels and relation rules: tokens, crude stems, stopwords.

Deliberately simple and deterministic: the rules only need to know whether two claims
talk about the same things ("districts" ~ "district", "eastern" ~ "east"), not to parse.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that the their
    them then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yet per one two three four five six seven eight nine
    ten half every each another still since around near across within without among via upon new
    monday tuesday wednesday thursday friday saturday sunday week weekend day days month year past last
    january february march april may june july august september october november december""".split()
)

_CAP_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_CAP_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
_POSSESSIVE = re.compile(r"['’]s?$")


def inside_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` is part of a name: another capitalised word stands beside it
    that is no function word, weekday or month ("the ferry Kelby Dawn", "the Evening Standard", "Dawn Ruiz said").

    Why: a common word capitalised inside a name ("Dawn", "Evening") is no time of day; at a sentence's start or after
    a capitalised preposition ("Dawn broke", "At dawn", "on Saturday Evening") it still is."""
    if not text[start:start + 1].isupper():
        return False
    near = (_CAP_BEFORE.search(text, max(0, start - 40), start), _CAP_AFTER.match(text, end))
    return any(m is not None and _POSSESSIVE.sub("", m.group(1).casefold()) not in STOPWORDS for m in near)


# Reporting vocabulary says who speaks, not what is claimed.
REPORTING = frozenset(
    """say said says saying told tell tells according claim claimed claims claiming report reported reports
    estimate estimated estimates add added adds state stated statement statements announce announced
    confirm confirmed note noted warn warned believe believed think thought speak spoke spoken spokesman
    spokeswoman official officials source sources condition anonymity anonymous unnamed agency reporter
    reporters media brief interview mr ms mrs""".split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-case crude stem: plural and common suffixes off ("districts"->"district", "eastern"->"east")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ally", 5), ("ern", 4), ("ies", 3), ("sses", 4), ("es", 4), ("s", 3), ("ing", 4), ("ed", 4), ("ly", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "ss" if suffix == "sses" else "")
            break
    return w


def same_stem(a: str, b: str) -> bool:
    """"close"/"clos" (closed): the stemmer cuts an -e before -ed, so one stem may be the other's prefix."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (no stopwords, no reporting verbs), in order.

    Cached: relation rules ask for the same claim's stems once per pair it is in.
    """
    return list(_content_stems(text))


@lru_cache(maxsize=65536)
def _content_stems(text: str) -> tuple[str, ...]:
    out = []
    for t in tokens(text):
        low = t.lower()
        if low in STOPWORDS or low in REPORTING or len(low) < 3:
            continue
        s = stem(low)
        if s in STOPWORDS or s in REPORTING:
            continue
        out.append(s)
    return tuple(out)


def entities(text: str) -> list[str]:
    """Capitalised words that are not sentence-initial (a cheap stand-in for named entities)."""
    out = []
    prev = "."
    for m in re.finditer(r"\S+", text):
        raw = m.group(0)
        word = raw.strip("\"'“”‘’()[],;:.!?")
        if word and word[0].isupper() and not prev.endswith((".", "!", "?", ":", "\"", "“")) and len(word) > 2:
            low = word.lower()
            if low not in STOPWORDS and low not in REPORTING:
                out.append(stem(low))
        prev = raw
    return out


def snippet(text: str, start: int, width: int = 60) -> str:
    """About ``width`` characters of ``text`` from ``start``, cut at word boundaries, with ellipses."""
    start = max(0, min(start, len(text)))
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    piece = text[start:end].strip().rstrip(",;:.")
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
