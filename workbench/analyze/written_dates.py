"""Dates as the claims write them: one day written without a year on both sides; two written dates that cannot meet.

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


def _parts(iso: str) -> tuple[str | None, str | None, str | None]:
    """(year, month, day) of an extracted ISO date ("2027-06-14", "--06-14", "--06", "2027-06", "2027"); None where
    the text did not state it."""
    year, _, rest = iso.partition("-") if not iso.startswith("--") else ("", "", iso[2:])
    month, _, day = rest.partition("-")
    return year or None, month or None, day or None


def _written(frame: Frame | None, quantities: list[Quantity]) -> Quantity | None:
    """The claim's one written date, unless it dates the statement ("..., the council said on May 2")."""
    dates = [q for q in quantities if q.kind == "date" and q.iso]
    if len(dates) != 1 or (frame is not None and frame.time_said and dates[0].text in (frame.time_text or "")):
        return None
    return dates[0]


def written_dates_apart(fa: Frame | None, qa: list[Quantity], fb: Frame | None, qb: list[Quantity]) -> str | None:
    """"X vs Y" where each claim writes one date (not the day of its statement) and the two cannot be one day: a
    year, month or day that both state and that differ ("from January 1" / "from April 1"; "in June" / "in
    September"). Why: a plan or schedule often leaves the frame without a time of its own, and the paraphrase rule
    then read "will be charged from January 1" and "from April 1" as one assertion."""
    da, db = _written(fa, qa), _written(fb, qb)
    if da is None or db is None:
        return None
    apart = any(x is not None and y is not None and x != y for x, y in zip(_parts(da.iso or ""), _parts(db.iso or ""),
                                                                          strict=True))
    return f"{da.text} vs {db.text}" if apart else None
