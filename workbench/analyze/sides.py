"""One side of a compared pair (text, quantities, stored frame) and its numeric figures.

Why a module of its own: the slot rules (``frame_relate``) and the act/holder rules
(``figure_acts``) both read figures and their value intervals the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analyze.claim_memo import per_claim
from workbench.analyze.quantity_match import interval
from workbench.extract.words import content_stems
from workbench.models import Frame, Quantity

_NUMERIC = ("percent", "count", "money")  # ratios keep their orientation rules in quantity_match


@dataclass(frozen=True)
class Side:
    text: str
    quantities: list[Quantity]
    frame: Frame


def when(f: Frame) -> str:
    """The time a claim refers to, as a reviewer reads it."""
    return f.time_text or f.time or "undated"


@per_claim
def _figures(s: Side) -> list[tuple[dict, Quantity]]:
    """(measure slot, quantity) for each numeric figure (measures are stored one per non-date valued quantity).

    Computed once per claim while an event is related (``analyze.claim_memo``): the list is shared, never mutate it."""
    valued = [q for q in s.quantities if q.kind != "date" and q.value is not None]
    return [(m, q) for m, q in zip(s.frame.measures, valued, strict=False) if q.kind in _NUMERIC]


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _half_unit(text: str) -> float:
    """Half a unit of the last digit stated: 36 -> 0.5, 35.7 -> 0.05, 35.72 -> 0.005."""
    m = _DIGITS.search(text)
    decimals = len(m.group(0).rsplit(".", 1)[1]) if m and "." in m.group(0) else 0
    return 0.5 * 10.0 ** -decimals


def _interval(q: Quantity) -> tuple[float, float]:
    """A percent written without "about" is exact to the precision it is stated to: 6.2% is not 6.8%,
    but 35.72 and 35.7 are one figure rounded twice, and 36 covers 35.7 (rounded to a whole number).
    The upper end is open (36 is [35.5, 36.5)), so 40% and 41% stay apart."""
    if q.kind == "percent" and not q.approx and not q.bound and q.value is not None:
        half = _half_unit(q.text)
        return q.value - half, q.value + half * 0.999
    return interval(q)


def same_source(a: Frame, b: Frame) -> bool:
    """One source on both sides ("the board" / "a board spokesman"): its later figure is its own update, never a
    conflict between sources. Two unattributed claims share no source."""
    return bool(set(content_stems(a.speaker or "")) & set(content_stems(b.speaker or "")))
