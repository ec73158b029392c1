"""A span of time told in several units or on a stopwatch: "2 hours 14 minutes 5 seconds" and "2:14:05" are one figure.

Why: a time run or taken is written as hours, minutes and seconds in words by one outlet and as a stopwatch reading
by another. Read piece by piece, the words gave three figures (2 hours, 14 minutes, 5 seconds) that no single
figure could meet, and the stopwatch reading gave none, so two outlets stating one time never agreed. Here

* a run of spans in falling units, next to each other ("2 hours 14 minutes 5 seconds", "3 hours, 2 minutes and 40
  seconds"), is one figure in seconds, its span the whole run;
* a reading with hours, minutes and seconds ("2:14:05", "1:02:40") is a span in seconds, unless a preposition of
  the clock stands before it ("at", "from", "until", "by", "before", "after"): a time of day with seconds.

Closed class only: the units of time and the prepositions of the clock.
"""

from __future__ import annotations

import re

from workbench.models import Quantity

_SECONDS = {"hour": 3600.0, "hours": 3600.0, "minute": 60.0, "minutes": 60.0, "second": 1.0, "seconds": 1.0}
_JOIN = re.compile(r"^(?:\s*,?\s*(?:and\s+)?)$", re.IGNORECASE)
_STOPWATCH = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|since)\s+$", re.IGNORECASE)


def _size(q: Quantity) -> float | None:
    return _SECONDS.get(str(q.unit).lower()) if q.kind == "count" and q.value is not None and not q.bound else None


def _merged(text: str, run: list[Quantity]) -> Quantity:
    total = sum(float(q.value or 0.0) * (_size(q) or 0.0) for q in run)
    first, last = run[0], run[-1]
    return Quantity(kind="count", text=text[first.start:last.end], start=first.start, end=last.end, value=total,
                    approx=first.approx, unit="seconds")


def elapsed_spans(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (in text order) with each run of spans in falling units merged and each stopwatch reading
    added, in text order."""
    out: list[Quantity] = []
    run: list[Quantity] = []
    for q in [*quantities, None]:
        size = _size(q) if q is not None else None
        if q is not None and size is not None and run and size < (_size(run[-1]) or 0.0) \
                and _JOIN.match(text[run[-1].end:q.start]):
            run.append(q)
            continue
        if run:
            out.append(_merged(text, run) if len(run) > 1 else run[0])
        run = [q] if q is not None and size is not None else []
        if q is not None and size is None:
            out.append(q)
    if ":" not in text:
        return out
    for m in _STOPWATCH.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in out) \
                or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        secs = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        out.append(Quantity(kind="count", text=m.group(0), start=m.start(), end=m.end(), value=float(secs),
                            unit="seconds"))
    return sorted(out, key=lambda q: q.start)
