"""Eras and parts of a month as year intervals (issue 9, rel9n): sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.eras import month_part_span, span_of


@pytest.mark.parametrize(
    ("text", "time", "lo", "hi"),
    [
        ("The chapel was raised in the late 15th century, the diocese said.", None, 1466.67, 1500.0),
        ("The well was dug in the 1620s.", None, 1620.0, 1630.0),
        ("The well was dug in the early 1620s.", None, 1620.0, 1623.33),
        ("The well was dug around 1625, a surveyor said.", None, 1620.0, 1631.0),
        ("The ferry line opened in early May.", "2031-05", 2031.33, 2031.36),
    ],
)
def test_span_of_places_eras_and_month_parts(text, time, lo, hi):
    got = span_of(text, time)
    assert got is not None and abs(got["lo"] - lo) < 0.01 and abs(got["hi"] - hi) < 0.01, got


@pytest.mark.parametrize(
    "text",
    [
        "Around 1625 volunteers signed the petition.",  # a count, not a year
        "The archive holds records from the 1900s.",  # a decade or a century: unread
        "The lamps were lit at 7pm.",
        "The well was dug in 1625.",  # a plain year is the date slot's
        "The council acted under a 1950s-era bylaw.",  # the era of the bylaw, not of the act
    ],
)
def test_span_of_leaves_counts_and_ambiguous_eras_unread(text):
    assert span_of(text, None) is None


def test_a_month_part_needs_the_stored_month():
    assert span_of("The line opened in late May.", "2031-06") is None
    got = span_of("The line opened in late May.", "2031-05")
    assert got is not None and got["text"] == "late May"


def test_a_yearless_day_of_the_same_length_as_a_month_is_no_month_and_no_crash() -> None:
    # "--01-15" (a day with no year: no publication date resolved it) is 7 characters, like "2027-01"; read as a
    # year and a month it raised ValueError and stopped the ingest of the whole document
    assert month_part_span("The count closed in late January, the board said.", "--01-15") is None
    assert span_of("The count closed in late January, the board said.", "--01-15") is None
    assert month_part_span("The count closed in late January, the board said.", "2027-01") is not None
