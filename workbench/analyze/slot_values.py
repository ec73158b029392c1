"""Slots that are not numbers: dates, times of day, places and modality ("was closed" vs "will close").

Why a module of its own: ``frame_relate`` compares figures slot by slot; the issue's non-numeric
slot values ("next spring vs the end of the month", "held in Lyon vs held in Grenoble", "11am vs
the afternoon", done vs planned) follow one pattern: two claims about one happening (close, sharing
content) that give that happening different values for one slot.
"""

from __future__ import annotations

import re
from datetime import date

from workbench.analyze.actors import pledged, two_actors
from workbench.analyze.claim_memo import per_claim
from workbench.analyze.fact_slots import shared_act
from workbench.analyze.running_counts import source_revision
from workbench.analyze.sides import Side, _figures, when
from workbench.analyze.written_dates import one_written_day
from workbench.extract.daytimes import clocks_apart
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

_MODAL_CLASH = {frozenset(("done", "planned"))}  # "expected" is a forecast: it does not contradict a report
_MOVED = re.compile(r"\b(?:moved|postponed|delayed|rescheduled|deferred)\b|"
                    r"\b(?:push(?:ed|es)?|brought|bring(?:s)?|put(?:s)?)\b(?: [\w'-]+){0,5} (?:back|forward|off)\b"
                    r"(?=\s+(?:to|until|till|by|a|an|one|two|three|several|\d+)\b|\s*[.,;]|\s*$)|"  # not "brought back as"
                    r"\b(?:earlier|later|sooner) than (?:planned|expected|scheduled)\b|\bahead of schedule\b", re.I)
MODALITY_SIMILARITY = 0.75  # a modality clash needs the two claims to be about one thing
MODALITY_SHARED = 3
# a deed dated before the plan was reported: the dates say both cannot hold; the plan's verb and one more word beyond
TIMED_SHARED = 2  # the speakers' (the body acting, the thing acted on) tie them to one act


@per_claim
def _dates(s: Side) -> list[Quantity]:  # once per claim while an event is related (shared: never mutate)
    return [q for q in s.quantities if q.kind == "date"]


DATE_SIMILARITY, DATE_SHARED = 0.6, 2  # news cites many dates: two are one slot only in close sentences sharing stems


def _planned_day(s: Side) -> bool:
    """A plan dated to a day still ahead when reported ("will reopen on Friday"): that day is the plan's date,
    not the day something was said, so it is a slot value like a written date."""
    f = s.frame
    return bool(f.modality == "planned" and f.time and f.published and len(f.time) == 10
                and f.time > f.published[:10])


_ISO_PREFIX = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _disjoint_times(ta: str, tb: str) -> bool:
    """Two stored reference times that cannot both hold: two days, or two months, or a day outside the
    other's month ("on November 14" / "to February 2027", "in March" / "until June").

    A day inside the month the other names ("in May" / "on May 20") is no clash, and a bare year is too
    coarse to oppose anything (news names years of other happenings); other forms (ISO weeks) compare
    only at one precision."""
    if ta == tb:
        return False
    if _ISO_PREFIX.fullmatch(ta) and _ISO_PREFIX.fullmatch(tb):
        return not (ta.startswith(tb) or tb.startswith(ta))
    return len(ta) == len(tb) >= 10


def _counts_things(f: Frame) -> bool:
    """The frame states a figure of something named ("58,400 patients", "$2 million"), not a bare "the two"."""
    return any(m.get("unit") for m in f.measures)


def _ahead(f: Frame) -> bool:
    """The stored time is not before the report's own month: a schedule ("will open in March"), not history."""
    return bool(f.time and f.published and f.time >= f.published[: len(f.time)])


def _beyond_speakers(shared: list[str], a: Frame, b: Frame) -> list[str]:
    """Shared stems that are not the words of either speaker: what the two claims say, not who says it."""
    said = set(content_stems(" ".join(x.speaker for x in (a, b) if x.speaker)))
    return [w for w in shared if w not in said]


# Aspect verbs (closed class): they say that something goes on, starts or stops, not what; two of them share a slot
# only with a shared subject ("the strike will continue on Thursday" / "talks will continue on Friday").
_ASPECTUAL = frozenset(content_stems("continue continues continued begin begins began start starts started end ends "
                                     "ended resume resumes resumed stop stops stopped finish finishes finished"))


def date_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """Two dates for the same thing of one event: moved (update) or contradictory (conflict)."""
    da, db = _dates(a) or _planned_day(a), _dates(b) or _planned_day(b)
    if not da or not db or not a.frame.time or not b.frame.time:
        return None
    if a.frame.time_said or b.frame.time_said:
        return None  # "a report published Monday": the day of a statement is no date of the deed it reports
    if _counts_things(a.frame) != _counts_things(b.frame):
        return None  # a figure's date is when it was counted ("58,400 at the end of December"), not an act's date
    moved = [s for s in (a, b) if _MOVED.search(s.text)]
    if moved and not _beyond_speakers(shared, a.frame, b.frame):
        return None  # "the health board said" twice shares no happening that could have moved
    # one act dated twice ("is backdated to March 1" / "to April 1") is one slot however the rest is worded
    if not shared or (not moved and not shared_act(a.frame, b.frame) and (len(shared) < DATE_SHARED or sim < DATE_SIMILARITY)):
        return None
    acts = set(shared_act(a.frame, b.frame))
    if not moved and acts and acts <= _ASPECTUAL and not _beyond_speakers([s for s in shared if s not in acts], a.frame, b.frame):
        return None  # "the strike will continue" / "talks will continue": an aspect verb names no happening of its own
    if not _disjoint_times(a.frame.time, b.frame.time) or one_written_day(a.frame, a.quantities, b.frame, b.quantities):
        return None  # one day, or one day as written whatever year each report's tense inferred for it
    if min(len(a.frame.time), len(b.frame.time)) < 10 and not (_ahead(a.frame) and _ahead(b.frame)):
        return None  # a month named for a past happening is mostly background ("last September's attack")
    subject = ", ".join(shared[:3])
    if moved:
        other = b if moved[0] is a else a
        if other.frame.published and other.frame.time < other.frame.published[: len(other.frame.time)]:
            return None  # only a date still ahead when reported can be moved: a past one is another happening
        return "update", f"date moved in a later report ({subject}): {when(other.frame)} → {when(moved[0].frame)}"
    if a.frame.modality == b.frame.modality:
        revised = source_revision(a.frame, b.frame)  # the fund's payout day, moved in its later statement
        if revised is not None:
            return "update", f"date ({subject}): {when(a.frame)} vs {when(b.frame)}: {revised}"
        return "conflict", f"date ({subject}): {when(a.frame)} vs {when(b.frame)}"
    return None


def _shared_loose(a: str, b: str, shared: list[str]) -> list[str]:
    """Shared stems, counting "close"/"clos" ("will close" / "was closed") as one word."""
    sb = content_stems(b)
    return shared + [s for s in dict.fromkeys(content_stems(a)) if s not in shared and any(same_stem(s, t) for t in sb)]


def _plan_governs_shared(planned: Side, done: Side) -> bool:
    """The planning cue governs a predicate the other claim states as a deed ("will close" vs "was closed";
    "agreed to reopen" is not "reopened", "funding" is not "funded"): stems stored at extraction
    (``Frame.plans`` / ``Frame.deeds``), compared loosely ("close"/"clos"). The cue governs its first stem, the
    planned verb; the rest is what it acts on ("will publish its gritting logs": publishing, not gritting)."""
    return any(same_stem(g, s) and g not in _ASPECTUAL and s not in _ASPECTUAL and _acted_on_alike(planned, done, g, s)
               for g in planned.frame.plans[:1] for s in done.frame.deeds)


def _acted_on(text: str, stem: str) -> set[str]:
    """The head of what the verb is done to: the first content stem after it ("reverse a 2014 ban" -> ban); none
    after a passive ("was negotiated for weeks": the thing acted on stands before the verb)."""
    m = re.search(rf"\b{re.escape(stem)}\w*", text, re.IGNORECASE)
    if not m or _PASSIVE.search(text, 0, m.start()):
        return set()
    return set([w for w in content_stems(text[m.end() : m.end() + 60]) if not w.isdigit()][:1])


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


def _acted_on_alike(planned: Side, done: Side, g: str, s: str) -> bool:
    """One act names one thing acted on: the head after one claim's verb is named in the other claim (or none is
    read). "would reverse a ban" / "reversed a decision" are two acts of one verb; "will negotiate a plan" /
    "was negotiated for weeks" (passive) may be one."""
    obj_p, obj_d = _acted_on(planned.text, g), _acted_on(done.text, s)
    if not obj_p or not obj_d:
        return True
    return bool(obj_p & set(content_stems(done.text)) or obj_d & set(content_stems(planned.text)))


CLOCK_SIMILARITY = 0.5
CLOCK_SHARED = 2


# a speech event, or a reporting verb right before the clock: a clock there is when something was said
_SPEECH_EVENT = re.compile(r"\b(?:at|during|in)\s+(?:[\w-]+\s+){0,3}?(?:news conference|press conference|briefing|"
                           r"interview|statement|speech|remarks)\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|told|announced|added|stated|tweeted|wrote)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|announced|added|stated|tweeted|wrote)(?:\s+[\w.]+){0,3}\s+$", re.IGNORECASE)


def _said_at(text: str, clock: str) -> bool:
    """The clock dates a statement: "said late Friday", or a speech event in its clause (between commas or
    semicolons: "at a news conference Friday afternoon, X said"). "Police said the fire began in the morning"
    dates the fire: the verb stands too far from the clock."""
    head = clock.lstrip("~<>").split()[0]  # the bound (">22:00": shortly after) is not part of the hour
    word = str(int(head[:2]) % 12 or 12) if ":" in head else head
    for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        lo = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        ends = [i for i in (text.find(",", m.end()), text.find(";", m.end())) if i >= 0]
        if (_SPEECH_EVENT.search(text, lo, min(ends) if ends else len(text)) and _SAYS.search(text)) \
                or _SAID.search(text, lo, m.start()):
            return True
    return False


def clock_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """Two times of day for one happening on one day ("today at 11am" vs "Tuesday afternoon") that cannot both hold."""
    fa, fb = a.frame, b.frame
    if not fa.clock or not fb.clock or len(shared) < CLOCK_SHARED or sim < CLOCK_SIMILARITY:
        return None
    if not fa.time or fa.time != fb.time:
        return None  # only on one stated day
    if not clocks_apart(fa.clock, fb.clock):
        return None
    if _said_at(a.text, fa.clock) or _said_at(b.text, fb.clock):  # "at a briefing on Friday morning": when said
        return "related", f"times the statements were made, not of one happening: {fa.clock} vs {fb.clock}"
    if _figures(a) and _figures(b):  # "20,000 homes without power in the morning" / "6,000 by the evening": a development
        return "update", f"figures at two times of one day ({fa.time}): {fa.clock} vs {fb.clock}"
    return "conflict", f"time of day ({', '.join(shared[:3])}, {fa.time}): {fa.clock} vs {fb.clock}"


PLACE_SIMILARITY = 0.75  # two places for one happening only in claims this close
PLACE_SHARED = 3


def place_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """Two places for one happening ("held in Lyon" vs "held in Grenoble"): a non-numeric slot that disagrees.

    Only for claims without figures (figures compare on their own slots), of one modality, that
    read as one statement, when neither place is named in the other claim ("in Lyon, near Grenoble").
    """
    fa, fb = a.frame, b.frame
    if not fa.place or not fb.place or fa.place == fb.place or fa.measures or fb.measures:
        return None
    if fa.modality != fb.modality or sim < PLACE_SIMILARITY:
        return None
    pa, pb = set(content_stems(fa.place)), set(content_stems(fb.place))
    if pa & pb or pa & set(content_stems(b.text)) or pb & set(content_stems(a.text)):
        return None
    common = [s for s in shared if s not in pa | pb]
    if len(common) < PLACE_SHARED:
        return None
    return "conflict", f"place ({', '.join(common[:3])}): {fa.place} vs {fb.place}"


def _last_day(iso: str | None) -> str | None:
    """The last day an ISO time covers, for a day ("2026-11-10") or a week ("2026-W42"); None for coarser times."""
    if not iso:
        return None
    if len(iso) == 10:
        return iso
    m = re.fullmatch(r"(\d{4})-W(\d{2})", iso)
    if m:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7).isoformat()
    return None


_CONDITION = re.compile(r"\b(?:if|unless|provided|once)\b", re.IGNORECASE)


def _done_before_plan(done: Frame, planned: Frame, planned_text: str) -> bool:
    """The deed is dated before the plan was reported ("closed last week" / "will close in March", said
    afterwards): the two reports cannot both hold, however differently they are worded. A plan on a
    condition ("will move to a vote if no deal is reached by Feb. 8") schedules nothing: not read."""
    if _CONDITION.search(planned_text):
        return False
    end = _last_day(done.time)
    return bool(end and planned.published and end < planned.published[:10])


def _done_after_plan(done: Frame, planned: Frame, shared: list[str]) -> bool:
    """The deed is dated on or after the day the plan was reported ("would be refloated within days", then
    "was refloated on Tuesday"), and the two share words beyond their speakers' (the thing acted on): the
    counterpart of :func:`_done_before_plan`, so the plan's verb and the dates decide, not the similarity."""
    if not done.time or not planned.published or len(done.time) < 10:
        return False
    return done.time >= planned.published[:10] and len(_beyond_speakers(shared, done, planned)) >= 2


def modality_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """"was closed" vs "will close" on one subject: a conflict, or (the plan dated before its outcome) an update.

    The plan's verb must be the other claim's deed, on shared words; then the time slots decide: a
    deed dated before the plan was reported contradicts it at any similarity, otherwise only claims
    this close are read as one happening."""
    fa, fb = a.frame, b.frame
    if frozenset((fa.modality, fb.modality)) not in _MODAL_CLASH:
        return None
    done, later = (fa, fb) if fa.modality == "done" else (fb, fa)
    timed, carried = _done_before_plan(done, later, (b if fa.modality == "done" else a).text), _done_after_plan(done, later, shared)
    loose = _shared_loose(a.text, b.text, shared)
    if ((sim >= MODALITY_SIMILARITY or timed or carried)
            and (len(loose) >= MODALITY_SHARED or (timed and len(_beyond_speakers(loose, fa, fb)) >= TIMED_SHARED))
            and _plan_governs_shared(*((a, b) if fa.modality == "planned" else (b, a)))):
        if not timed and done.time and (not later.time or (len(later.time) == len(done.time) and later.time <= done.time)):
            # "is set to vote" / "voted Wednesday": the plan and, dated, its outcome: a development
            return "update", f"planned, then done ({when(done)}): {', '.join(shared[:3])}"
        if (sim < MODALITY_SIMILARITY and not timed) or two_actors(fa, fb) or pledged(later):
            return None  # carried out at a date the plan did not name, or one actor's plan and another's deed
        times = f"{when(done)} vs {when(later)}; " if done.time or later.time else ""
        return "conflict", f"modality: {done.modality} vs {later.modality} ({times}{', '.join(shared[:3])})"
    return None


def plan_vs_deed(fa: Frame | None, fb: Frame | None) -> str | None:
    """"planned vs done" when one claim plans or expects what the other states as done.

    Why: a plan and a deed read alike ("will close the bank next week" / "the bank was shut down on Friday"),
    so similarity alone called them one assertion; whether the deed carried the plan out or contradicts it
    is for the modality rule (:func:`modality_relation`) or the reviewer, never a paraphrase."""
    if fa is None or fb is None or any((f.polarity or {}).get("neg") for f in (fa, fb)):
        return None  # "would not back down": a negated plan is read as no plan, not as a deed
    if {fa.modality, fb.modality} != {"done", "planned"}:
        return None
    done = fa if fa.modality == "done" else fb
    # only a dated deed: undated "is being deployed" / "will be deployed" are mostly one plan worded twice
    return f"{fa.modality} vs {fb.modality}" if done.time or done.days else None
