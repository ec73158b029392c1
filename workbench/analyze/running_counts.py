"""Running counts: a later report of one count is an update, not a contradiction.

Why a module of its own: ``frame_relate`` compares two figures slot by slot; whether the second
is a later state of the first ("37 reports" on Tuesday, "now counts 52" on Thursday; "four
killed", then "the toll has risen to six") is one question, read from the reports' dates, the
figures' own days and the running cue stored in the frame.
"""

from __future__ import annotations

import re

from workbench.analyze.quantity_match import overlap
from workbench.analyze.sides import Side, _interval, when
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame, Quantity

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _name_words(speaker: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", speaker.casefold()) if w not in _DETERMINERS]


def one_source(a: Frame, b: Frame) -> bool:
    """The two claims name one source: the same head word ("the water board" / "the board", "Ada Brenn" /
    "Brenn") and nothing in the shorter name the longer lacks ("the national rail board" is not "the water
    board"; "a port official" is a person, not "the port")."""
    return one_name(a.speaker, b.speaker)


def one_name(x: str | None, y: str | None) -> bool:
    """Two source names that name one source (``one_source``)."""
    if not x or not y:
        return False
    wa, wb = _name_words(x), _name_words(y)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = sorted((set(wa), set(wb)), key=len)
    return short <= long_


def source_revision(a: Frame, b: Frame) -> str | None:
    """One source giving a slot two values in reports of different days has revised it: a development of the
    story (an update), not two outlets disagreeing. The reason names the source and both reports' dates."""
    if not one_source(a, b) or not a.published or not b.published or a.published[:10] == b.published[:10]:
        return None
    first, second = sorted((a, b), key=lambda f: f.published or "")
    return f"{second.speaker} revised it in a later report ({first.published[:10]} → {second.published[:10]})"


def rivals(a: Frame, b: Frame, texts: tuple[str, str] = ("", "")) -> bool:
    """Two named sources, and the later figure does not state itself as a development (no "now", "has risen to",
    "have died", "raised its estimate to", no count standing at a day: "by Wednesday"): the later source's figure is a rival to the earlier one, not an update
    of it ("465 million, the building department said on Monday" / "closer to 540 million, the audit office said on
    Tuesday"). Only a source revising its own figure, or a figure worded as the count standing later, updates."""
    if not a.speaker or not b.speaker or one_source(a, b):
        return False
    _, later = sorted((a, b), key=lambda f: f.time or f.published or "")
    # a count standing at a stated day ("by Wednesday, 75 had died") is the count at that day, whoever gives it; a day
    # after the report itself is no day a count stood at (a misread "by Wednesday"), so it dates nothing
    standing = any(str(m.get("group") or "").startswith("standing:") for m in later.measures) and bool(later.time) \
        and (not later.published or str(later.time)[:10] <= later.published[:10])
    earlier, text = (a, texts[0]) if later is b else (b, texts[1])
    return not later.running and not standing and not any(
        m.get("perfect") or (m.get("moved") and not moved_by_other(earlier, later, m, text)) for m in later.measures)


def moved_by_other(first: Frame, second: Frame, m2: dict, first_text: str = "") -> bool:
    """The later figure is a value its mover moved ("the agency raised its estimate to 14,000 litres"), and the earlier
    figure is another named source's: the mover revised its own estimate, so the two sources' figures are rivals.

    Not when the earlier figure is itself the act moved ("the ministry offered 2.1 billion" / "the government raised
    its offer to 2.8 billion": one offer raised, whoever reports it), nor when the earlier claim names the mover
    (``first_text``: "said Ada Brenn of the water agency" / "the agency raised its estimate")."""
    mover = str(m2.get("mover") or second.speaker or "")
    if not (m2.get("moved") and first.speaker and mover) or one_name(mover, first.speaker):
        return False
    if m2.get("act") and any(m.get("act") == m2["act"] for m in first.measures):
        return False
    head = content_stems(mover)[-1:]
    return not (head and head[0] in content_stems(first_text))


def unsourced_later(a: Frame, b: Frame) -> tuple[Frame, Frame] | None:
    """(earlier, later) when the two reports are of different days and the later one names no source for its figure
    (the outlet's own voice) nor dates it before the earlier: no rival source stands against the earlier figure, so a
    larger later figure is the measure grown since (the caller compares the values), else None."""
    if not a.published or not b.published or a.published[:10] == b.published[:10]:
        return None
    first, second = sorted((a, b), key=lambda f: f.published or "")
    if second.speaker or (first.time and second.time and second.time < first.time):
        return None
    return first, second


def rival_reason(a: Frame | None, b: Frame | None, reason: str, texts: tuple[str, str] = ("", "")) -> str:
    """A conflict's reason, naming both sources where the later figure is one another source moved ("the agency
    raised its estimate to ..."): the reader must see that the mover revised its own figure, not the first source's."""
    if a is None or b is None or not a.published or not b.published or a.published[:10] == b.published[:10]:
        return reason
    (first, text), (second, _) = sorted(((a, texts[0]), (b, texts[1])), key=lambda t: t[0].published or "")
    m2 = next((m for m in second.measures if moved_by_other(first, second, m, text)), None)
    if m2 is None:
        return reason
    mover = m2.get("mover") or second.speaker
    return f"source vs source: {first.speaker} vs {mover} ({reason}); {mover} {m2['moved']} its own estimate, " \
           f"not {first.speaker}'s"


def _later_report(a: Side, b: Side, qa: Quantity, qb: Quantity) -> str | None:
    """"37 reports" (Tuesday's report) -> "now counts 52 reports" (Thursday's): a later report of a running count.

    Only when the reports are of different days, the later one's figure is dated later (its own day,
    else its report's: "killed four" / "the toll has risen to six, said on Wednesday") and it states
    its figure as running ("now", "so far", "has risen to"). A later, larger figure without such a cue
    may as well contradict ("two killed" / next day "three died", another source): not an update.
    """
    fa, fb = a.frame, b.frame
    if not fa.published or not fb.published or fa.published == fb.published:
        return None
    if any(m.get("part") == "part" for m in fa.measures[:1] + fb.measures[:1]):
        return None  # "in one district alone, 17" is a part of the count, not an earlier state of it
    ta, tb = fa.time or fa.published, fb.time or fb.published  # a figure's own day, else its report's
    if len(ta) != len(tb) or ta == tb:
        return None
    (f1, q1), (f2, q2) = sorted(((fa, qa), (fb, qb)), key=lambda t: t[0].time or t[0].published or "")
    if q1.value is None or q2.value is None:
        return None
    if not f2.running or (f2.published or "") < (f1.published or ""):
        return None
    if q2.value < q1.value and not one_source(f1, f2):  # a count runs up: another source's lower "now" disputes it
        return None
    first = when(f1) if f1.time else f"report of {f1.published}"
    return f"{q1.text} ({first}) → {q2.text} (later report of {f2.published})"


def _running_update(a: Side, b: Side, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> str | None:
    """"42 cases (Tuesday)" -> "has risen to 58 (Friday)": the later figure is stated as running, so a
    role-less count of one unit (or a bare figure: "the number of cases has risen to 58") develops the earlier.

    Not when either figure is marked a part, or the claims name different places."""
    if qa.kind != "count" or qb.kind != "count" or qa.value is None or qb.value is None:
        return None
    if ma.get("unit") and mb.get("unit") and ma["unit"].rstrip("s") != mb["unit"].rstrip("s"):
        return None
    if ma.get("part") == "part" or mb.get("part") == "part" or overlap(_interval(qa), _interval(qb)):
        return None
    if a.frame.place and b.frame.place and a.frame.place != b.frame.place:
        return None
    ta, tb = (s.frame.time or s.frame.published for s in (a, b))
    if not ta or not tb or len(ta) != len(tb) or ta == tb:
        return None
    (s1, q1), (s2, q2) = sorted(((a, qa), (b, qb)), key=lambda t: t[0].frame.time or t[0].frame.published or "")
    if not s2.frame.running or (q2.value < q1.value and not one_source(s1.frame, s2.frame)):
        return None  # a count runs up: another source's lower "now" disputes the earlier figure
    return f"{q1.text} ({when(s1.frame)}) → {q2.text} ({when(s2.frame)}, running figure)"


def _one_measure(f: Frame, unit: str) -> dict | None:
    ms = [m for m in f.measures if m.get("kind") in ("count", "money", "percent") and str(m.get("unit") or "").casefold().rstrip("s") == unit]
    return ms[0] if len(ms) == 1 else None


def _one_deed(f: Frame, m2: dict) -> dict | None:
    """The earlier report's only count of things a deed was done to, where the later figure counts things of the same
    deed in another noun ("three houses were destroyed" / "14 homes have been destroyed"): one toll, reworded."""
    pred = str(m2.get("pred") or "")
    ms = [m for m in f.measures if m.get("kind") == "count" and m.get("pred")]
    return ms[0] if pred and len(ms) == 1 and same_stem(str(ms[0]["pred"]), pred) else None


def stated_update(a: Frame, b: Frame, qa: list[Quantity], qb: list[Quantity],
                  texts: tuple[str, str] = ("", "")) -> str | None:
    """A later report whose figure states itself as the count standing at that report ("three people have died",
    Wednesday, after "two people have died", Tuesday) or as a value moved to ("valuers have raised their estimate
    to 650,000", after "put its value at about 400,000"): a development, whoever reports it.

    Read from the stored measures (``extract.figure_states``: ``perfect``, ``moved``) and the reports' days; a
    perfect count only counts up (a lower "have died" disputes the earlier toll). One figure of that unit a side,
    no two different roles, one place."""
    if not a.published or not b.published or a.published[:10] == b.published[:10]:
        return None
    if _count_place(a) and _count_place(b) and a.place != b.place:
        return None
    (first, q1, text), (second, q2, _) = sorted(((a, qa, texts[0]), (b, qb, texts[1])), key=lambda t: t[0].published or "")
    for m2 in second.measures:
        unit = str(m2.get("unit") or "").casefold().rstrip("s")
        if not unit or not (m2.get("perfect") or m2.get("moved")) or _one_measure(second, unit) is None:
            continue
        m1 = _one_measure(first, unit) or _one_deed(first, m2)
        if m1 is None or (m1.get("role") and m2.get("role") and m1["role"] != m2["role"]) \
                or moved_by_other(first, second, m2, text):
            continue
        if m2.get("moved"):
            return f"{m2['text']} ({m2['moved']} in the report of {second.published[:10]}) after {m1['text']} " \
                   f"(report of {first.published[:10]})"
        v1, v2 = _value(m1, q1), _value(m2, q2)
        if v1 is not None and v2 is not None and v2 > v1:
            return f"{m1['text']} (report of {first.published[:10]}) → {m2['text']} standing at the report of " \
                   f"{second.published[:10]}"
    return total_then_dated(a, b, qa, qb) or toll_after_day(a, b, qa, qb)


def toll_after_day(a: Frame, b: Frame, qa: list[Quantity], qb: list[Quantity]) -> str | None:
    """A toll of the dead dated to a day ("three people died on Tuesday morning") and a larger toll in a report of a
    later day that dates its own figure to no day ("the crash killed five people"): the dead of that day, then all
    the dead since (the injured who died later), whoever gives each. A toll only grows; a smaller later toll, or
    one the later report dates too, still disputes it."""
    if not a.published or not b.published or a.published[:10] == b.published[:10]:
        return None
    (first, q1), (second, q2) = sorted(((a, qa), (b, qb)), key=lambda t: t[0].published or "")
    day = str(first.time or "")
    if len(day) != 10 or day > str(first.published)[:10] or second.time or (
            _count_place(first) and _count_place(second) and first.place != second.place):
        return None
    m1, m2 = (next(iter(ms), None) if len(ms := [m for m in f.measures if m.get("role") == "killed"]) == 1 else None
              for f in (first, second))
    if m1 is None or m2 is None:
        return None
    v1, v2 = _value(m1, q1), _value(m2, q2)
    if v1 is None or v2 is None or v2 <= v1:
        return None
    return f"{m1['text']} dead on {day} → {m2['text']} in the report of {str(second.published)[:10]} (a toll only grows)"


def _count_place(f: Frame) -> str | None:
    """The claim's place, unless it is only where its source is ("health officials in Tollersby district said"):
    the source's own description places no count."""
    return None if f.place and f.speaker and f.place in f.speaker else f.place


def total_then_dated(a: Frame, b: Frame, qa: list[Quantity], qb: list[Quantity]) -> str | None:
    """A running total stated at its report ("so far 65,000 have been culled": a perfect or "so far" figure with no
    day of its own) and a larger figure of the same count dated after that report ("by Friday, 118,000 had been
    culled"): the count went on, whoever gives the later figure. Two figures for one later day stay rivals (both
    are dated: neither is the running total)."""
    for (first, q1), (second, q2) in (((a, qa), (b, qb)), ((b, qb), (a, qa))):
        if first.time or not first.published or not second.time or len(second.time) != 10 \
                or second.time <= first.published[:10] or (first.place and second.place and first.place != second.place):
            continue
        for m1 in first.measures:
            unit = str(m1.get("unit") or "").casefold().rstrip("s")
            if not unit or not (m1.get("perfect") or m1.get("part") == "total") or _one_measure(first, unit) is None:
                continue
            m2 = _one_measure(second, unit)
            if m2 is None or m2.get("part") == "part" or any(m1.get(k) and m2.get(k) and m1[k] != m2[k]
                                                             for k in ("role", "pred")):
                continue
            v1, v2 = _value(m1, q1), _value(m2, q2)
            if v1 is not None and v2 is not None and v2 > v1:
                return f"{m1['text']} (running total, report of {first.published[:10]}) → {m2['text']} " \
                       f"(by {second.time})"
    return None


def _value(m: dict, quantities: list[Quantity]) -> float | None:
    """The stored measure's number: the claim's quantity of the same text (stored with it at extraction)."""
    return next((q.value for q in quantities if q.text == m.get("text") and q.value is not None), None)
