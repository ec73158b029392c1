"""One decision stated to bind by one source and only to advise by another (``Frame.outcome["binding"]``).

Why: "the result is binding on the council" (the campaign) and "the vote is advisory, and the council is not bound
by the result" (the residents' association) are a disagreement on the force of one decision that shares only the
decision, so no figure or wording rule meets them; extraction stored the decision and its force
(``extract.bindings``). Here two claims conflict when two different sources state them, both as done, with opposite
kinds, of one decision (the same head; where both name words before it or an "of" phrase, a word in common), and no
two different days are stated (a decision may be made binding later).
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.analyze.workings import days_apart, meet
from workbench.extract.words import same_stem
from workbench.models import Frame

_STATED = ("done", "hedged", "quoted")


def _binding(f: Frame) -> dict | None:
    return (f.outcome or {}).get("binding") if f.modality in _STATED else None


def binding_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """A **conflict** when two sources state one decision binding and advisory (module docstring); else None."""
    fa, fb = a.frame, b.frame
    ba, bb = _binding(fa), _binding(fb)
    if not ba or not bb or ba["kind"] == bb["kind"] or not same_stem(ba["head"], bb["head"]):
        return None
    if not meet(ba["mods"], bb["mods"]) or not meet(ba["of"], bb["of"]):
        return None  # two decisions ("the first vote" / "the second vote")
    if not fa.speaker or not fb.speaker or same_source(fa, fb) or days_apart(fa, fb):
        return None
    thing = " ".join(max(ba["who"], bb["who"], key=len))
    return "conflict", (f"force of one decision ({thing}): {ba['kind']} ({fa.speaker}: {ba['text']}) vs "
                        f"{bb['kind']} ({fb.speaker}: {bb['text']})")
