"""A bare "rate" names no measure of its own (``analyze.generic_roles``): equal figures agree, others keep apart."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_bare_rate_and_a_named_rate_of_one_value_agree():
    got = rel("Joblessness in Morvania climbed to 5.3 per cent in the second quarter, the census bureau said.",
              "The second-quarter rate of 5.3% was the highest in four years.", sim=0.7)
    assert got.relation == "agree", got


def test_a_bare_rate_of_another_value_is_no_conflict():
    """The generic noun is no positive evidence of one measure: different values never become a conflict here."""
    got = rel("Joblessness in Morvania climbed to 5.3 per cent in the second quarter, the census bureau said.",
              "The second-quarter rate of 8.1% was the highest in four years.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_qualified_rate_is_another_measure_even_at_one_value():
    got = rel("Joblessness in Morvania climbed to 5.3 per cent in the second quarter, the census bureau said.",
              "The second-quarter participation rate of 5.3% was the highest in four years.", sim=0.7)
    assert got.relation != "agree", got
