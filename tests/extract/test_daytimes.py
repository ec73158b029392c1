"""Clock times as intervals (issue 9, seventh round, class 2): sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.daytimes import clock_of, clock_span, clocks_apart


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The generator failed between 2am and 3am, the hospital said.", "02:00-03:00"),
        ("The bridge was shut from 9.15 to 10.45 on Monday.", "09:15-10:45"),
        ("Queues formed 5pm-7pm outside the stadium.", "17:00-19:00"),
        ("Voting ran from 8am until 10pm.", "08:00-22:00"),
        ("The ferry left at 7am and again at 4pm.", "07:00"),  # two times, not a range
        ("Trains stopped shortly after 5.20pm.", ">17:20"),  # marked: within the next three quarters of an hour
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


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The ferry docked at about 9.10pm.", "~21:10"),
        ("Sirens sounded just before noon.", "<noon"),
        ("The gates closed shortly before midnight.", "<midnight"),
        ("Crews were on site by 6am.", "<<06:00"),
        ("The ferry docked at 9.10pm.", "21:10"),
    ],
)
def test_clock_of_marks_what_bounds_a_time(text, clock):
    assert clock_of(text) == clock


def test_a_bounded_time_is_an_interval_on_its_side():
    """"shortly after 9.10pm" may be 21:30 but not 21:00; "about 11pm" reaches 22:40; "shortly before noon" is no
    afternoon time. Failed before: every time was a quarter hour either side, whatever stood before it."""
    after = clock_of("The ferry docked shortly after 9.10pm.")
    assert not clocks_apart(after, "21:35") and clocks_apart(after, "20:50")
    assert not clocks_apart(clock_of("It docked at about 11pm."), "22:40")
    assert clocks_apart(clock_of("The gates closed shortly before noon."), "12:20")


def test_a_clock_times_interval_is_as_wide_as_the_step_it_is_told_to():
    """rel9x: "21:47" is told to the minute, "13:45" to the quarter hour, "20:00" to the hour (then a quarter hour
    either side at most); "about" widens it to half that step, and by five minutes at the least."""
    from workbench.extract.daytimes import clock_span

    def width(clock: str) -> float:
        (lo, hi), _ = clock_span(clock)
        return round((hi - lo) * 60, 1)

    assert (width("21:47"), width("14:10"), width("13:45"), width("20:00")) == (1.0, 5.0, 15.0, 30.0)
    assert (width("~21:40"), width("~13:45"), width("~21:30"), width("~20:00")) == (10.0, 15.0, 30.0, 60.0)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The ferry left the quay at half past nine on Sunday evening.", "21:30"),
        ("The lecture hall was cleared at quarter to eleven in the morning.", "10:45"),
        ("Lights went out at a quarter past three on Tuesday afternoon.", "15:15"),
        ("The market opened at eight o'clock on Saturday morning.", "08:00"),
        ("Shortly after half past six in the evening the gates were shut.", ">18:30"),
        ("The vote was held at twenty to four in the afternoon.", "15:40"),
        ("Doors closed at twelve o'clock that night.", "00:00"),
        ("The pumps failed at a quarter to one that night.", "00:45"),
        ("Sirens sounded at ten past eleven at night.", "23:10"),
    ],
)
def test_clock_of_reads_a_time_told_in_words(text, clock):
    assert clock_of(text) == clock


def test_a_time_told_in_words_without_a_part_of_the_day_keeps_both_readings_and_no_interval():
    """"half past ten" alone is 10.30am or 10.30pm: both are stored, and no hour interval can be set for it (analysis
    picks the half of the day beside another account's time, ``analyze.half_days``); a modifier times no act."""
    assert clock_of("The rally ended at half past ten.") == "10:30/22:30"
    assert clock_of("The lift stuck at about a quarter to one.") == "~00:45/12:45"
    assert clock_span("~10:30/22:30") is None and not clocks_apart("10:30/22:30", "14:00")
    assert clock_of("She had two o'clock lessons.") is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Divers went in at first light on Tuesday.", "dawn"),
        ("The march set off shortly after daybreak.", ">dawn"),
        ("Shops shut at dawn.", "dawn"),
        ("Snow was lying on the roads by dawn.", None),
    ],
)
def test_first_light_and_daybreak_are_dawn(text, clock):
    assert clock_of(text) == clock


def test_dawn_is_an_hour_interval_that_meets_a_time_shortly_after_first_light():
    assert not clocks_apart("dawn", ">dawn")
    assert clocks_apart("dawn", "14:00")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The trawler Morva Dawn sank off the cape on Friday evening.", "evening"),
        ("The Evening Courier printed the first photographs at 6am.", "06:00"),
        ("Dawn Ellery, a nurse, said the ward was quiet.", None),
        ("Dawn broke over the harbour before the tugs arrived.", "dawn"),
        ("At Dawn the convoy crossed the bridge.", "dawn"),
    ],
)
def test_a_part_of_the_day_inside_a_name_is_no_time(text, clock):
    """A capitalised "Dawn" or "Evening" beside another capitalised word is part of a name (a ship, a paper, a
    person); at a sentence's start or after a capitalised preposition it is still the time of day."""
    assert clock_of(text) == clock
