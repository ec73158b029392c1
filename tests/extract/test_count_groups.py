"""The group a count of a noun counts, read once at extraction (``extract.count_groups``)."""

from __future__ import annotations

import pytest

from workbench.extract.count_groups import counted_group
from workbench.extract.quantities import extract_quantities


def _group(text: str, unit: str = "passengers") -> str | None:
    q = next(q for q in extract_quantities(text) if q.kind == "count")
    return counted_group(text, q, unit)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Crews evacuated 2,300 passengers from the ferry.", "object:evacuated"),
        ("About 140 passengers were treated for smoke inhalation.", "predicate:treated"),
        ("Some 600 passengers were still aboard the ferry at noon.", "standing:aboard ferry"),  # a later state
        ("Some 600 passengers were aboard the ferry.", "state:aboard ferry"),
        ("By Friday, 40 passengers had been flown home.", "standing:flown"),  # the count standing at a day
        ("Forty passengers remained on the quay.", "standing:remained"),
        ("Fifty passengers in the rear carriage have complained.", "predicate:complained"),
        ("Crews helped at least 90 passengers ashore.", "object:helped"),
    ],
)
def test_the_act_or_state_that_defines_the_group(text, group):
    assert _group(text) == group


@pytest.mark.parametrize(
    "text",
    [
        "The number of passengers has risen to 900.",  # a level a figure reaches: no group of the noun
        "A total of 1,200 passengers.",  # nothing defines the group
        "The operator put the passengers at 1,200.",
    ],
)
def test_no_group_where_nothing_defines_one(text):
    assert _group(text) is None


def test_no_group_without_a_counted_noun():
    q = next(q for q in extract_quantities("It rose by 12.") if q.kind == "count")
    assert counted_group("It rose by 12.", q, None) is None


def test_the_units_of_a_compound_figure_are_no_group():
    text = "She finished in 3 hours 41 minutes 12 seconds."
    qs = [q for q in extract_quantities(text) if q.kind == "count"]
    assert [counted_group(text, q, q.unit) for q in qs] == [None] * len(qs)


def test_a_number_of_phrase_takes_the_participle_after_its_noun_as_the_group():
    text = "The federation put the number of lorries crossing the border each day at 6,500."
    q = next(q for q in extract_quantities(text) if q.kind == "count")
    assert counted_group(text, q, None, counted="lorries") == "predicate:crossing"
    text = "The federation put the number of lorries at 6,500."
    q = next(q for q in extract_quantities(text) if q.kind == "count")
    assert counted_group(text, q, None, counted="lorries") is None
