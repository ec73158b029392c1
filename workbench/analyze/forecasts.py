"""Whether two figures are stated alike: both as so, or both as forecasts of what is to come.

Why: ``sole_figures`` compares each report's only figure of one dimension, and kept to figures stated as so (done,
hedged, quoted): a plan's figure against a figure of what happened is a plan and its outcome, not two sources at
odds. But two sources that each forecast one future amount ("the council expects the levy to raise N a year" /
"the levy will bring in no more than M a year, the hoteliers said") disagree about the same thing to come as much
as two counts of a past happening do. A figure is a forecast where its claim is planned or expected, or where the
claim is stated as so and the figure itself is the object of a plan or expectation (``extract.holders.act_of``
"plan": "expects the levy to raise N"). A denied claim is neither: it states no figure of its own.
"""

from __future__ import annotations

from workbench.analyze.figure_slots import measure_of
from workbench.models import Frame, Quantity

ASSERTED = frozenset({"done", "hedged", "quoted"})  # stated as so (not planned, expected or denied)
_AHEAD = frozenset({"planned", "expected"})


def forecast(frame: Frame, q: Quantity) -> bool:
    """The figure is stated as what is to come: a planned or expected claim, or a planned act's figure."""
    return frame.modality in _AHEAD or (frame.modality in ASSERTED and (measure_of(frame, q) or {}).get("act") == "plan")


def stated_alike(fa: Frame, qa: Quantity, fb: Frame, qb: Quantity) -> bool:
    """Both claims stated as so (as ``sole_figures`` always compared), or both figures forecasts of what is to come;
    a forecast against a report of what happened is left alone (a plan and its outcome)."""
    both_so = fa.modality in ASSERTED and fb.modality in ASSERTED
    return both_so or (forecast(fa, qa) and forecast(fb, qb))
