"""A clock of a state going on ("smoke was still pouring ... in the evening") is no rival time of a one-off act
("collapsed at 6.15am") on that day (issue 9, false conflicts). Invented wording."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel

_ACT = "The roof of the grain store at Haldor farm collapsed at 6.15am on Thursday, the county fire service said."


def test_a_state_going_on_later_that_day_is_no_rival_time():
    got = rel(_ACT, "Smoke was still pouring from the wrecked grain store on Thursday evening, according to the fire service.")
    assert got is not None and got.relation != "conflict", got


def test_two_clocks_of_one_act_still_clash():  # guard
    got = rel(_ACT, "The roof of the grain store collapsed on Thursday evening, the farm's owner said.")
    assert got is not None and got.relation == "conflict", got
