"""A source revising itself, figures in converted units, downward running figures, accumulation windows.

Fictional pairs written for these tests (not the dev corpus); each failed before its rule existed."""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.quantity_match import compare_quantities
from workbench.analyze.running_counts import one_source
from workbench.extract.quantities import extract_quantities
from workbench.models import Frame


def _numbers(a: str, b: str):
    return compare_quantities(a, extract_quantities(a), b, extract_quantities(b))


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("The storm flattened 250 hectares of pine forest.", "About 620 acres of pine forest were flattened.", "agree"),
    ("The league suspended the coach for three years.", "The coach was banned for 36 months.", "agree"),
    ("The relay covered 42 kilometres.", "The relay covered 26 miles.", "agree"),
])
def test_a_figure_converted_into_another_unit_of_one_dimension_is_one_measure(a, b, verdict):
    got = _numbers(a, b)
    assert getattr(got, verdict), got
    assert "(=" in getattr(got, verdict), got  # the reason shows the converted figure


def test_figures_that_differ_after_conversion_stay_two_measures():
    """"two years" / "36 months": more often two spans (a term and time served) than rival figures."""
    got = _numbers("The league suspended the coach for two years.", "The coach was banned for 36 months.")
    assert not got.conflict and not got.agree, got


def test_units_of_different_dimensions_or_inexact_sizes_are_not_converted():
    assert not _numbers("The crews repaired 12 kilometres of track.", "The crews repaired 12 hectares of track.").agree
    got = _numbers("The pilot project ran for two months.", "The pilot project ran for 60 days.")
    assert not got.agree and not got.conflict, got  # a month is not a fixed number of days


def test_one_source_is_the_same_head_and_no_word_the_other_lacks():
    def f(s: str) -> Frame:
        return Frame(speaker=s)
    assert one_source(f("the harbour board"), f("the board"))
    assert one_source(f("Mayor Ilka Sund"), f("Sund"))
    assert not one_source(f("the harbour board"), f("the national rail board"))
    assert not one_source(f("the port"), f("a port official"))


def test_a_source_that_gives_a_new_figure_in_a_later_report_has_revised_it():
    got = rel("The quay repairs will cost 14 million crowns, the harbour board said.",
              "The quay repairs will cost 19 million crowns, the board said.",
              sim=0.8, pub_a="2027-05-03", pub_b="2027-05-06")
    assert got.relation == "update" and "revised" in got.reason and "2027-05-03" in got.reason, got
    # the same pair on one day, or from two sources, is still a disagreement
    assert rel("The quay repairs will cost 14 million crowns, the harbour board said.",
               "The quay repairs will cost 19 million crowns, the board said.", sim=0.8).relation == "conflict"
    got = rel("The quay repairs will cost 14 million crowns, the harbour board said.",
              "The quay repairs will cost 19 million crowns, the dockers' union said.",
              sim=0.8, pub_a="2027-05-03", pub_b="2027-05-06")
    assert got.relation == "conflict", got


def test_a_date_moved_by_its_own_source_in_a_later_report_is_an_update():
    got = rel("The ferry service will resume on June 12, the harbour board said.",
              "The ferry service will resume on June 19, the harbour board said.",
              sim=0.85, pub_a="2027-05-03", pub_b="2027-05-06")
    assert got.relation == "update" and "revised" in got.reason, got


def test_a_figure_that_has_fallen_to_a_value_is_running():
    assert view("The number of people in shelters has fallen to 900, the agency said.").frame.running
    assert view("Stocks at the depot dropped to 40 tonnes, the operator said.").frame.running


def test_since_a_month_opens_a_window_and_is_no_comparison_base():
    f = view("Snowfall since January has been 45% below the ten-year norm, the weather office said.").frame
    assert f.measures and not f.measures[0].get("base"), f.measures


def test_percents_against_a_norm_compare_as_one_measure_of_one_thing():
    got = rel("Snowfall this winter has been 45% below the ten-year average, the weather office said.",
              "Snowfall this winter has been 20% below average, the ski lift operators said.", sim=0.8)
    assert got.relation == "conflict" and "source vs source" in got.reason, got
    got = rel("Snowfall this winter has been 45% below the ten-year average, the weather office said.",
              "This winter, snowfall in the hills has been 45 percent lower than normal, the weather office said.",
              sim=0.8)
    assert got.relation == "agree", got
    # a deviation of another thing, or in the other direction, is another measure
    assert rel("Snowfall this winter has been 45% below the ten-year average, the weather office said.",
               "River levels this winter have been 20% below average, the ski lift operators said.",
               sim=0.8).relation != "conflict"
    assert rel("Snowfall this winter has been 45% below the ten-year average, the weather office said.",
               "Snowfall this winter has been 20% above average, the ski lift operators said.",
               sim=0.8).relation != "agree"


def test_figures_for_two_named_places_are_not_rivals():
    got = rel("In Tarrow, the county town, buses will run every 20 minutes, the bus company said.",
              "Across Mellin county, buses will run every 30 minutes, the transport board said.", sim=0.8)
    assert got.relation != "conflict" and "Tarrow" in got.reason and "Mellin" in got.reason, got
    # one place named in both: still compared
    got = rel("In Tarrow, buses will run every 20 minutes, the bus company said.",
              "In Tarrow, buses will run every 30 minutes, the transport board said.", sim=0.8)
    assert got.relation == "conflict", got


def test_two_spellings_of_one_unit_are_one_figure() -> None:
    got = rel("Snow has closed 26 kilometres of the pass road, the roads agency said.",
              "Snow now blocks 26 km of the pass road, an agency spokesman said.", sim=0.8)
    assert got.relation == "agree" and "26 kilometres" in got.reason, got


def test_a_span_in_weeks_and_the_same_span_in_days_agree() -> None:
    got = rel("The league banned the striker for four weeks on Monday.",
              "The striker has been banned for 28 days, the league said.", sim=0.8)
    assert got.relation == "agree" and "28 days" in got.reason, got
    got = rel("The league banned the striker for four weeks on Monday.",
              "The striker has been banned for 21 days, the league said.", sim=0.8)
    assert got.relation == "conflict", got


def test_a_part_marked_alone_in_a_named_town_is_narrower_than_the_unscoped_whole() -> None:
    got = rel("At Varnby harbour alone, 2 kilometres of quay were damaged, the town's mayor, Ola Brekk, said.",
              "The storm damaged 9 kilometres of quay, the port authority said.", sim=0.7)
    assert got.relation == "narrower", got


def test_another_sources_lower_running_figure_disputes_the_count() -> None:
    got = rel("The relief agency said 60 villages had been flooded.",
              "Floodwater now covers 25 villages, an army spokesman, Tor Hale, said.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-11")
    assert got.relation == "conflict", got
    got = rel("The relief agency said 25 villages had been flooded.",
              "Floodwater now covers 60 villages, an army spokesman, Tor Hale, said.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-11")
    assert got.relation == "update", got


def test_two_spellings_of_one_unit_fill_one_slot() -> None:
    from workbench.analyze.fact_slots import same_slot

    a = view("The coast guard said 18 kilometres of shore were fouled.")
    b = view("A wildlife group said 45 km of shore were fouled.")
    assert same_slot(a.frame, b.frame)
