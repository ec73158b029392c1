"""A vote's (or a match's) tally as one figure of two sides: "by 84 votes to 80", "failed 82-84", "60 backed it and 41
voted against".

Why: a tally is one measure with two values, and outlets tell it in other shapes and orders ("defeated by 61 votes to
57" / "the bill fell 57-61" / "57 members backed the bill and 61 opposed it"). Read as separate counts, its second
number is lost (a dash pair reads as a range) or compared with the wrong side, so two tellings of one vote were never
set against each other. Read from closed-class structure only:

* "(by) N votes to M" ("by 5 to 7 per cent" is a change's range, no tally);
* "N-M" (a hyphen or dash) right after a word of voting or of a result ("vote", "failed", "passed", "won", ...): a
  range ("10-15 people") or a season ("2025-26") has no such word before it;
* "N ... supported / backed / voted for ... and M ... opposed / voted against" (or against first): the two sides
  counted in two clauses.

Stored under ``Frame.outcome["tally"]``: {"sides": [larger, smaller], "text": the tally's words}. The order a
reporter tells the sides in (winner first, or for first) varies, so the two values are kept as a pair, larger first.
"""

from __future__ import annotations

import re

from workbench.extract.numbers import parse_number

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUM = (rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?!\d|[.,]\d)|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?(?![\w-])|"
        rf"(?:{'|'.join(_UNITS[::-1])})(?![\w-]))")
_BY_TO = re.compile(rf"\b(?:by\s+)?(?P<a>{_NUM})\s+votes?\s+to\s+(?P<c>{_NUM})", re.I)
# a word of voting or of a result right before the pair (closed class); not a range or a season
_RESULT = r"vote|votes|voted|ballot|failed|fell|passed|carried|survived|defeated|rejected|approved|adopted|won|lost|beat"
_DASH = re.compile(rf"\b(?:{_RESULT})\s+(?P<a>\d{{1,4}})\s?[-–—]\s?(?P<c>\d{{1,4}})(?![\d%-]|[.,]\d)", re.I)
_FOR = r"supported|backed|voted\s+for|voted\s+in\s+favour|voted\s+in\s+favor"
_AGAINST = r"opposed|voted\s+against|rejected"
_SIDES = tuple(re.compile(rf"(?<![\w-])(?P<a>{_NUM})\s+(?:[a-z]\w*\s+){{0,2}}?(?:{one})\b[^,.;]{{0,60}}?\band\s+"
                          rf"(?P<c>{_NUM})\s+(?:[a-z]\w*\s+){{0,2}}?(?:{other})\b", re.I)
               for one, other in ((_FOR, _AGAINST), (_AGAINST, _FOR)))  # either side told first
# every shape above needs one of these words whole ("votes" in _BY_TO is one of _RESULT): one cheap scan rules out
# the sentences with none before the number patterns run (they are most of a corpus, and this runs on every claim)
_ANY_SHAPE = re.compile(rf"\b(?:{_RESULT}|{_FOR}|{_AGAINST})\b", re.I)


def _value(word: str) -> int:
    parsed = parse_number(word)  # every form ``_NUM`` matches ("61", "1,200", "sixty-one", "eleven") parses
    return int(parsed[0]) if parsed else 0


def tally_of(text: str) -> dict | None:
    """The claim's tally (module docstring), None where it states none (most claims)."""
    if not _ANY_SHAPE.search(text):
        return None
    for pattern in (_BY_TO, _DASH, *_SIDES):
        m = pattern.search(text)
        if m is None:
            continue
        x, y = _value(m.group("a")), _value(m.group("c"))
        if x + y > 0:
            return {"sides": [max(x, y), min(x, y)], "text": m.group(0).strip()}
    return None
