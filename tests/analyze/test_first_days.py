"""A count of a span's first day against a larger count over the whole span is the count grown, not a rival
(analyze.first_days). Sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel

_DAY = "The hospital trust said 640 clinic appointments had been cancelled on the first day."
_SPAN = "More than 1,500 clinic appointments had been cancelled over the three days of the walkout, Ansel Brook said."


def test_the_first_days_count_and_the_count_over_the_span_are_an_update():
    got = rel(_DAY, _SPAN, pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "update" and "first day" in got.reason, got


def test_a_smaller_count_over_the_span_still_disputes_the_first_day():
    got = rel(_DAY, _SPAN.replace("More than 1,500", "About 400"), pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation != "update", got
