"""Two tellings of one tally (``Frame.outcome["tally"]``, ``extract.tallies``): "by 84 votes to 80" / "84-80".

Why: a vote's tally is one figure of two sides, told in other shapes and orders by each outlet ("defeated by 61 votes
to 57" / "57 backed the bill and 61 voted against" / "the bill fell 57-61"); no counted noun or verb is shared, so
the count rules never met them, and a tally that differs on one side went unflagged. Compared as pairs (the order a
reporter tells the sides in varies):

* the same two values: one tally told twice, **agree**;
* one value shared and the other different: one vote's tally told two ways, a **conflict** between two sources
  (one source's two tallies are its own correction, not a dispute, and are left alone);
* no value shared: as likely another vote of the story (a second bill, a second round) as a rival count of this
  one, so nothing is concluded; likewise where the two claims date their votes to two different days.
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source


def _tally(s: Side) -> dict | None:
    return (s.frame.outcome or {}).get("tally")


def _day(s: Side) -> str:
    """The day the vote is dated to; none where the claim dates only its telling ("said on Thursday")."""
    return "" if s.frame.time_said else (s.frame.time or "")[:10]


def tally_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """agree / conflict for two tellings of one tally (module docstring), else None."""
    ta, tb = _tally(a), _tally(b)
    if not ta or not tb:
        return None
    da, db = _day(a), _day(b)
    if da and db and da != db:
        return None
    sa, sb = list(ta["sides"]), list(tb["sides"])
    if sa == sb:
        return "agree", f"same tally: {ta['text']} ~ {tb['text']}"
    shared = [v for v in sa if v in sb]
    if len(shared) != 1 or same_source(a.frame, b.frame):
        return None
    return "conflict", (f"tally of one vote: {ta['text']} ({a.frame.speaker or 'the report'}) vs {tb['text']} "
                        f"({b.frame.speaker or 'the report'})")
