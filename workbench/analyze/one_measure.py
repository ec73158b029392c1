"""Whether two figures are shown to measure ONE thing: the condition for calling them a conflict.

Why: two figures of one unit in one story are mostly about different things ("the hammer came down at 8.2 million"
/ "the appeal had raised 3.1 million"; "86 passengers were on the line" / "six passengers were treated"). Keeping
them apart with one rule per way of being apart (places, periods, groups, roles, purposes, ...) never ends: each
new story brings a new way. So the default is inverted: a figure pair may conflict only where something *positive*
says the two count or price the same thing by the same act, read from the slots extraction stored:

* both figures stored in one **role** (killed, injured, turnout, ...) in one kind of unit: a mass is not a head
  count ("4.2 tonnes of dead fish" / "40,000 fish had died");
* one **predicate group** (``count_groups``: "predicate:treated", "object:removed") or one stated predicate;
* "the number of X" on both sides; one negotiated act (an offer, an estimate); one act for one stated period;
  parts of one stated whole ("six of the nine members" / "seven of the committee's nine members");
* one **thing measured** by a unit of measure (``extract.measured_things``: "18 km of coastline" / "45 km of
  shoreline", head nouns close under the bundled MiniLM);
* one **measure key** (``extract.measure_keys``: the counted noun with its scope and role);
* one **act**: a deed stated as done in both claims, ``analyze.act_identity``'s test, or the two act phrases with
  their figures taken out close under MiniLM (``FIGURE_PHRASE_SIMILARITY``) over figures of one unit;
* two percentages of one stated context ("54% of members" / "61% of the members"): what they are "of" is the
  thing measured, and a share of one whole has one value at a time.

Two deeds done by two different groups (``Frame.measures[*]["agent"]``: "workers removed" / "volunteers had pulled")
are two measures whatever else they share. And never a figure inside the speaker phrase ("two people who attended the sale said"): it counts the sources.
Without that evidence the pair is ``related`` (not shown to be one measure), never a conflict.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.analyze.act_identity import _instances, phrase_similarity, same_act
from workbench.analyze.fallen_counts import fallen_count
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.joined_acts import gathering_of
from workbench.analyze.partitives import part_relation
from workbench.analyze.records import record_relation
from workbench.analyze.roundings import overlap
from workbench.analyze.sides import Side, _interval
from workbench.analyze.sole_figures import sole_measure, sole_relation
from workbench.analyze.sole_shares import share_relation
from workbench.analyze.unit_sizes import MEASUREMENT_KEYS, converted, unit_key
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

NUMERIC = ("percent", "count", "ratio", "money")
# two act phrases (figures taken out) at least this close report one act over figures of one unit: chosen on dev
# D1-D52 as a whole, where one measure worded twice scored 0.54-0.65 and two sums or counts of one unit in one
# story (a price / an appeal's takings, one payment per hectare / a total damage) 0.31-0.47
FIGURE_PHRASE_SIMILARITY = 0.5
THING_SIMILARITY = 0.6  # two head nouns a measure is "of", this close under MiniLM, name one thing
_WHOLE = re.compile(r"\bof\s+(?:(?:the\s+)?\w+['’]s\s+|the\s+|its\s+|their\s+)?(\w+)\b")  # the stated whole of "six of the nine"


def in_speaker(q: Quantity, f: Frame | None, text: str = "") -> bool:
    """A figure that is part of who says it ("two people who attended the sale said"): it counts the sources. A
    phrase after "by" is the agent of a passive ("was backed by six of the nine members"), not a source."""
    if f is None or not f.speaker or q.text.casefold() not in f.speaker.casefold():
        return False
    return re.search(rf"\bby\s+{re.escape(f.speaker)}", text, re.IGNORECASE) is None


def _one_unit(qa: Quantity, qb: Quantity) -> bool:
    """One kind of unit on both sides (or convertible): a mass against a bare head count is two quantities."""
    if qa.kind != qb.kind:
        return False
    ua, ub = unit_key(qa), unit_key(qb)
    if ua == ub:
        return True
    if ua and ub and converted(qb, qa) is not None:
        return True
    if qa.kind == "money" or (ua or "") in MEASUREMENT_KEYS or (ub or "") in MEASUREMENT_KEYS:
        return False
    return True  # "4,200 inmates" / "6,900 people", "40,000 fish" / "40,000": counts the noun rules paired


def _two_agents(ma: dict | None, mb: dict | None) -> bool:
    """Two deeds done by two different groups ("workers removed 4.2 tonnes" / "volunteers had pulled 9 tonnes"):
    the agents' head nouns are common nouns of different stems, not close under MiniLM (a name is an actor who
    may be called otherwise: never compared)."""
    aa, ab = (ma or {}).get("agent", []), (mb or {}).get("agent", [])
    ha, hb = aa[-1:], ab[-1:]
    if not ha or not hb or not ha[0].islower() or not hb[0].islower() \
            or any(same_stem(x.lower(), y.lower()) for x in aa for y in ab):
        return False
    close = phrase_similarity(ha[0], hb[0])
    return close is not None and close < THING_SIMILARITY


def _stems(m: dict | None, key: str) -> list[str]:
    v = (m or {}).get(key)
    return content_stems(" ".join(v) if isinstance(v, list) else str(v)) if v else []


def _slot_evidence(ma: dict | None, mb: dict | None, qa: Quantity, qb: Quantity) -> str | None:
    """The stored slots that name one measure for two figures of one unit, else None."""
    ma, mb = ma or {}, mb or {}
    if ma.get("role") and ma.get("role") == mb.get("role"):
        return f"same role: {ma['role']}"
    if qa.kind == "ratio":  # compared at all only with both sides of both ratios known and one (quantity_match)
        return f"same ratio: {qa.numerator}-to-{qa.denominator}"
    if ma.get("period") and ma.get("period") == mb.get("period") and ma.get("act") and ma.get("act") == mb.get("act"):
        return f"same {ma['act']} for {ma['period']}"  # "a 2030 budget of 45 million" / "the 2030 budget totals 60 million"
    if (unit_key(qa) or "") in MEASUREMENT_KEYS and ma.get("thing") and mb.get("thing"):
        ta, tb = ma["thing"].split()[-1], mb["thing"].split()[-1]  # the head nouns: "coastline" / "shoreline"
        close = 1.0 if same_stem(ta, tb) else phrase_similarity(ta, tb) or 0.0
        if close >= THING_SIMILARITY:
            return f"same thing measured: {ma['thing']} / {mb['thing']}"
    whole_a, whole_b = _WHOLE.search(qa.text), _WHOLE.search(qb.text)
    if whole_a and whole_b and whole_a.group(1).casefold() == whole_b.group(1).casefold():
        return f"parts of one whole: of {whole_a.group(1)} {qa.unit or ''}".rstrip()  # "six of the nine members"
    if ma.get("count_of") and mb.get("count_of") and same_stem(ma["count_of"], mb["count_of"]):
        return f"same count: the number of {ma['count_of']}"  # "the number of customers" on both sides
    if ma.get("act") not in (None, "plan") and ma.get("act") == mb.get("act"):
        return f"same act: {ma['act']}"  # one offer (estimate, bid) reported twice: "offered 2.1 billion" / "offer of 2.4"
    if ma.get("group") and ma.get("group") == mb.get("group"):
        return f"same group: {ma['group']}"
    pa, pb = _stems(ma, "pred"), _stems(mb, "pred")
    if pa and pb and same_stem(pa[0], pb[0]):
        return f"same predicate: {ma['pred']}"
    if qa.kind == "percent" and qa.context and qb.context:
        ca, cb = set(content_stems(qa.context)), set(content_stems(qb.context))
        if ca & cb:
            return f"same share: of {qa.context}"
    return None


def evidence(a: Side, b: Side, sim: float) -> str | None:
    """What shows that the two claims' figures measure one thing (module docstring), else None."""
    fa, fb = a.frame, b.frame
    qa = [q for q in a.quantities if q.kind in NUMERIC and q.value is not None and not in_speaker(q, fa, a.text)]
    qb = [q for q in b.quantities if q.kind in NUMERIC and q.value is not None and not in_speaker(q, fb, b.text)]
    pairs = [(x, y) for x in qa for y in qb if _one_unit(x, y)]
    if not pairs:
        return None
    pairs = [(x, y) for x, y in pairs if not _two_agents(measure_of(fa, x), measure_of(fb, y))]
    if not pairs:
        return None
    for x, y in pairs:
        found = _slot_evidence(measure_of(fa, x), measure_of(fb, y), x, y) or sole_measure(fa, fb, x, a.text, y, b.text) \
            or gathering_of(measure_of(fa, x) or {}, measure_of(fb, y) or {}, (_act(a), _act(b)))  # "joined" / "took part"
        if found:
            return found
    if fa is None or fb is None:
        return "no stored frames: the wording rules paired them"  # an input built from a sentence alone
    keys = sorted(set(fa.keys or []) & set(fb.keys or []))
    if keys:
        return f"same measure key: {keys[0]}"
    deeds = [d for d in fa.deeds if any(same_stem(d, e) for e in fb.deeds)]
    if deeds:  # one deed stated as done in both ("3,800 hectares were damaged" / "vineyards damaged ... cover 3,100")
        return f"same deed: {deeds[0]}"
    wa, wb = _without_figures(a), _without_figures(b)
    act = same_act(wa, wb, sim)
    if act:
        return f"same act: {act}"
    pa, pb = wa.frame.act_text or _bare(a), wb.frame.act_text or _bare(b)
    close = phrase_similarity(pa, pb) if pa and pb else None
    if close is not None and close >= FIGURE_PHRASE_SIMILARITY and _instances(pa) == _instances(pb):
        return f"same act: {pa} / {pb} ({close:.2f})"
    return None


def _act(s: Side) -> str:
    return (s.frame.act_text if s.frame is not None else None) or s.text


def _bare(s: Side) -> str:
    """The claim without its figures, where extraction stored no act phrase."""
    return _masked(s.text, s.quantities)


def _without_figures(s: Side) -> Side:
    """The act phrase with its figures taken out: two sums of one unit read alike whatever they pay for."""
    text = s.frame.act_text
    return Side(s.text, s.quantities, replace(s.frame, act_text=_masked(text, s.quantities) if text else text))


def _masked(text: str, quantities: list[Quantity]) -> str:
    for q in quantities:
        # the figure goes; its noun stays only as the act's subject ("Seventeen goats got out" -> "goats got out"):
        # a unit in the object ("sold for 4.6 million guilders") would make any two acts of one unit read alike
        subject = q.kind == "count" and q.unit and q.text.endswith(q.unit) and text.lstrip().startswith(q.text)
        text = text.replace(q.text, f" {q.unit} " if subject else " ")
    return " ".join(text.split())


def _figures_of(s: Side) -> list[Quantity]:
    return [q for q in s.quantities if q.kind in NUMERIC and q.value is not None and not in_speaker(q, s.frame, s.text)]


def restates(x: Side, y: Side) -> bool:
    """Claim ``x`` itself states every figure of ``y`` and one more of that kind ("four arrests on Thursday,
    compared to 38 the night before" / "38 arrests overnight"): ``x`` reports ``y``'s count and another count
    beside it (another night's, another group's), so it does not deny ``y``; its other figure is no rival."""
    fx, fy = _figures_of(x), _figures_of(y)
    if not fy:
        return False
    for kind in {q.kind for q in fy}:
        mine = [q for q in fx if q.kind == kind]
        theirs = [q for q in fy if q.kind == kind]
        said = [[m for m in mine if _one_unit(m, t) and overlap(_interval(m), _interval(t))] for t in theirs]
        if len(mine) < 2 or not all(said) or len({id(m) for ms in said for m in ms}) == len(mine):
            return False
    return True


# two sources' estimates of one measure stand within this factor of each other: of the dev gold's conflicts whose
# claims state one figure each, the widest apart in one unit were 5x (police 8,000 / organisers 40,000 marchers;
# ``kin_counts.MAX_RATIO``); a sum twenty times another ("manages 43bn crowns" / "lost 2.1bn") is another measure
MAGNITUDE = 10.0
# ... unless the two claims read as one statement (``relate.AGREE_SIMILARITY``): "taxed $400 billion" / "taxed $300
# million" for one thing is a misreport a reviewer must see, the gap is the disagreement
ONE_STATEMENT = 0.80


def magnitude_apart(a: Side, b: Side) -> str | None:
    """"an order of magnitude apart" when each claim states one sum or count, in one unit (converted where it can
    be), stated as a value (no bound: "fewer than 10" against 200 is a disagreement), more than ``MAGNITUDE`` apart."""
    qa = [q for q in a.quantities if q.kind in ("money", "count") and q.value]
    qb = [q for q in b.quantities if q.kind in ("money", "count") and q.value]
    if len(qa) != 1 or len(qb) != 1 or qa[0].bound or qb[0].bound:
        return None
    x, y = qa[0], converted(qb[0], qa[0]) or qb[0]
    if (x.unit or "").casefold() != (y.unit or "").casefold() or x.kind != y.kind:
        return None
    lo, hi = sorted((float(x.value or 0.0), float(y.value or 0.0)))
    if lo <= 0 or hi <= MAGNITUDE * lo:
        return None
    return f"an order of magnitude apart ({x.text} / {y.text}): two measures, not two estimates of one"


def unproven(a: Side, b: Side, sim: float, conflict: str, weak: bool = False) -> str | None:
    """Why a conflict between the two claims' figures is not one (a reason for ``related``), None when it stands."""
    if weak:
        return f"{conflict}: figures paired from one side only"
    if restates(a, b) or restates(b, a):
        return f"{conflict}, but one claim states the other's figure too: its other figure counts something else"
    if sim < ONE_STATEMENT and (apart := magnitude_apart(a, b)) is not None:
        return f"{conflict}, but {apart}"
    if evidence(a, b, sim) is None:
        agents = [f"{ma['agent'][-1]} vs {mb['agent'][-1]}" for ma in a.frame.measures for mb in b.frame.measures
                  if _two_agents(ma, mb)] if a.frame is not None and b.frame is not None else []
        if agents:
            return f"{conflict}, but done by two groups ({agents[0]}): two measures"
        return f"{conflict}, but nothing shows one measure (no shared role, predicate, measure key or act)"
    return None


def _parted(a: Side, b: Side, found: tuple[str, str]) -> tuple[str, str]:
    """A conflict kept, unless one figure is a part of the other's group, or those of a population who acted
    against the population (``partitives``): then that relation, naming the part."""
    part = part_relation(a, b)
    return (part[0], f"{part[1]} ({found[1]})") if part is not None else found


def gate(a: Side, b: Side, sim: float, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """A slot verdict kept as it is, unless it is a conflict the figures' slots do not show to be one measure;
    where the slots found nothing, each report's only figure of one dimension decides (``sole_figures``)."""
    if found is None or found[0] != "conflict":
        # a later running count below another source's earlier count is no update of it (``fallen_counts``)
        found = sole_relation(a, b, found if found is not None and found[0] not in ("related", "update")
                              else fallen_count(a, b) or found)
        if found is None or found[0] == "related":  # each report's only share of one whole (``sole_shares``)
            found = share_relation(a, b) or found
        # no figure compared: a record's base may differ ("worst since records began" / "worst since 1994")
        found = found if found is not None and found[0] != "related" else record_relation(a, b) or found
        return _parted(a, b, found) if found is not None and found[0] == "conflict" else found
    parted = _parted(a, b, found)
    if parted is not found:
        return parted
    why = unproven(a, b, sim, found[1])
    return ("related", why) if why else found
