"""Where one act ended and who it ended with, compared across two sources (``Frame.outcome``: ``extract.ends``).

Why: values that are not numbers disagree too: one source has a moving thing stop "short of" a place while another
has it "reach" one; one has a sold thing go "to a bidder on the telephone", another has it "bought by a collector in
the saleroom". Each is compared from the slots stored at extraction, never from how alike the sentences read:

* a movement said to stop short of a place against the same mover said to reach one: a **conflict**;
* one thing gone to two parties placed apart (the heads of where each was differ): a **conflict**;
* one thing said to go on at a time ("the strike will continue on Tuesday") that another source says ended on that
  day or before ("ended on Monday night"): a **conflict**, a later state an earlier end excludes; an end after that
  day is a development, and a side with no date of its own (``Frame.time``) is not compared;
* one thing kept in or moved to two named places with no name in common ("will keep its head office in A" / "the
  head office will move to B"; ``extract.sites``): a **conflict**, one attribute with two values.

A place one source rules out ("not in" a town) is ``analyze.rebuttals``' rule: it also asks that the other side puts
something in that place, not only names it ("the flight from Lenbury").

Two claims of one source are not set against each other (a correction is another rule's).
"""

from __future__ import annotations

from workbench.analyze.sides import Side
from workbench.analyze.stated_causes import _common, _source
from workbench.models import Frame


def _out(f: Frame) -> dict:
    return f.outcome or {}


def _short_vs_reached(a: Side, b: Side) -> tuple[str, str] | None:
    ea, eb = _out(a.frame).get("end"), _out(b.frame).get("end")
    if not ea or not eb or ea["kind"] == eb["kind"]:
        return None
    mover = _common(ea["who"], eb["who"])
    if not mover:
        return None
    short, reached = (ea, eb) if ea["kind"] == "short" else (eb, ea)
    return "conflict", (f"end of one movement ({', '.join(mover[:2])}): stopped short of {short['text']} vs "
                        f"reached {reached['text']}")


def _two_recipients(a: Side, b: Side) -> tuple[str, str] | None:
    """Where each party was differs: not one party; the thing is not compared, for a report names it its own way
    ("the instrument" / "the violin") and two sales of one event, each to a party placed, are rare."""
    ta, tb = _out(a.frame).get("to"), _out(b.frame).get("to")
    if not ta or not tb or not ta.get("at") or not tb.get("at"):
        return None
    if _common([ta["at"]], tb["stems"]) or _common([tb["at"]], ta["stems"]):
        return None  # one place, or one party
    return "conflict", f"who it went to: {ta['text']} vs {tb['text']}"


def _ended_before_going_on(a: Side, b: Side) -> tuple[str, str] | None:
    sa, sb = _out(a.frame).get("state"), _out(b.frame).get("state")
    if not sa or not sb or sa["kind"] == sb["kind"]:
        return None
    (end, fe), (going, fg) = sorted(((sa, a.frame), (sb, b.frame)), key=lambda x: x[0]["kind"] != "ended")
    thing = _common(end["who"], going["who"])
    te, tg = (fe.time or "")[:10], (fg.time or "")[:10]
    if not thing or len(te) < 10 or len(tg) < 10 or te > tg:
        return None  # two things, a date missing, or an end after the day it was to go on (a development)
    return "conflict", (f"ended before it was to go on ({', '.join(thing[:2])}): {fe.speaker}: {end['text']} ({te}) "
                        f"vs {fg.speaker}: {going['text']} ({tg})")


def _two_sites(a: Side, b: Side) -> tuple[str, str] | None:
    sa, sb = _out(a.frame).get("site"), _out(b.frame).get("site")
    if not sa or not sb or _common(sa["at"], sb["at"]):
        return None
    thing = _common(sa["thing"], sb["thing"])
    if len(thing) < min(len(sa["thing"]), len(sb["thing"])):
        return None  # two things ("the archive" / "the call centre"), or one named more narrowly
    said = [f"{f.speaker}: {s['kind']} {'in' if s['kind'] == 'keep' else 'to'} {s['place']}" for f, s in
            ((a.frame, sa), (b.frame, sb))]
    return "conflict", f"one thing, two places ({', '.join(thing[:3])}): {said[0]} vs {said[1]}"


def end_relation(a: Side, b: Side, shared: list[str], sim: float) -> tuple[str, str] | None:
    """The relation of two claims' end-point slots (module docstring), else None (other slots decide)."""
    sa, sb = _source(a.frame), _source(b.frame)
    if sa and sb and _common(sa, sb):
        return None
    return _short_vs_reached(a, b) or _two_recipients(a, b) or _ended_before_going_on(a, b) or _two_sites(a, b)
