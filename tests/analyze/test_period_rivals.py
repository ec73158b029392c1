"""Figures of one measure that differ for a structural reason, not as rivals: a later report whose figure states the
reach of an act widened to it, a rate of another period (a quarter, a year earlier), a sub-population's rate, two
figures of the future (a forecast, a target), an amount per month vs per year.

Fictional pairs written for these tests (not the dev corpus); each failed before its rule existed."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_later_report_of_an_act_widened_to_a_figure_is_an_update() -> None:
    got = rel("Brenner Foods widened its withdrawal of Sunvale oat bars to 11 lots on Thursday.",
              "Brenner Foods is withdrawing five lots of its Sunvale oat bars, the firm said on Wednesday.",
              sim=0.7, pub_a="2027-04-09", pub_b="2027-04-07")
    assert got.relation == "update", got
