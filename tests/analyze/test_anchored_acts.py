"""One act set before and after one named happening (issue 9, miss15b). Fictional sentences written for these tests
(not the dev corpus); the conflicts failed before ``analyze.anchored_acts``."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_one_start_before_and_after_one_happening_conflicts():
    got = rel("The stampede started minutes before the final whistle, the club said.",
              "The stampede started just after the final whistle, a steward said.")
    assert got.relation == "conflict" and got.reason.startswith("order: stampede"), got


def test_a_start_and_the_happening_itself_on_opposite_sides_conflict():
    got = rel("The blackout began soon after the speech, the network operator said.",
              "The blackout happened ten minutes before the televised speech.")
    assert got.relation == "conflict" and "before speech" in got.reason, got


def test_two_acts_of_one_thing_on_either_side_are_no_conflict():
    got = rel("The blaze began before the blast, the fire service said.",
              "The blaze spread after the blast, a neighbour said.")
    assert got.relation != "conflict", got


def test_one_side_in_both_is_no_conflict():
    got = rel("The stampede started minutes before the final whistle, the club said.",
              "The stampede started shortly before the final whistle, a steward said.")
    assert got.relation != "conflict", got
