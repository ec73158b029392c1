"""A total told as a sum of parts against one count of a wide noun (issue 9, session 17): sentences written for these
tests, not the dev corpus. The sum, not its first part, is the figure the other claim gives."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_sum_of_parts_agrees_with_the_total_of_people():
    got = rel("The ferry is carrying 412 tourists and 38 sailors.", "About 450 people are on the ferry.", sim=0.7)
    assert got.relation == "agree" and "450" in got.reason, got


def test_a_sum_of_parts_conflicts_with_another_sources_total():
    got = rel("Rescuers pulled 30 miners and 4 engineers from the shaft, the mine operator said on Friday.",
              "Rescuers pulled 90 people from the shaft, the fire service said on Friday.", sim=0.7)
    assert got.relation == "conflict" and "34" in got.reason and "90" in got.reason, got


def test_a_count_of_one_part_is_still_compared_with_that_part():
    got = rel("Rescuers pulled 30 miners and 4 engineers from the shaft, the mine operator said on Friday.",
              "Rescuers pulled 31 miners from the shaft, the fire service said on Friday.", sim=0.7)
    assert "34" not in got.reason, got
