"""Two claims that state opposites of one measured thing: a zero of a thing against a figure of that thing ("no
patient records were copied" vs "records of 12,000 patients were among the copied files"; "no injuries" vs "two
people suffered minor burns"); one thing said to go up and down over one period ("ticket sales fell last year" vs
"ticket sales grew last year").

Why a module of its own: the zero slots of ``frame_relate`` are roles (killed, injured...); a zero can be stated of
any plural noun with what was done to it. Extraction stores the zero's noun phrase and predicate as stems
(``Frame.polarity["none_of"]``, ``["none_pred"]``); this compares them with the other claim's figure and words.
"""

from __future__ import annotations

from workbench.analyze.running_counts import unsourced_later
from workbench.analyze.sides import Side, _figures, same_source, when
from workbench.extract.words import content_stems, same_stem


def _speaker(s: Side) -> str | None:
    return s.frame.speaker


def _same_speaker(a: Side, b: Side) -> bool:
    sa, sb = _speaker(a), _speaker(b)
    return bool(sa and sb and set(content_stems(sa)) & set(content_stems(sb)))


def zero_vs_figure(a: Side, b: Side, sim: float, floor: float) -> tuple[str, str] | None:
    """"no injuries" vs "two people suffered minor burns": none against a figure of the same stored role, a conflict
    between claims at least ``floor`` similar; an update where the figure comes in a later report that names no
    source for it (``running_counts.unsourced_later``: "No one has been hurt", then next day "Two firefighters were
    treated in hospital"): none had been hurt when the first report was written."""
    for zero, other in ((a, b), (b, a)):
        if not zero.frame.zero:  # no "none" slot: nothing below can match
            continue
        for m, q in _figures(other):
            if m.get("role") in zero.frame.zero and q.value and not m.get("part") and sim >= floor:
                role = m["role"]
                if same_source(zero.frame, other.frame):
                    return "conflict", f"{role}: none vs {q.text}"
                if (later := unsourced_later(zero.frame, other.frame)) and later[1] is other.frame:
                    return "update", f"update: no {role} (report of {zero.frame.published}) → {q.text} (a later " \
                                     f"report's own figure, no source against it)"
                return "conflict", (f"source vs source: {_speaker(zero) or 'unattributed'} no {role} vs "
                                    f"{_speaker(other) or 'unattributed'} {q.text}")
    return None


def none_vs_figure(a: Side, b: Side, sim: float, floor: float) -> tuple[str, str] | None:
    """A conflict when one claim states none of a thing was done to (its noun phrase and passive predicate) and the
    other gives a count of that thing with the same predicate: the other names one of the zero's nouns and its verb.
    Only between claims at least ``floor`` similar, and only when the other claim is not negated itself."""
    if sim < floor:
        return None
    for zero, other in ((a, b), (b, a)):
        pol = zero.frame.polarity or {}
        nouns, pred = pol.get("none_of"), pol.get("none_pred")
        if not nouns or not pred or _figures(zero) or (other.frame.polarity or {}).get("neg"):
            continue
        words = set(content_stems(other.text))
        if pred not in words or not words.intersection(nouns):
            continue
        for m, q in _figures(other):
            if q.kind == "count" and q.value and not m.get("part"):
                thing = " ".join(n for n in nouns if n in words)
                if _same_speaker(zero, other):
                    return "conflict", f"{thing} {pred}: none vs {q.text}"
                return "conflict", (f"source vs source: {_speaker(zero) or 'unattributed'} no {thing} vs "
                                    f"{_speaker(other) or 'unattributed'} {q.text}")
    return None


def _same_thing(x: list[str], y: list[str]) -> bool:
    """One measured thing: the same head word, and every word of the shorter wording in the longer one ("sales" /
    "ticket sales"; not "ticket sales" / "season pass sales")."""
    if not x or not y or not same_stem(x[-1], y[-1]):
        return False
    short, long_ = sorted((x, y), key=len)
    return all(any(same_stem(w, v) for v in long_) for w in short)


def direction_relation(a: Side, b: Side, sim: float, floor: float) -> tuple[str, str] | None:
    """A conflict when one claim says a thing went up and the other that it went down, over one stated period
    (``Frame.time``), both as done and neither negated: "grew last year" and "fell 2% last year" cannot both hold."""
    fa, fb = a.frame, b.frame
    if sim < floor or not (fa.direction and fb.direction) or fa.direction == fb.direction:
        return None
    if not fa.time or fa.time != fb.time or fa.modality != "done" or fb.modality != "done":
        return None
    if any((f.polarity or {}).get("neg") or (f.polarity or {}).get("denial") for f in (fa, fb)):
        return None
    if not _same_thing(fa.moved, fb.moved):
        return None
    thing = " ".join(max(fa.moved, fb.moved, key=len))
    if _same_speaker(a, b):
        return "conflict", f"direction of {thing} {when(fa)}: {fa.direction} vs {fb.direction}"
    return "conflict", (f"source vs source: direction of {thing} {when(fa)}: {_speaker(a) or 'unattributed'} "
                        f"{fa.direction} vs {_speaker(b) or 'unattributed'} {fb.direction}")
