"""A date written without a year takes the year its tense and its words point at, against the published date.

Fictional sentences written for these tests (not the dev corpus); each resolved to the wrong year, or to no
date at all, before.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.extract.claims import extract_claims
from workbench.extract.dates import extract_dates
from workbench.extract.daytimes import dated_acts
from workbench.extract.reftime import resolve_time

SPRING = date(2027, 2, 9)  # published early in the year: last autumn's months lie ahead in this calendar year


def _time(text: str, published: date = SPRING, future: bool = False) -> str | None:
    return resolve_time(text, extract_dates(text), published, future)[0]


@pytest.mark.parametrize("text", [
    "Ferry bookings were down 8% at the end of November, the operator said.",
    "The quarry had agreed to stop blasting by the end of October.",
    "Grain exports shrank in December, the customs office said.",
    "Output climbed 3% in November, the statistics office reported.",
])
def test_a_past_account_of_a_later_month_is_last_years(text):
    assert _time(text)[:4] == "2026", text


@pytest.mark.parametrize(("text", "future"), [
    ("The quarry will stop blasting by the end of October.", True),
    ("The quarry will stop blasting by the end of October.", False),  # the tense alone says it lies ahead
    ("The festival runs in October, organisers said.", False),  # present tense: this year's
    ("The planned closure in October is in doubt, officials said.", False),  # "planned": an adjective here
    ("Shelters need 300 more beds by the end of November, the charity said.", False),  # "need" is no past form
])
def test_a_plan_or_a_present_statement_keeps_the_date_ahead(text, future):
    assert _time(text, future=future)[:4] == "2027", text


@pytest.mark.parametrize(("text", "year"), [
    ("Arrivals topped last October's record, the tourist board said.", "2026"),  # possessive
    ("The mill reopened last January after the repairs.", "2027"),  # January has passed: this year's
    ("The council will vote on the plan next March.", "2027"),
    ("The council voted on the plan in October and will vote again next October.", "2027"),
])
def test_last_and_next_name_the_occurrence_before_or_after_the_report(text, year):
    assert _time(text)[:4] == year, text


@pytest.mark.parametrize("text", [
    "The hearing was postponed to October because the judge fell ill.",
    "The launch has been pushed back to October, the agency said.",
    "The final was moved to October after the storm.",
])
def test_a_date_something_was_moved_to_is_its_new_target_ahead(text):
    assert _time(text) == "2027-10", text


def test_a_month_after_to_is_a_date_but_a_name_is_not():
    assert [q.iso for q in extract_dates("The vote was put off to September.")] == ["--09"]
    assert extract_dates("The minister spoke to May about the bill.") == []


def test_each_dated_act_of_a_past_account_takes_its_own_last_occurrence():
    """The days of the acts a sentence names (``daytimes.dated_acts``) read the same tense."""
    text = "The Senate approved the levy on November 20, followed by the Assembly on January 30."
    days = [d["day"] for d in dated_acts(text, extract_dates(text), SPRING)]
    assert days == ["2026-11-20", "2027-01-30"]


def test_a_date_in_an_aside_about_the_noun_is_no_time_of_the_act():
    """"the trawler, built in 1987, ...": the aside dates the build, not what the claim says happened."""
    def frame_time(text: str) -> str | None:
        return extract_claims(text, "2027-02-09")[0].frame.time

    assert frame_time("The trawler Morva, built in 1987, failed its hull survey in April.") == "2026-04"
    assert frame_time("The depot, which opened in 2003, was shut on Friday, the council said.") == "2027-02-05"
    assert frame_time("The depot opened in 2003.") == "2003"
