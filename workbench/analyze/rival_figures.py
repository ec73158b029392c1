"""Which of a report's several figures of one dimension (or counts of one class) is the rival of another report's.

Why: ``sole_figures`` compares a report's *only* figure of a dimension with another report's, because a report that
states two masses (two sums) shows the dimension holds two measures there ("one site vs all", "spent so far vs the
budget"). But a report often states a second figure about another act ("3 tonnes of rubbish dragged out of the canal"
beside "a bakery sold 2 tonnes of bread"; "1,200 parcels arrived late" beside "its vans carry 85,000 parcels"), and
then the rival of the other report's figure is plain: the one whose claim is the act measured there, clearly so
against each other figure of the kind the report gives. What decides is the measured act (the claim's words without
its source, by the embedder), not a sole value; where two of the report's figures are about as close to the other act
(one site vs all of it, two tallies of one count), none is picked and nothing is concluded. The other guards of
``sole_figures`` and ``kin_counts`` (time, things apart, per unit, parts, a later reading) still apply after it.

Limit seen on dev: MiniLM sets two acts of one topic close ("the budget" / "spent so far" 0.56 / 0.46 against one
cost), so a report's figures of one topic are seldom set apart; the rule then keeps to the old "nothing concluded".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.kin_counts import unspoken
from workbench.models import Frame

# the picked figure's act must be this much closer to the other report's act than any other figure of the dimension
# the report states: a clear lead (a tenth of the cosine scale), not a tie broken by noise between two near wordings
MARGIN = 0.1


@dataclass(frozen=True)
class Stated:
    """One figure of one dimension as a claim of a report states it: its claim's frame, key, day, value, act."""

    frame: Frame
    key: str
    time: str | None
    value: float
    act: str


def act_of(frame: Frame, text: str) -> str:
    """What the claim says is measured: its whole wording without who says it (``kin_counts.unspoken``). Not the
    stored act phrase alone, which can stop short of the measured thing ("At the north lock alone, 600 kilograms
    of rubbish were lifted" keeps "At the north lock alone"), and then a part would not read as close as it is."""
    return unspoken(text, frame)


def further(acts: dict[int, str], frame: Frame, other_act: str, floor: float, among: set[int] | None = None) -> set[int]:
    """The claims of ``frame``'s report (``acts``: frame id -> act) whose act is clearly further from ``other_act`` than
    ``frame``'s own (by ``MARGIN``, where its own is at least ``floor``): their figures measure another act, no rival
    value of the one ``frame`` states. Empty where ``frame``'s own act is not close enough to set any apart.
    ``among``: only these claims are looked at (the caller's counting claims): each look embeds the claim's act."""
    own = phrase_similarity(acts.get(id(frame), ""), other_act)
    if own is None or own < floor:
        return set()
    out = set()
    for key, act in acts.items():
        if among is not None and key not in among:
            continue
        close = phrase_similarity(act, other_act) if key != id(frame) else None
        if close is not None and close <= own - MARGIN:
            out.add(key)
    return out


def closest(stated: list[Stated], frame: Frame, key: str, other_act: str, floor: float,
            fits: Callable[[str, str], bool]) -> bool:
    """``frame``'s figure of ``key`` is, clearly, the one of its report's figures that measures ``other_act``: its claim
    states one value of the dimension, its act is at least ``floor`` close to ``other_act``, and every figure of
    another value the report states (of a fitting key, at the same day or none) is at least ``MARGIN`` further."""
    mine = [s for s in stated if s.frame is frame and fits(s.key, key)]
    if len({s.value for s in mine}) != 1:  # the claim itself states two values ("1.6 tonnes, up from 900 kg")
        return False
    own = phrase_similarity(mine[0].act, other_act)
    if own is None or own < floor:
        return False
    value, time = mine[0].value, frame.time
    for s in stated:
        if s.frame is frame or s.value == value or not fits(s.key, key) or (s.time and time and s.time != time):
            continue
        close = phrase_similarity(s.act, other_act)
        if close is None or close > own - MARGIN:
            return False
    return True
