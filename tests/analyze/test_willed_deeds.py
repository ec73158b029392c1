"""A deed done by will ("handed back voluntarily") is someone's deed, the story's sequence, not how a thing came to
undergo something: no rival explanation (issue 9, dev D118). Sentences written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text
from workbench.extract.mechanisms import mechanism_of

RETURNED = "The bronze statue was handed back voluntarily by one of his tenants, lawyer Ida Lunn said on Monday."
ABROAD = "Police believe the bronze statue spent many months abroad before it was shipped home last spring."


def test_an_adverb_of_will_marks_the_deed_as_someones():
    how = mechanism_of(RETURNED, "done")
    assert how is not None and how.get("someone"), how
    plain = mechanism_of("The bronze statue was knocked over by one of the gusts, lawyer Ida Lunn said.", "done")
    assert plain is not None and not plain.get("someone"), plain


def test_a_willed_deed_and_a_hedged_account_are_no_rival_explanations(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, RETURNED, ABROAD), RETURNED, ABROAD)
    assert got is None or got.relation != "conflict", got
