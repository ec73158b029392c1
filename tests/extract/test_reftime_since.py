"""A "since" date opens the span a claim covers; it is not the time the claim refers to, also when a part of the
month stands between ("since late May", "since early 2026"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from workbench.extract.quantities import extract_quantities
from workbench.extract.reftime import resolve_time


def _time(text: str) -> str | None:
    return resolve_time(text, extract_quantities(text), date(2027, 6, 20))[0]


def test_a_since_date_with_a_part_of_the_month_is_a_span_start_not_the_time():
    assert _time("The pumps have been idle since May, the operator said.") != "2027-05"
    assert _time("The pumps have been idle since late May, the operator said.") != "2027-05"
    assert _time("The pumps have been idle since mid-May, the operator said.") != "2027-05"


def test_a_date_with_a_part_of_the_month_and_no_since_is_still_the_time():
    assert _time("The pumps were switched off in late May, the operator said.") == "2027-05"
