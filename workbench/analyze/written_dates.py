"""Whether two claims name one calendar day in the same words, written without a year on both sides.

Why: extraction resolves a year-less date against the report's own day and the claim's tense ("a best-before date of
July 30" in a past-tense sentence of a July 8 report lands in the year before; "dates up to 30 July", said in the
present, in the year of the report). Two reports of one event then store one written day in two years, and the
date rules read two days ("July 30 vs 30 July"). The year was inferred on both sides, never stated, so a pair that
names one month and day is one day as written; the stored ISO times stay as they are for every other use.
"""

from __future__ import annotations

from workbench.models import Frame, Quantity


def _year_less_day(frame: Frame, quantities: list[Quantity]) -> str | None:
    """"--MM-DD" of the date that set the frame's time, where it was written without a year; else None."""
    told = frame.time_text or ""
    for q in quantities:
        if q.kind == "date" and q.iso and q.iso.startswith("--") and q.text and q.text in told:
            return q.iso
    return None


def one_written_day(fa: Frame, qa: list[Quantity], fb: Frame, qb: list[Quantity]) -> bool:
    """Both frames' times come from a date written without a year, and the two name one month and day."""
    da, db = _year_less_day(fa, qa), _year_less_day(fb, qb)
    return da is not None and da == db
