"""A claim's own figure stated against another's ("71, not the 84 given by volunteers"), set against the other source's
claim that asserts the rejected figure.

Why: news reports a dispute over a number by giving one side's figure against the other's; the other side, in its
own report, simply asserts its figure ("84 came ashore, the charity said"). Extraction takes the rejected figure out
of the claim's quantities and stores it (``extract.rejected_figures``, ``Frame.rebuts`` with ``how == "figure"``), so
no figure rule reads it as the claim's own (it never agrees with the side that asserts it). Here, within one event,
each such claim is compared with the claims of the OTHER reports:

* a named figure ("not the 84"): the other claim asserts a figure of the same kind and counted noun (or unit) whose
  value fits the rejected one (its rounding interval);
* an unnamed one ("well above the figure given by the operator"): the other claim asserts a figure of the same kind
  on the side the comparison puts it (below for "above"), the two claims close in meaning (``SIMILARITY``), as the
  nouns counted may differ ("boxes" / "containers");
* the other claim is attributed to a source that is not the rebutting party (the same party moving its own figure
  is an update, the figure rules' case), asserts plainly (no negation, no figure rejected itself), and fits the
  origin the claim names: a proper name must name its source; a description ("volunteers", "the operator") is
  not checked against names, which no rule can resolve.

The verdict, for the closest such claim of each other report, is a conflict between sources whose reason names both
sources and figures; it replaces whatever the pair was related as (an agree included: the rejected figure is not the
claim's own). Cost: figure rebuttals x event size, stored fields only.
"""

from __future__ import annotations

import re

import numpy as np

from workbench.analyze.described_sources import named_source, same_party
from workbench.analyze.relate import Relation
from workbench.analyze.roundings import interval, overlap
from workbench.analyze.unit_sizes import unit_key
from workbench.extract.words import same_stem, snippet
from workbench.models import Quantity
from workbench.store.analysis import ClaimRow

# an unnamed rejected figure: the two claims at least this close (one matter of the event, not another count of it;
# chosen on dev D1-D60 as a whole, see docs/evaluation.md, the ninth stop of rel9w2)
SIMILARITY = 0.5
_PROPER = re.compile(r"\b[A-Z][\w’'-]+")
_FUNCTION = frozenset({"The", "A", "An", "Its", "Their", "His", "Her", "Our"})


def _figure(r: ClaimRow) -> dict | None:
    rb = r.frame.rebuts if r.frame is not None else None
    return rb.get("figure") if rb and rb.get("how") == "figure" else None


def _fits_origin(by: str | None, claimant: str) -> bool:
    """A proper name given as the rejected figure's origin must name the other claim's source."""
    if not by or not [w for w in _PROPER.findall(by) if w not in _FUNCTION]:
        return True
    return same_party(by, claimant)


def _same_unit(fig: dict, q: Quantity) -> bool:
    unit = fig.get("unit")
    if not unit or not q.unit:
        return fig["kind"] != "money" or unit == q.unit
    if fig["kind"] == "count":
        return same_stem(unit.split()[-1].lower(), q.unit.split()[-1].lower())
    probe = Quantity(kind=fig["kind"], text=fig.get("text") or "", start=0, end=0, value=fig["value"], unit=unit)
    return unit_key(probe) == unit_key(q)


def _asserted(fig: dict, t: ClaimRow, cos: float) -> Quantity | None:
    """The figure of ``t`` that the rejection is about, else None."""
    for q in t.quantities:
        if q.kind != fig["kind"] or q.value is None:
            continue
        if fig.get("value") is not None:
            probe = Quantity(kind=q.kind, text=fig.get("text") or "", start=0, end=0, value=fig["value"], unit=q.unit)
            if _same_unit(fig, q) and overlap(interval(probe), interval(q)):
                return q
        elif fig.get("sign") and cos >= SIMILARITY and fig.get("own") is not None:
            own = Quantity(kind=q.kind, text=fig.get("own_text") or "", start=0, end=0, value=fig["own"])
            if not overlap(interval(own), interval(q)) and fig["sign"] * (fig["own"] - q.value) > 0:
                return q
    return None


def _target(d: ClaimRow, t: ClaimRow, who: str, fig: dict, cos: float) -> Quantity | None:
    claimant = named_source(t) if t.frame is not None and t.frame.speaker_kind != "anonymous" else None
    if claimant is None or same_party(who, claimant) or _figure(t) is not None:
        return None  # the outlet's own report, the party's own figure (an update), or another rejection
    if (t.frame.polarity or {}).get("neg") or t.frame.modality in ("planned", "expected", "denied"):  # type: ignore[union-attr]
        return None
    if not _fits_origin(fig.get("by"), claimant):
        return None
    return _asserted(fig, t, cos)


def rejected_figure_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                              relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with each rejected figure's conflict against the closest claim of every other report that
    asserts it; a pair related already takes the new verdict in its place, a new pair is appended."""
    found: dict[tuple[int, int], Relation] = {}
    for d in members:
        fig = _figure(rows[d])
        who = named_source(rows[d]) if fig is not None else None
        if fig is None or who is None:
            continue
        best: dict[str, tuple[float, int, Quantity]] = {}
        for m in members:
            if rows[m].document_id == rows[d].document_id:
                continue
            cos = float(vectors[d] @ vectors[m])
            q = _target(rows[d], rows[m], who, fig, cos)
            if q is not None and cos > best.get(rows[m].document_id, (-2.0,))[0]:
                best[rows[m].document_id] = (cos, m, q)
        for _, m, q in best.values():
            found[(d, m) if rows[d].id <= rows[m].id else (m, d)] = _verdict(rows[d], rows[m], who, fig, q)
    if not found:
        return relations
    out = []
    for i, j, rel in relations:
        key = (i, j) if (i, j) in found else (j, i) if (j, i) in found else None
        out.append((i, j, found.pop(key)) if key is not None else (i, j, rel))
    out.extend((i, j, rel) for (i, j), rel in found.items())
    return out


def _verdict(d: ClaimRow, t: ClaimRow, who: str, fig: dict, q: Quantity) -> Relation:
    if fig.get("value") is not None:
        rejected = f'{fig["own_text"]}, not {fig["text"]}' + (f' ({fig["by"]})' if fig.get("by") else "")
    else:
        side = "above" if fig.get("sign", 0) > 0 else "below"
        rejected = f'{fig["own_text"]}, {side} the figure of {fig.get("by") or "another source"}'
    return Relation("conflict", f'source vs source: {who}: {rejected}; {named_source(t)}: {q.text} '
                    f'("{snippet(t.text, 0, 70)}")', method="frames", numeric=True)
