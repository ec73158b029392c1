"""Those who did an act against those it was done to, in one noun (fixer fx17a, session 17): sentences written for
these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_payers_and_payees_of_one_noun_are_two_measures():
    got = rel("More than 3,000 tenants paid twice, the tenants union said.",
              "Refunds had been paid to 1,200 tenants by Friday, the housing office said.")
    assert got.relation == "different_measure" and "paid to" in got.reason, got


def test_receivers_on_both_sides_are_still_compared():
    got = rel("More than 3,000 tenants were paid twice, the tenants union said.",
              "Compensation was paid to 1,200 tenants by Friday, the housing office said.")
    assert got.relation == "conflict", got
