"""A total told as a sum of parts in one claim and as one count of a wider noun in the other.

Why: "2,870 passengers and 1,100 crew" and "nearly 4,000 people" give one figure, the people on board; compared part
by part ("2,870 passengers" vs "4,000 people") they read as different measures and the agreement, or the conflict
("146 passengers and 21 crew" vs "more than 230 people"), is lost. Extraction stores the sum on the first part's
measure slot (``extract.summed_counts``); here, for one pair only, the side with the sum is read as one count of the
other side's wide noun, and every usual test (interval, bound, act, time, source, update) then runs on it unchanged.
The sum stands in only where the other claim counts a noun of any person (``count_groups.ANY_PERSON``), so a claim
counting one of the parts ("193 passengers") is still compared part with part.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from workbench.analyze.count_groups import ANY_PERSON
from workbench.analyze.figure_slots import measure_of
from workbench.models import Quantity

if TYPE_CHECKING:
    from workbench.analyze.relate import RelateInput


def _sum_slot(c: RelateInput) -> dict[str, Any] | None:
    return next((m for m in c.frame.measures if m.get("sum")), None) if c.frame is not None else None


def _wide_noun(c: RelateInput) -> str | None:
    """The noun of the claim's one count when it names any person ("people", "persons"), else None."""
    counts = [q for q in c.quantities if q.kind == "count" and q.value is not None]
    if len(counts) != 1:
        return None
    m = measure_of(c.frame, counts[0]) or {}
    noun = str(counts[0].unit or m.get("count_of") or m.get("unit") or "").casefold()
    return noun if noun.split()[-1:] and noun.split()[-1] in ANY_PERSON else None


def _as_total(c: RelateInput, slot: dict[str, Any], noun: str) -> RelateInput:
    """The claim with its parts read as one count of ``noun``: one quantity, one measure slot (the first part's
    role, act and time; no longer a part of a total)."""
    told = slot["sum"]
    first = next(q for q in c.quantities if q.kind == "count" and q.text == slot.get("text"))
    # the total as one figure of the wide noun ("3,970 people"): its words are the noun's, not the parts' qualifiers
    written = f"{float(told['value']):,.0f} {noun}"
    total = Quantity("count", written, first.start, first.start + len(str(told["text"])),
                     value=float(told["value"]), approx=bool(told.get("approx")), unit=noun)
    measure = {k: v for k, v in slot.items() if k not in ("sum", "count_of") and not (k == "part" and v == "total")}
    measure.update(unit=noun, text=total.text)
    rest = [q for q in c.quantities if q.kind != "count"]
    frame = replace(c.frame, measures=[measure] + [m for m in c.frame.measures if m.get("kind") != "count"])  # type: ignore[arg-type]
    return replace(c, quantities=[total, *rest], frame=frame)


def as_totals(a: RelateInput, b: RelateInput) -> tuple[RelateInput, RelateInput]:
    """The pair with a sum of parts read as the total the other claim counts, when it counts one wide noun."""
    sa, sb = _sum_slot(a), _sum_slot(b)
    if sa is not None and sb is None and (noun := _wide_noun(b)):
        return _as_total(a, sa, noun), b
    if sb is not None and sa is None and (noun := _wide_noun(a)):
        return a, _as_total(b, sb, noun)
    return a, b
