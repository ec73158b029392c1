"""One figure of one dimension in each of two reports: the event's evidence that two sources state one measure.

Why: outlets tell one happening in their own words ("volunteers had pulled nearly 9 tonnes of dead fish" / "the
agency put the amount removed at 6.1 tonnes"; "its ash column rose to a height of 9 km" / "put the top of the
cloud at 14,000 metres"), so no word of one claim need recur in the other, and a rule matching the two sentences
misses them. What the reports show instead is *how many* figures of that dimension each one gives: a report that
states a single mass (a single height, a single sum in one currency) states one measure of it; two reports of one
event that each state a single one, from two different sources, at one time (or none stated), state the same
measure, and two values that differ are a conflict between the sources. A report that gives two figures of the
dimension (a height and a distance read as lengths of one attribute, two sums) shows the dimension holds more than
one measure there, and nothing is concluded: that keeps "one site vs all", "gross vs net", "removed vs counted" --
unless one of its figures is clearly the other report's act and the rest are of other acts (``rival_figures``).

Dimensions are read from the stored units (``unit_sizes``): a mass, an area, a volume, a temperature, a length of
one attribute (a height, a width, a distance: ``unit_sizes.dimension``), a speed (a length per a span of time,
``unit_sizes.rate_of``: "40 km/h" is no distance), a sum in one currency. Spans of time and shares are left out.
Counts of things and of people are compared by the predicate they are stated with, not by dimension (a report states
many counts in many roles): ``sole_counts``, whose report counts are kept here too. A figure dated after the other
report came out, against one that names no day, is a later reading of what may have moved since
(:func:`after_report`), no rival of it.

The event's reports are set once per event (:func:`event_figures`, as ``count_groups.known_groups``); outside that
block nothing is known and :func:`sole_measure` says nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.forecasts import stated_alike
from workbench.analyze.kin_counts import kin_count, unspoken
from workbench.analyze.principal_counts import ReportCount, principal_count, wide_scope
from workbench.analyze.rival_figures import Stated, act_of, closest, further
from workbench.analyze.roundings import overlap
from workbench.analyze.running_counts import moved_by_other, unsourced_later
from workbench.analyze.sides import Side, _interval, same_source
from workbench.analyze.sole_counts import CountEntry, count_entry, sole_count
from workbench.analyze.unit_sizes import SIZE, UNIT_SIZES, converted, dimension, rate_of, spans_time, unit_dimension
from workbench.extract.figure_states import PER_UNIT
from workbench.extract.measure_keys import unit_of
from workbench.extract.words import same_stem
from workbench.models import Frame, Quantity

# a temperature is left out: one place has many in a day (at the start, at the peak), each report's one reading
# is no evidence that both read it at one moment
_MEASURED = frozenset({"mass", "area", "volume", "length"})
# two acts whose phrases are at least this close under the bundled MiniLM can be one act measured: chosen on dev
# D1-D56 as a whole, where one measure worded twice by two sources scored 0.53-0.88 and a report's only sum or
# length against another's that measures something else (a build cost / a total loss; a zone / a distance) 0.18-0.28
ACT_SIMILARITY = 0.4
THING_SIMILARITY = 0.6  # as ``one_measure``: two head nouns a measure is "of", this close, name one thing


@dataclass
class _Report:
    """The figures of one report (document) of the event, by dimension key: the distinct (time, value) stated."""

    document: str
    values: dict[str, set[tuple[str | None, float]]] = field(default_factory=dict)
    counts: list[CountEntry] = field(default_factory=list)  # counts of things or people (``sole_counts``)
    scoped: list[ReportCount] = field(default_factory=list)  # the same, each with its claim's scope (``principal_counts``)
    stated: list[Stated] = field(default_factory=list)  # each figure with its claim's act (``rival_figures``)
    acts: dict[int, str] = field(default_factory=dict)  # frame id -> its claim's act, for counts (``rival_figures``)
    counted_in: list[int] = field(default_factory=list)  # the frame id each of ``counts`` is stated in


_EVENT: ContextVar[dict[int, _Report] | None] = ContextVar("sole_figures_event", default=None)


def figure_key(q: Quantity, text: str) -> str | None:
    """The dimension a figure measures ("mass", "money:EUR", "length:height", "length:?" for a length whose claim
    names no attribute, "speed per hour" for a length per a span of time), None for a count of things, a span of
    time, a share or a date. A bound ("at least 22 metres") is the report's figure of the dimension as much as a
    point: the intervals compared keep its side."""
    if q.value is None:
        return None
    if q.kind == "money":
        return f"money:{q.unit}" if q.unit else None
    if q.kind != "count" or spans_time(q):
        return None
    dim = unit_dimension(q.unit)
    if dim not in _MEASURED:
        return None
    rate = rate_of(q, text) if dim == "length" else None
    if rate is not None:  # "40 km/h", "70 kilometres an hour", "68mph": a speed, never a distance of the event
        return f"speed per {rate}"
    if dim != "length":
        return dim
    attrs = sorted(dimension(q, text) - {"extent"})
    return f"length:{attrs[0] if len(attrs) == 1 else '?' if not attrs else '+'.join(attrs)}"


def is_capacity(frame: Frame | None, q: Quantity) -> bool:
    """The figure sizes a thing or states what it holds (``extract.figure_states.capacity``: "a 40-tonne lorry",
    "carrying 24,000 litres"): an attribute, not the event's amount of its dimension."""
    return bool((measure_of(frame, q) or {}).get("capacity"))


def _base(q: Quantity) -> float:
    """The value in its dimension's base unit, to two significant digits: one figure restated is one value."""
    size = UNIT_SIZES.get(unit_of(q) or "")
    v = float(q.value or 0.0) * (size[1] if size else 1.0)
    if v <= 0:
        return v
    step = 10 ** (math.floor(math.log10(v)) - 1)
    return round(v / step) * step


def _fits(x: str, y: str) -> bool:
    """Two keys that can name one measure: one dimension and, for lengths, one attribute or none stated."""
    dx, _, ax = x.partition(":")
    dy, _, ay = y.partition(":")
    if dx != dy:
        return False
    if dx != "length" or "?" in (ax, ay) or SIZE in ax.split("+") + ay.split("+"):
        return dx != "money" or ax == ay
    return bool(set(ax.split("+")) & set(ay.split("+")))


@contextmanager
def event_figures(claims: Iterable[tuple[str, Frame | None, str, list[Quantity]]]) -> Iterator[None]:
    """Within the block (one event's relations) each claim's report and the figures each report states are known;
    ``claims`` is (document id, frame, text, quantities) for every claim of the event."""
    reports: dict[str, _Report] = {}
    of: dict[int, _Report] = {}
    for doc, frame, text, quantities in claims:
        report = reports.setdefault(doc, _Report(doc))
        for q in quantities:
            if is_capacity(frame, q):  # "a 24,000-litre load": what a thing holds, no figure of what happened
                continue
            key = figure_key(q, text)
            if key is not None:
                report.values.setdefault(key, set()).add((frame.time if frame else None, _base(q)))
                if frame is not None:
                    report.stated.append(Stated(frame, key, frame.time, _base(q), act_of(frame, text)))
            entry = count_entry(q, frame)
            if entry is not None:
                report.counts.append(entry)
                report.counted_in.append(id(frame))
                report.scoped.append(ReportCount(entry, wide_scope(frame)))
        if frame is not None:
            of[id(frame)] = report
            report.acts[id(frame)] = act_of(frame, text)
    token = _EVENT.set(of)
    try:
        yield
    finally:
        _EVENT.reset(token)


def _sole(report: _Report, key: str, time: str | None) -> bool:
    """The report states one value only of every measure the key could name at that time: a figure of another
    stated day ("4,200 kg by Sunday night" beside "9 tonnes by Monday evening") is that measure at another time."""
    values = {v for k, vs in report.values.items() if _fits(k, key) for t, v in vs if not (t and time and t != time)}
    return len(values) == 1


def after_report(x: Frame, y: Frame) -> bool:
    """``x`` states a day after ``y``'s report came out, and ``y`` states none: ``y``'s figure is of a time before its
    report, so ``x``'s is a later reading of a measure that may have moved since, not a rival of the same moment."""
    return bool(x.time and not y.time and y.published) and str(x.time)[:10] > str(y.published)[:10]


def _things_apart(ma: dict | None, mb: dict | None) -> bool:
    """Both figures say what they measure ("of dead fish" / "of crude oil") and the head nouns are not one thing."""
    ta, tb = (ma or {}).get("thing"), (mb or {}).get("thing")
    if not ta or not tb:
        return False
    ha, hb = str(ta).split()[-1], str(tb).split()[-1]
    close = 1.0 if same_stem(ha, hb) else phrase_similarity(ha, hb) or 0.0
    return close < THING_SIMILARITY


def sole_measure(fa: Frame | None, fb: Frame | None, qa: Quantity, ta: str, qb: Quantity, tb: str) -> str | None:
    """Why the two figures state one measure (module docstring), else None: each from another report and source
    of one event, at one time or none stated, each report's only figure of one dimension."""
    event = _EVENT.get()
    if not event or fa is None or fb is None:
        return None
    ra, rb = event.get(id(fa)), event.get(id(fb))
    if ra is None or rb is None or ra.document == rb.document or same_source(fa, fb):
        return None
    if (fa.time and fb.time and fa.time != fb.time) or (fa.clock and fb.clock and fa.clock != fb.clock):
        return None
    if after_report(fa, fb) or after_report(fb, fa):  # "had eased to 20 km/h by Thursday": a later reading
        return None
    if is_capacity(fa, qa) or is_capacity(fb, qb):  # a capacity is never compared with an amount
        return None
    ka, kb = figure_key(qa, ta), figure_key(qb, tb)
    if ka is None or kb is None or not _fits(ka, kb):
        return None
    # a report's several figures of the dimension: the one whose act is clearly the other's (``rival_figures``), both
    # sources named: an outlet's own figures in several claims ("a $N watch" among "$M spent") are no sources' dispute
    sa, sb = _sole(ra, ka, fa.time), _sole(rb, kb, fb.time)
    if not (sa and sb) and not (fa.speaker and fb.speaker):
        return None
    if not sa and not closest(ra.stated, fa, ka, act_of(fb, tb), ACT_SIMILARITY, _fits):
        return None
    if not sb and not closest(rb.stated, fb, kb, act_of(fa, ta), ACT_SIMILARITY, _fits):
        return None
    if _things_apart(measure_of(fa, qa), measure_of(fb, qb)):  # "9 tonnes of fish" / "3 tonnes of oil"
        return None
    if PER_UNIT in ((measure_of(fa, qa) or {}).get("per"), (measure_of(fb, qb) or {}).get("per")):  # "150 euros each": no total
        return None
    if not (fa.time and fa.time == fb.time):  # one stated day on both sides: that is one moment already
        # what is said of the figure, not who says it ("A measurer from <body> put the course at N"): the source
        # phrase is no part of the act (``kin_counts.unspoken``)
        close = phrase_similarity(unspoken(fa.act_text or ta, fa), unspoken(fb.act_text or tb, fb))
        if close is None or close < ACT_SIMILARITY:
            return None
    what = ka.partition(':')[0] if sa and sb else f"{ka.partition(':')[0]} of this act"  # picked: ``rival_figures``
    return f"each report states one {what} only ({qa.text} / {qb.text})"


def counts_measure(fa: Frame | None, fb: Frame | None, qa: Quantity, ta: str, qb: Quantity, tb: str) -> str | None:
    """Why two counts of things from two reports and sources of the event state one measure (``sole_counts``)."""
    event = _EVENT.get()
    if not event or fa is None or fb is None:
        return None
    ra, rb = event.get(id(fa)), event.get(id(fb))
    if ra is None or rb is None or ra.document == rb.document or same_source(fa, fb) \
            or is_capacity(fa, qa) or is_capacity(fb, qb):
        return None
    return sole_count(fa, fb, qa, qb, (ra.counts, rb.counts)) \
        or kin_count(fa, fb, qa, ta, qb, tb, lambda: (_rivals(ra, fa, rb.acts[id(fb)]), _rivals(rb, fb, ra.acts[id(fa)]))) \
        or principal_count(fa, fb, qa, ta, qb, tb, (ra.scoped, rb.scoped), (wide_scope(fa), wide_scope(fb)))
    # other nouns, other verbs: ``kin_counts``; each report's largest count of one class: ``principal_counts``


def _rivals(report: _Report, frame: Frame, other_act: str) -> list[CountEntry]:
    """The report's counts less those of claims clearly about another act than ``frame``'s ("its vans carry 85,000
    parcels" beside "1,200 parcels arrived late", against "1,900 packages were delivered too late"): a count of one
    class stated of another act is no second value of this one (``rival_figures.further``)."""
    apart = further(report.acts, frame, other_act, ACT_SIMILARITY, among=set(report.counted_in))
    return [e for e, f in zip(report.counts, report.counted_in, strict=True) if f not in apart]


def sole_relation(a: Side, b: Side, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """The slot verdict ``found``, or where the slots found none (or only ``related``) the verdict of each report's
    only figure of one dimension against the other's: agree where the values meet, else a conflict between the two
    sources, its reason naming both ("the association nearly 9 tonnes vs the agency 6.1 tonnes")."""
    if found is not None and found[0] != "related":
        return found
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return found
    for qa in a.quantities:
        for qb in b.quantities:
            if not stated_alike(fa, qa, fb, qb):  # both stated as so, or both forecasts (``forecasts``)
                continue
            why = sole_measure(fa, fb, qa, a.text, qb, b.text) or counts_measure(fa, fb, qa, a.text, qb, b.text)
            if why is None:
                continue
            same = converted(qb, qa) or qb
            if overlap(_interval(qa), _interval(same)):
                what = why.partition(" only (")[0].removeprefix("each report states one ") if " only (" in why else "count"
                return "agree", f"same {what}: {qa.text} ≈ {qb.text}; {why}"
            moved = _moved_later(a, b, qa, qb) or _grown_unsourced(a, b, qa, same)
            if moved is not None:  # "the agency raised its estimate to ...": its own figure revised, a development
                return "update", f"update: {qa.text} vs {qb.text}: {moved}; {why}"
            return "conflict", f"source vs source: {fa.speaker or 'unattributed'} {qa.text} vs " \
                               f"{fb.speaker or 'unattributed'} {qb.text}; {why}"
    return found


def _moved_later(a: Side, b: Side, qa: Quantity, qb: Quantity) -> str | None:
    """The later report's figure is a value its own mover moved ("raised its estimate to 14,000 litres"), and the
    earlier figure is that mover's (``running_counts.moved_by_other`` finds no other source): a development."""
    if a.frame is None or b.frame is None or not a.frame.published or not b.frame.published \
            or a.frame.published[:10] == b.frame.published[:10]:
        return None
    (first, _), (second, q2) = sorted(((a, qa), (b, qb)), key=lambda t: t[0].frame.published or "")
    m2 = measure_of(second.frame, q2) or {}
    if not m2.get("moved") or moved_by_other(first.frame, second.frame, m2, first.text):
        return None
    return f"{m2.get('mover') or second.frame.speaker or 'its source'} {m2['moved']} it in the report of " \
           f"{second.frame.published[:10]}"


def _grown_unsourced(a: Side, b: Side, qa: Quantity, qb: Quantity) -> str | None:
    """The later report states the larger figure in its own voice, naming no source ("the burned area reached 4,100
    hectares", two days after the fire service's 1,900): no rival source stands against the earlier figure, and the
    amount the outlet gives at its later day is the measure grown since, not a dispute (``unsourced_later``). A smaller
    later figure still disputes the earlier one (an amount of what happened does not shrink); ``qb`` is in ``qa``'s
    unit."""
    later = unsourced_later(a.frame, b.frame) if a.frame is not None and b.frame is not None else None
    if later is None:
        return None
    first, second = later
    q1, q2 = (qa, qb) if first is a.frame else (qb, qa)
    if _interval(q2)[0] <= _interval(q1)[1]:
        return None
    return f"the report of {second.published[:10]} gives it, larger, with no source against " \
           f"{first.speaker or 'the earlier report'} (report of {str(first.published)[:10]})"
