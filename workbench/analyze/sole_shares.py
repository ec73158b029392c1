"""One share of one whole in each of two reports: the event's evidence that two sources state one percent.

Why: sources give the share of one population in their own words and their own predicate ("more than 42 per cent
of voters had taken part" / "just under 39 per cent of registered voters cast a ballot"; "81 per cent of children
have had both doses" / "fewer than four in five children are fully vaccinated"), so the two claims fall in two fact
clusters, and ``sole_figures``, which leaves shares out, never compares them. What the reports show instead is the
*whole* each share is of (``Frame.measures[*]["what"]``: its head noun) and how many shares of that whole each
report states. Two shares are taken as one measure when

* each is from another report and another source (or an outlet in its own voice: two outlets' figures of one share
  are a dispute between them too), stated alike (both asserted, or both forecasts), at one time or none stated, no
  figure a later reading of a share that may have moved since (``sole_figures.after_report``, a running figure),
  in one place and scope where both state one;
* neither is a change ("fell by 62 per cent": a claim that states a direction): a level is no change of it;
* the two wholes' head nouns have one stem ("voters" / "registered voters", "children" / "children");
* each report states one value only of a share of that whole at that time: a report with two ("52% of voters
  backed the plan ... turnout was 61% of voters") shows the whole holds more than one share there;
* the two claims' act phrases, figure and speaker taken out, are one act under MiniLM (``sole_figures``'
  ``ACT_SIMILARITY``): "had taken part" / "cast a ballot", not "backed the recall" / "cast a ballot".

The reports' shares are set once per event (:func:`event_shares`, entered beside ``sole_figures.event_figures``);
outside that block nothing is known and :func:`share_relation` says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.forecasts import stated_alike
from workbench.analyze.roundings import overlap
from workbench.analyze.sides import Side, _interval, same_source
from workbench.analyze.sole_counts import count_time
from workbench.analyze.sole_figures import ACT_SIMILARITY, after_report
from workbench.extract.words import stem
from workbench.models import Frame, Quantity


@dataclass(frozen=True)
class ShareEntry:
    """One share a report states: when it holds (None: not said), its value, the stem of its whole's head noun."""

    time: str | None
    value: float
    whole: str


_EVENT: ContextVar[dict[int, tuple[str, list[ShareEntry]]] | None] = ContextVar("sole_shares_event", default=None)


def share_whole(frame: Frame | None, q: Quantity) -> str | None:
    """The stem of the head noun of the whole a percent is of ("of the district's children" -> child); None for a
    figure that is no share, a share of no stated whole, or a change ("fell by 30 per cent of ...")."""
    if frame is None or q.kind != "percent" or q.value is None or frame.direction:
        return None
    what = (measure_of(frame, q) or {}).get("what") or []
    return stem(str(what[-1])) if what else None


@contextmanager
def event_shares(claims: Iterable[tuple[str, Frame | None, list[Quantity]]]) -> Iterator[None]:
    """Within the block (one event's relations) each claim's report and the shares each report states are known;
    ``claims`` is (document id, frame, quantities) for every claim of the event."""
    reports: dict[str, list[ShareEntry]] = {}
    of: dict[int, tuple[str, list[ShareEntry]]] = {}
    for doc, frame, quantities in claims:
        entries = reports.setdefault(doc, [])
        for q in quantities:
            whole = share_whole(frame, q)
            if whole is not None:
                entries.append(ShareEntry(count_time(frame), float(q.value or 0.0), whole))
        if frame is not None:
            of[id(frame)] = (doc, entries)
    token = _EVENT.set(of)
    try:
        yield
    finally:
        _EVENT.reset(token)


def _sole(entries: list[ShareEntry], mine: ShareEntry) -> bool:
    """The report states no other value of a share of that whole at that time."""
    return all(e.value == mine.value or e.whole != mine.whole or (e.time and mine.time and e.time != mine.time)
               for e in entries)


def _act(frame: Frame, q: Quantity, text: str) -> str:
    """The claim's act phrase (its whole text where the stored phrase misses the figure) without the figure and the
    speaker's name: what is said of the share, not who says it."""
    act = frame.act_text if frame.act_text and q.text in frame.act_text else text
    for cut in (q.text, frame.speaker or ""):
        if cut:
            act = re.sub(re.escape(cut), " ", act, flags=re.IGNORECASE)
    return " ".join(act.split())


def _apart(fa: Frame, fb: Frame) -> bool:
    """Another time, clock, scope or place stated on both sides, or one figure a later reading of what may move."""
    ta, tb = count_time(fa), count_time(fb)
    if (ta and tb and ta != tb) or (fa.clock and fb.clock and fa.clock != fb.clock) or fa.running or fb.running:
        return True
    if after_report(fa, fb) or after_report(fb, fa):
        return True
    return bool((fa.scope and fb.scope and fa.scope != fb.scope) or (fa.place and fb.place and fa.place != fb.place))


def share_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """Agree or conflict for two reports' only shares of one whole stated in one act (module docstring), else None."""
    event, fa, fb = _EVENT.get(), a.frame, b.frame
    if not event or fa is None or fb is None or id(fa) not in event or id(fb) not in event:
        return None
    (da, ra), (db, rb) = event[id(fa)], event[id(fb)]
    if da == db or same_source(fa, fb) or _apart(fa, fb):
        return None
    for qa in a.quantities:
        for qb in b.quantities:
            wa, wb = share_whole(fa, qa), share_whole(fb, qb)
            if wa is None or wb is None or wa != wb or not stated_alike(fa, qa, fb, qb):
                continue
            ea, eb = ShareEntry(count_time(fa), float(qa.value or 0.0), wa), ShareEntry(count_time(fb), float(qb.value or 0.0), wb)
            if not _sole(ra, ea) or not _sole(rb, eb):
                continue
            close = phrase_similarity(_act(fa, qa, a.text), _act(fb, qb, b.text))
            if close is None or close < ACT_SIMILARITY:
                continue
            whole = qa.context if (qa.context or "").startswith("of ") else f"of {wa}"  # "of the Donetsk region"
            why = f"each report states one share {whole} only ({qa.text} / {qb.text}; act {close:.2f})"
            if overlap(_interval(qa), _interval(qb)):
                return "agree", f"same share: {qa.text} ≈ {qb.text}; {why}"
            return "conflict", f"source vs source: {fa.speaker or 'unattributed'} {qa.text} vs " \
                               f"{fb.speaker or 'unattributed'} {qb.text}; {why}"
    return None
