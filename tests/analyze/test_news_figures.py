"""False figure conflicts of real news prose, told apart by structure (BASIL dev events, issue 9, eighth stop)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_span_in_years_is_restated_in_months_before_it_is_compared():
    """"a 43-month audit" keeps its unit in the measure, not on the bare number: "nearly four years" must be
    converted to months before comparing, and "nearly four years" admits 43 months."""
    for a in ("The ministry's nearly four-year-long audit did not establish that the mill board broke the law.",
              "After nearly four years of audit, the public is entitled to know what the ministry found."):
        got = rel(a, "Ms. Ferrow, the auditor, completed her 43-month audit of the mill board.", sim=0.7)
        assert got.relation != "conflict", got
    got = rel("The ministry's six-year-long audit did not establish that the mill board broke the law.",
              "Ms. Ferrow, the auditor, completed her 43-month audit of the mill board.", sim=0.7)
    assert got.relation == "conflict", got
