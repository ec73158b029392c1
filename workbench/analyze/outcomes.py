"""Outcomes of one act compared across the reports of an event (``Frame.outcome``, ``extract.outcomes``).

Why: values that are not numbers disagree too, and a reviewer needs them flagged with the slot named:

* one named person said to have resigned (or stepped aside) in one report and to have been sacked (or suspended)
  in another: a **conflict** for review (suspended vs sacked is none: a removal may follow a suspension) (the same kind, on a day both allow: **agree**), decided by the person and the departure kind stored at extraction, not by how alike the two
  sentences read ("The board dismissed X" / "X, who ran it for a decade, resigned, his lawyer said");
* an act reported done on a day against a report that it will not happen before a later date: a **conflict**;
* an activity said to restart (or to have restarted) on a day inside a closure stated to last at least a
  span: a **conflict** ("will reopen on Thursday" / "shut for at least a month", said on Tuesday); the two share a
  word, or the restart is the closed site's own work ("production will restart on Monday" / "the mine will stay
  closed for at least three months");
* a planned date stated as changed ("will now report by August 31") against the earlier date of that plan:
  an **update**, the reason saying the date moved, not a contradiction between outlets;
* two routes of one getting in or out with no word in common ("through a skylight" / "via a basement shaft"):
  a **conflict**; with a word in common ("a roof window" / "a skylight on the roof"): **agree**;
* where a movement ended, who a thing went to (``analyze.ends``);
* one person or role stated hurt (or killed) by one source and unhurt by another (``extract.harms``): a
  **conflict**;
* one thing stated to have worked by one source and to have failed by another (``analyze.workings``);
* one named person's verdict: convicted vs acquitted, or the same in other verbs (``analyze.verdicts``);
* a plan kept vs moved, a holding kept vs lost, by two sources (``analyze.courses``);
* one decision binding vs advisory, by two sources (``analyze.bindings``).

Conservative by design: both claims must state the slot compared; a slot one side leaves out is no discrepancy.
"""

from __future__ import annotations

from workbench.analyze.act_slots import act_slot_relation
from workbench.analyze.bindings import binding_relation
from workbench.analyze.courses import course_relation
from workbench.analyze.ends import end_relation
from workbench.analyze.nobody import nobody_vs_harm
from workbench.analyze.sides import Side, same_source, when
from workbench.analyze.verdicts import verdict_relation
from workbench.analyze.workings import meet, working_relation
from workbench.extract.outcomes import RESUME_STEMS
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame

IMPOSED = frozenset(("was suspended", "was removed"))  # kept from a post, then removed: one may follow the other
# the work done at a site, which restarts when the site reopens (closed class of activity nouns, as stems)
ACTIVITIES = frozenset(content_stems("production operations work mining trading activity"))
MOVED_SHARED = 2  # words in common besides the speakers' for a date "now" changed by another source to be one plan's


def _out(f: Frame) -> dict:
    return f.outcome or {}


def _stated_years(s: Side) -> set[str]:
    """Years the claim's dates state (a weekday resolved against the report's date states none)."""
    return {q.iso[:4] for q in s.quantities if q.kind == "date" and q.iso and q.iso[:4].isdigit()}


def departure_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """Two characterisations of one named person's departure that exclude each other; None otherwise."""
    fa, fb = a.frame, b.frame
    la, lb = _out(fa).get("leaver"), _out(fb).get("leaver")
    if not la and not lb:  # no name on either side: one role on both ("the head keeper" / "the head elephant keeper")
        la = lb = one_role(fa, fb)
    if not (la and lb and fa.departure and fb.departure) or la.split()[-1].casefold() != lb.split()[-1].casefold():
        return None  # no person named on a side, or two people's departures
    if _stated_years(a) != _stated_years(b):
        return None  # "In 2013, X was removed from his post": a year one side states makes it another departure
    who = max(la, lb, key=len)
    if fa.departure != fb.departure and {fa.departure, fb.departure} <= IMPOSED:
        return None  # suspended, then removed: two steps, the date rules compare them
    if fa.departure != fb.departure:
        return "conflict", f"characterisation of one departure ({who}): {fa.departure} vs {fb.departure}; review"
    ta, tb = fa.time or "", fb.time or ""
    if ta.startswith(tb) or tb.startswith(ta):  # the day, where both say one, is the same: the other slots agree
        return "agree", f"same departure ({who}): {fa.departure} in both"
    return None  # two days for one departure: the date rules compare them


def one_role(fa: Frame, fb: Frame) -> str | None:
    """The role both unnamed departures are said of ("head keeper"): one head, and where both name words before it,
    a word in common ("the finance minister" / "the health minister" are two people); None otherwise."""
    ra, rb = _out(fa).get("role") or [], _out(fb).get("role") or []
    if not ra or not rb or not same_stem(ra[-1], rb[-1]) or not meet(ra[:-1], rb[:-1]):
        return None
    return " ".join(max(ra, rb, key=len))


def unnamed_departures(fa: Frame | None, fb: Frame | None) -> tuple[str | None, str | None]:
    """The two departure kinds for the wording rule (close sentences sharing words), which is left to pairs where a
    side names no leaver: when both do, :func:`departure_relation` has compared the persons (two people: no clash)."""
    if fa is None or fb is None or (_out(fa).get("leaver") and _out(fb).get("leaver")):
        return None, None
    if fa.departure != fb.departure and {fa.departure, fb.departure} <= IMPOSED:
        return None, None  # a suspension and a removal do not exclude each other
    if "was suspended" in (fa.departure, fb.departure) and not one_role(fa, fb):
        return None, None  # things are suspended too: one role, named on both sides
    return fa.departure, fb.departure


def _not_before(a: Side, b: Side, shared: list[str]) -> tuple[str, str] | None:
    """"refunds were paid on Saturday" / "will not be refunded before October": done before the stated bound."""
    for bound, done in ((a, b), (b, a)):
        o = _out(bound.frame)
        day, act = o.get("not_before"), o.get("act")
        t = done.frame.time
        if not day or not act or done.frame.modality != "done" or not t or (done.frame.polarity or {}).get("neg"):
            continue
        # the bound act is what the other claim states as done, or what its deed was done to ("refunds were paid")
        acted = [s.lower() for s in done.frame.deeds + done.frame.act_subject]
        if t[: len(day)] < day[: len(t)] and any(same_stem(act, s) for s in acted):
            return "conflict", f"outcome ({act}): done {when(done.frame)} vs not before {when(bound.frame)}"
    return None


def _activity(back: Side, shut: Side) -> list[str]:
    """The restart's subject when it is the work done at a site (closed class: "production will restart"), told of no
    other place than the closure's, by another source: the closed site's own activity, though the two share no word."""
    head = (back.frame.act_subject or [""])[-1].lower()
    if head not in ACTIVITIES or same_source(back.frame, shut.frame):
        return []  # not a site's work, or one source's own later word (the site reopened sooner: an update)
    for x, y in ((back, shut), (shut, back)):  # a place one names that the other does not: another site's work
        if x.frame.place and not set(content_stems(x.frame.place)) <= set(content_stems(y.text)):
            return []
    return [head]


def _resumes_inside_closure(a: Side, b: Side, shared: list[str]) -> tuple[str, str] | None:
    """A restart dated inside a closure stated to last at least a span, of one thing both claims name (not in the
    name of who says it), by two sources: one source's later span is its own update of its earlier date."""
    if same_source(a.frame, b.frame):
        return None
    said = set(content_stems(a.frame.speaker or "")) | set(content_stems(b.frame.speaker or ""))
    shared = [s for s in shared if s not in said]
    for shut, back in ((a, b), (b, a)):
        until, day = _out(shut.frame).get("closed_until"), _out(back.frame).get("resumes")
        began = shut.frame.published or shut.frame.time  # a restart before the closure was reported is no clash
        if not until or not day or not began or not began[:10] <= day < until:
            continue
        things = [s for s in shared if not any(same_stem(s, r) for r in RESUME_STEMS)] or _activity(back, shut)
        if things:
            return "conflict", (f"outcome ({', '.join(things[:3])}): restarts {when(back.frame)} vs closed until at "
                                f"least {until}")
    return None


def _moved_now(a: Side, b: Side, shared: list[str]) -> tuple[str, str] | None:
    """A planned date stated as changed ("will now report by August 31") against the plan's earlier date."""
    for now, old in ((a, b), (b, a)):
        fn, fo = now.frame, old.frame
        if not _out(fn).get("now") or _out(fo).get("now") or not fn.time or not fo.time:
            continue
        if fo.modality not in ("planned", "expected") or fn.time.startswith(fo.time) or fo.time.startswith(fn.time):
            continue
        if (fn.published or "") < (fo.published or ""):
            continue  # the earlier report cannot have moved a date stated later
        sa, sb = (set(content_stems(f.speaker or "")) for f in (fn, fo))
        own = bool(sa & sb)  # its own source ("the board" / "a board spokesman") moved it: one shared word will do
        if len([s for s in shared if s not in sa | sb]) >= (1 if own else MOVED_SHARED):
            return "update", (f"date moved, stated as changed (\"now\") ({', '.join(shared[:3])}): "
                              f"{when(fo)} → {when(fn)}")
    return None


def route_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """Two routes of one getting in (or out) by compatible actors: no word in common is a conflict ("a skylight on
    the roof" / "a basement ventilation shaft"), a word in common agrees ("a roof window")."""
    ra, rb = _out(a.frame).get("route"), _out(b.frame).get("route")
    if not ra or not rb or ra["dir"] != rb["dir"]:
        return None
    if ra["who"] and rb["who"] and not any(same_stem(x, y) for x in ra["who"] for y in rb["who"]):
        return None  # two actors' ways in ("the firefighters" / "the thieves")
    common = [x for x in ra["stems"] if any(same_stem(x, y) for y in rb["stems"])]
    if common:
        return "agree", f"same route ({ra['dir']}; {', '.join(common[:3])}): {ra['text']} ~ {rb['text']}"
    return "conflict", f"route of one act (got {ra['dir']}): {ra['text']} vs {rb['text']}"


def harm_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """One person or role ("the driver", "the driver of the van") stated hurt or killed by one source and unhurt by
    another: a **conflict**; two people ("the driver of the van" / "the driver of the car") or one source are not."""
    ha, hb = _out(a.frame).get("harm"), _out(b.frame).get("harm")
    if not ha or not hb or not same_stem(ha["head"], hb["head"]) or same_source(a.frame, b.frame):
        return nobody_vs_harm(a, b)
    if ha.get("indef") or hb.get("indef"):
        return None  # "a firefighter" may be another one than "the firefighter"
    fewer, more = sorted((ha["who"], hb["who"]), key=len)
    states = (ha["state"], hb["state"])
    if not all(any(same_stem(x, y) for y in more) for x in fewer) or "unhurt" not in states or "ill" in states \
            or ha["state"] == hb["state"]:  # taken ill is no injury: "unhurt" does not deny it
        return None
    who = max(ha["text"], hb["text"], key=len)
    return "conflict", (f"outcome for one person ({who}): {ha['state']} ({a.frame.speaker or 'the report'}) vs "
                        f"{hb['state']} ({b.frame.speaker or 'the report'})")


def outcome_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two claims' outcome slots (module docstring), else None (other slots decide)."""
    if not (a.frame.outcome or b.frame.outcome):
        return None
    left = departure_relation(a, b)
    if left is not None and left[0] == "agree" and act_slot_relation(a, b, shared, sim) is not None:
        left = None  # one departure, but who did it or why differs: the act's slots say so
    return (left or _not_before(a, b, shared) or _resumes_inside_closure(a, b, shared)
            or _moved_now(a, b, shared) or route_relation(a, b) or end_relation(a, b, shared, sim)
            or harm_relation(a, b) or working_relation(a, b)
            or verdict_relation(a, b) or course_relation(a, b) or binding_relation(a, b))
