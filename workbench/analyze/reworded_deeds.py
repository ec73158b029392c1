"""Whether a source's clause words the very deed a party denies, when the two share few of its words.

Why a module of its own: ``analyze.accused`` and ``party_role.in_role`` accept a charge worded otherwise than the
denial ("dumped slag into the canal" / "denied that it had discharged toxic material") on the party, one shared
common word and whole claims that read as one matter. On news nobody here wrote that let through another deed of
the party, or one done to its thing, that merely shares a noun with the denial ("had written to every ticket
holder" / "denied that it had sold more tickets than the ground could hold"; "Inspectors closed the kitchen of the
caterer" / "denied that the cold room in his kitchen had broken down"; two D89-D98 false conflicts). What such
pairs lack is the deed: the denied clause and the source's clause do not read as one act. They are compared as
phrases, at the cut ``accused.PARAPHRASE`` already uses for a reworded act (no new threshold).
"""

from __future__ import annotations

from workbench.analyze.act_identity import phrase_similarity
from workbench.store.analysis import ClaimRow


def reworded(denial: ClaimRow, clause: str, cut: float) -> bool:
    """The denied clause and ``clause`` (what the source says) read as one act, at least ``cut`` close (the
    caller's ``PARAPHRASE``); True where no model is at hand
    (the rules then decide as before) or no denied clause is stored."""
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    if not span or not clause:
        return True
    sim = phrase_similarity(denial.text[span[0]:span[1]], clause)
    return sim is None or sim >= cut
