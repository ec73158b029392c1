"""Two counts of one noun that count different groups of it are different measures, not rival figures.

Why: a story counts one population in several ways ("medics treated 610 runners" / "62 runners were taken to
hospital" / "4,000 runners still on the course"); the wording rules pair figures by their noun and would call
any two of them a contradiction. The act or state that defines each group is stored at extraction
(``extract.count_groups``: ``Frame.measures[...]["group"]``); here only those fields are compared.

Which groups differ is not read from the verbs: sources reword one act ("60 villages had been flooded" /
"floodwater covers 25 villages"; "still live in" / "remain in"). It is read from the event's own documents:
a report that gives two different figures for one noun under two group words ("treated 600 runners", "62
runners were taken to hospital") shows those words name two groups, since one outlet does not contradict
itself in one report. Across outlets the same two groups are then two measures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from workbench.analyze.counted_nouns import event_nouns
from workbench.analyze.joined_acts import one_gathering
from workbench.analyze.quantity_match import overlap
from workbench.analyze.sides import _interval
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

_KNOWN: ContextVar[frozenset[tuple[str, str, str]]] = ContextVar("count_groups_known", default=frozenset())


def _unit(m: dict) -> str:
    return str(m.get("unit") or "").casefold().rstrip("s")


def _word(group: str) -> str:
    """The stem of a stored group's first content word ("predicate:taken" -> take, "state:on course" -> course)."""
    stems = content_stems(group.partition(":")[2])
    return stems[0] if stems else ""


def _grouped(f: Frame) -> dict[str, dict]:
    """The claim's grouped counts by unit (only units counted once in the claim: with two, the pairing is open)."""
    by: dict[str, list[dict]] = defaultdict(list)
    for m in f.measures:
        if m.get("kind") == "count" and m.get("unit"):
            by[_unit(m)].append(m)
    return {u: ms[0] for u, ms in by.items() if len(ms) == 1 and ms[0].get("group") and _word(ms[0]["group"])}


def distinct_groups(claims: Iterable[tuple[str, Frame | None]]) -> frozenset[tuple[str, str, str]]:
    """(unit, word, word) for every two group words one document uses for different figures of one noun.

    ``claims``: (document id, stored frame) of one event's claims."""
    seen: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, frame in claims:
        if frame is None:
            continue
        for m in frame.measures:
            if m.get("kind") == "count" and m.get("unit") and m.get("group") and _word(m["group"]):
                seen[(doc, _unit(m))][_word(m["group"])].add(str(m.get("text") or "").casefold())
    out: set[tuple[str, str, str]] = set()
    for (_, unit), figures in seen.items():
        words = sorted(figures)
        for i, x in enumerate(words):
            for y in words[i + 1 :]:
                if figures[x] != figures[y]:  # one figure under two words is one group described twice
                    out.add((unit, x, y))
    return frozenset(out)


@contextmanager
def known_groups(claims: Iterable[tuple[str, Frame | None]]) -> Iterator[None]:
    """Within the block (one event's relations), groups that one of the event's reports keeps apart are apart (and
    nouns it counts apart: ``counted_nouns.event_nouns``)."""
    claims = list(claims)
    token = _KNOWN.set(distinct_groups(claims))
    try:
        with event_nouns(claims):
            yield
    finally:
        _KNOWN.reset(token)


def groups_apart(a: Frame | None, b: Frame | None) -> str | None:
    """"runners: treated vs taken" when both claims count one noun under two group words that a report of the
    event uses for two different figures; None otherwise (outside :func:`known_groups` nothing is known)."""
    known = _KNOWN.get()
    if not known or a is None or b is None:
        return None
    ga, gb = _grouped(a), _grouped(b)
    for unit in ga.keys() & gb.keys():
        wa, wb = _word(ga[unit]["group"]), _word(gb[unit]["group"])
        if not same_stem(wa, wb) and (unit, *sorted((wa, wb))) in known:
            name = ga[unit]["unit"]
            return f"{name}: {ga[unit]['group'].partition(':')[2]} vs {gb[unit]['group'].partition(':')[2]}"
    return None


# Nouns that count any person (closed class, as ``fact_slots``): "people" may name the runners, the patients ...
_ANY_PERSON = frozenset({"people", "persons", "person", "individuals", "individual"})
ANY_PERSON = _ANY_PERSON
# Nouns that name any member of a wide class (closed class: hypernyms of people and animals): "300 people" employed
# by a firm and "80 people" signed up for a trial are two groups unless one predicate picks both out
_GENERAL = _ANY_PERSON | frozenset({"men", "women", "children", "adults", "animals", "creatures"})
GENERAL_NOUNS = _GENERAL
# "Twenty of the volunteers", "four of the six volunteers": a subgroup of a group named before
_PARTITIVE = re.compile(r"^\S+(?:\s+\S+)?\s+of\s+(?:the|these|those|them|its|their|our|all)\b", re.IGNORECASE)


def one_group_two_nouns(a: Frame | None, b: Frame | None) -> tuple[dict, dict] | None:
    """The two counts when the claims count a noun under one group word and one noun names anyone ("18,500 runners
    started the race" / "about 15,000 people started the race"; "14 miners were trapped" / "17 men were trapped"):
    one measure in two nouns. Only one such pair, read in one construction (not a later standing count against the
    event's), neither a subgroup ("five of the men"). Two specific nouns ("40 houses" / "120 cars") stay two measures."""
    if a is None or b is None:
        return None
    pairs = [(ma, mb) for ua, ma in _grouped(a).items() for ub, mb in _grouped(b).items()
             if ua != ub and len({str(ma["unit"]).casefold(), str(mb["unit"]).casefold()} & _GENERAL) == 1
             and ma.get("role") == mb.get("role") and _word(ma["group"]) == _word(mb["group"])
             and ma["group"].partition(":")[0] == mb["group"].partition(":")[0]
             and not any(_PARTITIVE.match(str(m.get("text") or "")) for m in (ma, mb))]
    return pairs[0] if len(pairs) == 1 else None


def one_count_reworded(a: Frame | None, b: Frame | None, qa: list[Quantity], qb: list[Quantity]) -> tuple[str, str] | None:
    """("agree" | "conflict", reason) for two counts of one group in a specific and a general noun."""
    pair = one_group_two_nouns(a, b)
    if pair is None:
        return None
    xa, xb = (next((q for q in qs if q.text == m.get("text") and q.value is not None), None)
              for qs, m in ((qa, pair[0]), (qb, pair[1])))
    if xa is None or xb is None:
        return None
    group = pair[0]["group"].partition(":")[2]
    if overlap(_interval(xa), _interval(xb)):
        return "agree", f"same count ({group}): {xa.text} ≈ {xb.text}"
    return "conflict", f"one count in two nouns ({group}): {xa.text} vs {xb.text}"


def _unique_counts(f: Frame) -> dict[str, dict]:
    """Count measures by unit, where the claim counts that unit once."""
    by: dict[str, list[dict]] = defaultdict(list)
    for m in f.measures:
        if m.get("kind") == "count" and m.get("unit"):
            by[_unit(m)].append(m)
    return {u: ms[0] for u, ms in by.items() if len(ms) == 1}


def _value(m: dict, qs: list[Quantity]) -> Quantity | None:
    return next((q for q in qs if q.text == m.get("text") and q.value is not None), None)


def roles_apart(a: Frame | None, b: Frame | None) -> str | None:
    """Why two counts of one noun under two different predicates are two measures, or None when nothing shows it.

    Two predicates alone do not (sources reword one act: "got out" / "escaped"); with them, any of: a count
    standing at a later time ("still waiting", "now in hospital", "by Tuesday": ``extract.count_groups``) against
    the event's count; a subgroup ("twenty of the volunteers"); a noun that names any person or animal ("people")."""
    if a is None or b is None:
        return None
    ga, gb = _grouped(a), _grouped(b)
    for unit in ga.keys() & gb.keys():
        ma, mb = ga[unit], gb[unit]
        wa, wb = _word(ma["group"]), _word(mb["group"])
        if same_stem(wa, wb) or (ma.get("role") and ma.get("role") == mb.get("role")):  # "treated" / "treatment"
            continue
        what = f"{ma['unit']}: {ma['group'].partition(':')[2]} vs {mb['group'].partition(':')[2]}"
        standing = [m["group"].startswith("standing:") for m in (ma, mb)]
        if standing[0] != standing[1]:
            return f"{what} (a count standing later vs the event's count)"
        if any(_PARTITIVE.match(str(m.get("text") or "")) for m in (ma, mb)):
            return f"{what} (a subgroup under another predicate)"
        if (str(ma["unit"]).casefold() in _GENERAL or str(mb["unit"]).casefold() in _GENERAL) \
                and not one_gathering(wa, wb, (a.act_text, b.act_text)):  # "joined" / "took part": one crowd, not two groups of people
            return f"{what} (a general noun counted under another predicate)"
    return None


def present_apart(a: Frame | None, b: Frame | None) -> str | None:
    """"dockers: on quay vs hurt" when one claim counts a noun by where it was ("were on the quay": a state read with
    no act) and the other counts it under an act or a role ("were hurt", "were taken to hospital"): those present and
    those whom the act befell are two groups, one usually within the other, never rival figures."""
    if a is None or b is None:
        return None
    ua, ub = _unique_counts(a), _unique_counts(b)
    for unit in ua.keys() & ub.keys():
        ma, mb = ua[unit], ub[unit]
        there = [str(m.get("group") or "").startswith("state:") and not m.get("role") for m in (ma, mb)]
        if there[0] == there[1]:
            continue
        act = mb if there[0] else ma
        told = str(act.get("group") or "").partition(":")[2] or act.get("pred") or act.get("role")
        if told:
            place = (ma if there[0] else mb)["group"].partition(":")[2]
            return f"{ma['unit']}: {place} vs {told} (those present vs those an act befell)"
    return None


def group_relation(a: Frame | None, b: Frame | None, qa: list[Quantity], qb: list[Quantity]) -> tuple[str, str] | None:
    """Why two figures the wording paired are not rivals, on their groups: ("different_measure", "different groups
    of runners: treated vs taken"), or a count marked as a part ("at one station alone, medics treated 140 runners")
    of the same group's unmarked total ("medics treated 610 runners"): ("narrower" | "broader", "part vs total ...").

    The part is read on the count of the paired noun only, so another figure in the claim ("at the 25-kilometre
    mark") does not hide it; a part larger than the total is no part."""
    apart = groups_apart(a, b) or roles_apart(a, b) or present_apart(a, b)
    if apart:
        return "different_measure", f"different groups of {apart}"
    if a is None or b is None:
        return None
    ua, ub = _unique_counts(a), _unique_counts(b)
    for unit in ua.keys() & ub.keys():
        ma, mb = ua[unit], ub[unit]
        part_a, part_b = ma.get("part") == "part", mb.get("part") == "part"
        ga, gb = (_word(m["group"]) if m.get("group") else "" for m in (ma, mb))
        if part_a == part_b or (ga and gb and ga != gb) or (a.place and a.place == b.place):
            continue
        xa, xb = _value(ma, qa), _value(mb, qb)
        if xa is None or xb is None:
            continue
        part, whole = (xa, xb) if part_a else (xb, xa)
        if overlap(_interval(xa), _interval(xb)) or (part.value or 0) >= (whole.value or 0):
            continue
        kind = "narrower" if part_a else "broader"
        return kind, f"{kind}: part vs total ({ma['unit']}: {xa.text} vs {xb.text})"
    return None
