"""Periods compared as spans of time (analyze.intervals), on fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel
from workbench.analyze.intervals import Span, compare_spans, period_relation, period_span
from workbench.extract.figures import measures_of
from workbench.extract.quantities import extract_quantities


def _period(text: str) -> str | None:
    money = [m for m in measures_of(text, extract_quantities(text)) if m["kind"] == "money"]
    return money[0].get("period") if money else None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("According to the filings, the Varga family earned $12,400,000 over the six year span, mostly from rents.",
         "six years"),
        ("The trust paid out $3 million over a five-year period, the auditors said.", "five years"),
        ("The board spent $40 million over the past three decades on the harbour.", "past three decades"),
        ("The city will spend $90 million over the next four years on its trams.", "next four years"),
        ("The fund lost $2 million over those two decades.", "two decades"),
        ("The port handled $70 million in cargo over the three decades since 1995.", "three decades from 1995"),
        ("The firm paid $6 million in fines in the eight years to 2031.", "eight years to 2031"),
    ],
)
def test_spans_of_years_are_stored_as_periods(text: str, period: str) -> None:
    assert _period(text) == period


@pytest.mark.parametrize(
    ("period", "published", "span"),
    [
        ("2031", None, Span(1.0, 2031.0, 2032.0)),
        ("2024-2031", None, Span(8.0, 2024.0, 2032.0)),
        ("six years", "2032-07-01", Span(6.0)),  # a length only: "the six year span" names a span stated elsewhere
        ("three decades from 1995", "2032-07-01", Span(30.0, 1995.0, 2025.0)),  # a stated endpoint, not the report
        ("eight years to 2031", None, Span(8.0, 2024.0, 2032.0)),
        ("unknown words", None, None),
    ],
)
def test_period_spans(period: str, published: str | None, span: Span | None) -> None:
    assert period_span(period, published) == span


def test_anchored_and_open_periods_end_at_the_report() -> None:
    past = period_span("past eight years", "2032-01-01")
    assert past is not None and past.start == pytest.approx(2024.0) and past.end == pytest.approx(2032.0)
    ahead = period_span("next five years", "2032-01-01")
    assert ahead is not None and ahead.start == pytest.approx(2032.0) and ahead.end == pytest.approx(2037.0)
    since = period_span("2028-", "2032-01-01")
    assert since is not None and since.start == 2028.0 and since.end == pytest.approx(2032.0)
    assert period_span("past eight years") == Span(8.0)  # no report date: a length only


@pytest.mark.parametrize(
    ("a", "b", "pub", "kind"),
    [
        ("2024-2031", "2024-2031", None, "same"),
        ("eight years", "2024-2031", None, "same"),  # one length, placed on one side only
        ("past eight years", "2024-2031", "2032-03-01", "same"),  # placed from the report's date, within its slack
        ("2029", "2024-2031", None, "narrower"),
        ("2028-2031", "2024-2031", None, "narrower"),
        ("2024-2031", "2029", None, "broader"),
        ("eight years", "2029", None, "broader"),  # a length against one year: it cannot fit inside it
        ("2020-2023", "2024-2031", None, "disjoint"),
        ("2030", "2031", None, "disjoint"),
        ("2020-2026", "2024-2031", None, "overlap"),
        ("two decades", "eight years", None, "broader"),
        ("eight years to 2031", "2024-2031", None, "same"),
        ("three decades from 1995", "2029", None, "disjoint"),
    ],
)
def test_periods_relate_as_spans(a: str, b: str, pub: str | None, kind: str) -> None:
    assert period_relation(a, b, pub, pub) == kind
    back = {"narrower": "broader", "broader": "narrower"}.get(kind, kind)
    assert period_relation(b, a, pub, pub) == back


def test_compare_spans_of_lengths_only() -> None:
    assert compare_spans(Span(6.0), Span(6.0)) == "same"
    assert compare_spans(Span(1.0), Span(6.0)) == "narrower"


def test_a_span_total_against_one_year_of_a_part_is_not_a_conflict() -> None:
    """A family's six-year total against one member's fees in one year of it: two periods, not rivals."""
    got = rel("According to the filings, the Vargas earned $12,400,000 over the six year span, mostly from rents.",
              "She also released a list showing that she had earned nearly $900,000 in consulting fees in 2029, the year "
              "she left the board.",
              sim=0.6, pub_a="2032-06-01", pub_b="2032-06-01")
    assert got.relation != "conflict", got
    assert "six years" in got.reason and "2029" in got.reason, got


def test_one_span_in_two_wordings_still_compares_the_figures() -> None:
    """"over the six year span" and "from 2024 to 2029" are one period: the sums agree or conflict as sums."""
    agree = rel("According to the filings, the Vargas earned $12,400,000 over the six year span, mostly from rents.",
                "The Vargas earned $12.4 million in rental income from 2024 to 2029, the filings show.",
                sim=0.8, pub_a="2030-06-01", pub_b="2030-06-01")
    assert agree.relation == "agree", agree
    clash = rel("According to the filings, the Vargas earned $12,400,000 over the six year span, mostly from rents.",
                "The Vargas earned $31 million in rental income from 2024 to 2029, the filings show.",
                sim=0.8, pub_a="2030-06-01", pub_b="2030-06-01")
    assert clash.relation == "conflict", clash


def test_a_sum_for_one_year_inside_a_range_is_narrower() -> None:
    got = rel("Floods killed 40 people in the province in 2029, the weather office said.",
              "From 2024 through 2031, floods killed 310 people in the province, the weather office said.", sim=0.7)
    assert got.relation == "narrower" and "2029 within 2024-2031" in got.reason, got
    got = rel("Floods killed 40 people in the province in 2022, the weather office said.",
              "From 2024 through 2031, floods killed 310 people in the province, the weather office said.", sim=0.7)
    assert got.relation == "different_measure" and "2022" in got.reason, got


def test_an_open_bound_agrees_only_with_a_figure_of_its_order() -> None:
    """A bound holds for any figure past it, but is evidence of one figure only near it (quantity_match)."""
    far = rel("He pointed to a group of at least 544 women who serve as store managers at the chain.",
              "The lawsuit covers 1.5 million women who worked at the chain.", sim=0.6)
    assert far.relation != "agree", far
    near = rel("More than 300 people were evacuated from the valley, police said.",
               "Police said 320 people were evacuated from the valley.", sim=0.7)
    assert near.relation == "agree", near
