"""One thing stated to have worked by one source and to have failed by another (``Frame.outcome["working"]``), or to
be intact by one and damaged by another (``extract.damages``).

Why: a state and its negation from two sources ("the heating had been broken for days", the keepers said; "the
heating worked all winter", said the director) is a disagreement a reviewer must see, yet the two share only the
thing, so no figure or wording rule meets them. Extraction stored the thing and whether it worked
(``extract.workings``); here two claims conflict when:

* two different sources state them (one source's "failed" and later "worked again" is its own update), both as
  done, neither planned; a source that denies a failure ("denied that the pumps had failed") states that the
  thing worked (a denial by one named source against another's statement: not a party's denial of what the
  outlet itself asserts, which needs a speaker on both sides);
* the thing is one: the same head noun, and where both name what stands before it or its "of" phrase, a word in
  common ("the fire suppression system" / "the gas suppression systems"; not "the north pump" / "the south pump",
  not "the pump of the first tank" / "the pump of the second tank");
* no two different days are stated (a failure on Monday and a working system on Friday can both hold).
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.extract.words import same_stem
from workbench.models import Frame

_STATED = ("done", "hedged", "quoted")
# the states that exclude each other: worked / failed, intact / damaged (a damaged pump may still work)
_OPPOSED = ({"working", "failed"}, {"intact", "damaged"})


def _working(f: Frame) -> dict | None:
    """The stated working slot; a denied one ("denied that the pumps had failed") is the denier's statement of the
    opposite, stored turned round at extraction (``extract.workings.denied_working``)."""
    w = (f.outcome or {}).get("working")
    return w if w and (f.modality in _STATED or f.modality == "denied" and w.get("denied")) else None


def meet(x: list[str], y: list[str]) -> bool:
    """Nothing named on one side, or a word in common (``analyze.courses`` reads its things the same way)."""
    return not x or not y or any(same_stem(s, t) for s in x for t in y)


def days_apart(a: Frame, b: Frame) -> bool:
    """Both claims date their state, to two different days (or months)."""
    ta, tb = (a.time or "")[:10], (b.time or "")[:10]
    return bool(ta and tb and not (ta.startswith(tb) or tb.startswith(ta)))


def working_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """A **conflict** when two sources state one thing worked and failed (module docstring); None otherwise."""
    fa, fb = a.frame, b.frame
    wa, wb = _working(fa), _working(fb)
    if not wa or not wb or {wa["kind"], wb["kind"]} not in _OPPOSED or not same_stem(wa["head"], wb["head"]):
        return None
    if not fa.speaker or not fb.speaker or same_source(fa, fb) or days_apart(fa, fb):
        return None
    if not meet(wa["mods"], wb["mods"]) or not meet(wa["of"], wb["of"]):
        return None  # two things of one kind ("the north pump" / "the south pump")
    thing = " ".join(max(wa["who"], wb["who"], key=len))
    return "conflict", (f"state of one thing ({thing}): {wa['kind']} ({fa.speaker}: {wa['text']}) vs "
                        f"{wb['kind']} ({fb.speaker}: {wb['text']})")
