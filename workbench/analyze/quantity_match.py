"""Numbers compared like with like: the numeric half of the relation rules.

Each quantity becomes the interval its wording allows (``roundings``: exact +-2%, "about" within its rounding, "more than"
open above, "no more than" open below). Two quantities are compared only when they are of the
same kind and measure the same thing: same counted noun, same percent context, the same two
sides of a ratio (turned to one direction), same currency. A *conflict* additionally needs
both sides to name what they count and to share scope (city vs region), event (killed vs
injured) and period (weekend vs month): different numbers about different things are the
classic false alarm.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from workbench.analyze import unit_sizes
from workbench.analyze.claim_memo import by_text
from workbench.analyze.counted_nouns import one_class
from workbench.analyze.figure_days import one_day
from workbench.analyze.figure_slots import judge_pair, measure_of, names_a_thing
from workbench.analyze.roundings import EXACT_TOL, interval, overlap
from workbench.analyze.unit_sizes import MEASUREMENT_KEYS, SIZE, converted, dimension, rate_of, scale_only, unit_key
from workbench.analyze.unpaired_figures import unpaired_rivals
from workbench.analyze.whole_counts import all_against_part
from workbench.extract.measure_keys import EVENTS, SCOPES, side, words_in
from workbench.extract.words import STOPWORDS, content_stems, stem
from workbench.models import Frame, Quantity

NUMERIC_KINDS = ("percent", "count", "ratio", "money")

# Words that make a count a part of another ("two additional cases", "a total of 17"): parts and totals differ.
PARTIAL = re.compile(r"\b(?:total|additional|another|other|others|including|among|combined|altogether|in all|"
                     r"separate|separately|further|average|mean|median|per|at least \w+ of)\b", re.IGNORECASE)
PERIODS = re.compile(r"\b(?:hour|day|night|weekend|week|month|year|decade)s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberComparison:
    agree: str | None = None
    conflict: str | None = None
    mismatch: str | None = None  # both carry numbers, but about different measures
    weak: bool = False  # the conflict's figures were paired by one side's wording only: too weak to contradict


def _ratio_value(q: Quantity, orient: tuple[str, str] | None) -> tuple[float, float] | None:
    """Interval of a ratio turned to ``orient`` (numerator, denominator); None if its sides differ."""
    lo, hi = interval(q)
    sides = (side(q.numerator), side(q.denominator))
    if orient is None or sides == orient:
        return lo, hi
    if sides == orient[::-1]:
        return (1 / hi if hi not in (0, math.inf) else 0.0), (1 / lo if lo > 0 else math.inf)
    return None


def _fmt_ratio(v: float) -> str:
    return f"{v:g}:1" if v >= 1 else f"1:{1 / v:g}"


def _compatible(text_a: str, text_b: str, periods: bool = True) -> tuple[bool, str]:
    """Whether counts in two sentences can be about the same thing; else why not."""
    for what in ("scope", "event"):
        wa, wb = _vocab_words(text_a, what), _vocab_words(text_b, what)
        if wa and wb and not wa & wb:
            return False, f"different {what}: {'/'.join(sorted(wa))} vs {'/'.join(sorted(wb))}"
    pa, pb = _periods(text_a), _periods(text_b)
    if periods and pa != pb:
        return False, "different periods"
    return True, ""


_VOCABS = {"scope": SCOPES, "event": EVENTS}


@by_text
def _vocab_words(text: str, what: str) -> frozenset[str]:
    """Scope or event words of a text (once per claim, not per compared pair)."""
    return frozenset(words_in(text, _VOCABS[what]))


@by_text
def _periods(text: str) -> frozenset[str]:
    return frozenset(stem(m.lower()) for m in PERIODS.findall(text))


def _context_ok(qa: Quantity, ta: str, qb: Quantity, tb: str) -> bool | str | None:
    """Percent contexts: True same, False different, None unknown; "one side" when only one figure names what
    it is of and the other claim's wording holds it (read the same whichever claim comes first)."""
    ca = set(content_stems(qa.context or ""))
    cb = set(content_stems(qb.context or ""))
    if ca and cb:
        return bool(ca & cb)
    named, other = (ca, tb) if ca else (cb, ta)
    if named and len(named & set(content_stems(other))) * 2 >= len(named):
        return "one side"
    return None


def _measure(text: str) -> str:
    low = text.lower()
    if "loss" in low:
        return " losses"
    if re.search(r"\b(kill|die|dead|death)", low):
        return " deaths"
    return " casualties" if "casualt" in low else ""


_UNIT_PER = re.compile(r"\s+per\s+[A-Za-z]+")


def _partial(q: Quantity, text: str, other: Quantity, other_text: str) -> bool:
    """A part/total word in the claim, not counting the "per" of a compound unit both figures share ("3.2 / 5.1
    nanograms per millilitre": two concentrations; "100,000 euros per customer" against a plain sum stays a part)."""
    unit, theirs = (_UNIT_PER.match(t, x.end) if x.unit else None for t, x in ((text, q), (other_text, other)))
    same = unit and theirs and unit.group(0).split()[-1].lower() == theirs.group(0).split()[-1].lower()
    return PARTIAL.search(text[: q.end] + text[unit.end():] if same else text) is not None


def _pair(qa: Quantity, ta: str, qb: Quantity, tb: str, same_period: bool = False) -> tuple[str, str] | None:
    """('agree'|'conflict'|'mismatch', reason) for two quantities of one kind, None if not comparable."""
    if qa.value is None or qb.value is None:
        return None
    if qa.kind == "ratio":
        orient = (side(qa.numerator), side(qa.denominator))
        known = all(orient) and all((side(qb.numerator), side(qb.denominator)))
        names = (qa.numerator, qa.denominator)
        if known and orient[0] > orient[1]:  # one fixed direction per pair of sides: "Russian-to-Ukrainian"
            orient, names = orient[::-1], names[::-1]
        ia = _ratio_value(qa, orient if known else None)
        ib = _ratio_value(qb, orient if known else None)
        if ia is None or ib is None:
            return "mismatch", f"ratios of different sides: {qa.text} vs {qb.text}"
        va = qa.value if not known or side(qa.numerator) == orient[0] else 1 / qa.value
        vb = qb.value if not known or side(qb.numerator) == orient[0] else 1 / qb.value
        sides = f" {names[0]}-to-{names[1]}" if known else ""
        head = f"{_fmt_ratio(va)} {'≈' if overlap(ia, ib) else 'vs'} {_fmt_ratio(vb)}{sides}{_measure(ta + ' ' + tb)}"
        reason = f'{head} ("{qa.text}" vs "{qb.text}")'
        if overlap(ia, ib):
            return "agree", reason
        return ("conflict", reason) if known else None
    ia, ib = interval(qa), interval(qb)
    if qa.kind == "percent":
        same = _context_ok(qa, ta, qb, tb)
        if same is False:
            return "mismatch", f"different measures: {qa.text} {qa.context or ''} vs {qb.text} {qb.context or ''}".strip()
        where = f" {qa.context or qb.context}" if (qa.context or qb.context) else ""
        if overlap(ia, ib):
            return "agree", f"{qa.text} ≈ {qb.text}{where}"
        if same:
            return ("conflict" if same is True else "weak conflict"), f"{qa.text} vs {qb.text}{where}"
        return None
    ua, ub = unit_key(qa), unit_key(qb)  # one name per unit on both sides: "km" is "kilometres"
    same_size = converted(qb, qa) if ua and ub and ua != ub else None
    written_b = qb
    if same_size is not None and (overlap(ia, interval(same_size)) or not unit_sizes.spans_time(qa)):
        # "9,900 acres" read in hectares: one figure converted; two figures in two units that differ after
        # conversion are more often two measures ("served 18 months" / "a two-year term") than rivals; a weight,
        # length, area or volume in two units is one quantity whatever the values ("0.2 grams" / "400 milligrams")
        qb, ub, ib = same_size, ua, interval(same_size)
    if ua and ub and ua != ub and not (overlap(ia, ib) and one_class(qa, ta, qb, tb)):  # "22 ships" / "22 vessels": one figure
        return "mismatch", f"different measures: {qa.text} vs {qb.text}"
    if qa.kind == "money" and qa.unit != qb.unit:
        return None
    first = qa.text
    if ua and ub and qa.text.split()[-1].lower() == qb.text.split()[-1].lower():
        first = qa.text.rsplit(" ", 1)[0]
    ok, why = _compatible(ta, tb, periods=not overlap(ia, ib) and not same_period)
    if not ok:
        return "mismatch", f"{qa.text} vs {qb.text}: {why}"
    rate_a, rate_b = rate_of(qa, ta), rate_of(written_b, tb)  # "68mph" is a speed in the unit it was written in
    if rate_a != rate_b:
        return "mismatch", f"{qa.text} vs {qb.text}: a rate vs an amount"
    if bool(unit_sizes.radius_of(qa, ta)) != bool(unit_sizes.radius_of(written_b, tb)):  # "came within 20 mph of"
        return "mismatch", f"{qa.text} vs {qb.text}: a margin within which vs a value"
    if overlap(ia, ib):
        # an open bound is evidence only against a point of its order ("at least 544" is not "1.5 million")
        points, far = (qa.bound is None) + (qb.bound is None), max(qa.value, qb.value) >= 10 * min(qa.value, qb.value) > 0
        same_bound = points == 0 and qa.bound == qb.bound and overlap(_point(qa), _point(qb))
        if (points == 0 and not same_bound) or (points == 1 and (not (ua and ub) or far)) \
                or (qa.kind == "count" and not (ua or ub)):
            return None
        return "agree", f"{first} ≈ {qb.text}"
    if not (ua and ub) and qa.kind == "count":
        return None
    if _partial(qa, ta, qb, tb) or _partial(qb, tb, qa, ta):
        return "mismatch", f"{qa.text} vs {qb.text}: a part vs a total"
    if _qualifiers(qa, tb) != _qualifiers(written_b, ta):
        return "mismatch", f"{qa.text} vs {qb.text}: different groups"
    if scale_only(float(qa.value), float(qb.value)):  # type: ignore[arg-type]
        return "mismatch", f"{qa.text} vs {qb.text}: same figure, scale unclear"
    if ua in MEASUREMENT_KEYS and ua not in _ONE_DIMENSION and rate_a is None:  # "km/h" in both: a speed
        da, db = dimension(qa, ta), dimension(qb, tb)
        if not da & db and not (SIZE in da | db and da and db):  # "measures 55 cm" fits "40 cm long"
            return "mismatch", f"{qa.text} vs {qb.text}: not the same dimension"
    return "conflict", f"{first} vs {qb.text}"


def _qualifiers(q: Quantity, other: str = "") -> set[str]:
    """Words between the number and the counted noun ("seven swing states" -> {"swing"}). A possessor the other claim
    also names is whose group it is, not a subgroup: "seven of the board's nine members" / "... members of the board"."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*(?:['’]s\b)?", q.text)
             if not (w.endswith(("'s", "’s")) and re.search(rf"\b{re.escape(w[:-2])}\b", other, re.IGNORECASE))]
    # "Twenty-three" is a number in two words joined, no qualifier of the noun ("twenty-three baboons" / "17 baboons")
    words = [w for w in words if w not in _NUMBER_WORDS and w not in STOPWORDS
             and not all(p in _NUMBER_WORDS for p in w.split("-"))]
    unit = (q.unit or "").lower().split()
    unit = {stem(u) for u in unit} | unit_sizes.written_unit(q)  # "an inch and a half" is in inches
    return {stem(w) for w in words if stem(w) not in unit}


# units that name their dimension (an area, a mass, a volume): "3,800 hectares of vines" / "cover 3,100 hectares" are
# both areas, whatever else the claims say; a length may be a height, a depth or a distance, so it needs its attribute
_ONE_DIMENSION = frozenset({"acre", "hectare", "kg", "tonne", "ton", "litre", "gallon"}) | unit_sizes.POWERED
_NUMBER_WORDS = set("""about around roughly nearly almost some approximately over under more less fewer than at least most
    up to no just only half quarter third thirds one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
    billions trillion bn bln mln m k a an estimated minus""".split())


def _point(q: Quantity) -> tuple[float, float]:
    v = float(q.value)  # type: ignore[arg-type]
    return v * (1 - EXACT_TOL), v * (1 + EXACT_TOL)


def _points_as_percent(qs: list[Quantity], other: list[Quantity]) -> list[Quantity]:
    """"four points higher" is a change in percentage points when the other claim says "four percentage points"."""
    if not any(q.kind == "percent" and "point" in q.text.lower() for q in other):
        return qs
    return [replace(q, kind="percent", unit="%") if q.kind == "count" and (q.unit or "").lower() in ("point", "points")
            else q for q in qs]


def compare_quantities(text_a: str, qs_a: list[Quantity], text_b: str, qs_b: list[Quantity], same_period: bool = False,
                       frames: tuple[Frame | None, Frame | None] = (None, None)) -> NumberComparison:
    """Match quantities one-to-one, agreements first; report the first conflict, agreement or mismatch.
    ``same_period``: both claims' stored periods are one span ("over the eight year span" / "2007-2014"),
    so their period words ("year" in one, none in the other) do not keep the figures apart. ``frames``: the claims'
    stored frames, whose slots may refuse an agreement (``analyze.figure_slots``: what a sum is for, whose, a bound)."""
    qa = _points_as_percent([q for q in qs_a if q.kind in NUMERIC_KINDS], qs_b)
    qb = _points_as_percent([q for q in qs_b if q.kind in NUMERIC_KINDS], qs_a)
    if not qa or not qb:
        return NumberComparison()
    verdicts: list[tuple[int, tuple, int, int, str, str]] = []
    refused: list[str] = []  # money or percent pairs whose values overlap but whose stored slots part them
    rank = {"agree": 0, "conflict": 1, "weak conflict": 1, "mismatch": 2}
    for i, x in enumerate(qa):
        for j, y in enumerate(qb):
            if x.kind != y.kind:
                continue
            got = _pair(x, text_a, y, text_b, same_period or one_day(*frames, text_a, text_b))
            if got and got[0] != "mismatch":
                kind = got[0]
                got = judge_pair(kind, x, measure_of(frames[0], x), y, measure_of(frames[1], y), got[1])
                refused += [got[1]] if kind == "agree" and got[0] != "agree" else []
            if got:
                # the pairing order is read from both figures alike, never from which claim came first (its hash
                # order): each verdict of ``_pair`` is the same both ways, the reason written in the caller's order
                verdicts.append((rank[got[0]], tuple(sorted(((x.text, x.start), (y.text, y.start)))), i, j, *got))
    used_a: set[int] = set()
    used_b: set[int] = set()
    found: dict[str, str] = {}
    agreed_units: set[tuple[str, str | None]] = set()
    for _, _, i, j, kind, reason in sorted(verdicts, key=lambda v: v[:2]):
        if i in used_a or j in used_b:
            continue
        unit = (qa[i].kind, unit_key(qa[i]) or unit_key(qb[j]))
        if kind.endswith("conflict") and qa[i].kind in ("count", "money") and unit in agreed_units:
            continue  # one figure of this unit matched: the others are further items of a list, not rivals
        used_a.add(i)
        used_b.add(j)
        if kind == "agree":
            agreed_units.add(unit)
        found.setdefault(kind, reason)
    dates_a = {q.iso for q in qs_a if q.kind == "date" and q.iso}
    dates_b = {q.iso for q in qs_b if q.kind == "date" and q.iso}
    conflict = found.get("conflict") or found.get("weak conflict")
    if conflict and dates_a and dates_b and not dates_a & dates_b:
        return NumberComparison(mismatch=f"{conflict}, but on different dates")
    if conflict:
        return NumberComparison(conflict=conflict, weak="conflict" not in found)
    if "agree" in found and (not refused or any(names_a_thing(*u) for u in agreed_units)):
        # not a span alone when the sums themselves were parted, nor while two unpaired figures differ
        rest = unpaired_rivals(qa, qb, used_a, used_b, agreed_units) or \
            all_against_part(text_a, qs_a, text_b, qs_b)  # "all 840" / "610 of 840"
        if rest:
            return NumberComparison(mismatch=f"{found['agree']}, but {rest}; review")
        return NumberComparison(agree=found["agree"])
    if refused:
        return NumberComparison(mismatch=refused[0])
    if "mismatch" in found:
        return NumberComparison(mismatch=found["mismatch"])
    kinds_a = {q.kind for q in qa}
    kinds_b = {q.kind for q in qb}
    if kinds_a & kinds_b:
        return NumberComparison()
    return NumberComparison(mismatch=f"different measures: {'/'.join(sorted(kinds_a))} vs {'/'.join(sorted(kinds_b))}")
