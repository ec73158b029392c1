"""deny11: a party's denial that it was ever told, against another named source that says it told the party (issue 9
section 3). Sentences written for these tests, unlike the dev corpus; vectors from the real embedder. The conflict
tests failed on main dca0908."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import between, relations_by_text


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    return lambda *texts: relations_by_text(onnx_embedder, *texts)


_DENIAL = "Ostrel Water denied that anyone had complained about brown water in Mill Lane before the outbreak."


def test_a_denial_that_anyone_told_the_party_conflicts_with_a_source_that_told_it_by_name(relations):
    other = "The Mill Lane Tenants' Group said it had told Ostrel Water in April that the taps were running brown."
    got = between(relations(_DENIAL, other), _DENIAL, other)
    assert got is not None and got.relation == "conflict", got
    assert "Tenants' Group" in got.reason and "Ostrel Water" in got.reason


def test_a_source_that_told_someone_else_does_not_answer_the_denial(relations):
    other = "The Mill Lane Tenants' Group said it had told the county newspaper in April that the taps were brown."
    got = between(relations(_DENIAL, other), _DENIAL, other)
    assert got is None or got.relation != "conflict", got


def test_the_outlets_own_report_of_the_telling_stays_inside_the_story(relations):
    other = "Tenants told Ostrel Water in April that the taps in Mill Lane were running brown."
    got = between(relations(_DENIAL, other), _DENIAL, other)
    assert got is None or got.relation != "conflict", got


_NEVER_WARNED = "Pemberton Bakery said it had never been warned that the chimney might collapse."


def test_a_party_never_warned_conflicts_with_a_warning_sent_to_it_in_its_role(relations):
    other = ("A notice sent to the bakery's managers in January warned that the brickwork was cracking, "
             "a fire safety inspector said.")
    got = between(relations(_NEVER_WARNED, other), _NEVER_WARNED, other)
    assert got is not None and got.relation == "conflict", got
    assert "fire safety inspector" in got.reason


def test_a_role_without_the_denied_verb_of_telling_does_not_answer_it(relations):
    """The role is no name: only the very act denied ("warned") ties a description to the party."""
    other = ("A notice sent to the bakery's managers in January listed the cracked brickwork, "
             "a fire safety inspector said.")
    got = between(relations(_NEVER_WARNED, other), _NEVER_WARNED, other)
    assert got is None or got.relation != "conflict", got


def test_a_warning_sent_to_a_plain_group_is_no_role_of_the_party(relations):
    other = "A notice sent to nearby residents in January warned that the brickwork was cracking, an inspector said."
    got = between(relations(_NEVER_WARNED, other), _NEVER_WARNED, other)
    assert got is None or got.relation != "conflict", got


def test_a_denial_of_being_warned_conflicts_with_a_source_that_warned_the_party(relations):
    """deny13: "denied being warned" (a passive gerund) had no denied clause, and the recipient "the city council"
    was read as its first word only."""
    a = "Engineers warned the city council about the bridge in a survey last spring, Holt said."
    b = "The council has denied being warned about the bridge in an engineers' survey."
    got = between(relations(a, b), a, b)
    assert got is not None and got.relation == "conflict", got
