"""A part of the day capitalised inside a name ("the Saltwick Dawn", "the Evening Courier") is no time of day, for the
clock (``daytimes.clock_of``) nor for the end of the act phrase (``act_phrases``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.act_phrases import act_phrase
from workbench.extract.daytimes import clock_of


def test_a_day_part_inside_a_name_is_no_clock():
    assert clock_of("The trawler Saltwick Dawn ran aground off the point.") is None
    assert clock_of("The Evening Courier reported the closure.") is None


def test_a_day_part_in_lower_case_or_after_a_preposition_is_still_a_clock():
    assert clock_of("The trawler ran aground at dawn.") == "dawn"
    assert clock_of("At Dawn the trawler ran aground.") == "dawn"
    assert clock_of("Dawn patrols found the wreck.") == "dawn"


def test_the_act_phrase_runs_past_a_name_with_a_day_part():
    assert act_phrase("The Saltwick Dawn ran aground off the point on Friday.") == "The Saltwick Dawn ran aground off the point"
