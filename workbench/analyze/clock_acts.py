"""One act timed to two clock times by two sources, where no central happening ties them: a conflict.

Why: "nurses walked out at 7am on Monday, the union said" / "the walkout began at 8am, the health board said" time
one act an hour apart, yet each time is told by one report only, so no central happening (``analyze.onsets``: a
time two documents state alike) is known, and the pair rule (``analyze.time_slots``) needs one verb or subject and
one fact cluster. The act is one by structure: the start of a thing whose noun is the other claim's verb with its
particle ("the walkout began" / "walked out", "the shutdown started" / "shut down": English makes nouns of
phrasal verbs so), or two phrases that read as one act (``act_identity.PHRASE_SIMILARITY``) of one thing, not a
thing's deed and then its change of state (``act_identity``'s tests). Here, per event:

* both claims state the act done, not negated, not of a series, no deed that recurs, no message sent (``_TELLING``),
  not both with a figure beside the time (two figures dated are two states), each a clock time (not a part of the day, not a bound);
* on one day, or a day only one states, the two intervals do not meet, within ``onsets.RIVAL_HOURS``;
* two sources, in claims that read as about one happening (``central_acts.DATE_SIMILARITY``).

Pairs already related other than as related (``findings.merge_findings``) keep their verdict.
"""

from __future__ import annotations

import re

import numpy as np

from workbench.analyze.act_identity import PHRASE_SIMILARITY, _deed_and_change, _heads, phrase_similarity
from workbench.analyze.central_acts import DATE_SIMILARITY, _series
from workbench.analyze.findings import merge_findings
from workbench.analyze.named_acts import names_only
from workbench.analyze.onsets import _TELLING, RIVAL_HOURS, _before, _clock, _other_source, _usable, _when, _who
from workbench.analyze.relate import Relation
from workbench.analyze.time_slots import figures_of
from workbench.extract.act_kinds import act_verb
from workbench.extract.words import same_stem
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

# a past verb and its particle: "walked out", "shut down", "broke in" (closed class of particles)
_PHRASAL = re.compile(r"\b([a-z]{2,}?)(?:ed|d)?\s+(out|down|off|up|over|in|back)\b", re.IGNORECASE)
_START = frozenset({"began", "begun", "started", "start"})


def _phrasal_nouns(phrase: str) -> set[str]:
    """Nouns English makes of the phrase's phrasal verbs: "walked out" -> walkout, "shut down" -> shutdown."""
    return {(m.group(1) + m.group(2)).casefold() for m in _PHRASAL.finditer(phrase)}


def _started_thing(f: Frame) -> str | None:
    """What the claim's act is the start of ("the walkout began" -> walkout), without its hyphen."""
    thing = (f.onset or {}).get("thing")
    words = (f.act_text or "").casefold().split()
    return thing.casefold().replace("-", "") if thing and _START & set(words) else None


def one_act(fx: Frame, fy: Frame) -> str | None:
    """What shows two timed claims tell one act (module docstring), else None."""
    for a, b in ((fx, fy), (fy, fx)):
        thing = _started_thing(a)
        if thing and thing in _phrasal_nouns(b.act_text or ""):
            return f"{a.act_text} / {b.act_text}"
    heads = _heads(fx, fy)
    if heads and not same_stem(*heads) or _deed_and_change(fx, fy) or names_only(fx, fy):
        return None  # two things ("the tower" / "the chapel"), or a thing's deed and then its change ("the ferry had
        # left Brenn" / "the ferry went over"): two acts of the story, however alike their phrases read
    close = phrase_similarity(fx.act_text or "", fy.act_text or "")
    return f"{fx.act_text} / {fy.act_text}" if close is not None and close >= PHRASE_SIMILARITY else None


def _timed(r: ClaimRow) -> bool:
    f = r.frame
    return _usable(f) and _clock(f) is not None and not (f.polarity or {}).get("neg") \
        and not _series(r.text) and not _TELLING.search(f.act_text or "") \
        and not (act_verb(r.text) or ("", False))[1]  # type: ignore[union-attr,arg-type]


def clock_conflicts(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> dict[tuple[int, int], Relation]:
    """Two sources' clock times of one act that cannot both hold, keyed by row pair in claim-id order."""
    timed = [m for m in members if _timed(rows[m])]
    found: dict[tuple[int, int], Relation] = {}
    for k, x in enumerate(timed):
        for y in timed[k + 1:]:
            fx, fy = rows[x].frame, rows[y].frame
            gap, back = _before(fx, fy), _before(fy, fx)  # type: ignore[arg-type]
            if gap is None or back is None or not 0 < max(gap, back) <= RIVAL_HOURS \
                    or figures_of(fx) and figures_of(fy) or not _other_source(rows[x], rows[y]) or float(vectors[x] @ vectors[y]) < DATE_SIMILARITY:
                continue
            act = one_act(fx, fy)  # type: ignore[arg-type]
            if act is None:
                continue
            found[(x, y) if rows[x].id <= rows[y].id else (y, x)] = Relation("conflict", (
                f"time of one act ({act}): {_when(fx)} ({_who(rows[x])}) vs {_when(fy)} "  # type: ignore[arg-type]
                f"({_who(rows[y])})"), "frames")  # type: ignore[arg-type]
    return found


def clock_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                    relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with the event's clock conflicts: a new pair is appended, a pair held only as
    related takes the finding (``findings.merge_findings``; ordered by claim id)."""
    found = clock_conflicts(members, rows, vectors)
    if not found:
        return relations
    return merge_findings(relations, found)
