""""annual" before an amount names the span it covers, not a change (``extract.durations.changed_base``): "the
yearly bill put at 3bn" and "will cost 3 billion a year" are one cost. Sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_an_annual_amount_is_a_level_not_a_change():
    m = view("The treasury put the annual cost of the scheme at 2.4bn crowns.").frame.measures[0]
    assert not (m.get("role") or "").endswith("change") and "base" not in m, m


def test_annual_beside_a_rate_or_a_noun_of_change_is_still_a_change():
    m = view("Annual inflation slowed to 2.7% in May, the bureau said.").frame.measures[0]
    assert m.get("base") == "year-on-year", m
    m = view("Nurses were granted an annual increase of 900 crowns.").frame.measures[0]
    assert (m.get("role") or "").endswith("change"), m


def test_one_yearly_cost_in_two_wordings_agrees_and_another_does_not():
    a = "According to the treasury, the scheme will cost 2.4 billion crowns a year."
    assert rel(a, "The treasury put the annual cost of the scheme at 2.4bn crowns.", sim=0.7).relation == "agree"
    assert rel(a, "The treasury put the annual cost of the scheme at 3.1bn crowns.", sim=0.7).relation != "agree"
