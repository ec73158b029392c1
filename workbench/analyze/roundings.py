"""The interval a written figure allows: exact figures +-2%, approximate ones within their own rounding.

Why a module of its own: ``quantity_match`` pairs figures and ``frame_relate`` compares slots; both ask one
question first, which values a figure as written can stand for. "About 45,000" was rounded to the nearest
5,000 and "some 52,000" to the nearest 1,000: an approximation covers the step it was rounded to (never more
than 12%), so two round figures a rounding step apart or more are two values, not one figure said twice.
"""

from __future__ import annotations

import math
import re

from workbench.models import Quantity

EXACT_TOL = 0.02
APPROX_TOL = 0.12
PERCENT_ABS_TOL = 0.5


def interval(q: Quantity) -> tuple[float, float]:
    """Exact +-2%, "about" within its rounding step (at most +-12%), "more than" open above, "up to" open below."""
    v = float(q.value)  # type: ignore[arg-type]
    if q.bound == "lower":
        return v, math.inf
    if q.bound == "upper":
        return -math.inf, v
    tol = APPROX_TOL if q.approx else EXACT_TOL
    lo, hi = sorted((v * (1 - tol), v * (1 + tol)))
    if not q.approx and (half := _half_place(q, v)) is not None and half < EXACT_TOL * abs(v):
        lo, hi = v - half, v + half  # "8.2 million" is 8.15-8.25 million: "8.4 million" is another figure
    if q.approx and q.kind in ("count", "money") and (step := rounding_step(v)) is not None:
        tol_abs = max(EXACT_TOL * v, min(APPROX_TOL * v, step))  # no wider than its rounding: "about 45,000" is not 52,000
        lo, hi = v - tol_abs, v + tol_abs
    if q.kind == "percent":
        if q.approx:
            lo, hi = min(lo, v - PERCENT_ABS_TOL), max(hi, v + PERCENT_ABS_TOL)
        else:
            width = _percent_half(q)
            lo, hi = v - width, v + width
    return lo, hi


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _percent_half(q: Quantity) -> float:
    """What an exact percentage stands for: what rounds to it at its last written place ("4%": 3.5 up to 4.5, not
    reaching 4.5, which an outlet would write as such; "3.9 per cent": 3.85 up to 3.95); one in words rounds to
    a whole point. Why: "3.9 per cent" and "4.8%" are two figures, and so are "54%" and "55%"; a relative
    tolerance or a fixed half point made both pairs "the same figure", while "4 per cent" and "4.3%" may be one
    figure rounded."""
    m = _DIGITS.search(q.text or "")
    decimals = len(m.group(1) or "") if m is not None else 0
    return PERCENT_ABS_TOL * 10.0 ** -decimals * (1 - 1e-6)


def _half_place(q: Quantity, v: float) -> float | None:
    """Half a unit of the last digit an exact figure was written to ("8.2 million": 50,000; "86": 0.5; "1,500": 50),
    None where it was written in words. Why: an exact figure stands for what rounds to it, no more; two exact
    figures written to one place that differ ("8.2 million" / "8.4 million") are two values, not one said twice."""
    m = _DIGITS.search(q.text or "")
    if m is None:
        return None
    written = m.group(0).replace(",", "")
    try:
        shown = float(written)
    except ValueError:
        return None
    if shown <= 0 or q.kind not in ("count", "money"):
        return None
    scale = v / shown  # "million", "bn", a unit conversion: the written digits times their scale
    decimals = len(m.group(1) or "")
    place = 10.0 ** -decimals
    if decimals == 0:
        n = int(written)
        while n and n % 10 == 0:
            n, place = n // 10, place * 10
    return place * abs(scale) / 2  # a reading below zero ("-9C") rounds as its size does


def overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def rounding_step(v: float) -> float | None:
    """The step a round figure was rounded to, read from its own digits: "45,000" to the nearest 5,000, "52,000" to
    the nearest 1,000, "2.5 million" to 100,000. An approximate figure lies within one step of the true value (an
    outlet rounding 47,400 writes "about 45,000", not "about 52,000"); None for small or fractional figures."""
    if v < 100 or v != int(v) or v >= 1e15:
        return None
    n, step = int(v), 1
    while n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step * 5 if n % 10 == 5 else step)
