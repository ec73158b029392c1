"""A verb whose object names the act ("needed treatment") counts those the act was done to (``extract.count_groups``,
``extract.figure_sorts``): fictional sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_those_who_needed_an_act_are_counted_not_a_threshold():
    """"40 climbers needed treatment": the verb of the counted subject with its own object, no goal to reach."""
    assert [m.get("sort") for m in view("Around 45 climbers needed oxygen on the descent, the guides said.").frame.measures] == [None]
    assert [m.get("sort") for m in view("The motion fell short of the 41 votes needed to block it.").frame.measures] == ["threshold"]


def test_needed_treatment_and_were_treated_count_one_group():
    got = rel("By Friday evening, 19 climbers had been treated for frostbite, the mountain clinic said.",
              "More than 40 climbers needed treatment on Friday, many of them in their tents, the guides' union said.")
    assert got.relation == "conflict" and "19" in got.reason and "40" in got.reason, got
