"""Stated causes of one happening compared across two sources (``Frame.blame``, ``extract.blames``).

Why: outlets disagree most often on *why* something happened, each side with its own verb ("the operator
blamed X" / "E was caused by Y" / "E came from Z, not from X"), so a reason tied to one act verb
(``analyze.act_slots``) never meets the other side's. Extraction stored, for each claim that states a cause,
the cause, the effect it is the cause of, a cause it rules out and who is blamed; here two claims are compared
only when two different named sources state them (a party of the story reported twice by one source, or an
unattributed sentence, sets no source against another), both stated as done (a denial or a plan is another
comparison), and:

* one source rules out the cause the other states ("..., not from a valve" / "a faulty valve was to blame"):
  a **conflict**;
* each source's cause names the other source (the parties blame each other): a **conflict**, "blame between the
  parties"; a reported earlier happening with no causal word ("the board's own staff had signed off the plan") is
  read only here, as blame turned back on the party that blames;
* two causes with no word in common of one effect (the two effects share a word: "the fish suffocated" / "the
  fish were poisoned"; or neither names one, so both are of the story's happening: "the operator blamed a power
  failure"): a **conflict**; where only one side names an effect, it must be a word of the other claim; else the
  pair is shown as "different stated cause; review" (it may be the cause of a part of the story), unless that
  effect is "the" + one noun (``effect["story"]``: "attributed the failure to X"), the story's happening named again;
* a cause of the story's happening against another source's account of how it came about, an earlier mishap of a
  thing or what someone believes happened (``analyze.explanations.story_rivals``): a **conflict**.

Causes that share a word are compatible (one is a part of the other, "a valve" / "a faulty valve on the tank";
or a chain, "a bloom of algae" / "dead algae used up the oxygen") and are left to the other rules.
"""

from __future__ import annotations

from workbench.analyze.explanations import explanation_relation, story_rivals
from workbench.analyze.sides import Side
from workbench.extract.words import STOPWORDS, same_stem, stem, tokens
from workbench.models import Frame

_STATED = ("done", "hedged", "quoted")


def _source(f: Frame) -> list[str]:
    """Stems of the source's words ("the agency" -> agency: a reporting noun is a source's name here)."""
    return [stem(w) for w in tokens(f.speaker or "") if w.lower() not in STOPWORDS and len(w) > 2]


def _common(x: list[str], y: list[str]) -> list[str]:
    return [s for s in x if any(same_stem(s, t) for t in y)]


def _cause(f: Frame) -> dict:
    return (f.blame or {}).get("cause") or {}


def _ruled_out(x: Frame, y: Frame) -> list[str]:
    """Words of ``y``'s cause that ``x`` rules out ("not from a valve"), other than words of ``x``'s own cause."""
    ruled = (x.blame or {}).get("not") or {}
    own = _cause(x).get("stems", [])
    return [s for s in _common(ruled.get("stems", []), _cause(y).get("stems", [])) if not _common([s], own)]


def _says(f: Frame) -> str:
    return f"{f.speaker}: {_cause(f)['text']}"


def _two_places(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """One kind of thing blamed at two places ("a cooling tower at the depot" / "a cooling tower at the hospital"):
    the places' heads differ and neither is a word of the other cause."""
    xa, xb = _cause(fa), _cause(fb)
    pa, pb = xa.get("at"), xb.get("at")
    if not pa or not pb or _common([pa], xb["stems"]) or _common([pb], xa["stems"]):
        return None
    thing = ", ".join(_common(xa["stems"], xb["stems"])[:3])
    return "conflict", f"stated cause at two places ({thing}): {_says(fa)} vs {_says(fb)}"


def cause_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two claims' stated causes (module docstring), else None (other slots decide)."""
    fa, fb = a.frame, b.frame
    if not fa.blame or not fb.blame or fa.modality not in _STATED or fb.modality not in _STATED:
        return None
    sa, sb = _source(fa), _source(fb)
    if not sa or not sb or _common(sa, sb):
        return None  # no two named sources set against each other
    if not _cause(fa) or not _cause(fb):  # an account of how it came about on a side (``analyze.explanations``)
        return explanation_relation(a, b, shared, sim) or story_rivals(fa, fb)
    ca, cb = _cause(fa)["stems"], _cause(fb)["stems"]
    pa, pb = ca + fa.blame.get("party", []), cb + fb.blame.get("party", [])
    if fa.blame.get("account") or fb.blame.get("account"):  # an account is read only as blame turned back
        if _common(pa, sb[-1:]) and _common(pb, sa[-1:]) and not (fa.blame.get("account") and fb.blame.get("account")):
            return "conflict", f"blame between the parties: {_says(fa)} vs {_says(fb)}"
        return story_rivals(fa, fb)
    ea, eb = ((f.blame or {}).get("effect", {}).get("stems", []) for f in (fa, fb))
    one = [s for s in _common(ea, eb) if not _common([s], ca + cb)]
    if ea and eb and not one:
        return None  # causes of two different effects
    for x, y in ((fa, fb), (fb, fa)):
        ruled = _ruled_out(x, y)
        if ruled:
            return "conflict", (f"stated cause, source vs source: {_says(y)} vs {_says(x)}, not "
                                f"{x.blame['not']['text']}")  # type: ignore[index]
    if _common(ca, cb):
        return _two_places(fa, fb)  # compatible causes (a part of the other, one chain), unless at two places
    if _common(pa, sb[-1:]) and _common(pb, sa[-1:]):  # each blames the other source (its head noun or surname)
        return "conflict", f"blame between the parties: {_says(fa)} vs {_says(fb)}"
    if ea and eb:
        return "conflict", f"different stated cause of one effect ({', '.join(one[:3])}): {_says(fa)} vs {_says(fb)}"
    story = any((f.blame.get("effect") or {}).get("story") for f in (fa, fb))  # type: ignore[union-attr]
    if not ea and not eb or story or any(s in shared for s in ea + eb):  # both of the story's happening, or one named
        return "conflict", f"different stated cause: {_says(fa)} vs {_says(fb)}"
    return "related", f"different stated cause: {_says(fa)} vs {_says(fb)}; review"
