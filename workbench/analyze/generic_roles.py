"""A generic measure noun ("the rate") names no measure of its own: it may be the specific one beside it.

Why: extract gives a percent figure the role "rate" when its noun is only "rate" ("the third-quarter rate of 7.4%"),
and the role "unemployment" (or "turnout", "price") when the noun says what is measured. Read as two roles, one
figure reported twice ("unemployment rose to 7.4%" / "the rate of 7.4%") was "different measure: rate vs
unemployment". A bare "rate" (no qualifying words, ``qual``) names no other measure than the specific one, so with
equal values in one unit the two are one measure and the remaining slots (period, base, holder, change) decide.
With different values the generic noun is no positive evidence of one measure (``analyze.one_measure``): the pair
keeps its old reading, so this never makes a conflict.
"""

from __future__ import annotations

from workbench.analyze.quantity_match import overlap
from workbench.analyze.sides import _interval
from workbench.models import Quantity

# roles whose noun names no measure by itself (extract.figures.ROLES: "rate" is "rate" not preceded by a role noun)
GENERIC_ROLES = frozenset({"rate"})


def specific_role(ra: str | None, rb: str | None, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> str | None:
    """The specific role of two figures when one role is a bare generic noun and the values are one, else None."""
    if not ra or not rb or ra == rb or (ra in GENERIC_ROLES) == (rb in GENERIC_ROLES):
        return None
    generic, specific = (ma, mb) if ra in GENERIC_ROLES else (mb, ma)
    if generic.get("qual") or specific.get("qual"):  # "the participation rate": a named rate, not a bare one
        return None
    if (generic.get("role") or "").endswith(" change") != (specific.get("role") or "").endswith(" change"):
        return None  # a level vs a change stays two measures
    if qa.kind != qb.kind or ma.get("unit") != mb.get("unit") or not overlap(_interval(qa), _interval(qb)):
        return None
    return rb if ra in GENERIC_ROLES else ra
