"""A running count that stands below another source's earlier figure of the same group: a conflict, not an update.

Why: a running count ("the number treated has risen to 41", "so far", "now") includes everything counted before
it, so it can only stay or rise. When one source says at least 60 people were treated on Tuesday and another
source's running count on Wednesday is 41, the later figure is no development of the earlier one: the two sources
disagree about how many there were ("the union more than 60 vs the hospital trust 41"). A source's own later,
higher running figure stays an update (``running_counts``); this rule reads only a later figure *below* another
source's earlier one, from the stored slots: the counts' group words (``Frame.measures[*]["group"]``, compared by
stem: "needed treatment" / "treated"), the figures' days, the running cue and the speakers.
"""

from __future__ import annotations

from workbench.analyze.count_groups import _word
from workbench.analyze.quantity_match import overlap
from workbench.analyze.running_counts import one_source
from workbench.analyze.sides import Side, _interval, when
from workbench.extract.words import same_stem
from workbench.models import Quantity

# nouns that count any person (closed class): "60 people" and "41 patients" may count one group
_ANY_PERSON = frozenset({"people", "persons", "person", "individuals"})


def _counts(s: Side) -> list[tuple[dict, Quantity]]:
    """The claim's grouped counts with their figures (a figure that is no count of a group says nothing here)."""
    out = []
    for m in s.frame.measures:
        q = next((q for q in s.quantities if q.text == m.get("text") and q.value is not None), None)
        if q is not None and m.get("kind") == "count" and m.get("group") and _word(str(m["group"])) and not m.get("sort"):
            out.append((m, q))
    return out


def _one_group(ma: dict, mb: dict) -> bool:
    ua, ub = str(ma.get("unit") or "").casefold(), str(mb.get("unit") or "").casefold()
    nouns = ua == ub or bool({ua, ub} & _ANY_PERSON) or not ua or not ub
    return nouns and same_stem(_word(str(ma["group"])), _word(str(mb["group"])))


def fallen_count(a: Side, b: Side) -> tuple[str, str] | None:
    """("conflict", reason) where the later claim's running count stands below the earlier claim's figure of the
    same group, from another source; None otherwise."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.speaker or not fb.speaker or one_source(fa, fb):
        return None
    if not fa.time or not fb.time or fa.time[:10] == fb.time[:10]:
        return None
    (early, ef), (late, lf) = sorted(((a, fa), (b, fb)), key=lambda t: t[1].time or "")
    if not lf.running or ef.running:
        return None
    for me, qe in _counts(early):
        for ml, ql in _counts(late):
            lo_e, _ = _interval(qe)
            _, hi_l = _interval(ql)
            if _one_group(me, ml) and hi_l < lo_e and not overlap(_interval(qe), _interval(ql)):
                return "conflict", (f"source vs source: {ef.speaker} {qe.text} ({when(ef)}) vs {lf.speaker} {ql.text} "
                                    f"({when(lf)}): a running count cannot fall below an earlier count of its group")
    return None
