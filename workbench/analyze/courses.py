"""One thing's course compared across two sources (``Frame.outcome["course"]``): a plan kept against a plan moved,
a holding kept against a holding lost.

Why: "the exams will go ahead as planned" / "the exams have been put back by two weeks" and "X will keep her title"
/ "X will lose her title" share all their words but the verb, so the paraphrase rule reads them as one statement;
extraction stored the subject, the slot and whether the course is kept (``extract.courses``). Here two claims
conflict when two different sources state them (not denied: a denial is compared by the denial rules), in the same
slot with opposite kinds, of one thing (the same head; where both name words before it or an "of" phrase, a word in
common; for a holding, the things held share a word: "her title" / "her sponsorship" are two holdings; for a response
to a decision, the decisions share a word where both name one: "accepted the ruling" / "lodged an appeal"), and no two
different days are stated (a plan moved on Monday may go ahead as planned again by Friday). A subject pronoun
("the union said it accepted the ruling") is the speaker: the party answering is the one that says so.
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.analyze.workings import days_apart, meet
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame

_STATED = ("done", "hedged", "quoted", "planned", "expected")


def _course(f: Frame) -> dict | None:
    c = (f.outcome or {}).get("course") if f.modality in _STATED else None
    if not c or not c.get("pron"):
        return c
    who = content_stems(f.speaker or "")  # "it accepted", said by the union: the union accepted
    return {**c, "who": who, "head": who[-1], "mods": who[:-1]} if who else None


def course_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """A **conflict** when two sources state one thing's course kept and changed (module docstring); else None."""
    fa, fb = a.frame, b.frame
    ca, cb = _course(fa), _course(fb)
    if not ca or not cb or ca["slot"] != cb["slot"] or ca["kind"] == cb["kind"]:
        return None
    if not same_stem(ca["head"], cb["head"]) or not meet(ca["mods"], cb["mods"]) or not meet(ca["of"], cb["of"]):
        return None  # two things
    if ca["slot"] == "holding" and not any(same_stem(s, t) for s in ca["obj"] for t in cb["obj"]):
        return None  # two holdings of one party
    if ca["slot"] == "response" and not meet(ca["obj"], cb["obj"]):
        return None  # answers to two decisions ("accepted the fine" / "will challenge the ban")
    if not fa.speaker or not fb.speaker or same_source(fa, fb) or days_apart(fa, fb):
        return None
    thing = " ".join(max(ca["who"], cb["who"], key=len))
    held = f" ({' '.join(ca['obj'])})" if ca["obj"] else ""
    return "conflict", (f"{ca['slot']} of one thing ({thing}{held}): {ca['kind']} ({fa.speaker}: {ca['text']}) vs "
                        f"{cb['kind']} ({fb.speaker}: {cb['text']})")
