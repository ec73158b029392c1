"""A fraction of one unit of measure or of time ("a quarter of a mile", "half an hour") is an amount in that unit,
not a share (``extract.sizes``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(q.kind, q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_a_fraction_of_one_unit_is_an_amount_of_it():
    assert _figures("The oil slick spread a quarter of a mile offshore.") == [
        ("count", "a quarter of a mile", 0.25, "mile")]
    assert _figures("Hail flattened three-quarters of an acre of barley.") == [
        ("count", "three-quarters of an acre", 0.75, "acre")]


def test_half_a_unit_with_no_of_is_an_amount():
    assert _figures("The ridge path was shut for half an hour.") == [("count", "half an hour", 0.5, "hour")]
    assert _figures("Half a mile of the towpath was closed.") == [("count", "Half a mile", 0.5, "mile")]


def test_a_fraction_of_a_group_stays_a_share():
    assert _figures("Half of the lodgers left early.")[0][:3] == ("percent", "Half", 50.0)
    assert _figures("A third of a day's takings went missing.")[0][0] == "percent"


def test_a_fraction_of_a_mile_meets_the_same_distance_in_metres():
    from tests.analyze.test_frame_relate import rel

    got = rel("The tailback stretched a quarter of a mile past the toll booth.",
              "The tailback stretched 400 metres past the toll booth.", sim=0.8)
    assert got.relation == "agree", got
