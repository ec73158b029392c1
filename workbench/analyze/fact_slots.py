"""Which two claims of one event can *not* state the same fact, read off their stored frames.

Why: inside one event every sentence reads alike ("the government's offer of 2.4 billion"
and "the union is demanding 3.4 billion"; "annual inflation 3.1%" and "prices rose 0.4%
from May"), so the embedding alone joins them into one topic cluster. A fact-checker keeps
them apart because the frames say they measure different things: another role (killed vs
injured), another act (an offer vs a demand vs a plan), another period base (month-on-month
vs year-on-year), another period, another scope. A later reference time does *not* separate
two figures: the same measure reported again later is one fact with an update.

The test is a cannot-link used by fact clustering (``analyze.cluster``) and by the
verdict-driven merge (``analyze.fact_merge.merge_facts``): two groups never join while any
cross pair is apart. It reads only frame fields computed at extraction, never the wording.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.analyze.intervals import period_relation
from workbench.analyze.unit_sizes import one_dimension, same_unit
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame

FIGURE_KINDS = frozenset({"count", "money", "percent", "ratio"})  # a date says when, not what is measured
SLOTS = ("role", "base", "act", "period")  # a figure's measure: any of these, stated on both sides and unequal, differs
_PERIOD = SLOTS.index("period")
_SCOPE_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "world": 4}

Figure = tuple[str | None, ...]  # the SLOTS of one figure, then whether it is a change
Signature = tuple[bool, str | None, bool, frozenset[Figure]]  # has a measured figure, scope, names a place, figures


def _slot(m: dict, name: str) -> str | None:
    value = m.get(name)
    if not value:
        return None
    value = str(value).casefold()
    return value.removesuffix(" change") if name == "role" else value


def _figure(m: dict) -> Figure:
    role = m.get("role")
    return (*(_slot(m, n) for n in SLOTS), ("change" if str(role).endswith(" change") else "level") if role else None)


def signature(frame: Frame | None) -> Signature:
    """What of a frame decides whether it can share a fact with another: hashable, so a group keeps a few."""
    if frame is None:
        return (False, None, False, frozenset())
    figs = frozenset(_figure(m) for m in frame.measures if m.get("kind") in FIGURE_KINDS)
    scope = frame.scope if frame.scope in _SCOPE_RANK else None
    return (any(any(f[:-1]) for f in figs), scope, bool(frame.place), figs)


def _same_measure(x: Figure, y: Figure) -> bool:
    """Two figures could count the same thing: no slot stated on both sides differs (periods as spans of
    time: "eight years" is "2007-2014", ``analyze.intervals``)."""
    return all(not (vx and vy and vx != vy) or (k == _PERIOD and period_relation(vx, vy) == "same")
               for k, (vx, vy) in enumerate(zip(x, y, strict=True)))


def _scopes_apart(a: Signature, b: Signature) -> bool:
    """Different stated scopes (a city vs the country), or the whole world vs a named place."""
    sa, sb = a[1], b[1]
    if sa and sb:
        return sa != sb
    return (sa == "world" and b[2]) or (sb == "world" and a[2])


@lru_cache(maxsize=65536)
def apart(a: Signature, b: Signature) -> bool:
    """True when two frames' signatures show two different measures, so the claims are two facts.

    A claim that states a figure and one that states none assert different things ("the blaze
    burned for six hours" / "a fire destroyed the warehouse"); two claims without figures are
    never apart here: what they assert is not in a slot.
    """
    if not a[3] or not b[3]:  # a figure whose frame names what it measures, against a claim with no figure
        return (a[0] and not b[3]) or (b[0] and not a[3])
    if _scopes_apart(a, b):
        return True
    return not any(_same_measure(x, y) for x in a[3] for y in b[3])


def groups_apart(a: set[Signature], b: set[Signature], allow: tuple[Signature, Signature] | None = None) -> bool:
    """Whether any cross pair of two groups' signatures is apart (``allow``: one pair a verdict already joined)."""
    return any(apart(x, y) for x in a for y in b if allow is None or {x, y} != set(allow))


def _acts(frame: Frame) -> set[str]:
    """Stems of the act a frame plans or states as done (stored at extraction, ``extract.acts``)."""
    return set(frame.plans if frame.modality == "planned" else frame.deeds if frame.modality == "done" else ())


def shared_act(a: Frame | None, b: Frame | None) -> list[str]:
    """Act stems both frames fill with one modality ("is backdated to March 1" / "is backdated to April 1")."""
    if a is None or b is None or a.modality != b.modality:
        return []
    return sorted(_acts(a) & _acts(b))


_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute"})  # a span: how long, not what is counted


def _counts_a_thing(m: dict) -> bool:
    """A count whose unit names what is counted ("passengers", "hectares"), not a bare sign, currency or span: a
    share of the vote and the turnout are both "%", a loss and a guarantee both "euros", so those need a
    measure slot stated alike on both sides ("35 days" of a shutdown and "21 days" of a deadline do not)."""
    unit = str(m["unit"]).casefold().rstrip("s")
    return m.get("kind") == "count" and any(ch.isalpha() for ch in unit) and unit not in _SPANS


def _named_alike(ma: dict, mb: dict, fa: Figure, fb: Figure) -> bool:
    """Both figures name what they measure alike: a role, base or period (not an act alone: a plan to divert
    $3.6 billion and a proposed $5.7 billion are two plans); a duration only of one named thing."""
    if str(ma.get("role")) == "duration":
        return bool(ma.get("of")) and ma.get("of") == mb.get("of")
    return any(x and x == y for i, (x, y) in enumerate(zip(fa[:-1], fb[:-1], strict=True)) if SLOTS[i] != "act")


def same_slot(a: Frame | None, b: Frame | None) -> bool:
    """Two frames fill one slot: a figure of one kind and unit (or of one dimension in two units: "40 km" / "25
    miles", ``unit_sizes.one_dimension``) with no stated measure slot apart
    (the union's 30,000 stranded passengers and the airline's 12,000; a bare "%" also needs one measure
    slot stated alike, a sum of money too), or one planned or done act.

    Why: within one event the embedding can read two reports of one figure as far apart (another
    source, other words: "travellers were hit" / "passengers were stranded"); the frames say they
    are one slot, so the pair is compared whatever the embedding says.
    """
    if a is None or b is None:
        return False
    for ma in a.measures:
        for mb in b.measures:
            if (ma.get("kind") in FIGURE_KINDS and ma.get("kind") == mb.get("kind") and ma.get("unit")
                    and mb.get("unit") and (same_unit(ma["unit"], mb["unit"]) or _converted(ma, mb)
                                            or one_count_two_nouns(ma, mb))
                    and _same_measure(fa := _figure(ma), fb := _figure(mb))
                    and (_counts_a_thing(ma) or _named_alike(ma, mb, fa, fb))):
                return True
    return bool(shared_act(a, b))


def _converted(ma: dict, mb: dict) -> bool:
    """One dimension in two units, both amounts or both capacities: what a thing holds or measures ("carrying 2,400
    litres", "a 40-tonne barge": ``extract.figure_states.capacity``) is no amount of what happened."""
    return one_dimension(ma["unit"], mb["unit"]) and bool(ma.get("capacity")) == bool(mb.get("capacity"))


# Nouns that count any person (closed class): "people" covers "patients", "inmates", "passengers".
_ANY_PERSON = frozenset({"people", "persons", "person", "individuals", "individual"})


def one_count_two_nouns(ma: dict, mb: dict) -> bool:
    """Two counts of one predicate, one in a noun that counts any person ("58,400 patients were waiting" /
    "71,000 people are waiting"): one measure although the stored units differ.

    Why: sources word one count with their own nouns; a general noun cannot name another measure of the
    same predicate. Two specific nouns ("40 houses" / "120 cars" destroyed) stay two measures."""
    if ma.get("kind") != "count" or mb.get("kind") != "count" or ma.get("role") or mb.get("role"):
        return False
    pa, pb = (content_stems(str(m.get("pred") or "")) for m in (ma, mb))
    if not pa or not pb or pa[0] != pb[0]:
        return False
    units = {str(ma.get("unit") or "").casefold(), str(mb.get("unit") or "").casefold()}
    return len(units & _ANY_PERSON) == 1 and "" not in units


def counted_role(ma: dict, mb: dict) -> str | None:
    """Both figures are stated as "the number of" one noun ("the number of affected customers at 11 million" /
    "the number of customers ... has risen to 2.9 million"): that total is the measure both give, compared like a
    role. A bare "300 workers" is not: many counts of one noun in a story are different groups."""
    na, nb = ma.get("count_of"), mb.get("count_of")
    if na and nb and same_unit(na, nb):
        return f"number of {na}"
    # one noun under one predicate ("38,000 vehicles cross" / "the number of vehicles crossing ... at 52,000"): the
    # predicate picks out one group, so the figures are one measure even where neither is a passive ("pred")
    ua, ub = ma.get("count_of") or ma.get("unit"), mb.get("count_of") or mb.get("unit")
    ga, gb = (str(m.get("group") or "").partition(":")[2].split() for m in (ma, mb))
    if (na or nb) and ua and ub and same_unit(ua, ub) and ga and gb and same_stem(ga[0], gb[0]):
        return f"{ua} {ga[0]}"
    return None


def things_apart(a: Frame | None, b: Frame | None) -> str | None:
    """"damages vs legal costs" when both claims state what their role-less amounts are ("40,000 crowns in damages" /
    "12,000 crowns in legal costs") and no word of one is in the other: two amounts, not one figure twice."""
    if a is None or b is None:
        return None
    xs, ys = ([m["subj"] for m in f.measures if m.get("subj") and not m.get("role")] for f in (a, b))
    if not xs or not ys:
        return None
    sx, sy = ({s for w in ws for s in content_stems(" ".join(w))} for ws in (xs, ys))
    return None if not sx or not sy or sx & sy else f"{' '.join(xs[0])} vs {' '.join(ys[0])}"
