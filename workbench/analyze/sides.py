"""One side of a compared pair (text, quantities, stored frame) and its numeric figures.

Why a module of its own: the slot rules (``frame_relate``) and the act/holder rules
(``figure_acts``) both read figures and their value intervals the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.analyze.quantity_match import interval
from workbench.models import Frame, Quantity

_NUMERIC = ("percent", "count", "money")  # ratios keep their orientation rules in quantity_match


@dataclass(frozen=True)
class Side:
    text: str
    quantities: list[Quantity]
    frame: Frame


def _figures(s: Side) -> list[tuple[dict, Quantity]]:
    """(measure slot, quantity) for each numeric figure (measures are stored one per non-date valued quantity)."""
    valued = [q for q in s.quantities if q.kind != "date" and q.value is not None]
    return [(m, q) for m, q in zip(s.frame.measures, valued, strict=False) if q.kind in _NUMERIC]


def _interval(q: Quantity) -> tuple[float, float]:
    """A percent written without "about" is exact to its rounding (6.2% is not 6.8%)."""
    if q.kind == "percent" and not q.approx and not q.bound and q.value is not None:
        return q.value - 0.05, q.value + 0.05
    return interval(q)
