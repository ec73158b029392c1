"""Whether a denial and another claim of one fact are a dispute inside the story or a disagreement between sources.

The issue's rule for reported speech: a party's denial of the outlet's own report, or of its own words, is a dispute
inside the story (related), and so is one of a claim whose source is a pronoun or a bare quantifier ("it said",
"some called for": ``described_sources.NAMELESS``, no party named, perhaps the denier's own); a denial of what another NAMED source asserts is source vs source (a conflict whose
reason names both). Two more cases stay inside the story, because nothing there is asserted against the denial:

* the denial states no content (``polarity["denied_stems"]`` empty: "rejected a compromise that X floated",
  "disputed a report ... as a distortion"): a rejected plan or an unspecified dispute contradicts no statement;
* the other claim reports the same act of denying (it shares the denying verb: "said he appreciated the counsel
  disputing the report"): it tells of the dispute, it does not take a side in it.
"""

from __future__ import annotations

from workbench.analyze.described_sources import NAMELESS
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame


def inside_story(denial: Frame, denial_text: str, claimant: str | None, shared: list[str]) -> bool:
    """True where the denial (its stored frame and text) against a claim by ``claimant`` (None: the outlet's own
    report) sharing ``shared`` content stems is a dispute inside the story (module docstring)."""
    who = denial.speaker
    party = denial.denier or (who.split()[-1] if who else None)
    if not claimant or claimant.casefold() in NAMELESS or any(p and claimant.split()[-1].casefold() == p.split()[-1].casefold() for p in (who, party)):
        return True
    p = denial.polarity or {}
    if not p.get("denied_stems"):
        return True
    span = p.get("denial")
    verb = content_stems(denial_text[span[0]:span[1]]) if span else []
    return any(same_stem(v, s) for v in verb for s in shared)
