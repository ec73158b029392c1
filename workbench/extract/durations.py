"""How long a figure that is a span of time lasts, and what the span measures ("a six-year sentence").

Why separate from ``figures``: a span is its own kind of measure (a sentence, a contract, a
closure), read off the words that own the span rather than a role word next to a count; the
rules are few and self-contained, and ``figures`` only asks for the result.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems
from workbench.models import Quantity

_SPAN_UNITS = r"(?:year|month|week|day|hour|minute)"
_SPAN_UNIT = re.compile(rf"^{_SPAN_UNITS}s?$", re.IGNORECASE)
_HYPHEN_SPAN = re.compile(rf"^-{_SPAN_UNITS}(?!-old)(?:-long)?\s+(?P<after>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)", re.IGNORECASE)
# the verb a span completes: "sentenced to", "jailed the former chief for" (a past form a few words back)
_SPAN_TAIL = re.compile(r"(?:\s+[\w'-]+){0,6}?\s+(?:to|for)\s+$")
_SPAN_VERB = re.compile(r"\b[a-z]+ed\b")
_SPAN_WORD = re.compile(r"([A-Za-z][\w-]*)\s+(?:to|for)\s+$")


def _span_owner(before: str) -> str | None:
    """The nearest past form whose "to"/"for" the span completes ("accused of killing ... was sentenced to"),
    else the word right before "to"/"for"."""
    for m in reversed(list(_SPAN_VERB.finditer(before))):
        if _SPAN_TAIL.match(before, m.end()):
            return m.group(0)
    word = _SPAN_WORD.search(before)
    return word.group(1) if word else None


_SPAN_POINT = re.compile(r"^(?:\s+\w+)?\s+(?:ago|earlier|later|before|after|since)\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s+(?:in|of)\s+(?P<after>[a-z][\w-]*)")


def duration_of(text: str, q: Quantity) -> list[str] | None:
    """What a span of time measures, as stems: "a six-year sentence" -> [sentenc], "sentenced to four years
    in prison" -> [sentenc, prison], "a five-year contract" -> [contract]; None when the figure is no span.

    Why: two spans of one thing (a sentence, a contract, a closure) are one measure whose values can
    disagree; spans of different things ("fought the fire for six hours" / "a six-year sentence") are not.
    """
    rest = text[q.end :]
    if _SPAN_POINT.match(rest):  # "two years ago": a point in time, not a span
        return None
    hyphen = _HYPHEN_SPAN.match(rest)
    if hyphen:
        return content_stems(hyphen.group("after"))[:2]
    if q.kind != "count" or not q.unit or not _SPAN_UNIT.match(q.unit):
        return None
    owner = _span_owner(text[max(0, q.start - 60) : q.start])
    after = _SPAN_AFTER.match(rest)
    return content_stems(" ".join(w for w in (owner, after.group("after") if after else None) if w))


def span_unit(text: str, q: Quantity) -> str | None:
    """The unit of a hyphenated span ("a six-year sentence" -> "years"), which the number itself lacks."""
    hyphen = _HYPHEN_SPAN.match(text[q.end :])
    return hyphen.group(0)[1:].split("-")[0].split()[0].lower() + "s" if hyphen else None


# "annual" before an amount names the span the amount covers ("the annual cost at 1.1bn marks" is a cost a year),
# not a base of change: that only beside a rate (a percent) or a noun of change ("an annual rise of 300 marks")
_ANNUAL = re.compile(r"^annual(?:ly)?$", re.IGNORECASE)
_CHANGE_NOUN = re.compile(r"\b(?:rises?|increases?|growth|gains?|cuts?|falls?|drops?|declines?|decreases?)\b",
                          re.IGNORECASE)


# "unemployment was lower than a year ago, when it stood at 7.6%": a figure a verb of standing puts a thing at is the
# level it stood at (then or now); a comparison base beside it says when or against what, not that it is a change
_STOOD_AT = re.compile(r"\b(?:stood|stands?|standing|remained|remains|hovered|hovers) at\s+"
                       r"(?:about|around|nearly|almost|roughly|some|just|over|under)?\s*\S?$", re.IGNORECASE)


def changed_base(base: re.Match[str] | None, near: str, kind: str, before: str = "") -> bool:
    """Whether the comparison base ``base`` found near a figure of ``kind`` makes the figure a change (``before``:
    the text before the figure; a level a verb of standing names is no change)."""
    if base is not None and _STOOD_AT.search(before[-40:]):
        return False
    if base is None or not _ANNUAL.match(base.group(0)) or kind == "percent":
        return base is not None
    return bool(_CHANGE_NOUN.search(near))
