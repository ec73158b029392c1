"""An agreement on one figure while the claims' other figures of one kind and unit tell different values.

Why: "The university has offered 4.5 per cent over two years" / "raised its offer to 6 per cent over two years":
the number matcher pairs "two years" with "two years" and, finding nothing else to pair, called the claims in
agreement, while the figures that carry them (4.5 against 6 per cent) were left unpaired. Two claims agree on their
figures only when none of their remaining figures stand against each other: here each side keeps one figure of one
kind and unit whose values cannot meet, and the agreement is partial -- shown to the reviewer, not called agree.

A figure of the agreed kind and unit is no rival ("4 dead and 12 injured" / "4 dead and 15 hurt" pair their deaths;
the rest may be further items of a list, as ``quantity_match`` already reads counts and sums); nor is a count without
a unit ("Daniel, 71, has three grown kids, 13 grandkids": an age, a score, a rank pair with anything). On EQUATE's
dev rows, with bare counts as rivals, 2 of 6 pairs it fired on were entailments (an age against grandkids, a
win-loss record against an earned-run average); without them 1 pair, a neutral one.
"""

from __future__ import annotations

from workbench.analyze.roundings import interval, overlap
from workbench.analyze.unit_sizes import unit_key
from workbench.models import Quantity


def unpaired_rivals(qa: list[Quantity], qb: list[Quantity], used_a: set[int], used_b: set[int],
                    agreed: set[tuple[str, str | None]]) -> str | None:
    """"X vs Y" for the first two figures left unpaired, one on each side, of one kind and unit outside ``agreed``,
    whose values cannot be one; else None."""
    rest_b = [y for j, y in enumerate(qb) if j not in used_b]
    for i, x in enumerate(qa):
        if i in used_a:
            continue
        unit = (x.kind, unit_key(x))
        if unit in agreed or (x.kind == "count" and unit[1] is None):  # a bare number: an age, a score, a rank
            continue
        for y in rest_b:
            if (y.kind, unit_key(y)) == unit and not overlap(interval(x), interval(y)):
                return f"{x.text} vs {y.text}"
    return None
