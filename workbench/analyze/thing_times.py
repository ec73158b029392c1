"""When the event's central thing changed state, as other sources time it in other verbs and nouns: a conflict.

Why: reports of one happening tell it with other verbs and other nouns ("the pod came ashore at dawn on Sunday" /
"the whales had beached late on Saturday night"; "the conveyor system stopped at 5.40am" / "the sorting system
crashed shortly after 7am"; "the coins were found on October 9" / "the hoard was discovered in late September"). The
embedder reads such claims apart (0.18-0.34), so they share no fact, and the central-happening rules
(``analyze.onsets``, ``analyze.central_acts``) need a clock time two documents state alike and claims that read
alike. What makes them one happening is structure: each act happened to the thing the event is about, and each is
its report's first timed act of that thing (a report tells its happening first; what follows is its sequel: a
recapture, a reopening). Here, per event:

* the **event's thing** is the head noun that the most documents of the event name, among the things timed acts
  happened to (``Frame.onset["thing"]``, ``extract.act_things``); an act is of it when its own thing is the same
  word, or one the embedder puts close to it (``THING_SIMILARITY``) that other documents name too, whose act,
  read without its subject, is one act in other words (``act_identity.SUBJECT_PHRASE_SIMILARITY``);
* the act is a change of state of it: stated done, not negated, not a figure, not a start or a first perception
  (``analyze.onsets`` reads those), not one of a series ("a second", "the latest"), no deed that recurs (saying,
  announcing, confirming);
* its time is an interval on one timeline, as wide as its step: a clock time ("shortly after 7am": 7-7.30), a part
  of the day (on the day the claim names: "late on Saturday night" ends at midnight), a day, a part of a month
  ("late September"), a month;
* two sources' times that cannot both hold **conflict** (within ``onsets.RIVAL_HOURS`` where both state an hour,
  else ``NEAR_DAYS``: further off they tell two happenings), with a reason naming both sources, both times and both
  acts. Times that meet are left to ``analyze.central_acts`` (one clock time agrees there). Claims of one source
  (an update) are left alone; a pair already related other than as related (``findings.merge_findings``) keeps its
  verdict.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from workbench.analyze.act_identity import SUBJECT_PHRASE_SIMILARITY, phrase_similarity
from workbench.analyze.central_acts import _BOUND, _series
from workbench.analyze.findings import merge_findings
from workbench.analyze.onsets import MIN_DOCS, RIVAL_HOURS, _other_source, _usable, _when, _who
from workbench.analyze.relate import Relation
from workbench.analyze.time_slots import figures_of
from workbench.extract.act_kinds import act_verb
from workbench.extract.daytimes import DAY_PARTS, clock_span
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

# another noun is the event's thing when the embedder puts it this close, each read with "the" (dev D1-D68: one
# thing told in two nouns, "pod"/"whales" 0.37, "belts"/"system" 0.38, "coins"/"hoard" 0.44, "screens"/"systems"
# 0.48, "baboons"/"animals" 0.53, "rocket"/"flight" 0.58; others of the story "crews"/"systems" 0.35,
# "thieves"/"system" 0.28, "staff"/"baboons" 0.25. Word likeness is coarse -- "police"/"whales" 0.38 -- so the
# structure decides the rest: the act changes its subject's own state, other reports name the noun, each is its
# report's first timed act of the thing, and the two times lie within ``onsets.RIVAL_HOURS``)
THING_SIMILARITY = 0.35
NEAR_DAYS = 31  # two times of one change of state further apart than this tell two happenings
_STARTS = ("first", "began", "against", "precedes")


def _ordinal(iso: str) -> int | None:
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def _year_day(year: float) -> float:
    """A fractional year (``Frame.span``) as a day ordinal."""
    whole = int(year)
    start = date(whole, 1, 1).toordinal()
    return start + (year - whole) * (date(whole + 1, 1, 1).toordinal() - start)


def _clock_hours(f: Frame) -> tuple[float, float] | None:
    """The act's hours in its day: a clock time or a part of the day, not a bound ("by 6pm") -- a part of the day on
    a named day ends with it ("late on Saturday night")."""
    c = f.clock or ""
    if not c or c[:2] in ("<<", ">>"):
        return None
    got = clock_span(c)
    if not got:
        return None
    lo, hi = got[0]
    part = c.lstrip("~<>").split(" ")[0] in DAY_PARTS
    return (lo, min(hi, 24.0)) if part and len(f.time or "") == 10 else (lo, hi)


def when(f: Frame) -> tuple[str, float, float] | None:
    """("abs", lo, hi) hours on the calendar, or ("clock", lo, hi) hours of an unnamed day, else None."""
    hours = _clock_hours(f)
    day = _ordinal(f.time) if f.time and len(f.time) == 10 else None
    if day is not None:
        lo, hi = hours or (0.0, 24.0)
        return "abs", day * 24 + lo, day * 24 + hi
    if hours:
        return "clock", hours[0], hours[1]
    if f.span and f.span.get("lo") is not None and f.span["hi"] - f.span["lo"] < 1:  # part of a month, a season
        return "abs", _year_day(f.span["lo"]) * 24, _year_day(f.span["hi"]) * 24
    if f.time and len(f.time) == 7:
        start = _ordinal(f.time + "-01")
        if start is None:
            return None
        y, m = int(f.time[:4]), int(f.time[5:7])
        end = date(y + m // 12, m % 12 + 1, 1).toordinal()
        return "abs", start * 24.0, end * 24.0
    return None


def _meet(a: tuple[str, float, float], b: tuple[str, float, float], fa: Frame, fb: Frame) -> bool | None:
    """Whether two times can both hold (True), cannot (False), or cannot be set on one timeline (None)."""
    ha, hb = _clock_hours(fa), _clock_hours(fb)
    if a[0] == b[0] == "abs":
        gap = max(a[1] - b[2], b[1] - a[2])
        return None if gap > (RIVAL_HOURS if ha and hb else NEAR_DAYS * 24) else gap < 0
    if ha is None or hb is None:
        return None
    gap = max(ha[0] - hb[1], hb[0] - ha[1])  # one day unsaid: one day (``onsets._shift`` also reads a night: overnight)
    return None if gap > RIVAL_HOURS else gap < 0


def _changes(m: int, rows: list[ClaimRow]) -> bool:
    f = rows[m].frame
    if not _usable(f) or (f.polarity or {}).get("neg") or figures_of(f):  # type: ignore[union-attr]
        return False
    onset = f.onset or {}  # type: ignore[union-attr]
    if not onset.get("thing") or any(k in onset for k in _STARTS) or _series(rows[m].text) \
            or _BOUND.match(f.time_text or ""):  # type: ignore[union-attr]
        return False  # a start (``analyze.onsets``), one of a series, a state up to a bound ("until Friday")
    verb = act_verb(f.act_text or "")  # type: ignore[union-attr]
    return not (verb and verb[1]) and not (f.act or {}).get("recurs")  # type: ignore[union-attr]


def _event_things(members: list[int], rows: list[ClaimRow], things: dict[int, str]) -> tuple[set[str], dict]:
    """The things timed acts happened to that the most documents of the event name (at least ``MIN_DOCS``; all
    that tie), and how many documents name each."""
    stems_of: dict[str, set[str]] = {}
    for m in members:
        stems_of.setdefault(rows[m].document_id, set()).update(content_stems(rows[m].text))
    counts = {w: sum(1 for s in stems_of.values() if any(same_stem(_stem(w), x) for x in s))
              for w in set(things.values())}
    best = max(counts.values(), default=0)
    return ({w for w, n in counts.items() if n == best} if best >= MIN_DOCS else set()), counts


def _stem(word: str) -> str:
    return (content_stems(word) or [word])[0]


def _of_thing(word: str, mains: set[str], named: int) -> bool:
    """The same word as one of the event's things, or one the embedder puts close to it that other reports name
    too (a noun one report alone uses, "queues", "forums", is its own story's)."""
    if any(same_stem(_stem(word), _stem(main)) for main in mains):
        return True
    close = [phrase_similarity(f"the {word}", f"the {main}") for main in mains]
    return named >= MIN_DOCS and any(c is not None and c >= THING_SIMILARITY for c in close)


def _predicate(f: Frame, thing: str) -> str:
    """The act without its subject: the act phrase after the thing's word ("was gritted", "went into the ditch")."""
    words = (f.act_text or "").split()
    at = next((k for k, w in enumerate(words) if same_stem(_stem(w.strip(".,;:'’s")), _stem(thing))), None)
    return " ".join(words[at + 1:] if at is not None else words)


def _one_act(fx: Frame, fy: Frame, tx: str, ty: str) -> bool:
    """Two nouns tell one thing only where they tell one act: the acts, read without their subjects, at least as
    close as ``act_identity`` asks of two phrases about one thing ("were found" / "was discovered", "had beached" /
    "came ashore"); "the bus went into the ditch" / "the road was gritted" are two things of one story."""
    if same_stem(_stem(tx), _stem(ty)):
        return True
    sim = phrase_similarity(_predicate(fx, tx), _predicate(fy, ty))
    return sim is not None and sim >= SUBJECT_PHRASE_SIMILARITY


def _say(f: Frame) -> str:
    return f.span["text"] if f.span and f.span.get("text") and not f.clock else _when(f)


def thing_time_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                         relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the times of the event's thing's change of state compared across sources (module
    docstring): a new pair is appended, a pair held only as related takes the finding (``findings.merge_findings``)."""
    timed = {m: when(rows[m].frame) for m in members if _changes(m, rows)}  # type: ignore[arg-type]
    timed = {m: t for m, t in timed.items() if t}
    things = {m: rows[m].frame.onset["thing"] for m in timed}  # type: ignore[union-attr,index]
    mains, named = _event_things(members, rows, things)
    if not mains:
        return relations
    first: dict[str, int] = {}  # each report's first timed act of the thing: its happening, not its sequel
    for m in sorted(timed, key=lambda m: rows[m].order):
        if rows[m].document_id not in first and _of_thing(things[m], mains, named[things[m]]):
            first[rows[m].document_id] = m
    found: dict[tuple[int, int], Relation] = {}
    acts = sorted(first.values())
    for k, x in enumerate(acts):
        for y in acts[k + 1:]:
            fx, fy = rows[x].frame, rows[y].frame
            if not _other_source(rows[x], rows[y]) or not _of_thing(things[x], {things[y]}, MIN_DOCS) \
                    or not _one_act(fx, fy, things[x], things[y]):  # type: ignore[arg-type]
                continue  # one source (an update), or two things of the story ("the thieves" / "the system")
            meet = _meet(timed[x], timed[y], fx, fy)  # type: ignore[arg-type]
            if meet is not False:
                continue  # times that meet, or that no timeline holds: agreement is ``central_acts``'s, on clocks
            thing = things[x] if things[x] == things[y] else f"{things[x]} / {things[y]}"
            found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                f"time of what happened to the {thing}: {_say(fx)} ({fx.act_text}; "  # type: ignore[union-attr]
                f"{_who(rows[x])}) vs {_say(fy)} ({fy.act_text}; {_who(rows[y])})"), "frames")  # type: ignore
    if not found:
        return relations
    return merge_findings(relations, found)
