"""Whether two figures state one value told to its last digits: a value that rarely recurs by chance in one event.

Why a module of its own: a value of two or more significant digits (54.2, 2.8 million, 850, 18,500) says by itself
that two reports' figures are one, where their sentences, their clusters or their counted nouns ("850 posts" / "850
jobs") read apart. Read by ``met_figures`` (pairs no fact cluster holds) and ``counted_nouns`` (two nouns of one
count). A small whole number ("nine", "14", "48") recurs too often within one story to say so alone.
"""

from __future__ import annotations

import math

from workbench.models import Quantity

MIN_DIGITS = 2  # significant digits a value needs to say, alone, that two figures are one
ROUNDED = 3  # digits a shorter value needs for a longer one rounded to it to be one figure (847 is no rounded 850)


def significant_digits(value: float) -> int:
    """Digits of a value without its leading and trailing zeros: 54.2 -> 3, 2.8 million -> 2, 400 -> 1."""
    return len(f"{abs(value):.10g}".split("e")[0].replace(".", "").strip("0"))


def telling(value: float) -> bool:
    """A value that rarely recurs by chance among one event's figures: two significant digits or more, and a fraction
    or three digits before the point (54.2, 2.50, 850, 18,500); a small whole number (14, 48) recurs too often."""
    return significant_digits(value) >= MIN_DIGITS and (value >= 100 or value != int(value))


def _rounded(value: float, digits: int) -> float:
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def one_telling_value(qa: Quantity, qb: Quantity) -> bool:
    """Both figures plain (no open bound) and telling, one value to its last digit, or the longer rounded to the
    shorter's three digits or more (8,412,000 / 8.41 million)."""
    if qa.value is None or qb.value is None or qa.bound or qb.bound or qa.value <= 0 or qb.value <= 0:
        return False
    x, y = float(qa.value), float(qb.value)
    if not (telling(x) and telling(y)):
        return False
    digits = min(significant_digits(x), significant_digits(y))
    return math.isclose(x, y, rel_tol=1e-9) or (digits >= ROUNDED and math.isclose(
        _rounded(x, digits), _rounded(y, digits), rel_tol=1e-9))
