"""Dates as the claims write them (``analyze.written_dates``), read by the date rules and the paraphrase rule.
Fictional claims written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_close_wording_with_two_written_dates_is_no_agreement():
    """A schedule moved: the frames store no time for "from March 1", and the paraphrase rule called the pair
    "same assertion"."""
    got = rel("The parking charge will apply from March 1, the borough said.",
              "The parking charge will now apply from June 1, the borough said.", sim=0.93,
              pub_a="2027-01-10", pub_b="2027-01-20")
    assert got.relation != "agree" and "March 1 vs June 1" in got.reason, got
    same = rel("The parking charge will apply from March 1, the borough said.",
               "The parking charge will apply from March 1 2027, the borough said.", sim=0.93,
               pub_a="2027-01-10", pub_b="2027-01-20")
    assert same.relation == "agree", same  # one day, once with its year  # guard
