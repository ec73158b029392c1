"""A source that is a pronoun or a bare quantifier ("it said", "some called for") names no party to set against a
denial (issue 9, dev D100). Sentences written for these tests, not the dev corpus; the real embedder."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text

DENIAL = "The water board denied that the Hestle reservoir had been drained below its safe level."
BY_PRONOUN = "It said the Hestle reservoir had been drained below its safe level in May to repair a valve."
BY_SOME = "Some said the Hestle reservoir had been drained below its safe level in May to repair a valve."
BY_NAME = "The anglers' club said the Hestle reservoir had been drained below its safe level in May to repair a valve."


def test_a_claim_by_a_pronoun_or_some_is_no_source_against_a_denial(onnx_embedder):
    for claim in (BY_PRONOUN, BY_SOME):
        got = between(relations_by_text(onnx_embedder, DENIAL, claim), DENIAL, claim)
        assert got is None or got.relation != "conflict", (claim, got)


def test_a_named_source_still_conflicts_with_the_denial(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, DENIAL, BY_NAME), DENIAL, BY_NAME)
    assert got is not None and got.relation == "conflict" and "denies it" in got.reason, got
