"""Relation of two claims from different documents: agree, conflict or related, with a reason.

Order of evidence, strongest and most checkable first:

1. identical wording (syndicated copy) -> agree;
2. numbers compared like with like (same kind, same counted thing, same scope), each
   number widened to the interval its wording allows ("about" +-12%, "more than" open
   above, "no more than" open below; ratios turned to one direction) -> overlapping
   intervals agree ("500,000 ≈ half a million civilians"), disjoint ones conflict
   ("52% vs 45% of the Donetsk region");
3. a denial or negation of what the other claim asserts -> conflict;
4. opposed importance judgements -> conflict;
5. near-paraphrase (high embedding similarity, same polarity, shared content) -> agree;
6. otherwise related: sharing a topic is not a conflict. A false conflict costs a
   reviewer more than a missed one, so every conflict rule demands comparable evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.analyze.assessments import assessment_conflict
from workbench.analyze.frame_relate import frame_relation
from workbench.analyze.negation import denial_conflict, negated_near, polarity, shared_content
from workbench.analyze.quantity_match import NUMERIC_KINDS, compare_quantities
from workbench.models import Frame, Quantity

AGREE_SIMILARITY = 0.80  # cosine above which two same-polarity claims read as the same assertion
AGREE_SIMILARITY_SHARED = 0.68  # ... or above this with at least AGREE_MIN_SHARED shared content words
AGREE_MIN_SHARED = 4


@dataclass(frozen=True)
class ClaimView:
    """What the rules read of a claim."""

    id: str
    text: str
    quantities: list[Quantity] = field(default_factory=list)
    document: str = ""
    speaker: str | None = None
    frame: Frame | None = None  # stored at extraction (claim_frames); None for claims without one


@dataclass(frozen=True)
class Relation:
    relation: str  # agree | conflict | related
    reason: str
    method: str = "rules"
    # True when the verdict rests on compared numbers (NLI never overrules those).
    numeric: bool = False


def relate(a: ClaimView, b: ClaimView, similarity: float | None = None) -> Relation:
    """Compare two claims (any order); ``similarity`` is their embedding cosine when known."""
    if " ".join(a.text.split()).casefold() == " ".join(b.text.split()).casefold():
        return Relation("agree", "identical wording (syndicated copy)")
    numbers = compare_quantities(a.text, a.quantities, b.text, b.quantities)
    if a.frame is not None and b.frame is not None:
        structural = frame_relation(a.frame, b.frame, numbers_differ=bool(numbers.conflict))
        if structural is not None:
            return Relation(structural[0], structural[1], method="frames")
    opposite = polarity(a.text).negative != polarity(b.text).negative
    if numbers.conflict and _figure_negated(a) != _figure_negated(b):  # "30% are not worried" vs "60% worried"
        return Relation("related", f"{numbers.conflict}, but one side is negated")
    if numbers.conflict:
        return Relation("conflict", numbers.conflict, numeric=True)
    both_numeric = any(q.kind in NUMERIC_KINDS for q in a.quantities) and any(q.kind in NUMERIC_KINDS for q in b.quantities)
    denial = denial_conflict(a.text, b.text, allow_negation=numbers.agree is not None or not both_numeric)
    if denial:
        return Relation("conflict", denial)
    if numbers.agree:
        return Relation("agree", numbers.agree, numeric=True)
    opposed = assessment_conflict(a.text, b.text)
    if opposed:
        return Relation("conflict", opposed)
    shared, _ = shared_content(a.text, b.text)
    if similarity is not None and not opposite and not numbers.mismatch:
        if similarity >= AGREE_SIMILARITY or (similarity >= AGREE_SIMILARITY_SHARED and len(shared) >= AGREE_MIN_SHARED):
            return Relation("agree", f"same assertion (similarity {similarity:.2f}; shared: {', '.join(shared[:5])})")
    if numbers.mismatch:
        return Relation("related", numbers.mismatch)
    if shared:
        return Relation("related", f"same topic, different assertions (shared: {', '.join(shared[:5])})")
    return Relation("related", "same topic, different assertions")


def _figure_negated(c: ClaimView) -> bool:
    return negated_near(c.text, [(q.start, q.end) for q in c.quantities if q.kind in NUMERIC_KINDS])
