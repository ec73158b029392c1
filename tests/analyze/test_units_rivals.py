"""Volumes and areas written as powers of a length, and a later figure that another source moved.

Fictional pairs written for these tests (not the dev corpus); each failed before its rule existed."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.quantity_match import compare_quantities
from workbench.extract.quantities import extract_quantities


def _numbers(a: str, b: str):
    return compare_quantities(a, extract_quantities(a), b, extract_quantities(b))


def test_a_cubic_length_is_a_volume_and_converts_to_litres():
    assert [q.unit for q in extract_quantities("Some 40 cubic metres of grain were lost.")] == ["m3"]
    got = _numbers("Nearly 9,000 litres of syrup poured out of the vat.", "About 9 cubic metres were lost.")
    assert got.agree and "(=" in got.agree, got  # the reason shows the converted figure
    got = _numbers("Nearly 30,000 litres of syrup poured out of the vat.", "About 9 cubic metres were lost.")
    assert got.conflict and "(=" in got.conflict, got


def test_a_square_length_is_an_area_and_never_a_length():
    assert [q.unit for q in extract_quantities("The fire burnt 12 square kilometres of heath.")] == ["km2"]
    assert _numbers("The fire burnt 12 square kilometres of heath.", "The fire burnt 1,200 hectares of heath.").agree
    got = _numbers("The crater is 40 metres wide.", "The crater covers 40 square metres.")
    assert not got.agree and not got.conflict, got


def test_an_estimate_raised_by_another_source_rivals_the_first_sources_figure():
    first = "Around 5,000 litres of milk ran into the brook, the dairy cooperative said."
    got = rel(first, "The water authority raised its estimate to 8,000 litres of milk.", sim=0.7,
              pub_a="2027-04-02", pub_b="2027-04-05")
    assert got.relation == "conflict" and "cooperative" in got.reason and "authority" in got.reason, got
    # the same source raising its own figure in a later report develops it
    got = rel(first, "The cooperative raised its estimate to 8,000 litres of milk.", sim=0.7,
              pub_a="2027-04-02", pub_b="2027-04-05")
    assert got.relation == "update", got


def test_a_figure_followed_by_down_is_a_depth_and_no_width():
    from workbench.analyze.sole_figures import figure_key
    text = "The divers found the wreck about 30 metres down, the coastguard said."
    assert figure_key(extract_quantities(text)[0], text) == "length:depth"
    wide = "The wreck lies in a channel 30 metres across."
    assert figure_key(extract_quantities(wide)[0], wide) == "length:width"


def test_an_estimate_raised_by_the_first_sources_own_body_or_of_the_same_offer_is_an_update():
    # the first source speaks for the body that later raises its estimate
    got = rel("Around 5,000 litres of milk ran into the brook, said Ada Brenn of the water authority.",
              "The water authority raised its estimate to 8,000 litres of milk.", sim=0.7,
              pub_a="2027-04-02", pub_b="2027-04-05")
    assert got.relation == "update", got
    # one offer, reported first by the other side, then raised by the party that made it
    got = rel("The landlord's offer of 300,000 crowns is an insult, the tenants' association said on Monday.",
              "The landlord raised its offer to 420,000 crowns on Wednesday, a spokesman said.", sim=0.7,
              pub_a="2027-04-02", pub_b="2027-04-05")
    assert got.relation == "update", got


def test_counts_of_one_noun_in_two_named_places_are_two_groups():
    got = rel("Forty stalls on Mill Lane were flooded, the council said.",
              "Ninety stalls along Weaver Row were flooded, traders said.", sim=0.7)
    assert got.relation != "conflict" and "Mill Lane" in got.reason, got
    # one named place on both sides: still one measure, two sources
    got = rel("Forty stalls on Mill Lane were flooded, the council said.",
              "Ninety stalls on Mill Lane were flooded, traders said.", sim=0.7)
    assert got.relation == "conflict", got
