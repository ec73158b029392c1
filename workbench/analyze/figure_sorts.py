"""Figures that are no rivals however their values differ: ages, ranks, thresholds, and a share and its complement.

Why a module of its own: a conflict says two figures are one measure with two values, an update that it is one
measure at two times. The stored ``sort`` slot (``extract.figure_sorts``) says when a number measures nothing of the
story: a person's age is an attribute of its holder (two people's ages are not one count growing; an age is no toll);
a rank counts nothing; a threshold (what must be reached) is not what was reached, and two thresholds for
different acts ("to block" / "to end a block") are two rules. And two shares of one whole that add up to all of it
("a 23% cut" / "77% still paid") are one fact told from its two sides, unless both name the same part.
"""

from __future__ import annotations

from workbench.analyze.unit_sizes import other_dimensions
from workbench.extract.words import content_stems
from workbench.models import Quantity

_NAMES = {"increment": "an amount added", "margin": "a margin (a difference between two counts)", "limit": "a limit (the most allowed)", "age": "an age", "tenure": "a person's years at something", "rank": "a rank", "threshold": "a threshold (what must be reached)"}


def _what(m: dict, q: Quantity) -> str:
    return _NAMES.get(m.get("sort") or "", "a count") + f" ({q.text})"


def sort_apart(ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> str | None:
    """Why two figures of these sorts are not one measure, or None when their sorts allow a comparison."""
    sa, sb = ma.get("sort"), mb.get("sort")
    if other_dimensions(ma, mb):  # "the 3 km zone" / "two infected farms": a length is no count
        return f"different dimensions: {qa.text} vs {qb.text}"
    if sa != sb:
        return f"different measure: {_what(ma, qa)} vs {_what(mb, qb)}"
    if sa == "rank":
        return f"ranks, no counts ({qa.text} vs {qb.text})"
    if sa in ("age", "tenure"):  # "a welder who had worked there for 42 years" / "a baker who ... for 20 years"
        wa, wb = ma.get("whose"), mb.get("whose")
        if not (wa and wb and wa.casefold() == wb.casefold()):
            return f"{sa}s of {wa or 'someone'} and {wb or 'someone'}: attributes of people, not one count"
        return None
    if sa == "threshold":
        ga, gb = ma.get("goal"), mb.get("goal")
        if ga != gb:
            return f"thresholds for different acts: to {ga or 'unstated'} vs to {gb or 'unstated'}"
    return None


def _stems(q: Quantity, m: dict) -> set[str]:
    """The part a share names: the words around it and its stored "of"/"for" slots."""
    return set(content_stems(" ".join([q.context or "", *(m.get("what") or []), *(m.get("for") or [])])))


def complement(qa: Quantity, qb: Quantity, ma: dict, mb: dict) -> str | None:
    """Two percentages that add up to the whole (within a point) and do not name one part: one fact, two sides.

    "30% of homes lost power" / "70% of homes lost power" name one part (the same words around both figures) and
    stay rivals; "30% ... lost" / "70% ... kept", or a cut of 23% / 77% still paid, are complements."""
    if qa.kind != "percent" or qb.kind != "percent" or qa.value is None or qb.value is None:
        return None
    va, vb = float(qa.value), float(qb.value)
    if va == vb or abs(va + vb - 100) > 1 or (qa.bound or qb.bound):
        return None
    sa, sb = _stems(qa, ma), _stems(qb, mb)
    if sa == sb:
        return None  # the same part, named alike (or unnamed on both sides): rival figures
    return f"complements: {qa.text} and {qb.text} add up to the whole (one fact, its two sides)"


def sort_relation(ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> tuple[str, str] | tuple[()] | None:
    """The frame relation of two main figures by their sorts: ages of one person in two reports years apart
    conflict (never a running count); ``()`` when the sorts (or complementary shares) part them, so the frames do not
    pair them at all and each figure's own pairing decides (``quantity_match`` with ``judge_pair``: another figure
    of the claims may still agree); None when the sorts allow the usual comparison. Figures of two dimensions
    (a length, a count of things) are never paired by their roles ("infected": the zone's 3 km, two farms); two
    roles that differ already name them different measures."""
    if other_dimensions(ma, mb):
        ra, rb = ma.get("role"), mb.get("role")
        return None if ra and rb and ra != rb else ()
    if sort_apart(ma, mb, qa, qb) is not None or complement(qa, qb, ma, mb) is not None:
        return ()
    if ma.get("sort") == "age":  # one person's age in two reports: a year apart is a birthday between them
        if abs(float(qa.value or 0) - float(qb.value or 0)) <= 1:
            return ()  # one age agreeing says nothing of what the claims state about the person
        return "conflict", f"age of {ma.get('whose')}: {qa.text} vs {qb.text}"
    return None
