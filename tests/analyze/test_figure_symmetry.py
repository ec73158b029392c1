"""Figure comparison reads both claims alike: no verdict hangs on which claim is named first.

Claim pairs are related in the order of their ids (hashes), so an order-dependent comparison turns a
conflict into "not the same dimension" whenever an id changes. Fictional sentences written for these
tests (not the dev corpus); each pair below gave two different answers in its two orders before.
"""

from __future__ import annotations

import re

import pytest

from tests.analyze.test_frame_relate import rel
from workbench.analyze.quantity_match import compare_quantities
from workbench.extract.quantities import extract_quantities

PAIRS = [
    # two spellings of one unit: the dimension check read only the first claim's spelling
    ("Floodwater closed 12 km of the motorway, the roads agency said.",
     "Police said 30 kilometres of the motorway were under water."),
    # one speed in two spellings: "km/h" was a rate, "kilometres an hour" an amount
    ("The probe was travelling at 11 kilometres a second.", "The probe was travelling at 17 km/s."),
    # only one percent names what it is of: the pairing was found from one side only
    ("Turnout reached 41% of the Harwick membership, the union said.",
     "Members voting in the Harwick ballot have reached 68%."),
    # several figures per claim, paired one-to-one
    ("The rally drew 4,000 marchers and 300 police officers.",
     "Some 9,000 marchers and 300 police officers were at the rally."),
]


def _cmp(a: str, b: str):
    return compare_quantities(a, extract_quantities(a), b, extract_quantities(b))


def _verdict(c) -> tuple:
    """The verdict, whether it is weak, and the figures its reason names (the reason is written in the caller's
    order: "12 km vs 30 kilometres" one way, "30 kilometres vs 12 km" the other)."""
    reason = c.conflict or c.agree or c.mismatch or ""
    return bool(c.agree), bool(c.conflict), bool(c.mismatch), c.weak, sorted(re.findall(r"\d[\d.,]*", reason))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_figure_comparison_is_the_same_in_both_orders(a, b):
    assert _verdict(_cmp(a, b)) == _verdict(_cmp(b, a))


def test_two_spellings_of_one_length_of_the_same_thing_conflict_either_way():
    a, b = PAIRS[0]
    for x, y in ((a, b), (b, a)):
        got = _cmp(x, y)
        assert got.conflict and not got.mismatch, got


def test_lengths_of_different_dimensions_stay_apart_whatever_the_spelling():
    a = "The convoy stretched for 12 km along the highway."
    b = "The depot hit overnight lies 30 kilometres away from the border."
    for x, y in ((a, b), (b, a)):
        got = _cmp(x, y)
        assert not got.conflict and got.mismatch, got


def test_one_speed_in_two_spellings_is_one_rate():
    a, b = PAIRS[1]
    got = _cmp(a, b)
    assert got.conflict and "rate" not in (got.mismatch or ""), got


def test_a_pairing_read_from_one_side_is_weak_in_both_orders():
    a, b = PAIRS[2]
    got = _cmp(a, b)
    assert got.conflict and got.weak, got


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_relation_kind_does_not_depend_on_claim_order(a, b):
    assert rel(a, b).relation == rel(b, a).relation
