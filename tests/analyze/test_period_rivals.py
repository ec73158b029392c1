"""Figures of one measure that differ for a structural reason, not as rivals: a later report whose figure states the
reach of an act widened to it, a rate of another period (a quarter, a year earlier), a sub-population's rate, two
figures of the future (a forecast, a target), an amount per month vs per year.

Fictional pairs written for these tests (not the dev corpus); each failed before its rule existed."""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.intervals import Span, period_span
from workbench.analyze.quantity_match import compare_quantities
from workbench.extract.figures import measures_of
from workbench.extract.quantities import extract_quantities


def test_a_later_report_of_an_act_widened_to_a_figure_is_an_update() -> None:
    got = rel("Brenner Foods widened its withdrawal of Sunvale oat bars to 11 lots on Thursday.",
              "Brenner Foods is withdrawing five lots of its Sunvale oat bars, the firm said on Wednesday.",
              sim=0.7, pub_a="2027-04-09", pub_b="2027-04-07")
    assert got.relation == "update", got


def _periods(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m.get("period")) for m in measures_of(text, extract_quantities(text))]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("The jobless rate was 5.1 per cent in the first quarter.", [("5.1 per cent", "q1")]),
        ("The fourth-quarter vacancy rate of 3.3% was a record.", [("3.3%", "q4")]),
        ("Exports fell 2% in Q3 2031.", [("2%", "2031-q3")]),
        ("The mill earned 4 million marks last year, up 9 per cent.",
         [("4 million marks", "last year"), ("9 per cent", "last year")]),
        ("Fares rose 6% in the last year.", [("6%", None)]),  # the twelve months to the report: no calendar year
        # a period moved back belongs to the figure right before it, not to the one the rate rose to
        ("The vacancy rate rose to 4.4% from 3.9% a year earlier.", [("4.4%", None), ("3.9%", "year earlier")]),
    ],
)
def test_quarters_calendar_years_and_a_year_back_are_stored_periods(text, periods) -> None:
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("period", "published", "span"),
    [
        ("q2", "2031-09-01", Span(0.25, 2031.25, 2031.5)),
        ("q4", "2032-01-20", Span(0.25, 2031.75, 2032.0)),  # a January report's fourth quarter is last year's
        ("2030-q1", None, Span(0.25, 2030.0, 2030.25)),
        ("q2", None, None),  # unplaced quarters are not one length to compare
        ("last year", "2031-06-01", Span(1.0, 2030.0, 2031.0)),
        ("this year", "2031-06-01", Span(1.0, 2031.0, 2032.0)),
    ],
)
def test_quarters_and_calendar_years_are_placed_from_the_report(period, published, span) -> None:
    assert period_span(period, published) == span


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one measure, two quarters
        ("The jobless rate in Osterlund was 5.1 per cent in the first quarter.",
         "The second-quarter jobless rate of 5.8% was the highest since 2029, the bureau said."),
        # a figure recorded a year before against this quarter's
        ("The vacancy rate was 3.1 per cent in the second quarter.",
         "Housing minister Ilse Varn said the vacancy rate was above the 4.2% recorded a year earlier."),
        # a change over last year against a change over ten years
        ("The co-operative made a surplus of 3 million marks last year, up 11 per cent.",
         "Branch visits have fallen by 48 per cent in ten years, its chair, Ole Dams, said."),
    ],
)
def test_rates_of_different_periods_are_not_rivals(a, b) -> None:
    got = rel(a, b, sim=0.6, pub_a="2031-08-02", pub_b="2031-08-03")
    assert got.relation != "conflict", got
    assert "period" in got.reason, got


@pytest.mark.parametrize(
    ("text", "qual"),
    [
        ("Female unemployment stood at 9.4 per cent.", ["female"]),
        ("The long-term jobless rate fell to 2.2%.", ["long-term"]),
        ("Fuel prices rose 6% in June.", ["fuel"]),
        ("The unemployment rate stands at 6.1%.", None),
        ("The national unemployment rate stands at 6.1%.", None),  # the whole measure, not a part of it
        ("The first-quarter jobless rate was 6.1%.", None),  # a period, not whom it is of
        ("Osterlund's jobless rate was 6.1%.", None),  # a possessive is a holder
        ("Analysts now predicted unemployment to reach 6.5%.", None),  # a verb before the role word: no modifier
    ],
)
def test_a_modifier_of_the_measured_noun_is_stored(text, qual) -> None:
    got = [m for m in measures_of(text, extract_quantities(text)) if m["kind"] == "percent"][0]
    assert got.get("qual") == qual, got


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Female unemployment stood at 11.3 per cent.",
         "Unemployment in Osterlund rose to 6.2 per cent, the statistics bureau said.", "different_measure"),
        ("Fuel prices rose 9% in June, the bureau said.", "Prices rose 2.1% in June, the central bank said.",
         "different_measure"),
        # a place before the role word is where, named by the other claim: one measure, still rivals
        ("Osterlund unemployment stood at 6.9 per cent, the bureau said.",
         "Unemployment in Osterlund was 5.2 per cent, the ministry said.", "conflict"),
    ],
)
def test_a_sub_populations_figure_is_another_measure(a, b, relation) -> None:
    got = rel(a, b, sim=0.6)
    assert got.relation == relation, got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a forecast and a target: two future figures of different acts
        ("Analysts at the Osterlund bank said they expected the vacancy rate to climb to about 8.3 per cent next year.",
         "The council has said its target is to bring the vacancy rate below 5 per cent by 2033."),
        # a target against the level reached
        ("The central bank's goal is inflation of 2 per cent.", "Inflation stood at 3.7 per cent in May, the bureau said."),
    ],
)
def test_a_target_is_no_rival_of_a_forecast_or_a_level(a, b) -> None:
    assert act_of_figure(b if "goal" in b or "target" in b else a) == "target"
    got = rel(a, b, sim=0.6, pub_a="2031-11-05", pub_b="2031-11-06")
    assert got.relation != "conflict", got
    assert "target" in got.reason, got


def act_of_figure(text: str) -> str | None:
    return [m for m in measures_of(text, extract_quantities(text)) if m["kind"] == "percent"][0].get("act")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Residents pay 85 marks a month for the new bins, the council said.",
         "Residents pay 85 marks a year for the new bins, a councillor said."),
        ("The ferry pass costs 30 crowns a week.", "The ferry pass costs 120 crowns a month."),
    ],
)
def test_amounts_per_different_spans_neither_agree_nor_conflict(a, b) -> None:
    got = compare_quantities(a, extract_quantities(a), b, extract_quantities(b),
                             frames=(view(a).frame, view(b).frame))
    assert got.agree is None and got.conflict is None and "per" in (got.mismatch or ""), got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Forty stalls on Quay Lane were shut.", "Quay Lane"),
        ("The firm widened the withdrawal to 11 lots on Thursday.", None),  # a day is when, not where
        ("Thirty flats in March were empty.", None),
    ],
)
def test_a_day_or_a_month_after_the_counted_noun_is_no_place(text, where) -> None:
    got = [m for m in measures_of(text, extract_quantities(text)) if m["kind"] == "count"][0]
    assert got.get("where") == where, got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # equal figures: a modifier on one side does not refuse the agreement ("the response rate" / "a rate of")
        ("Club members took part at a rate of 81 per cent, the club said.",
         "The participation rate was 81%, the club said."),
        # the general price index named in two ways
        ("Consumer prices were 2.7% higher in April than a year earlier, the bureau said.",
         "Prices rose 2.7% in the year to April, the bureau said."),
    ],
)
def test_a_modifier_on_one_side_never_parts_equal_figures(a, b) -> None:
    assert rel(a, b, sim=0.7).relation == "agree"


def test_one_rate_per_unit_in_two_encodings_still_agrees() -> None:
    a = "Nitrate in the river had risen to 4.6 milligrams per litre, the agency said."
    b = "Samples showed 4.6 mg of nitrate per litre of water, the agency said."
    got = compare_quantities(a, extract_quantities(a), b, extract_quantities(b), frames=(view(a).frame, view(b).frame))
    assert got.agree, got
