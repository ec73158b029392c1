"""A time told in words with a count of minutes ("12 minutes past seven", "at ten minutes to eight") is a clock
time, and its numbers count nothing (``extract.spoken_clock``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.daytimes import clock_of
from workbench.extract.quantities import extract_quantities


def test_minutes_past_an_hour_is_a_clock_time():
    assert clock_of("The night train pulled out 17 minutes past eleven.") == "11:17/23:17"
    assert clock_of("The night train pulled out twenty-three minutes past eleven in the evening.") == "23:23"


def test_minutes_to_an_hour_after_a_preposition_of_time_is_a_clock_time():
    assert clock_of("The kiln was lit at four minutes to six in the morning.") == "05:56"
    assert clock_of("The kiln was lit at about ten minutes to six.") == "~05:50/17:50"


def test_the_numbers_of_a_spoken_time_are_no_counts():
    assert extract_quantities("The night train pulled out 17 minutes past eleven.") == []


def test_minutes_to_with_no_preposition_of_time_is_no_time():
    assert clock_of("The drill took ten minutes to eight crews.") is None
    assert [q.value for q in extract_quantities("The drill took ten minutes to eight crews.")] == [10.0, 8.0]


def test_a_range_of_hours_stays_a_range():
    assert clock_of("The clinic is staffed from two to four.") is None
