"""Structural relations from stored claim frames: compare slots, not wording. What a fact-checker compares, in order:

* **the measure**: two figures compare only when they count one thing in one role (killed vs injured, a level vs a
  change, month-on-month vs year-on-year are *different measures*) and scope (a city's dead are *narrower*);
* **the value**: intervals as worded ("about", "more than"); overlapping values agree, if their slots allow;
* **the time**: the same measure at a later reference time is an *update* ("300 on
  Tuesday -> 520 on Thursday"), never a contradiction; a date moved in a later report says so;
* **the source**: disjoint values from two sources are a *source-vs-source* conflict naming both ("ministry 4,000 vs
  union 15,000"); **outcomes** of one act ("resigned" vs "was sacked", ``analyze.outcomes``) are compared too;
* **modality**: "was closed" vs "will close" is flagged; **reported speech**: two reports of "X denied Y" agree.

Each verdict names the slots it compared. ``None``: the frames do not decide; ``analyze.relate``'s wording rules do.
"""

from __future__ import annotations

from workbench.analyze.act_slots import act_slot_relation, deed_against_plan
from workbench.analyze.anchored_acts import anchor_relation
from workbench.analyze.dated_acts import dated_act_relation
from workbench.analyze.fact_slots import counted_role, one_count_two_nouns
from workbench.analyze.figure_acts import (
    _NEGOTIATED,
    _SCOPE_RANK,
    _act,
    _acts_compatible,
    _marked_part,
    _whose,
    act_clash,
    day_vs_total,
    holder_or_period,
    scope_relation,
    unaligned,
)
from workbench.analyze.figure_slots import judge_agree
from workbench.analyze.figure_sorts import sort_relation
from workbench.analyze.first_days import first_day_relation
from workbench.analyze.generic_roles import specific_role
from workbench.analyze.one_measure import gate
from workbench.analyze.ongoing_clocks import clock_relation
from workbench.analyze.opposed import direction_relation, none_vs_figure, zero_vs_figure
from workbench.analyze.outcomes import outcome_relation
from workbench.analyze.qualified import qualified_apart
from workbench.analyze.quantity_match import PARTIAL, overlap
from workbench.analyze.running_counts import _later_report, _running_update, rivals, source_revision, stated_update
from workbench.analyze.sides import Side, _figures, _interval, same_source, when
from workbench.analyze.site_counts import site_apart
from workbench.analyze.slot_values import date_relation, modality_relation, place_relation
from workbench.analyze.stated_causes import cause_relation
from workbench.analyze.tallies import tally_relation
from workbench.analyze.unit_sizes import converted, same_unit, stated_unit
from workbench.analyze.whole_counts import all_against_part
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

CONFLICT_SIMILARITY = 0.3  # two figures of one role conflict only in statements this close


def _primary_pair(a: Side, b: Side) -> tuple[tuple[dict, Quantity], tuple[dict, Quantity]] | None:
    """The two figures to compare: a same-role pair that agrees, else the first same-role pair, else the first figures."""
    fa, fb = _figures(a), _figures(b)
    if not fa or not fb:
        return None
    same_role = [(x, y) for x in fa for y in fb
                 if x[0].get("role") and x[0].get("role") == y[0].get("role") and x[1].kind == y[1].kind]
    for x, y in same_role:  # "five killed, 11 detained" vs "killed five, detained at least 11": the match
        if overlap(_interval(x[1]), _interval(y[1])):
            return x, y
    return same_role[0] if same_role else (fa[0], fb[0])


def _same_span(ma: dict, mb: dict) -> bool:
    """Two spans measure one thing when what they span shares a stem ("sentenced to" / "a six-year sentence")."""
    oa, ob = ma.get("of") or [], mb.get("of") or []
    return any(same_stem(x, y) for x in oa for y in ob)


def _same_place(a: Side, b: Side) -> bool:
    return bool(a.frame.place) and a.frame.place == b.frame.place


def _base_role(role: str | None) -> str | None:
    return role.removesuffix(" change") if role else None


def _is_change(m: dict) -> bool:
    return bool(m.get("role", "").endswith(" change"))


def _source(f: Frame) -> str:
    return f.speaker or "unattributed"


def _scope(s: Side) -> str | None:
    return s.frame.scope if s.frame.scope in _SCOPE_RANK else None


def _units_compatible(ma: dict, mb: dict, sim: float) -> bool:
    if ma.get("kind") != mb.get("kind") or (ma.get("role") and mb.get("role")):
        return ma.get("kind") == mb.get("kind")
    ua, ub = ma.get("unit"), mb.get("unit")
    if ua and ub:
        return ua.rstrip("s") == ub.rstrip("s") or sim >= 0.75 or one_count_two_nouns(ma, mb)
    return sim >= 0.6


_FORWARD = {"planned", "expected"}


def plan_vs_report(a: Frame, b: Frame) -> bool:
    """One figure is a plan or forecast ("would cut $800 billion"), the other a report ("has cut"); figures that
    both carry a plan act are two forecasts whatever the reporting verb ("estimated that ... would add 96 marks")."""
    if all(m.get("act") == "plan" for f in (a, b) for m in f.measures) and a.measures and b.measures:
        return False
    return (a.modality in _FORWARD) != (b.modality in _FORWARD)


def _where(s: Side) -> str | None:
    """A scope that is explicitly one part (one plant, one school), else None. A named place or a city
    alone is not enough: it is usually where the whole event happened; a named place whose figure is
    marked a part ("at Brannock airport alone, 85") is one part."""
    if s.frame.scope in ("site", "group"):  # one plant; one group ("For businesses, ...")
        return s.frame.scope
    marked = any(m.get("part") == "part" for m in s.frame.measures[:1])
    return s.frame.place if marked and s.frame.place else None  # "At Kalsund beach alone" (a town's scope too)


def _local_vs_whole(a: Side, b: Side, qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """A smaller figure marked as a part at one site ("at the mill alone") is narrower than an unscoped total."""
    wa, wb = _where(a), _where(b)
    if bool(wa) == bool(wb):
        return None
    local, whole, ql, qw = (a, b, qa, qb) if wa else (b, a, qb, qa)
    where = wa or wb
    marked = any(m.get("part") == "part" for m in local.frame.measures[:1])
    if whole.frame.scope or (where not in ("site", "group") and where in whole.text):
        return None  # "in Vellin alone" vs "in Vellin": one place, one measure
    if where == "group":  # a group's figure is not bounded by the whole's ("for businesses 5%" vs "3.5%")
        return ("narrower" if local is a else "broader"), "scope: one group vs all (unstated)"
    if not marked or ql.value is None or qw.value is None or ql.value >= qw.value:
        # without "alone"/"of them" the site may be the whole event, or a part: not comparable
        return "related", f"scope: {where} vs unstated, figures not compared"
    return ("narrower" if local is a else "broader"), f"scope {where} vs whole (unstated)"


def numeric_relation(a: Side, b: Side, sim: float) -> tuple[str, str] | None:
    """Compare the two main figures slot by slot."""
    pair = _primary_pair(a, b)
    if pair is None:
        return None
    (ma, qa), (mb, qb) = pair
    if ma.get("kind") != mb.get("kind"):
        return None
    if (sorts := sort_relation(ma, mb, qa, qb)) is not None:  # ages, ranks, thresholds, complements: no rivals
        return sorts or None  # () : not one measure; the figures' own pairings decide (quantity_match)
    ra, rb = _base_role(ma.get("role")), _base_role(mb.get("role"))
    if ra is None and rb is None and _act(ma) in _NEGOTIATED and _acts_compatible(ma, mb):
        ra = rb = _whose(ma)  # one party's offer (or demand) reported twice is one measure: its figure is compared
    if ra is None and rb is None and _act(ma) and _acts_compatible(ma, mb) and ma.get("period") \
            and ma.get("period") == mb.get("period") and ma.get("unit") == mb.get("unit"):
        # "a 2027 budget of 840 million crowns" / "the 2027 budget totals 910 million crowns": one act for one
        # stated period, in one unit, is one measure even in two fact clusters
        ra = rb = f"{_act(ma)} for {ma['period']}"
    ra, rb = (ra, rb) if ra or rb else (counted_role(ma, mb),) * 2  # "the number of customers" on both sides
    pa, pb = ma.get("pred"), mb.get("pred")
    if ra is None and rb is None and pa and pb and same_stem(content_stems(pa)[0], content_stems(pb)[0]):
        ra = rb = pa  # "120,000 of the kettles were sold" / "210,000 units were sold": one predicate
    if qa.kind == "count" and ((ra and not rb and pb) or (rb and not ra and pa)) \
            and not overlap(_interval(qa), _interval(qb)):
        # "12 people were treated" / "killed two": a role against another predicate is another measure
        return "different_measure", f"different measure: {ra or pa} vs {rb or pb} ({qa.text} vs {qb.text})"
    if ra is None and rb is None and ma.get("unit") and mb.get("unit") and same_unit(ma["unit"], mb["unit"]) \
            and qa.kind == "count":
        later = _later_report(a, b, qa, qb)  # "37 reports" -> "now counts 52 reports": one running count
        if later is not None and not overlap(_interval(qa), _interval(qb)):
            return "update", f"update: {ma['unit']} {later}"
        scoped = scope_relation(a.frame, b.frame)  # "480,000 kettles in Europe" / "650,000 kettles worldwide"
        if scoped is not None and scoped[0] != "related" and not overlap(_interval(qa), _interval(qb)):
            return scoped[0], f"{scoped[1]} ({ma['unit']}: {qa.text} vs {qb.text})"
        local = _local_vs_whole(a, b, qa, qb)  # "at the airport alone, 85 flights" / "140 flights"
        if local is not None and local[0] != "related":
            return local[0], f"{local[1]} ({ma['unit']}: {qa.text} vs {qb.text})"
        part = _marked_part(a, b, ma, mb, qa, qb)  # "at the bakery alone, 180 jobs" / "1,200 jobs": a part, not a revision
        if part is not None:
            return part
    if ra is None and rb is None and sim >= CONFLICT_SIMILARITY:
        running = _running_update(a, b, ma, mb, qa, qb)
        if running is not None:
            return "update", f"update: {ma.get('unit') or mb.get('unit') or 'count'} {running}"
    if ra is None or rb is None:
        # a figure is compared on its slots only when both name what they count (killed, striking,
        # turnout...): role-less money or percent figures of one story are mostly different things,
        # and the noun/context rules of ``quantity_match`` judge those inside one fact
        return None
    if ra and rb and ra != rb and (named := specific_role(ra, rb, ma, mb, qa, qb)) is not None:
        ra = rb = named  # "unemployment ... 7.4%" / "the rate of 7.4%": a bare "rate" is the named measure
    if ra and rb and ra != rb:
        return "different_measure", f"different measure: {ra} vs {rb}"
    if (sited := site_apart(a.text, qa, b.text, qb)) is not None:  # "nurses at eleven hospitals" / "3,900 nurses"
        return "different_measure", sited
    if ra == "duration":
        if not _same_span(ma, mb):
            return None  # spans of different things ("fought for six hours" / "a six-year sentence")
        ra = rb = f"duration of {(ma.get('of') or mb.get('of'))[0]}"
    qb = converted(stated_unit(qb, mb), stated_unit(qa, ma)) or qb  # both name what they count: "four weeks" / "28 days" is one span in two units
    if (ra or rb) and _is_change(ma) != _is_change(mb):
        level, change = (ma, mb) if _is_change(mb) else (mb, ma)
        return "different_measure", f"different measure: {level.get('role') or 'level'} vs {change.get('role')}"
    if ma.get("base") and mb.get("base") and ma["base"] != mb["base"]:
        return "different_measure", f"different measure: {ma['base']} vs {mb['base']}"
    sa_, sb_ = ma.get("subj") or [], mb.get("subj") or []
    if sa_ and sb_ and not any(same_stem(x, y) for x in content_stems(" ".join(sa_))
                               for y in content_stems(" ".join(sb_))):
        # "revenue fell 6%" / "net profit dropped 12%": changes of two different things
        return "different_measure", f"different measure: {ma.get('role')} of {' '.join(sa_)} vs of {' '.join(sb_)}"
    if (first := first_day_relation(a, b, ma, mb, qa, qb)) is not None:  # "on the first day" / "over the two days"
        return first
    whose = holder_or_period(ma, mb, a.frame.published, b.frame.published)
    if whose is None and not overlap(_interval(qa), _interval(qb)):
        # another holder's or another base's figure, or a sub-population's: neither update nor conflict
        whose = unaligned(a, b, ma, mb) or qualified_apart(a, b, ma, mb)
    if whose is not None:
        return whose
    if not _units_compatible(ma, mb, sim):
        return None
    if a.frame.place and b.frame.place and a.frame.place != b.frame.place and a.frame.place not in b.text \
            and b.frame.place not in a.text:  # "at St X's alone, 9,300" / "in Calder, 71,000": X lies inside
        return _marked_part(a, b, ma, mb, qa, qb) or ("different_measure", f"different place: {a.frame.place} vs {b.frame.place}")
    sa, sb = _scope(a), _scope(b)
    role = ra or rb or qa.context or qb.context or ma.get("unit") or mb.get("unit") or ma.get("kind")
    if sa and sb and _SCOPE_RANK[sa] != _SCOPE_RANK[sb]:
        kind = "narrower" if _SCOPE_RANK[sa] < _SCOPE_RANK[sb] else "broader"
        return kind, f"{kind}: scope {sa} vs {sb} ({role}: {qa.text} vs {qb.text})"
    ta, tb = a.frame.time, b.frame.time
    if ta and tb and ta != tb and len(ta) == len(tb) and qa.value != qb.value and not rivals(a.frame, b.frame, (a.text, b.text)):
        (f1, q1), (f2, q2) = sorted(((a.frame, qa), (b.frame, qb)), key=lambda t: t[0].time or "")
        return "update", f"update: {role} {q1.text} ({when(f1)}) → {q2.text} ({when(f2)})"
    if ta and tb and len(ta) != len(tb) and _is_change(ma) and _is_change(mb) and not overlap(_interval(qa), _interval(qb)):
        return "different_measure", f"different measure: change {when(a.frame)} vs {when(b.frame)} ({qa.text} vs {qb.text})"
    if overlap(_interval(qa), _interval(qb)):
        return judge_agree(qa, ma, qb, mb, f"same {role}: {qa.text} ≈ {qb.text}", apart="different_measure")
    later = _later_report(a, b, qa, qb)
    if later is not None:
        return "update", f"update: {role} {later}"
    local = _local_vs_whole(a, b, qa, qb)
    if local is not None:
        return local[0], f"{local[0]}: {local[1]} ({role}: {qa.text} vs {qb.text})"
    part_a, part_b = ma.get("part") == "part", mb.get("part") == "part"
    if part_a and part_b and qa.unit is None and qb.unit is None:  # "two of the injured died" / "17 of the injured were"
        return "related", f"two parts of one group, each counted for its own predicate ({role}: {qa.text} vs {qb.text})"
    if part_a != part_b and not _same_place(a, b):  # "in Estmark alone" vs "in Estmark": one place, one measure
        kind = "narrower" if part_a else "broader"
        return kind, f"{kind}: part vs total ({role}: {qa.text} vs {qb.text})"
    if plan_vs_report(a.frame, b.frame):
        return "related", f"{a.frame.modality} vs {b.frame.modality}: a figure planned and a figure reported are not one statement ({qa.text} vs {qb.text})"
    if sim < CONFLICT_SIMILARITY:
        # one role word next to two figures of unrelated sentences ("a 396-9 vote" / "the 60 votes
        # needed") is not one measure: too far apart to call a contradiction
        return "related", f"different {role} figures in unrelated statements: {qa.text} vs {qb.text}"
    if (ma.get("part") == "total") != (mb.get("part") == "total") and (PARTIAL.search(a.text) and PARTIAL.search(b.text)):
        # "in addition to 15 cases, two additional cases" / "a total of 17 cases": parts against their total
        return "related", f"a part vs a total ({role}: {qa.text} vs {qb.text})"
    windows = day_vs_total(a, b, ma, mb, qa, qb)  # "12 arrested on Friday night" / "57 in total"
    if windows is not None:
        return windows
    revised = source_revision(a.frame, b.frame) or stated_update(a.frame, b.frame, a.quantities, b.quantities, (a.text, b.text))
    if revised is not None:  # the water board's 23% on Saturday, its 19% on Wednesday; "have died" two days
        return "update", f"update: {role} {qa.text} vs {qb.text}: {revised}"
    if (a.frame.speaker or b.frame.speaker) and not same_source(a.frame, b.frame):  # two unattributed: no sources
        return "conflict", f"source vs source: {_source(a.frame)} {qa.text} vs {_source(b.frame)} {qb.text} ({role})"
    return "conflict", f"{role}: {qa.text} vs {qb.text}"


def frame_relation(a: Side, b: Side, sim: float, shared: list[str]) -> tuple[str, str] | None:
    """(relation, reason) when the frames decide it, else None (the text rules decide)."""
    fa, fb = a.frame, b.frame
    both = [r for r in fa.zero if r in fb.zero]
    if both:
        return "agree", f"same {both[0]}: none in both"
    if fa.modality == "denied" and fb.modality == "denied" and shared:
        who = fa.speaker or fb.speaker
        return "agree", f"both report the same denial{f' by {who}' if who else ''} (modality: denied in both)"
    zero = zero_vs_figure(a, b, sim, CONFLICT_SIMILARITY) or none_vs_figure(a, b, sim, CONFLICT_SIMILARITY) \
        or tally_relation(a, b)  # one vote's tally told twice (analyze.tallies)
    if zero is not None:
        return zero
    clash = act_clash(a, b)
    if clash is not None:
        return clash
    found = gate(a, b, sim, numeric_relation(a, b, sim))  # a conflict needs evidence of one measure
    if found is not None and found[0] == "agree" and (whole := all_against_part(a.text, a.quantities, b.text, b.quantities)):
        return "related", f"{found[1]}, but {whole}: one whole, two counts of those who acted; review"  # "all 840" / "610 of 840"
    if found is not None:
        return found
    found = anchor_relation(a, b)  # one act set before and after one named happening (analyze.anchored_acts)
    found = found or outcome_relation(a, b, shared, sim) or dated_act_relation(a, b, shared, sim) or act_slot_relation(a, b, shared, sim) \
        or cause_relation(a, b, shared, sim) or date_relation(a, b, shared, sim) or clock_relation(a, b, shared, sim) \
        or place_relation(a, b, shared, sim) or direction_relation(a, b, sim, CONFLICT_SIMILARITY)
    if found is not None:
        return found
    return modality_relation(a, b, shared, sim) or deed_against_plan(a, b, shared, sim)  # one act, other verbs
