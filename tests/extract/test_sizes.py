"""Sizes read as sizes (``extract.sizes``): fictional sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _one(text: str):
    qs = extract_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


def test_a_size_and_a_half_in_words_is_a_figure():
    q = _one("Divers said the widest of the cracks measured roughly a foot and a half.")
    assert (q.kind, q.value, q.unit, q.approx) == ("count", 1.5, "feet", True)
    q = _one("The pike was two and a half metres long, its captor claimed.")
    assert (q.value, q.unit) == (2.5, "metres")


def test_up_to_before_a_unit_of_measure_is_the_largest_size_stated():
    """"up to 7 millimetres" of the largest grain is a maximum: a point, not anything below 7."""
    q = _one("Grains of up to 7 millimetres were found in the filter.")
    assert q.value == 7 and q.bound is None


def test_up_to_before_a_count_stays_a_bound():
    assert _one("Up to 40 climbers may be cut off, the guides said.").bound == "upper"


def test_pounds_after_a_verb_of_weight_are_a_mass():
    q = _one("The lobster weighed nearly 9 pounds, the fishmonger said.")
    assert (q.kind, q.unit) == ("count", "pounds")
    assert _one("A ticket costs 9 pounds.").kind == "money"
