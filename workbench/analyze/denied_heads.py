"""Whether a claim speaks of the thing a denial is about, where it does not state the denied act.

Why: a denied clause is a proposition: an act done to or by a thing ("a chlorine pump at the works had failed":
the pump failed). A claim of another report that words the act otherwise must still be about that thing; one that
shares only the clause's modifiers or its place ("its chlorine dosing worked normally"; "figures for the northern
regions had been estimated" / "the northern regions lost population") states another proposition about the
story's setting, not the denied one (dev D76, D113). Extraction stores the head noun of the clause's subject
(``Frame.polarity["denied_head"]``, ``extract.denied``); here the target's asserted stems must hold it. A clause
with no such head (a pronoun subject, "it had ..."; an owned one, "its staff") is decided by the other tests.
"""

from __future__ import annotations

from workbench.analyze.akin import akin
from workbench.store.analysis import ClaimRow


def names_head(denial: ClaimRow, stems: tuple[str, ...]) -> bool:
    """The target's stems hold the denied clause's head noun, or the clause has none (module docstring)."""
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    head = p.get("denied_head")
    return not head or any(akin(head, s) for s in stems)
