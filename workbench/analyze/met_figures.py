"""One figure told to its last digits by two reports of one event agrees, whichever fact cluster each claim sits in.

Why: the embedding reads two reports of one figure as far apart when the sentences around it differ ("the recall
passed with 54.2% of the vote" / "voters removed the mayor on Sunday, with 54.2 per cent backing the recall"; "expects
to lose €2.8m" / "put the cost at 2.8 million euros"). Fact clustering then puts them in two facts, the pair is never
compared (or not among each claim's closest partners), and the agreement a reviewer most wants is lost. A telling
value (``telling_values``: two significant digits or more, and a fraction or three digits before the point: 54.2,
2.8 million, 11.85, 18,500; or rounded to three: 8.41 million / 8,412,000) rarely recurs by chance within one
event's figures of one kind and dimension, so the shared value itself says the slot is the same; a small whole
number ("nine", "14", "400") recurs too often to say so alone and is left to the other rules. A measurement converted
from another unit ("5.2 metres" / "17-foot") meets through the conversion itself.

The figures must meet on every stored slot: one kind, one unit or one dimension in two units, no measure slot stated
on both sides apart (``fact_slots``: role, base, act, period), no open bound, no sort (an age, a rank, an amount
added), no span of time (spans of one length recur: "for 24 hours", "two weeks"), not one of two figures of one role
in its claim (a part and its whole). The verdict is then the ordinary wording comparison's
(``relate.relate_wording``: like with like, scope, place, period, what a sum is for), kept only when it is a numeric
agreement: a conflict, an update, a narrower figure or another measure is never read from a shared value; the reason
names both figures. Cost: the event's telling figures sorted once by value; only pairs of near-equal values are
compared.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from workbench.analyze.fact_slots import _figure, _same_measure
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.relate import RelateInput, Relation, relate_wording
from workbench.analyze.telling_values import MIN_DIGITS, one_telling_value, significant_digits, telling
from workbench.analyze.unit_sizes import UNIT_SIZES, spans_time, unit_dimension
from workbench.extract.measure_keys import unit_of
from workbench.models import Quantity
from workbench.store.analysis import ClaimRow

_CONVERTED = 0.02  # relative gap allowed between a value and one converted from another unit (17 feet is 5.18 metres)
_KINDS = ("count", "money", "percent")


def _family(q: Quantity) -> tuple[str, str, float] | None:
    """(kind, unit family, value in the family's base unit) of a figure that can say it is one, else None."""
    if q.kind not in _KINDS or q.value is None or q.value <= 0 or q.bound or spans_time(q):
        return None
    unit = unit_of(q) or ""
    size = UNIT_SIZES.get(unit)
    if not telling(float(q.value)) and (size is None or significant_digits(float(q.value)) < MIN_DIGITS):
        return None  # a measurement of two digits may still meet its conversion (``_equal``)
    if size is not None:
        return q.kind, size[0], float(q.value) * size[1]
    family = str(q.unit or "") if q.kind == "money" else (unit_dimension(unit) or "count") if q.kind == "count" else "%"
    return q.kind, family, float(q.value)


def telling_figures(r: ClaimRow) -> list[tuple[str, str, float, Quantity]]:
    """The claim's telling figures; not one with a sort (an age, a rank, an amount added), nor one of two figures of
    one stated role (1,700 of 2,300 striking: a part and its whole, or a before and after, the value alone cannot
    say which of them the other report's figure is)."""
    roles = [(m.get("kind"), m.get("role")) for m in (r.frame.measures if r.frame is not None else ()) if m.get("role")]
    out = []
    for q in r.quantities:
        fam = _family(q)
        m = measure_of(r.frame, q)
        if fam is not None and m is not None and not m.get("sort") and roles.count((q.kind, m.get("role"))) < 2:
            out.append((*fam, q))
    return out


def _converted(qx: Quantity, qy: Quantity) -> bool:
    """Two units of one dimension: the figures meet only through a conversion, itself evidence of one figure."""
    return unit_of(qx) != unit_of(qy) and unit_of(qx) in UNIT_SIZES and unit_of(qy) in UNIT_SIZES


def _equal(x: float, qx: Quantity, y: float, qy: Quantity) -> bool:
    """One telling value (``telling_values``); or a value converted from another unit of one dimension within its
    rounding (17 feet / 5.2 metres). ``x``, ``y``: the values in their dimension's base unit."""
    if _converted(qx, qy):
        return math.isclose(x, y, rel_tol=_CONVERTED)
    return one_telling_value(qx, qy)


def _meet(a: ClaimRow, qa: Quantity, b: ClaimRow, qb: Quantity) -> bool:
    ma, mb = measure_of(a.frame, qa), measure_of(b.frame, qb)
    return ma is not None and mb is not None and _same_measure(_figure(ma), _figure(mb))


def met_figure_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                         relations: list[tuple[int, int, Relation]],
                         view: Callable[[int], RelateInput]) -> list[tuple[int, int, Relation]]:
    """``relations`` with an agreement added for each unrelated pair of claims (two reports) that state one figure;
    ``view`` gives the claim as the pair rules read it."""
    related = {(min(i, j), max(i, j)) for i, j, _ in relations}
    found = sorted(((kind, fam, value, m, q) for m in members for kind, fam, value, q in telling_figures(rows[m])),
                   key=lambda f: (f[0], f[1], f[2]))
    out = list(relations)
    for k, (kind, fam, value, i, qi) in enumerate(found):
        for kind2, fam2, value2, j, qj in found[k + 1:]:
            if (kind2, fam2) != (kind, fam) or value2 > value * (1 + _CONVERTED):
                break
            if not _equal(value, qi, value2, qj):
                continue
            key = (min(i, j), max(i, j))
            if key in related or rows[i].document_id == rows[j].document_id or not _meet(rows[i], qi, rows[j], qj):
                continue
            related.add(key)
            a, b = sorted((i, j), key=lambda x: rows[x].id)
            rel = relate_wording(view(a), view(b), similarity=float(vectors[a] @ vectors[b]))
            if rel.relation == "agree" and rel.numeric:
                out.append((a, b, Relation("agree", f"one figure in both reports ({qi.text} / {qj.text}): {rel.reason}",
                                           numeric=True)))
    return out

