"""Shares written as "N in M" are percents of their whole (issue 9, fx16a): "fewer than three in four members", "one
ferry in five", "two out of three growers". Before, only "one in 20" was read; "three in four members" gave two
counts ("three", "four members"), so a source's share in words was never set against another's percent.
Sentences invented for these tests."""

from __future__ import annotations

from workbench.extract.figure_purposes import purpose_slots
from workbench.extract.quantities import extract_quantities


def _shares(text: str) -> list[tuple]:
    return [(q.kind, q.text, q.value, q.bound, q.context) for q in extract_quantities(text)]


def test_n_in_m_with_the_whole_after_is_a_share_of_it():
    got = _shares("Fewer than three in four members of the choir voted, the secretary said.")
    assert got == [("percent", "Fewer than three in four", 75.0, "upper", "of members")], got
    got = _shares("Two out of three growers in the valley lost their crop.")
    assert got == [("percent", "Two out of three", 66.6667, None, "of growers")], got


def test_one_noun_in_m_is_a_share_of_that_noun():
    got = _shares("One ferry in five stayed in port on Friday.")
    assert got == [("percent", "One ferry in five", 20.0, None, "of ferry")], got
    q = extract_quantities("Fewer than three in four members of the choir voted.")[0]
    assert purpose_slots("Fewer than three in four members of the choir voted.", q) == {"what": ["members"]}


def test_rates_over_time_and_per_thing_are_no_shares():
    assert all(q.kind != "percent" for q in extract_quantities("The striker scored one goal in four games."))
    assert all(q.kind != "percent" for q in extract_quantities("The crews rescued two in three days."))
    assert all(q.kind != "percent" for q in extract_quantities("Nine in four was the score."))  # N not below M
