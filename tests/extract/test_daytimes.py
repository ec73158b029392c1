"""Clock times as intervals (issue 9, seventh round, class 2): sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.daytimes import clock_of, clocks_apart


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The generator failed between 2am and 3am, the hospital said.", "02:00-03:00"),
        ("The bridge was shut from 9.15 to 10.45 on Monday.", "09:15-10:45"),
        ("Queues formed 5pm-7pm outside the stadium.", "17:00-19:00"),
        ("Voting ran from 8am until 10pm.", "08:00-22:00"),
        ("The ferry left at 7am and again at 4pm.", "07:00"),  # two times, not a range
        ("Trains stopped shortly after 5.20pm.", "17:20"),
    ],
)
def test_clock_of_reads_ranges(text, clock):
    assert clock_of(text) == clock


def test_a_range_and_a_time_outside_it_cannot_both_hold():
    assert clocks_apart(clock_of("The generator failed between 2am and 3am."), clock_of("It failed at about 9pm."))
    assert not clocks_apart(clock_of("The generator failed between 2am and 3am."), clock_of("It failed at 2.40am."))
    assert clocks_apart(clock_of("It happened between 2am and 3am."), clock_of("It happened shortly before midnight."))


def test_one_time_in_twelve_and_twenty_four_hour_notation_is_one_time():
    assert not clocks_apart(clock_of("Trains stopped shortly after 5.20pm."), clock_of("Trains stopped at 17:20."))
    assert clocks_apart(clock_of("Trains stopped at 17:20."), clock_of("Trains stopped at about 7pm."))
