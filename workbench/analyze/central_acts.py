"""The event's central happening, told in other verbs by other sources: one time agrees; two places conflict.

Why: reports of one happening time it alike in wholly different words ("the roof fell in at 6.50am" / "the roof
came down at 06:50"; "the systems went down at 11.20pm" / "operators lost access at 23:20"), and the pair rules
(``time_slots``) need the two acts to share a verb or a subject, which they seldom do; and two sources place it
apart ("overturned near exit 14" / "left the road between exits 15 and 16"), which no slot compared. The event
knows which act is its central happening (``analyze.onsets``: the clock time the most documents state alike), and
extraction stored each act's place (``Frame.onset["where"]``, ``extract.act_places``). Here, per event:

* **agree**: two claims of two sources that both time the central happening, whose clock times (read on one
  timeline: "6.50am" = "06:50" on one day) meet, in claims that read as about one happening
  (``onsets.TOLD_SIMILARITY``) and state no figure beside the time (a figure only one confirms is no agreement);
  the reason names both times, both acts and both sources; two claims that state one calendar day and one clock
  time of it ("4.30pm on Sunday" / "half past four on Sunday afternoon") need read alike only
  ``DAY_AND_CLOCK_SIMILARITY`` (a part of the day, "at dawn", is hours wide: the usual likeness holds there);
* **agree** on another happening of the story: two reports stating one minute of the clock ("19:20" / "7.20pm", on
  one day where both say it), for acts whose phrases read close, in claims about one happening (``_same_minute``);
* **conflict** on the day: one act dated to two days (within a week) by two sources ("came across the asbestos on
  Monday" / "turned up the asbestos on Thursday last week"), in claims that read as one happening
  (``DATE_SIMILARITY``) with act phrases that read as one (``act_identity.PHRASE_SIMILARITY``), neither an instance
  of a series ("a second", "the latest"), nor a deed that recurs (a denial), nor a figure or a bound ("by Friday");
* **conflict**: the places two sources give for the story's act, where both are told as places on one numbered
  series ("junction 14" / "junctions 15 and 16", kept as intervals: "between 13 and 16" holds 14, a broader place,
  no conflict) that do not meet -- or two bare names ("in Lyon" / "in Grenoble"), neither a state (a country
  holds its towns), neither named by the other report at all (one that names both may hold one in the other), for
  acts whose phrases read as one (``act_identity.PHRASE_SIMILARITY``); either way each the first act its report
  places (a report places its story's happening first; what follows is its consequences: a closure, an evacuation).

Claims of one document, a negated, planned or reported-as-said time are left alone; so are two times of one source
(an update), except where they meet: one source quoted alike by two outlets is an agreement between the outlets.
"""

from __future__ import annotations

import re

import numpy as np

from workbench.analyze.act_identity import PHRASE_SIMILARITY, SUBJECT_PHRASE_SIMILARITY, _instances, phrase_similarity
from workbench.analyze.dated_acts import WEEK
from workbench.analyze.findings import merge_findings
from workbench.analyze.named_acts import names_only
from workbench.analyze.onsets import (
    TOLD_SIMILARITY,
    _before,
    _central,
    _clock,
    _day,
    _other_source,
    _usable,
    _when,
    _who,
)
from workbench.analyze.relate import Relation
from workbench.analyze.time_slots import figures_of
from workbench.extract.act_kinds import act_verb
from workbench.extract.daytimes import DAY_PARTS, POINT_PARTS
from workbench.extract.places import STATES
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

# two claims stating one day and one clock time of the central happening need read alike only this much (dev D1-D68)
DAY_AND_CLOCK_SIMILARITY = 0.1
# two claims dating one act to two days must read as about one happening at least this much (as ``onsets.SIMILARITY``)
DATE_SIMILARITY = 0.4
_BOUND = re.compile(r"(?:by|until|till|before|since|after)\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\b", re.IGNORECASE)  # a passive's doer: "was ordered by the board"


def _pair(x: int, y: int, rows: list[ClaimRow]) -> tuple[int, int]:
    return (x, y) if rows[x].id <= rows[y].id else (y, x)


def _told(fx: Frame, fy: Frame) -> float:
    """How alike two claims timing the central happening must read: one calendar day stated by both, and one time on
    it, tell one happening in any words ("4.30pm on Sunday" / "half past four on Sunday afternoon"); a part of the day
    ("at dawn") is hours wide, where another act of the story may lie too."""
    one_day = bool(fx.time) and len(fx.time) == 10 and fx.time == fy.time
    parts = any((f.clock or "").lstrip("~<>").split(" ")[0] in POINT_PARTS for f in (fx, fy))  # "dawn": hours wide
    return DAY_AND_CLOCK_SIMILARITY if one_day and not parts else TOLD_SIMILARITY


def _other_report(a: ClaimRow, b: ClaimRow) -> bool:
    """Two reports (documents, outlets): one source quoted by two outlets telling one time is an agreement between
    the outlets ("police said" in both); only a rival account needs two sources (one source's two times is an update)."""
    return a.document_id != b.document_id and (a.outlet is None or a.outlet != b.outlet)


def _agrees(central: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Two sources timing the central happening alike, in other words (module docstring)."""
    found: dict[tuple[int, int], Relation] = {}
    for k, x in enumerate(central):
        for y in central[k + 1:]:
            fx, fy = rows[x].frame, rows[y].frame
            if not _other_report(rows[x], rows[y]) or float(vectors[x] @ vectors[y]) < _told(fx, fy) \
                    or (fx.polarity or {}).get("neg") or (fy.polarity or {}).get("neg") \
                    or figures_of(fx) and figures_of(fy):  # type: ignore[union-attr]
                continue
            gap, back = _before(fx, fy), _before(fy, fx)  # type: ignore[arg-type]
            if gap is None or back is None or max(gap, back) > 0:
                continue  # the two times do not meet: a rival account, read in ``analyze.onsets``
            found[_pair(x, y, rows)] = Relation("agree", (
                f"same time of the central happening: {_when(fx)} ({fx.act_text}; {_who(rows[x])}) = "  # type: ignore
                f"{_when(fy)} ({fy.act_text}; {_who(rows[y])})"), "frames")  # type: ignore[union-attr]
    return found


def _minute(f: Frame) -> str | None:
    """A clock time to the minute ("19:20"), with its day where stated; None for a part of the day or a bound."""
    c = f.clock or ""
    return None if not c or c[0] in "~<>" or c.split(" ")[0] in DAY_PARTS else f"{c} {f.time or ''}"


def _same_minute(timed: list[int], central: list[int], rows: list[ClaimRow],
                 vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Another happening of the story than the central one, timed to one minute by two reports whose act phrases read
    close (``act_identity.SUBJECT_PHRASE_SIMILARITY``) in claims about one happening (``TOLD_SIMILARITY``): "the ship
    rolled onto its side at 19:20" / "the ferry went over at 7.20pm". One minute alone does not make two acts one."""
    found: dict[tuple[int, int], Relation] = {}
    minutes = {m: _minute(rows[m].frame) for m in timed if m not in central}  # type: ignore[arg-type]
    for k, x in enumerate(minutes):
        for y in list(minutes)[k + 1:]:
            fx, fy = rows[x].frame, rows[y].frame
            if not minutes[x] or not minutes[y] or minutes[x].split()[0] != minutes[y].split()[0] \
                    or (fx.time and fy.time and fx.time != fy.time) or not _other_report(rows[x], rows[y]) \
                    or float(vectors[x] @ vectors[y]) < TOLD_SIMILARITY or (fx.polarity or {}).get("neg") \
                    or (fy.polarity or {}).get("neg") or figures_of(fx) and figures_of(fy):  # type: ignore[union-attr]
                continue
            close = phrase_similarity(fx.act_text or "", fy.act_text or "")  # type: ignore[union-attr]
            if close is None or close < SUBJECT_PHRASE_SIMILARITY:
                continue
            found[_pair(x, y, rows)] = Relation("agree", (
                f"same minute of one act: {_when(fx)} ({fx.act_text}; {_who(rows[x])}) = "  # type: ignore[union-attr]
                f"{_when(fy)} ({fy.act_text}; {_who(rows[y])})"), "frames")  # type: ignore[union-attr]
    return found


_CALENDAR = frozenset("week weekend month year night monday tuesday wednesday thursday friday saturday sunday".split())


def _series(text: str) -> bool:
    """The claim marks its act as one of several ("for the first time in weeks", "their latest attempt", "a second
    night"); "last week" / "next Monday" only date it."""
    words = text.casefold().replace(",", " ").replace(".", " ").split()
    return any(w in _instances(w) and not (w in ("last", "next") and words[k + 1:k + 2] and words[k + 1] in _CALENDAR)
               for k, w in enumerate(words))


def _two_voices(fx: Frame, fy: Frame) -> bool:
    """One deed told in the passive and in the active, with one verb: the passive's thing is named in the active's
    phrase and the active's doer in the passive's ("a recount was ordered by the commission" / "the commission had
    ordered the recount"; ``Frame.onset``'s ``"thing"`` and ``"deed"``), however far apart the two phrases read; a
    passive that names no doer at all ("the recount was ordered") names no other one, and is the same deed too."""
    for a, b in ((fx, fy), (fy, fx)):
        thing, doer = (a.onset or {}).get("thing"), (b.onset or {}).get("deed")
        verbs = act_verb(a.act_text or ""), act_verb(b.act_text or "")
        if thing and doer and not same_stem(thing, doer) and verbs[0] and verbs[1] and verbs[0][0] == verbs[1][0] \
                and (any(same_stem(doer, w) for w in content_stems(a.act_text or ""))
                     or not _AGENT.search(a.act_text or "")) \
                and any(same_stem(thing, w) for w in content_stems(b.act_text or "")):
            return True
    return False


def _dates(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """One act dated to two days by two sources (module docstring): the day compared like a clock time."""
    dated = [m for m in members if _usable(rows[m].frame) and len(rows[m].frame.time or "") == 10  # type: ignore
             and not (rows[m].frame.polarity or {}).get("neg") and not figures_of(rows[m].frame)  # type: ignore
             and not _BOUND.match(rows[m].frame.time_text or "")]  # type: ignore[union-attr]
    # a figure dated is a state on that day ("31,000 homes were still cut off on Tuesday"), a bound ("by Friday") a
    # state up to then: neither dates one act
    found: dict[tuple[int, int], Relation] = {}
    for k, x in enumerate(dated):
        for y in dated[k + 1:]:
            fx, fy = rows[x].frame, rows[y].frame
            days = abs(_day(fx) - _day(fy))  # type: ignore[arg-type,operator]
            if not 0 < days <= WEEK or not _other_source(rows[x], rows[y]) \
                    or float(vectors[x] @ vectors[y]) < DATE_SIMILARITY or _series(rows[x].text) \
                    or _series(rows[y].text) or any((act_verb(rows[m].text) or ("", False))[1] for m in (x, y)):
                continue  # one of a series ("met for the first time in weeks", "their latest attempt"), or a deed
                # that recurs (a demand, an announcement): each day may date another instance
            if names_only(fx, fy):  # type: ignore[arg-type]
                continue  # two acts of one named participant ("X resigned" / "X was arrested"): ``named_acts``
            close = phrase_similarity(fx.act_text or "", fy.act_text or "")  # type: ignore[union-attr]
            if (close is None or close < PHRASE_SIMILARITY) and not _two_voices(fx, fy):  # type: ignore[arg-type]
                continue
            found[_pair(x, y, rows)] = Relation("conflict", (
                f"day of one act: {fx.time} ({fx.act_text}; {_who(rows[x])}) vs "  # type: ignore[union-attr]
                f"{fy.time} ({fy.act_text}; {_who(rows[y])})"), "frames")  # type: ignore[union-attr]
    return found


def _where(r: ClaimRow) -> dict | None:
    f = r.frame
    if f is None or f.modality not in ("done", "quoted") or f.time_said or (f.polarity or {}).get("neg"):
        return None
    return (f.onset or {}).get("where")


def _numbered_apart(wx: dict, wy: dict) -> str | None:
    """One numbered series in both places, and the two intervals on it do not meet."""
    for noun, (lo, hi) in wx.get("numbered", {}).items():
        other = wy.get("numbered", {}).get(noun)
        if other and (hi < other[0] or other[1] < lo):
            return noun
    return None


def _names_apart(wx: dict, wy: dict, x: ClaimRow, y: ClaimRow, names_of: dict[str, set[str]]) -> bool:
    """Two bare names, no state among them, that neither report names beside its own."""
    nx, ny = set(wx["names"]), set(wy["names"])
    if not (wx.get("bare") and wy.get("bare")) or not nx.isdisjoint(ny) or (nx | ny) & STATES:
        return False
    return nx.isdisjoint(names_of[y.document_id]) and ny.isdisjoint(names_of[x.document_id])


def _places(members: list[int], rows: list[ClaimRow]) -> dict[tuple[int, int], Relation]:
    """Two sources placing the story's act apart (module docstring): each report's first placed act is its story's;
    what follows is its consequences."""
    first: dict[str, int] = {}  # each report's first placed act (only these are compared: pairs of reports, not claims)
    for m in sorted((m for m in members if _where(rows[m])), key=lambda m: rows[m].order):
        first.setdefault(rows[m].document_id, m)
    placed = sorted(first.values())
    names_of: dict[str, set[str]] = {}
    bare = sum(1 for m in placed if _where(rows[m]).get("bare")) >= 2  # type: ignore[union-attr]
    for m in members if bare else []:  # every name word a report uses, in any claim: does it name the other place?
        names_of.setdefault(rows[m].document_id, set()).update(
            w.casefold().strip(".,;:!?\"“”()").rstrip("'’s") for w in rows[m].text.split() if w[:1].isupper())
    found: dict[tuple[int, int], Relation] = {}
    for k, x in enumerate(placed):
        for y in placed[k + 1:]:
            if not _other_source(rows[x], rows[y]):
                continue
            wx, wy = _where(rows[x]), _where(rows[y])
            series = _numbered_apart(wx, wy)  # type: ignore[arg-type]
            if series is None and _names_apart(wx, wy, rows[x], rows[y], names_of):  # type: ignore[arg-type]
                close = phrase_similarity(rows[x].frame.act_text or "", rows[y].frame.act_text or "")  # type: ignore
                series = "" if close is not None and close >= PHRASE_SIMILARITY else None
            if series is None:
                continue
            found[_pair(x, y, rows)] = Relation("conflict", (
                f"place of one act: {wx['prep']} {wx['text']} ({rows[x].frame.act_text}; "  # type: ignore
                f"{_who(rows[x])}) vs {wy['prep']} {wy['text']} ({rows[y].frame.act_text}; "  # type: ignore
                f"{_who(rows[y])})"), "frames")
    return found


def central_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                      relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the central happening's agreeing times and conflicting places: a new pair is appended, a
    pair held only as related takes the finding (``findings.merge_findings``) (ordered by claim id)."""
    timed = [m for m in members if _usable(rows[m].frame) and _clock(rows[m].frame)]  # type: ignore[arg-type]
    central = _central(timed, rows)
    found = _dates(members, rows, vectors) | _agrees(central, rows, vectors) | _places(members, rows) \
        | _same_minute(timed, central, rows, vectors)
    if not found:
        return relations
    return merge_findings(relations, found)
