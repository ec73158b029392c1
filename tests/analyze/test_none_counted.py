"""deny11: a party's "none of the X" against another named source's count of the same X (issue 9 section 3).
Sentences written for these tests, unlike the dev corpus; vectors from the real embedder. The conflict tests
failed on main dca0908."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import between, relations_by_text


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    return lambda *texts: relations_by_text(onnx_embedder, *texts)


_COUNT = "Three of the stolen paintings were sold to a dealer abroad, according to the art squad."


@pytest.mark.parametrize("denial", [
    "The Marlow Gallery denied that any of the stolen paintings had left the country.",
    "The Marlow Gallery again said none of the paintings that were taken had gone abroad.",
])
def test_a_denial_over_a_set_conflicts_with_another_source_counting_members_of_it(relations, denial):
    got = between(relations(denial, _COUNT), denial, _COUNT)
    assert got is not None and got.relation == "conflict", got
    assert "art squad" in got.reason


def test_a_count_of_other_things_does_not_answer_the_denial(relations):
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three of the gallery's guards were questioned by detectives, according to the art squad."
    got = between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got


def test_the_outlets_own_count_stays_inside_the_story(relations):
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three of the stolen paintings were sold to a dealer abroad."
    got = between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got


def test_a_bare_count_of_the_set_is_another_predicate_of_the_story(relations):
    """"Three paintings were found": a tally of the set for another thing, not members that did what is denied."""
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three stolen paintings were found in a barn near the border, according to the art squad."
    got = between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got
