"""One of several things against all of them (``analyze.sub_parts.one_of_several``). Fictional sentences written
for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel

ONE = "Marrow, a hamlet of 120 people below the dam, was evacuated."
SEVERAL = "Four hamlets below the dam, home to about 450 people, have been evacuated."


def test_one_things_figure_against_several_things_figure_is_narrower():
    got = rel(ONE, SEVERAL, sim=0.6)
    assert got.relation == "narrower" and "hamlet" in got.reason, got
    assert rel(SEVERAL, ONE, sim=0.6).relation == "broader"


def test_without_several_counted_the_two_figures_stay_compared():
    """No count of hamlets on the other side: nothing shows the larger figure covers more than one hamlet."""
    got = rel(ONE, "The hamlet below the dam, home to about 450 people, has been evacuated.", sim=0.6)
    assert got.relation != "narrower", got


def test_a_larger_figure_for_one_of_them_is_no_part():
    got = rel("Marrow, a hamlet of 600 people below the dam, was evacuated.", SEVERAL, sim=0.6)
    assert got.relation != "narrower", got
