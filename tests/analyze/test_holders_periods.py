"""Whose figure and for what period: a rate is one measure only for one holder and one period,
and numbers agree within the precision they are stated to.

Fictional sentences written for these tests (not the dev corpus, not BASIL wording).
"""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel
from workbench.extract.figures import measures_of
from workbench.extract.quantities import extract_quantities


def _slots(text: str, speaker: str | None = None) -> list[dict]:
    return measures_of(text, extract_quantities(text), speaker=speaker)


def test_a_bare_number_stated_as_a_rate_is_a_percent() -> None:
    def figures(text: str) -> list[tuple[str, float | None]]:
        return [(q.kind, q.value) for q in extract_quantities(text) if q.kind != "date"]

    assert figures("Her 2031 income tax rate was 28.46, the filing showed.") == [("percent", 28.46)]
    assert figures("Her heart rate was 64.") == [("count", 64.0)]  # a whole number may count beats


@pytest.mark.parametrize(
    ("text", "speaker", "holder", "period"),
    [
        ("The Orlands' average property tax rate for 2031 was 1.9 percent, the assessor said.", None, "Orlands", "2031"),
        ("Ms. Hana Varga's filing showed that her 2031 income tax rate was 28.46.", None, "Hana Varga", "2031"),
        ("Mr. Petrov said his average property tax rate was 2.4 percent.", None, "Petrov", None),
        ("His average rate was 2.4 percent.", "Ivo Petrov", "Ivo Petrov", None),
        # a calendar word is nobody: "her" with no one named before it and no speaker stays unresolved
        ("At her check-up on March 3, her heart rate was 64 and her resting rate was 58.", None, None, None),
        ("Petrov paid an effective rate of roughly 30 percent over those two decades.", None, "Petrov", "two decades"),
        ("From 2024 through 2031 the couple paid $2,310,400 in property taxes, for an effective rate of 18.25 percent.",
         None, "the couple", "2024-2031"),
    ],
)
def test_holder_and_period_of_a_figure(text: str, speaker: str | None, holder: str, period: str | None) -> None:
    slots = _slots(text, speaker)
    got = ([m for m in slots if m["kind"] == "percent"] or slots)[-1]
    assert (got.get("holder"), got.get("period")) == (holder, period), got


@pytest.mark.parametrize(
    ("a", "b", "relation", "bits"),
    [
        # one figure stated to two decimals and to one: the same figure
        ("Ms. Varga's tax filing showed that her 2031 income tax rate was 28.46, the office said.",
         "Hana Varga's effective income tax rate for 2031 was 28.5 percent, her accountant said.", "agree",
         ["28.46", "28.5 percent"]),
        # a whole number covers the figure rounded to it
        ("The Orlands' effective tax rate for 2031 was 24 percent, their lawyer said.",
         "The Orlands' effective tax rate for 2031 was 23.7 percent, the filing showed.", "agree", ["24", "23.7"]),
        # two households' rates: different measures
        ("The Orlands' average property tax rate for 2031 was 1.9 percent, the assessor said.",
         "Mr. Petrov said his average property tax rate was 2.4 percent, and contrasted it with his rivals.",
         "different_measure", ["Orlands", "Petrov"]),
        # one person's rate for one year vs over two decades
        ("Ms. Petrov's income tax rate in 2031 was 22 percent, the filing showed.",
         "Ms. Petrov paid an income tax rate of roughly 30 percent over those two decades.",
         "different_measure", ["period", "2031", "two decades"]),
        # a named payer over decades vs a couple over eight years
        ("Petrov paid an effective rate of roughly 30 percent over those two decades.",
         "From 2024 through 2031 the couple paid $2,310,400 in property taxes, for an effective rate of 18.25 percent.",
         "different_measure", ["period", "two decades", "2024-2031"]),
        # the same holder's rate for a later year: a development
        ("The Orlands' tax rate for 2030 was 19 percent, the assessor said.",
         "The Orlands' tax rate for 2031 was 24 percent, the assessor said.", "update", ["2030", "2031"]),
    ],
)
def test_holders_periods_and_precision(a: str, b: str, relation: str, bits: list[str]) -> None:
    got = rel(a, b, sim=0.7)
    assert got.relation == relation, got
    assert all(bit in got.reason for bit in bits), got.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one holder, one period, figures apart beyond their precision: still a contradiction
        ("Mr. Petrov's tax rate for 2031 was 22.5 percent, the filing showed.",
         "Mr. Petrov's tax rate for 2031 was 31 percent, his rival said."),
        ("Turnout in the city was 40%, the election office said.",
         "Turnout in the city was 41%, the observers' group said."),
    ],
)
def test_the_same_measure_still_conflicts(a: str, b: str) -> None:
    assert rel(a, b, sim=0.7).relation == "conflict"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("At that price a year of lessons costs 9,600 florins.", "year"),
        ("The clinic's price for a weekly course remains 240 florins, the clinic said.", "week"),
        ("A month's rent there costs €1,100.", "month"),
        ("The ferry ticket costs 40 florins, the operator said.", None),  # no span named: a total
        ("The Tarrow Daily said the ticket costs 40 florins.", None),  # a capitalised name is no span
    ],
)
def test_the_span_a_price_covers_is_read_from_its_subject(text: str, per: str | None) -> None:
    assert _slots(text)[0].get("per") == per


def test_a_price_per_year_and_a_price_per_month_are_two_measures() -> None:
    got = rel("At that price a year of lessons costs 9,600 florins.",
              "The school's price for a monthly course remains 950 florins, the school said.", sim=0.7)
    assert got.relation != "conflict" and "per year vs per month" in got.reason, got
