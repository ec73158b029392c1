"""Shares worded as "K in N" ("one in 20 drivers", "fewer than four in five children"): a part of a group.

Why a module of its own: the group's size N is no count of anything the story measures. Read as numbers, "four in
five children are vaccinated" gave a count of "five children", which the figure rules then set against the
outbreak's "31 children" as a rival count. Read as one share (80%), it is compared only with other shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.numbers import NUMBER, NUMBER_WORDS, parse_number

# a denominator followed by a span or a round is a time, not a group ("three in five minutes", "two in 10 games")
_SPANS = (r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|games?|"
          r"match(?:es)?|races?|rounds?|attempts?|innings")
_K_IN_N = re.compile(rf"\b(?P<k>{NUMBER}) in (?P<n>{NUMBER})\b(?! (?:{_SPANS})\b)", re.IGNORECASE)
_LARGEST_GROUP = 1000  # "one in 1,000"; a larger "N" is a year or a total ("three in 2019")


def shares_in(text: str, runs: frozenset[str] | None, digit: bool) -> Iterator[tuple[int, int, float]]:
    """(start, end, percent) of each "K in N" share, K below N; ``runs``/``digit``: the text's word gate
    (``extract.gates``): a text with no "in" or no number holds none."""
    if runs is not None and ("in" not in runs or not (digit or not NUMBER_WORDS.isdisjoint(runs))):
        return
    for m in _K_IN_N.finditer(text):
        part, whole = parse_number(m.group("k")), parse_number(m.group("n"))
        if part and whole and 0 < part[0] < whole[0] <= _LARGEST_GROUP:
            yield m.start(), m.end(), 100.0 * part[0] / whole[0]
