"""Rival explanations of one happening told with no causal word, compared across two sources.

Why: most outlets explain a happening by telling how it came about, not by naming a cause ("the weight of the snow
brought the roof down" / "a rusted joint gave way and pulled the roof down"), so the stated-cause slot
(``analyze.stated_causes``) never sees them. Extraction stored each such account's structure
(``Frame.blame["how"]``, ``extract.mechanisms``): its subject, what its act was done to, where it went. Two accounts
explain *one* happening when they share a thing as subject or object (the roof, the herd, the ground); what each
says besides that thing is its mechanism. Here, for two claims of two different named sources, both stated:

* the thing is, in at least one account, what a thing or a happening did something to, and neither account's
  subject is someone acting on purpose ("searchers found the fragments", "firefighters fought the blaze": the
  story's sequence), the mechanisms share no word, at least one account is an explanation by
  its form (an earlier act, in the past perfect, or hedged: "had probably followed", "investigators believe"), and
  neither is timed to the clock (that tells the happening itself): a **conflict**, "rival explanations", naming both
  sources and both mechanisms;
* a stated cause with its effect counts as such an account, the cause acting on the effect ("the collapse was
  caused by the weight of the snow" / "a rusted joint had pulled the roof down");
* a cause one source rules out ("..., not by a leaking main") that the other's account has as its subject ("a main
  that burst had washed the soil away"): a **conflict**.

A cause of the story's happening (a cause with no effect, or with "the" + one noun: "the operator blamed a power
failure", "a tyre burst moments before the crash") against another source's account of how it came about
(:func:`story_rivals`) is a **conflict** too where the two share no word and the account is an explanation by its
form: an earlier mishap of a thing (past perfect, active, its subject no one, no direct object: "a cable had slipped
off a wheel", not "the first count had missed bags", a deed told of the story), or
a hedged account ("investigators believe the driver fell asleep"). A passive ("an inspection had been put off")
tells a deed, not a mishap, and gives no account at all (``extract.mechanisms``).

An account of the happening's own onset ("the fire started in the basement archive") places its start and explains
nothing, so it is no rival to a cause; two such accounts from two sources whose places share no word ("... began in
the first-floor reading room") disagree on where it began: a **conflict** (:func:`onset_places`). Mechanisms that share a word are one account in other words, or a part of one chain ("a joint gave way" / "the
rusted joint"), and are left alone; so are two accounts of one source (factors it gives together), a negated or
planned act, and accounts that share no thing (two acts of the story, a consequence told of something else).
"""

from __future__ import annotations

import re

from workbench.analyze.sides import Side
from workbench.extract.act_places import CALENDAR_WORDS
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

_STATED = ("done", "hedged", "quoted")
# verbs of a happening's own onset (closed class): told of the happening itself they place its start, no mechanism
_ONSETS = frozenset("started starts began begins begun broke erupted".split())
_PLACED = re.compile(r"^\s+(?:out\s+)?(?:in|at|inside|on|near|under|behind|beside)\s+(?:the|a|an|its|their)\s+"
                     r"(?P<place>[^,;]+)", re.I)


def _how(f: Frame) -> dict:
    """The claim's account of how it came about; a stated cause with its effect ("the collapse was caused by the
    weight of the snow") is one too, with the cause acting on the effect (a cause that names someone, or one that a
    party blames, "X blamed his partner for the charges", is compared by ``analyze.stated_causes`` alone)."""
    blame = f.blame or {}
    cause, effect = blame.get("cause") or {}, blame.get("effect") or {}
    if cause and effect and not blame.get("party") and not blame.get("account") and not blame.get("blamed"):
        return {"text": f"{effect['text']}: {cause['text']}", "subj": cause["stems"], "obj": effect["stems"], "pp": [],
                "prior": True}
    return blame.get("how") or {}


def _common(x: list[str], y: list[str]) -> list[str]:
    return [s for s in x if any(same_stem(s, t) for t in y)]


def _explains(h: dict) -> bool:
    return bool(h.get("prior") or h.get("hedged"))


def _told(f: Frame) -> bool:
    """Stated, not negated, by someone, and not timed to the clock (a clock time tells the happening itself, "the
    roof dropped onto the ice shortly after 5am", not how it came about)."""
    return f.modality in _STATED and not (f.polarity or {}).get("neg") and bool(f.speaker) and not f.clock


def _undergoes(h: dict, thing: list[str]) -> bool:
    """The thing is what the account's act was done to, by a thing or a happening ("the weight of the snow brought
    the roof down"), not by someone acting on purpose ("searchers found the fragments": the story's sequence)."""
    return bool(_common(thing, h["obj"])) and not _common(thing, h["subj"]) and not h.get("someone")


def _counted(qs: list[Quantity], h: dict) -> bool:
    """The account states a share, or a count of what its act was done by or to ("fewer than 60 per cent of tenants
    returned the survey", "the parish registered 4,100 voters"): it measures how far the act went, which the figure
    rules compare, and tells nothing of how a happening came about."""
    told = h["subj"] + h["obj"]
    return any(q.text in h["text"] and (q.kind == "percent" or q.kind == "count" and q.unit is not None
                                        and _common(content_stems(q.unit), told)) for q in qs)


def _explains_thing(h: dict, thing: list[str]) -> bool:
    """An account explains the thing when its form makes it an explanation and the thing is what it acted on, or the
    thing's own mishap or hedged doing; an earlier deed of the thing on something else ("the crane had passed its
    inspection", "the census had missed people") is a fact about the thing, not how it came to undergo anything."""
    return _explains(h) and (_undergoes(h, thing) or bool(h.get("hedged") or h.get("bare")))


def ruled_out_account(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """One source rules out ("..., not by X") what the other's account has as its subject. The account may be timed
    ("brought down by an update installed on Friday evening"): the claim that rules it out names it, so the time
    does not make it the happening itself."""
    for x, y in ((fa, fb), (fb, fa)):
        told = y.modality in _STATED and not (y.polarity or {}).get("neg") and bool(y.speaker)
        ruled, h = ((x.blame or {}).get("not") or {}).get("stems", []), _how(y) if told else {}
        cause = ((x.blame or {}).get("cause") or {}).get("text")
        # the account must name the ruled-out kind, not only its head ("not a gas explosion" / "the explosion shook
        # the street": both accept an explosion; ``rebuttals._head_only``)
        named = ruled[:-1] if len(ruled) > 1 else ruled
        if ruled and h and cause and _common(named, h.get("subj", [])) and not _common(h.get("subj", []),
                                                                                      x.blame["cause"]["stems"]):
            return "conflict", (f"stated cause, source vs source: {y.speaker}: {h['text']} vs {x.speaker}: {cause}, "
                                f"not {x.blame['not']['text']}")  # type: ignore[index]
    return None


def _onset_place(h: dict) -> list[str] | None:
    """The place words of an account of a happening's own onset ("the fire started in the basement archive"): the
    stems after its onset verb and a locative preposition with a determiner (not a time: "started on Tuesday")."""
    verb = (h.get("verb") or "").lower()
    if verb not in _ONSETS or not h.get("subj"):
        return None
    m = _PLACED.match(h["text"][h["text"].lower().find(verb) + len(verb):])
    if m is None or any(w.lower() in CALENDAR_WORDS for w in m["place"].split()):
        return None  # "began on the evening of the launch": when, not where
    return content_stems(m["place"]) or None


def onset_places(ha: dict, hb: dict) -> str | None:
    """Two accounts of where one happening began, with no word of their places in common ("the fire started in the
    basement archive" / "the fire began in the first-floor reading room"): the reason for a **conflict**, else None."""
    pa, pb = (_onset_place(h) if h else None for h in (ha, hb))
    if not pa or not pb or not _common(ha["subj"], hb["subj"]) or _common(pa, pb):
        return None
    return f"where one happening began ({', '.join(_common(ha['subj'], hb['subj']))}): {ha['text']} vs {hb['text']}"


def explanation_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two accounts of how a happening came about (module docstring), else None; the caller has
    checked that two different named sources state them (``analyze.stated_causes``)."""
    fa, fb = a.frame, b.frame
    found = ruled_out_account(fa, fb)  # its "not" is the claim's own structure, not a negated act
    if found is not None or not _told(fa) or not _told(fb):
        return found
    ha, hb = _how(fa), _how(fb)
    began = onset_places(ha, hb)
    if began is not None:
        return "conflict", f"{began} ({fa.speaker} vs {fb.speaker})"
    if not ha or not hb or not (_explains(ha) or _explains(hb)) or ha.get("someone") or hb.get("someone"):
        return None  # someone acting on purpose ("firefighters fought the blaze") tells the story, not its cause
    thing = _common(ha["subj"] + ha["obj"], hb["subj"] + hb["obj"])
    if not thing or not (_undergoes(ha, thing) or _undergoes(hb, thing)):
        return None  # no thing both accounts tell of, or none that a thing (not someone) acted on
    if any(h.get("verb", "").lower() in _ONSETS and _common(thing, h["subj"]) for h in (ha, hb)):
        return None  # "the fire started in the basement": where or when the happening began, not how
    if not (_explains_thing(ha, thing) or _explains_thing(hb, thing)) or _counted(a.quantities, ha) \
            or _counted(b.quantities, hb):
        return None  # no account explains the thing, or one measures the act by a figure
    ma = [s for s in ha["subj"] + ha["obj"] + ha["pp"] if not _common([s], thing)]
    mb = [s for s in hb["subj"] + hb["obj"] + hb["pp"] if not _common([s], thing)]
    if not ma or not mb or _common(ma, mb):
        return None  # one account in other words, or one chain
    return "conflict", (f"rival explanations of one happening ({', '.join(dict.fromkeys(thing))}): {fa.speaker}: "
                        f"{ha['text']} vs {fb.speaker}: {hb['text']}")


def _story_cause(f: Frame) -> dict | None:
    """The claim's stated cause of the story's happening: a cause, not an account, naming no one, whose effect is
    unsaid or "the" + one noun (``effect["story"]``)."""
    blame = f.blame or {}
    cause, effect = blame.get("cause"), blame.get("effect") or {}
    if not cause or blame.get("account") or blame.get("party") or (effect and not effect.get("story")):
        return None
    return cause


def _rival_account(f: Frame) -> dict | None:
    """The claim's account of how something came about, when its form makes it an explanation: an earlier mishap of a
    thing (past perfect, no one as subject, no direct object) or a hedged account; told, not negated, not timed to
    the clock."""
    h = (f.blame or {}).get("how") or {}
    if not h or not _told(f) or _story_cause(f):
        return None
    return h if h.get("hedged") or (h.get("prior") and h.get("bare") and not h.get("someone")) else None


def story_rivals(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """A cause of the story's happening against another source's account that shares no word with it (module
    docstring); the caller has checked that two different named sources state them."""
    for x, y in ((fa, fb), (fb, fa)):
        cause, h = _story_cause(x), _rival_account(y)
        if cause is None or h is None or x.modality not in _STATED:
            continue
        told = h["subj"] + h["obj"] + h["pp"] + content_stems(h["text"])
        if not _common(cause["stems"], told) and not _common(told, cause["stems"]):
            return "conflict", f"rival explanations of the story's happening: {x.speaker}: {cause['text']} vs " \
                               f"{y.speaker}: {h['text']}"
    return None
