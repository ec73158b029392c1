"""A later running count below another source's earlier count of the same group is a conflict
(``analyze.fallen_counts``): fictional claims written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across

EARLY = "At least 90 households lost power on Monday, the residents' committee said."


def test_a_running_count_that_falls_below_another_sources_count_conflicts():
    later = view("The number of households that lost power has risen to 55, the utility said on Tuesday.", "2027-01-12", "b")
    got = relate_across(view(EARLY, "2027-01-11", "a"), later, 0.4)
    assert got is not None and got.relation == "conflict", got
    assert "committee" in got.reason and "utility" in got.reason and "55" in got.reason, got


def test_a_running_count_above_the_earlier_figure_is_no_conflict():
    later = view("The number of households that lost power has risen to 140, the utility said on Tuesday.", "2027-01-12", "b")
    got = relate_across(view(EARLY, "2027-01-11", "a"), later, 0.4)
    assert got is None or got.relation != "conflict", got


def test_one_source_revising_its_own_count_downwards_is_not_a_conflict_between_sources():
    later = view("The number of households that lost power has risen to 55, the residents' committee said on Tuesday.",
                 "2027-01-12", "b")
    got = relate_across(view(EARLY, "2027-01-11", "a"), later, 0.4)
    assert got is None or "running count cannot fall" not in got.reason, got
