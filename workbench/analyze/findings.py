"""Merging an event pass's findings into the pair relations the event already has.

Why one function: the event passes (``central_acts``, ``thing_times``, ``bounded_acts``, ``clock_acts``,
``effective_dates``, ``place_parts``) each find conflicts between claims of other reports and must lay them over the
pair verdicts made before them in one way: a new pair is appended, and a pair already held keeps its verdict unless
that verdict is an open one (``OPEN``), which the finding replaces. Six copies of that loop had drifted apart in
nothing but their names.

``OPEN`` is only ``related``. The copies listed "different measure" as well, spelt with a space, which no relation
carries (the kind is ``different_measure``), so a finding never replaced a different-measure verdict; letting it do
so is a change of behaviour to be measured on dev first, not a refactor.
"""

from __future__ import annotations

from workbench.analyze.relate import Relation

OPEN = ("related",)  # pair verdicts an event pass's finding replaces (module docstring)


def merge_findings(relations: list[tuple[int, int, Relation]], found: dict[tuple[int, int], Relation],
                   replaces: tuple[str, ...] = OPEN) -> list[tuple[int, int, Relation]]:
    """``relations`` with ``found`` laid over them: a pair held as an open verdict (``replaces``; a pass whose finding
    also outranks another verdict names it, as ``pending_votes`` does an agreement in wording) takes its finding, a
    pair not yet held is appended (in ``found``'s order). ``found`` is consumed."""
    out = []
    for i, j, rel in relations:
        new = found.pop((i, j), None) or found.pop((j, i), None)
        out.append((i, j, new if new is not None and rel.relation in replaces else rel))
    out.extend((i, j, rel) for (i, j), rel in found.items())
    return out
