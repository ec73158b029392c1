"""Whose figure: disjoint figures of different acts (offer, demand, plan), holders or rates are not one measure.
Reads the ``act`` / ``holder`` / ``per`` of each measure slot stored by ``extract.holders``; also the scope
comparison of figures that name no role ("480,000 in Europe" / "650,000 worldwide")."""

from __future__ import annotations

import re

from workbench.analyze.claim_memo import per_claim
from workbench.analyze.figure_slots import holders_differ
from workbench.analyze.intervals import describe, period_relation
from workbench.analyze.quantity_match import overlap
from workbench.analyze.sides import Side, _figures, _interval
from workbench.analyze.sole_counts import places_apart
from workbench.analyze.sub_parts import one_of_several, sub_part_relation
from workbench.extract.words import content_stems
from workbench.models import Frame, Quantity

_SCOPE_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "all-sites": 3, "continent": 3.5, "world": 4}
_SUMS = ("count", "money")  # a sum over part of a period is part of the sum; a rate over it is another rate


def _act(m: dict) -> str | None:
    """An estimate is a reported figure; offers, demands and plans are not."""
    act = m.get("act")
    return None if act == "estimate" else act


def _whose(m: dict) -> str:
    act = _act(m) or "reported figure"
    holder = m.get("holder")
    return f"{holder}{chr(39) if holder.endswith('s') else chr(39) + 's'} {act}" if holder else act


def _acts_compatible(ma: dict, mb: dict) -> bool:
    """Two figures can be one measure only as the same act (offer, demand, plan, a report) of the same holder, at the same rate."""
    if _act(ma) != _act(mb) or ma.get("per") != mb.get("per"):
        return False
    return not holders_differ(ma.get("holder"), mb.get("holder"))


def holder_or_period(ma: dict, mb: dict, pub_a: str | None = None, pub_b: str | None = None) -> tuple[str, str] | None:
    """Figures of different holders, or of one holder for different periods, are not one measure;
    the same holder's figure for a later year is an update. Periods compare as spans of time
    (``analyze.intervals``): "over the eight year span" is "2007-2014"; a sum for a period inside
    another's is narrower (a part of it in time), a rate for it another measure."""
    if places_apart(ma, mb):  # "Sixty homes on Cooper Street" / "Twenty-five homes on Ashlin Row"
        return "different_measure", f"different places: {ma['where']} vs {mb['where']}"
    ha, hb = ma.get("holder"), mb.get("holder")
    if holders_differ(ha, hb):
        return "different_measure", f"different holder: {ha} {ma.get('text')} vs {hb} {mb.get('text')}"
    pa, pb = ma.get("period"), mb.get("period")
    if not pa or not pb:
        return None
    kind = period_relation(pa, pb, pub_a, pub_b)
    if kind == "same":
        return None
    if ha and hb and pa.isdigit() and pb.isdigit():
        (p1, m1), (p2, m2) = sorted(((pa, ma), (pb, mb)), key=lambda t: t[0])
        return "update", f"update: {ha} {m1.get('text')} ({p1}) → {m2.get('text')} ({p2})"
    if kind in ("narrower", "broader") and ma.get("kind") in _SUMS:
        return kind, f"{kind}: period {describe(pa, pb, kind)} ({ma.get('text')} vs {mb.get('text')})"
    return "different_measure", f"different period: {ma.get('text')} ({pa}) vs {mb.get('text')} ({pb})"


def _same_unit(ma: dict, mb: dict) -> bool:
    """Figures in different units ("3.4 billion crowns" / "over two years") are never one measure."""
    ua, ub = (str(m.get("unit") or "").lower().rstrip("s") for m in (ma, mb))
    return not (ua and ub and ua != ub)


@per_claim
def _units(s: Side) -> tuple[str, ...]:
    """Each figure's unit as :func:`_same_unit` compares it (lower case, no plural s), once per claim."""
    return tuple(str(m.get("unit") or "").lower().rstrip("s") for m, _ in _figures(s))


def _both_planned(a: Side, b: Side, ma: dict, mb: dict) -> bool:
    """A figure with no act word in a claim whose modality is planned ("300 jobs will go") is a plan too: against
    a figure of a stated plan ("will cut 800 jobs") it is not a plan against a report."""
    acts = {_act(ma) or ("plan" if a.frame.modality == "planned" else None),
            _act(mb) or ("plan" if b.frame.modality == "planned" else None)}
    return acts == {"plan"} and ma.get("per") == mb.get("per") and not holders_differ(ma.get("holder"), mb.get("holder"))


def _marked_part(a: Side, b: Side, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """A smaller count of one unit marked as a part ("alone", "of them") against an unmarked one is narrower,
    whether or not its place is a known scope word; one place named on both sides is one measure. Only for
    claims of one figure each."""
    part_a, part_b = ma.get("part") == "part", mb.get("part") == "part"
    if len(_figures(a)) > 1 or len(_figures(b)) > 1:
        return None  # with several figures a side, the part may belong to another pair than the one compared
    if part_a == part_b or (bool(a.frame.place) and a.frame.place == b.frame.place) or qa.value is None or qb.value is None:
        return None
    part, whole = (qa, qb) if part_a else (qb, qa)
    if overlap(_interval(qa), _interval(qb)) or part.value >= whole.value:
        return None  # the same figure, or a "part" larger than the whole: no part of it
    kind = "narrower" if part_a else "broader"
    return kind, f"{kind}: part vs total ({ma.get('unit')}: {qa.text} vs {qb.text})"


def act_clash(a: Side, b: Side) -> tuple[str, str] | None:
    """Why disjoint figures of two claims are not one measure (whose offer, demand or plan, per what), else None.

    Figures attributed to different holders or acts ("Democrats countered with $1.3 billion" /
    "Trump requested $5.7 billion"; a sum "$600 a year" / a total) are different measures unless
    some pair of them is the same act of the same holder; equal values are left to the other rules.
    """
    fa, fb = _figures(a), _figures(b)
    if not fa or not fb:
        return None
    pairs = [(x, y) for x, u in zip(fa, _units(a), strict=True) for y, v in zip(fb, _units(b), strict=True)
             if x[1].kind == y[1].kind and not (u and v and u != v)]  # _same_unit, the units normalised once per claim
    if not pairs or any(_acts_compatible(x[0], y[0]) or _both_planned(a, b, x[0], y[0]) for x, y in pairs):
        return None
    if any(overlap(_interval(x[1]), _interval(y[1])) for x, y in pairs):
        return None
    (ma, qa), (mb, qb) = pairs[0]
    rate = ""
    if ma.get("per") != mb.get("per"):
        rate = f" per {ma.get('per') or 'total'} vs per {mb.get('per') or 'total'};"
    if not rate and {_act(ma), _act(mb)} == {"plan", None}:
        return "related", f"planned vs reported: {_whose(ma)} {qa.text} vs {_whose(mb)} {qb.text} are not one statement"
    return "different_measure", f"different measure:{rate} {_whose(ma)} {qa.text} vs {_whose(mb)} {qb.text}"


_WIDE = ("country", "all-sites", "continent", "world")
_NEGOTIATED = ("offer", "demand")


def scope_relation(a: Frame, b: Frame) -> tuple[str, str] | None:
    """Disjoint figures at different stated scopes are nested, not contradictory ("480,000 in Europe" /
    "650,000 worldwide"); a figure stated for a wide scope against an unstated one is not compared."""
    sa, sb = (f.scope if f.scope in _SCOPE_RANK else None for f in (a, b))
    if sa and sb and _SCOPE_RANK[sa] != _SCOPE_RANK[sb]:
        kind = "narrower" if _SCOPE_RANK[sa] < _SCOPE_RANK[sb] else "broader"
        return kind, f"{kind}: scope {sa} vs {sb}"
    if bool(sa) != bool(sb) and (sa or sb) in _WIDE:
        return "related", f"scope: {sa or 'unstated'} vs {sb or 'unstated'}, figures not compared"
    return None


def _names(side: Side, holder: str) -> bool:
    """The claim names the holder (in its text or as its speaker): a figure of that holder could be its figure."""
    stems = set(content_stems(holder))
    said = set(content_stems(side.text)) | set(content_stems(side.frame.speaker or ""))
    return bool(stems & said)


def _proper(text: str, holder: str) -> bool:
    """The holder is a name: written capitalised inside the sentence (a capital at the sentence's start may be a
    common noun: "Judges gave him a five-year term")."""
    at = text.find(holder, 1)
    return holder[:1].isupper() and at > 0


def unaligned(a: Side, b: Side, ma: dict, mb: dict) -> tuple[str, str] | None:
    """Disjoint figures whose slots are stated on one side only and cannot be read into the other are two measures.

    Why: a conflict or an update says two figures are one measure; on events nobody tuned on, pairs that read
    as one measure by role alone were another country's rate ("In neighbouring X, the central bank kept its
    rate at ...") against the story's own rate, and a month-on-month change against a change with no stated
    base (a headline change is year-on-year). A holder named on one side that the other claim never mentions
    (neither in its text nor as its speaker) is another holder's figure; a base stated on one side only is
    another base. Only for disjoint figures: equal figures are left to the rules that may call them agreed.
    """
    for m, other in ((ma, mb), (mb, ma)):
        holder = m.get("holder")
        side = b if m is ma else a
        own = a if m is ma else b
        if holder and _proper(own.text, holder) and not other.get("holder") and not _names(side, holder):
            return "different_measure", (f"different holder: {_whose(m)} {m.get('text')} vs a figure that does not "
                                         f"name {holder} ({other.get('text')})")
    if bool(ma.get("base")) != bool(mb.get("base")) and a.frame.scope == b.frame.scope:  # else the scope rules decide
        stated, other = (ma, mb) if ma.get("base") else (mb, ma)
        return "different_measure", (f"different measure: {stated['base']} {stated.get('text')} vs a change with no "
                                     f"stated base ({other.get('text')})")
    return None


def _change(m: dict) -> bool | None:
    role = m.get("role")
    return str(role).endswith(" change") if role else None


def _pair_apart(a: Side, b: Side, ma: dict, mb: dict) -> str | None:
    """Why two figures (one a side) cannot be one measure by their stored slots, else None."""
    found = unaligned(a, b, ma, mb)
    if found is not None:
        return found[1]
    if ma.get("base") and mb.get("base") and ma["base"] != mb["base"]:
        return f"different measure: {ma['base']} vs {mb['base']}"
    if places_apart(ma, mb):  # "Sixty homes on Cooper Street" / "Twenty-five homes on Ashlin Row"
        return f"different places: {ma['where']} vs {mb['where']}"
    if bool(ma.get("capacity")) != bool(mb.get("capacity")):  # "the tank held 38 tonnes" / "900 kg escaped"
        return f"different measure: what a thing holds vs what happened ({ma.get('text')} vs {mb.get('text')})"
    ca, cb = _change(ma), _change(mb)
    if ca is not None and cb is not None and ca != cb:
        return f"different measure: a level vs a change ({ma.get('text')} vs {mb.get('text')})"
    return None


def _figure_time(s: Side) -> str | None:
    """The stored time when it dates the figure, not the statement: "..., the office stated on Tuesday" dates
    when it was said (the speaker and one reporting word right before the time), so it is no figure's time."""
    f = s.frame
    if not f.time or not f.time_text:
        return f.time
    if f.speaker and re.search(rf"{re.escape(f.speaker)}\s+\w+\s+{re.escape(f.time_text)}\b", s.text, re.IGNORECASE):
        return None
    return f.time


def _standing_before(s: Side, later: str | None, own: str | None) -> bool:
    """Every figure of ``s`` counts what stood by a time its report leaves undated ("by nightfall volunteers had
    refloated 23"): a time no later than the report's day, so before a figure the other claim dates after it."""
    f = s.frame
    return bool(later and len(later) == 10 and not own and f.published and later > f.published and _figures(s)
                and all(str(m.get("group") or "").startswith("standing:") for m, _ in _figures(s)))


def figures_apart(a: Side, b: Side) -> tuple[str, str] | None:
    """Disjoint figures the wording rules paired, read back on the stored slots: (relation, reason) when no pair of
    them of one kind can be one measure, else None.

    Why: the wording rules pair figures by their nouns and context words; on fresh events the pairs they called
    contradictions had slots that do not align (another holder, another base, a level against a change). A
    conflict needs one pair that aligns on every stated slot. (A claim's stored time is not compared here: it
    is often the day the figure was *stated* -- "the office stated on Tuesday" -- not the day it counts.)"""
    fa, fb = _figures(a), _figures(b)
    pairs = [(x, y) for x in fa for y in fb if x[1].kind == y[1].kind]
    if not pairs:
        return None
    fa_, fb_ = a.frame, b.frame
    ta, tb = _figure_time(a), _figure_time(b)
    if ta and tb and ta != tb and not (ta.startswith(tb) or tb.startswith(ta)):
        # "60 flights on Monday" / "45 flights on Tuesday": two days' figures; a running count develops
        kind = "update" if fa_.running or fb_.running else "different_measure"
        return kind, f"figures for different times: {fa_.time_text or ta} vs {fb_.time_text or tb}"
    for x, t, own, y in ((b, ta, tb, a), (a, tb, ta, b)):
        if _standing_before(x, t, own):  # "by nightfall, 23 refloated" in Monday's report / a deed of Tuesday
            return "different_measure", f"figures for different times: a count standing by {x.frame.published} " \
                f"vs {y.frame.time_text or t}"
    if len(fa) == 1 and len(fb) == 1:
        windows = day_vs_total(a, b, fa[0][0], fb[0][0], fa[0][1], fb[0][1])
        if windows is not None:
            return windows
    several = one_of_several(a, b)  # "a village of 340 people" / "three villages, home to about 900 people"
    if several is not None:
        return several
    reasons = [_pair_apart(a, b, x[0], y[0]) for x, y in pairs]
    if all(reasons):
        return "different_measure", str(reasons[0])
    return None


def figures_differ(a: Side, b: Side) -> str | None:
    """"9,000 vs 20,000" when, for one kind and unit, each claim states one figure and neither is the other's
    (stated precision and approximations allowed for), else None; a bare count only where it is its claim's one figure.

    Why: two sentences of one event read alike ("ticket sales reached 9,000" / "... 20,000"; "shares fell 9 per cent
    on Tuesday, the biggest fall in six years" / "have fallen about 14 per cent since Monday"), so an embedding
    similarity alone called them one assertion; a paraphrase restates the figure, so two that cannot meet rule it out."""
    fa, fb = list(zip(_figures(a), _units(a), strict=True)), list(zip(_figures(b), _units(b), strict=True))
    for (_, qa), unit in fa:
        mine = [x for (_, x), u in fa if x.kind == qa.kind and u == unit]
        theirs = [y for (_, y), v in fb if y.kind == qa.kind and v == unit]
        if len(mine) != 1 or len(theirs) != 1 or (not unit and qa.kind == "count" and len(fa) + len(fb) > 2):
            continue  # several a side: a paraphrase may restate some; a bare count among others may be anything
        if not overlap(_interval(qa), _interval(theirs[0])) and not _scale_lost(qa, theirs[0]):
            return f"{qa.text} vs {theirs[0].text}"
    return None


def _scale_lost(qa: Quantity, qb: Quantity) -> bool:
    """One figure is the other times a thousand, a million or a billion: a scale word the reading missed
    ("$29.3 mil", "$5.1B") rather than two values."""
    lo, hi = sorted((abs(qa.value or 0.0), abs(qb.value or 0.0)))
    if not lo:
        return False
    return any(abs(hi / lo - scale) <= 1e-6 * scale for scale in (1e3, 1e6, 1e9))


def _total(s: Side, m: dict) -> bool:
    return m.get("part") == "total" or s.frame.running


def day_vs_total(a: Side, b: Side, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """One day's figure against a smaller-or-larger running total: the day's figure is a part of it.

    Why: "12 people were arrested on Friday night" and "in total, 57 people have been arrested" count one thing
    over two windows (a day, everything so far); without the windows compared they read as rival counts.
    Only when the dated figure is the smaller, the other states no day and is marked a total or running."""
    for day, whole, md, mw, qd, qw in ((a, b, ma, mb, qa, qb), (b, a, mb, ma, qb, qa)):
        td, tw = _figure_time(day), whole.frame.time
        if td and len(td) == 10 and not tw and _total(whole, mw) and not _total(day, md) \
                and qd.value is not None and qw.value is not None and qd.value < qw.value:
            kind = "narrower" if day is a else "broader"
            return kind, f"{kind}: one day's figure vs the total so far ({qd.text} {day.frame.time_text or td} vs {qw.text})"
    return sub_part_relation(a, b, ma, mb, qa, qb)  # "from the mine's north shaft" vs "all N ... from the mine"
