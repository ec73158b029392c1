"""Which half of the day a time told in words without a part of the day lies in, beside the others' time of the event.

Why: "a neighbour was woken by the explosion at about half past five" names no morning or evening, so extraction
stores both readings ("~05:30/17:30", ``extract.daytimes``) and no interval; set against "the explosion happened at
06:10" it was never compared. Read on the half of the day nearer the time that the event's reports give its central
happening (``analyze.onsets``), it is the most charitable reading: where even that one excludes theirs, the two
accounts disagree; where it meets theirs, they agree as before. A claim with no central time to set it beside keeps
both readings, and so no interval.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.extract.daytimes import clock_span
from workbench.store.analysis import ClaimRow


def _middle(clock: str) -> float | None:
    got = clock_span(clock)
    return None if got is None else (got[0][0] + got[0][1]) / 2


def on_central_half(timed: list[int], central: list[int], rows: list[ClaimRow]) -> list[ClaimRow]:
    """``rows`` with each timed claim's two-reading clock ("~05:30/17:30") set to the reading nearer the central
    happening's time (the mean of its reports' times; a copy of the row and frame, the stored ones untouched)."""
    times = [t for t in (_middle(rows[c].frame.clock or "") for c in central if rows[c].frame) if t is not None]
    if not times:
        return rows
    centre = sum(times) / len(times)
    out = rows
    for m in timed:
        f = rows[m].frame
        clock = (f.clock or "") if f else ""
        mark = clock[:len(clock) - len(clock.lstrip("~<>"))]
        readings = clock[len(mark):].split("/")
        if f is None or len(readings) != 2:
            continue
        near = min(readings, key=lambda r: min(abs((_middle(r) or 0.0) - centre + k) for k in (-24, 0, 24)))
        if out is rows:
            out = list(rows)
        out[m] = replace(rows[m], frame=replace(f, clock=mark + near))
    return out
