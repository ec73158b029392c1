"""Relation of two claims of one event from different documents, with a reason a reviewer can check.

Order of evidence, strongest and most checkable first:

1. identical wording (syndicated copy) -> agree; two versions of one quote, one cut short -> agree ("one continues");
2. the stored frames (``analyze.frame_relate``): measure, role, scope, value, time, source, modality, outcome ->
   agree / conflict / update / narrower / broader / different_measure, the reason naming the slots;
3. exclusive characterisations ("stepped down" vs "was dismissed"), unnamed, in close sentences -> conflict, review;
4. a denial by a party inside the story is *not* a disagreement between outlets -> related, saying who denies;
   a negation counts only inside the clause both claims share;
5. numbers compared like with like (``analyze.quantity_match``) where the frames had no say;
6. opposed importance judgements; 7. paraphrase (similarity, same polarity, shared content, or the same named
   speaker saying the same thing, no plan against a deed, no two days told) -> agree; 8. otherwise related.
A false conflict costs a reviewer more than a missed one, so every conflict rule demands comparable evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.analyze.act_slots import planned_act_done
from workbench.analyze.assessments import assessment_conflict
from workbench.analyze.claim_memo import by_text
from workbench.analyze.count_groups import group_relation, one_count_reworded
from workbench.analyze.denial_scope import inside_story
from workbench.analyze.fact_slots import same_slot, things_apart
from workbench.analyze.figure_acts import figures_apart, figures_differ, scope_relation
from workbench.analyze.frame_relate import Side, frame_relation, plan_vs_report
from workbench.analyze.intervals import stated_periods
from workbench.analyze.negated_deeds import negated_deed
from workbench.analyze.negation import Polarity, denial_conflict, polarity_of, shared_content
from workbench.analyze.one_measure import unproven
from workbench.analyze.outcomes import unnamed_departures
from workbench.analyze.partitives import part_relation
from workbench.analyze.quantity_match import NUMERIC_KINDS, compare_quantities
from workbench.analyze.quote_versions import quoted_fragment, same_quote
from workbench.analyze.running_counts import rival_reason, source_revision, stated_update
from workbench.analyze.slot_values import plan_vs_deed
from workbench.analyze.summed_totals import as_totals
from workbench.analyze.time_slots import told_days_apart
from workbench.analyze.written_dates import written_dates_apart
from workbench.extract.assessment import Assessment, assess
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

AGREE_SIMILARITY = 0.80  # cosine above which two same-polarity claims read as the same assertion
AGREE_SIMILARITY_SHARED = 0.68  # ... or above this with at least AGREE_MIN_SHARED shared content words
AGREE_MIN_SHARED = 4
DENIAL_SIMILARITY = 0.5  # a denial targets a claim it reads close to, not any sentence of the event
SAME_SPEAKER_SIMILARITY = 0.55  # the same named speaker saying something this close is one statement reported twice
CHARACTERISATION_SIMILARITY = 0.6  # "stepped down" vs "was dismissed" about one departure, not any two mentions


@dataclass(frozen=True)
class RelateInput:
    """What the rules read of a claim: the slice of the store's ``ClaimRow`` they need. Not a stored record: analysis
    builds one per claim from ``store.analysis.ClaimRow`` (``analyze.facts``); tests build one from a sentence alone."""

    id: str
    text: str
    quantities: list[Quantity] = field(default_factory=list)
    document: str = ""
    speaker: str | None = None
    frame: Frame | None = None  # stored at extraction (claim_frames); None for claims without one


@dataclass(frozen=True)
class Relation:
    relation: str  # agree | conflict | related | update | narrower | broader | different_measure
    reason: str
    method: str = "rules"
    # True when the verdict rests on compared numbers (NLI never overrules those).
    numeric: bool = False


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@by_text
def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _quote_versions(a: RelateInput, b: RelateInput) -> bool:
    qa, qb = a.frame and a.frame.quote, b.frame and b.frame.quote
    if not qa or not qb:
        return False
    short, long_ = sorted((_norm(qa), _norm(qb)), key=len)
    return (len(short) >= 12 and long_.startswith(short)) or same_quote(qa, qb) or quoted_fragment(qa, qb)


def _years(c: RelateInput) -> set[str]:
    return {q.iso[:4] for q in c.quantities if q.kind == "date" and q.iso and q.iso[:4].isdigit()}


def _same_years(a: RelateInput, b: RelateInput) -> bool:
    """No two different years named ("in 2013 X was removed" is another departure)."""
    ya, yb = _years(a), _years(b)
    return not (ya and yb and not ya & yb) and not (ya ^ yb)


def _polarity(c: RelateInput) -> Polarity:
    return polarity_of(c.text, c.frame, c.quantities)


def _opposite(a: RelateInput, b: RelateInput) -> bool:
    """One side denies or negates and the other does not; a plain negation counts only when the word it
    governs (stored at extraction) is in the other claim: otherwise it is outside the shared clause."""
    pa, pb = _polarity(a), _polarity(b)
    if pa.negative == pb.negative:
        return False
    neg, other = (pa, b) if pa.negative else (pb, a)
    outside = neg.negated is not None and not any(same_stem(neg.negated, s) for s in content_stems(other.text))
    return not (neg.denial is None and outside)


def _has_slots(f: Frame) -> bool:
    """Whether a frame holds anything the slot rules compare (a figure, time, modality, an act's agent or means)."""
    return bool(f.measures or f.time or f.clock or f.modality != "done" or f.keys or f.place or f.act or f.span
                or f.outcome or f.record or f.blame or f.anchor)


def _slots_or_nobody(c: RelateInput) -> bool:
    return c.frame is not None and (_has_slots(c.frame) or bool(c.frame.zero))


def relate_slots(a: RelateInput, b: RelateInput, similarity: float | None = None) -> Relation | None:
    """Only the checks that compare stored slots (copies, quote versions, frames); None when they do not decide.

    Cheap enough for every close pair of an event; the wording rules of :func:`relate` are
    kept for pairs already grouped as one fact.
    """
    if _flat(a.text) == _flat(b.text):
        return Relation("agree", "identical wording (syndicated copy)")
    if _quote_versions(a, b):
        return Relation("agree", "same quote; one version continues")
    if a.frame is None or b.frame is None:
        return None
    shared, _ = shared_content(a.text, b.text)
    never = negated_deed(a.frame, b.frame, shared, a.text, b.text)  # "stopped the race" / "was never stopped"
    if never or not (_slots_or_nobody(a) or _slots_or_nobody(b)):
        return Relation("conflict", never, method="frames") if never else None
    structural = frame_relation(Side(a.text, a.quantities, a.frame), Side(b.text, b.quantities, b.frame),
                                similarity if similarity is not None else 0.0, shared)
    if structural is None:
        return None
    return Relation(structural[0], structural[1], method="frames", numeric=structural[0] != "related")


def relate_across(a: RelateInput, b: RelateInput, similarity: float) -> Relation | None:
    """The relation of two claims of one event that fact clustering put apart; None when it is noise.

    The stored slots decide first. Then the wording rules only where something says the two are one
    fact after all: a close paraphrase (agree only), or frames that fill one slot
    (``fact_slots.same_slot``: one figure's kind and unit, one planned or done act), whose figures
    are then compared like with like however differently the two sources word them.
    """
    a, b = as_totals(a, b)
    rel = relate_slots(a, b, similarity=similarity)
    if rel is None:
        one_slot = same_slot(a.frame, b.frame)
        if similarity >= SAME_SPEAKER_SIMILARITY or one_slot:
            rel = relate_wording(a, b, similarity=similarity)
            keep = rel.relation == "agree" or (one_slot and rel.numeric)
            rel = Relation(rel.relation, rel.reason, "frames", True) if keep and one_slot else rel if keep else None
    # a related verdict is noise across facts, unless the slots flag it for review ("different stated reason")
    return rel if rel is not None and (rel.relation != "related" or rel.reason.endswith("; review")) else None


def relate(a: RelateInput, b: RelateInput, similarity: float | None = None) -> Relation:
    """Compare two claims (any order); ``similarity`` is their embedding cosine when known."""
    a, b = as_totals(a, b)  # "2,870 passengers and 1,100 crew" read as the "people" the other claim counts
    return relate_slots(a, b, similarity) or relate_wording(a, b, similarity)


def relate_wording(a: RelateInput, b: RelateInput, similarity: float | None = None) -> Relation:
    """The rules after the slots (characterisation, denial, numbers, judgement, paraphrase), for a pair
    :func:`relate_slots` left undecided: a caller that already asked the slots does not ask twice."""
    sim = similarity if similarity is not None else 0.0
    shared, _ = shared_content(a.text, b.text)
    da, db = unnamed_departures(a.frame, b.frame)  # both persons named: the slot rule decided (analyze.outcomes)
    if da and db and da != db and shared and sim >= CHARACTERISATION_SIMILARITY and _same_years(a, b):
        return Relation("conflict", f"characterisation: {da} vs {db} ({', '.join(shared[:3])}); review")
    denied, sources = [c for c in (a, b) if c.frame is not None and c.frame.modality == "denied"], ""
    if len(denied) == 1 and len(shared) >= 2:
        other = b if denied[0] is a else a
        who = denied[0].frame.speaker if denied[0].frame else None
        claimant = other.frame.speaker if other.frame else other.speaker
        party = (denied[0].frame.denier if denied[0].frame else None) or (who.split()[-1] if who else None)
        if inside_story(denied[0].frame, denied[0].text, claimant, shared):  # analyze.denial_scope
            return Relation("related", f"{who or party or 'a party'} denies it: a dispute inside the story, not between outlets "
                            f"(shared: {', '.join(shared[:4])})")
        sources = f"source vs source: {claimant} claims, {who or 'another source'} denies; "
    opposite = _opposite(a, b)
    # both claims' stored periods, read once: the comparison takes "same span", a conflict "how they differ"
    same_period, periods_differ = stated_periods(a.frame, b.frame)
    numbers = compare_quantities(a.text, a.quantities, b.text, b.quantities, same_period=same_period, frames=(a.frame, b.frame))
    # the comparison reads both claims alike (its result does not hang on which came first); a pair matched by one
    # side's wording only ("41% of Brightwell" / "have reached 68%") is too weak to call a contradiction on its
    # own (it may still show a revision, or rule out a paraphrase)
    if numbers.conflict and _polarity(a).figure != _polarity(b).figure:  # "30% are not worried" vs "60% worried"
        return Relation("related", f"{numbers.conflict}, but one side is negated")
    if numbers.conflict and a.frame is not None and b.frame is not None and plan_vs_report(a.frame, b.frame):
        return Relation("related", f"{numbers.conflict}, but one figure is {a.frame.modality}, the other {b.frame.modality}")
    scoped = scope_relation(a.frame, b.frame) if numbers.conflict and a.frame and b.frame else None
    if scoped is not None:
        return Relation(scoped[0], f"{scoped[1]} ({numbers.conflict})", numeric=scoped[0] != "related")
    things = things_apart(a.frame, b.frame) if numbers.conflict else None
    if things:  # "40,000 crowns in damages" / "12,000 crowns in legal costs": two amounts of one case
        return Relation("different_measure", f"{numbers.conflict}, but for different things: {things}", numeric=True)
    places = _different_places(a, b) if numbers.conflict else None
    if places:  # "in Brask, eight hours a day" / "across Selmar, twelve": two places' figures, not rivals
        return Relation("different_measure", f"{numbers.conflict}, but for different places: {places}", numeric=True)
    # two periods' sums are different measures; periods compare as spans ("over the eight year span" is 2007-2014)
    periods = periods_differ if numbers.conflict and not same_period else None
    if periods:  # "$141 million from 2007 to 2014" / "$20 million between 2011 and 2014": two periods' sums
        return Relation("different_measure", f"{numbers.conflict}, but for different periods: {periods}", numeric=True)
    revised = (source_revision(a.frame, b.frame) or stated_update(a.frame, b.frame, a.quantities, b.quantities, (a.text, b.text))) \
        if numbers.conflict and a.frame and b.frame else None
    if revised is not None:
        return Relation("update", f"update: {numbers.conflict}: {revised}", numeric=True)
    sides = (Side(a.text, a.quantities, a.frame), Side(b.text, b.quantities, b.frame))  # a part vs its whole: partitives
    apart = (figures_apart(*sides) or part_relation(*sides)) if numbers.conflict and a.frame and b.frame else None
    if apart is not None:  # the figures the wording paired are not one measure at one time on their stored slots
        return Relation(apart[0], f"{apart[1]} ({numbers.conflict})", numeric=True)
    groups = group_relation(a.frame, b.frame, a.quantities, b.quantities) if numbers.conflict else None
    if groups:  # "treated" vs "taken to hospital"; "at one station alone, 140 treated" vs "610 treated"
        return Relation(groups[0], f"{numbers.conflict}, but {groups[1]}", numeric=True)
    if numbers.conflict:  # a conflict needs evidence of one measure (analyze.one_measure)
        why = unproven(Side(a.text, a.quantities, a.frame), Side(b.text, b.quantities, b.frame), sim, numbers.conflict, numbers.weak)
        return Relation("related", why) if why else Relation("conflict", rival_reason(a.frame, b.frame, numbers.conflict, (a.text, b.text)), numeric=True)
    if numbers.mismatch and (regrouped := one_count_reworded(a.frame, b.frame, a.quantities, b.quantities)):
        return Relation(regrouped[0], regrouped[1], numeric=True)  # "runners started" / "people started": one count
    both_numeric = any(q.kind in NUMERIC_KINDS for q in a.quantities) and any(q.kind in NUMERIC_KINDS for q in b.quantities)
    if opposite and (similarity is None or similarity >= DENIAL_SIMILARITY):
        denial = denial_conflict(a.text, b.text, _polarity(a), _polarity(b),
                                 allow_negation=numbers.agree is not None or not both_numeric)
        if denial:
            return Relation("conflict", sources + denial)
    if numbers.agree:  # a negated bound turns over: "never fell below 14 degrees" does not agree with "fell to 6"
        figures = (_polarity(a).figure, _polarity(b).figure)  # read only here and for a conflict: a hot path
        flipped = figures[0] != figures[1] and any(q.bound for c, f in zip((a, b), figures, strict=True) if f for q in c.quantities)
        return Relation("related", f"{numbers.agree}, but one side's bound is negated") if flipped else \
            Relation("agree", numbers.agree, numeric=True)
    opposed = assessment_conflict(a.text, b.text, _assessment(a), _assessment(b))
    if opposed:
        return Relation("conflict", opposed)
    differ = figures_differ(Side(a.text, a.quantities, a.frame), Side(b.text, b.quantities, b.frame)) \
        if a.frame and b.frame else None
    if differ and similarity is not None and not opposite and not numbers.mismatch:
        return Relation("related", f"similar wording, but the figures differ: {differ}")
    modal = plan_vs_deed(a.frame, b.frame)
    if modal and similarity is not None and not numbers.agree:  # "will close next week" / "was shut down on Friday"
        act = planned_act_done(a.frame, b.frame)  # for review only when the deed is the planned act
        return Relation("related", f"similar wording, but {modal}: not one statement"
                        + (f" ({', '.join(act[:3])}); review" if act else ""))
    if similarity is not None and not opposite and not numbers.mismatch:
        why = None
        if similarity >= AGREE_SIMILARITY or (similarity >= AGREE_SIMILARITY_SHARED and len(shared) >= AGREE_MIN_SHARED):
            why = f"same assertion (similarity {similarity:.2f}; shared: {', '.join(shared[:5])})"
        elif (speaker := _same_named_speaker(a, b)) and similarity >= SAME_SPEAKER_SIMILARITY and shared:
            why = f"same speaker ({speaker}), same assertion (similarity {similarity:.2f}; shared: {', '.join(shared[:4])})"
        if why:  # a paraphrase told of two days ("on Sunday" / "on Wednesday", "from May 1" / "from June 1") is no agreement
            days = told_days_apart(a.frame, b.frame) or written_dates_apart(a.frame, a.quantities, b.frame, b.quantities)
            return Relation("related", f"similar wording, but told of different days: {days}") if days else Relation("agree", why)
    if numbers.mismatch:
        return Relation("related", numbers.mismatch)
    if shared:
        return Relation("related", f"same topic, different assertions (shared: {', '.join(shared[:5])})")
    return Relation("related", "same topic, different assertions")


def _different_places(a: RelateInput, b: RelateInput) -> str | None:
    """Both claims locate themselves in a named place (stored frame slot), and neither names the other's."""
    pa, pb = (c.frame.place if c.frame else None for c in (a, b))
    if not pa or not pb or pa == pb or pa in b.text or pb in a.text:
        return None
    return f"{pa} vs {pb}"


def _same_named_speaker(a: RelateInput, b: RelateInput) -> str | None:
    sa, sb = (a.frame.speaker if a.frame else a.speaker), (b.frame.speaker if b.frame else b.speaker)
    if not sa or not sb:
        return None
    kinds = {a.frame.speaker_kind if a.frame else "named", b.frame.speaker_kind if b.frame else "named"}
    if kinds - {"named"}:
        return None
    la, lb = sa.split()[-1].casefold(), sb.split()[-1].casefold()
    return sa if la == lb else None


def _assessment(c: RelateInput) -> Assessment | None:
    """The importance judgement stored in the frame (computed here only for a frame stored before it existed)."""
    if c.frame is not None and c.frame.keys is not None:
        j = c.frame.assessment
        return Assessment(int(j["sign"]), str(j["phrase"])) if j else None
    return assess(c.text)
