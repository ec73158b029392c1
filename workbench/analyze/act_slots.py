"""One act's agent, stated reason and means compared across the reports of an event (``Frame.act``).

Why: the discrepancies between outlets that no figure, date or place slot caught were about *who* did an
act ("on the orders of" one official vs "by" another), *why* ("for violating policies" vs "because of
what his words showed") and *how* ("by signing a petition" vs "using a letter"). Extraction stores those
slots where a closed-class connective states them (``extract.causes``); here two claims about the same
act verb (and sharing what it is done to) are compared:

* two named agents with no name in common for an act that happens once (not a verb of saying or
  stance, which recurs and may well be done by both): a **conflict**, the reason naming both;
* two stated reasons, or two means, with no word in common: **related**, "different stated reason
  ... ; review": reasons seldom exclude each other (a firing can have a stated reason and a motive), so
  the pair is shown for review, never called a contradiction.

Conservative by design: both claims must state the slot; a slot one side leaves out is no discrepancy.
"""

from __future__ import annotations

from workbench.analyze.sides import Side, when
from workbench.analyze.slot_values import _done_before_plan
from workbench.extract.words import same_stem
from workbench.models import Frame

ACT_SIMILARITY = 0.5  # the two claims must read as about one happening; the shared verb and object decide
SHARED_OBJECT = 2  # words in common besides the verb and the slot values: what the act is done to, and by whom
_DONE = ("done", "quoted")
ACTED_ON_WORDS = 1  # a word of what the plan acts on is a word of the deed's (passive) subject
PLAN_DEED_SHARED = 3  # a deed against a plan in other verbs: the two claims share this many words (as the modality rule)
PLAN_DEED_SIMILARITY = 0.6  # ... and read as about one happening
_LABEL = {"agent": "agent", "cause": "stated reason", "means": "means"}


def _apart(x: list[str], y: list[str]) -> bool:
    """No stem of one slot value is a stem of the other ("F.B.I. deputy director" / "the bureau's deputy")."""
    return not any(same_stem(s, t) for s in x for t in y)


def act_slot_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two claims' stated agent, reason or means for one act, else None (other slots decide)."""
    xa, xb = a.frame.act, b.frame.act
    if not xa or not xb or sim < ACT_SIMILARITY or not same_stem(xa["verb"], xb["verb"]):
        return None
    if a.frame.modality not in _DONE or b.frame.modality not in _DONE:
        return None  # a plan's or a denial's reason is another comparison
    slot_words = {s for x in (xa, xb) for k in _LABEL for s in (x.get(k) or {}).get("stems", ())}
    objects = [s for s in shared if s not in slot_words and not same_stem(s, xa["verb"])]
    if len(objects) < SHARED_OBJECT:
        return None
    for slot in ("agent", "cause", "means"):
        va, vb = xa.get(slot), xb.get(slot)
        if not va or not vb or not _apart(va["stems"], vb["stems"]):
            continue
        what = f"{_LABEL[slot]} for one act ({xa['verb']}; {', '.join(objects[:3])}): {va['text']} vs {vb['text']}"
        if slot == "agent" and not (xa.get("recurs") or xb.get("recurs")):
            return "conflict", f"different {what}"
        return "related", f"different {what}; review"
    return None


def planned_act_done(fa: Frame, fb: Frame) -> list[str]:
    """What shows that the deed one claim reports is the act the other plans, else [].

    Why: a plan and a dated deed in similar words are never one statement, but they are worth a reviewer's look
    only when the deed is the planned act; two different acts of one story that share its names ("will vote on
    the budget" / "closed the reservoir") are not. Read from what extraction stored (``Frame.plans``,
    ``Frame.deeds``, ``Frame.act_subject``): the planned verb is the deed ("will relocate" / "relocated"); or
    what the plan acts on is what the deed was done to ("will close the mill" / "the mill was shut"); or one
    thing, not a name, is the subject of both ("the strike will continue" / "the strike ended"). A shared
    actor alone ("Mayor X will sign ..." / "Mayor X vetoed ...") is two acts of one person."""
    plan, done = (fa, fb) if fa.modality == "planned" else (fb, fa)
    act = [g for g in plan.plans if any(same_stem(g, s) for s in done.deeds)]
    return act or one_thing(plan, done)


def one_thing(plan: Frame, done: Frame) -> list[str]:
    """The plan's act and the deed are one in other verbs: what the plan acts on is the deed's passive subject, or
    both subjects have one head noun that is no name ("the strike" / "the strike"; not "the vice presidential
    debate" / "the president")."""
    acted_on = [g for g in plan.plans[1:] if any(same_stem(g, s.lower()) for s in done.act_subject)]
    if len(acted_on) >= ACTED_ON_WORDS:
        return acted_on
    hp, hd = plan.act_subject[-1:], done.act_subject[-1:]
    return hp if hp and hd and hp[0].islower() and same_stem(hp[0], hd[0]) else []


def deed_against_plan(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """A deed dated before the other report was published against that report's plan of the same act in other
    words ("the strike ended on Monday night" / "the strike will continue on Tuesday", said on Tuesday): both
    cannot hold. Only where the verbs differ (``one_thing``: the thing both speak of says it is one act; one verb
    is the modality rule's), in claims this close; a plan on a condition, a negated plan or a deed dated after the
    plan was reported is not read (the latter may be the plan carried out: shown for review instead)."""
    fa, fb = a.frame, b.frame
    if {fa.modality, fb.modality} != {"done", "planned"} or any((f.polarity or {}).get("neg") for f in (fa, fb)) \
            or len(shared) < PLAN_DEED_SHARED or sim < PLAN_DEED_SIMILARITY:
        return None
    plan, done = (a, b) if fa.modality == "planned" else (b, a)
    act = one_thing(plan.frame, done.frame)
    if not act or not _done_before_plan(done.frame, plan.frame, plan.text):
        return None
    return "conflict", (f"modality: done vs planned ({when(done.frame)} vs {when(plan.frame)}; {', '.join(act[:3])}): "
                        "done before the plan was reported")
