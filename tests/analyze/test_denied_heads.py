"""A claim that words the denied act otherwise must speak of the denied clause's thing, its head noun, not only of
its modifiers or place (issue 9, dev D76, D113). Sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text
from workbench.extract.claims import extract_claims

PUMP_DENIAL = "The port authority denied that a ballast pump on the dredger Ostra had failed."
SYSTEM_WORKED = "The harbour pilots said the ballast system on the dredger Ostra had worked normally all week."
PUMP_BROKEN = "The ballast pump on the dredger Ostra had been out of action for three days, the harbour pilots said."
COUNT_DENIAL = "The census office denied that any counts for the island parishes had been estimated."
PARISHES = "The island parishes lost a fifth of their people in ten years, the fishermen's union said."


def test_the_denied_head_noun_is_stored():
    p = extract_claims(PUMP_DENIAL, "2027-05-04")[0].frame.polarity
    assert p["denied_head"] == "pump", p
    p = extract_claims(COUNT_DENIAL, "2027-05-04")[0].frame.polarity
    assert p["denied_head"].startswith("count"), p


def test_a_claim_sharing_only_the_denied_things_modifiers_or_place_is_no_conflict(onnx_embedder):
    for claim, denial in ((SYSTEM_WORKED, PUMP_DENIAL), (PARISHES, COUNT_DENIAL)):
        got = between(relations_by_text(onnx_embedder, denial, claim), denial, claim)
        assert got is None or got.relation != "conflict", (claim, got)


def test_a_claim_about_the_denied_thing_in_other_words_still_conflicts(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, PUMP_DENIAL, PUMP_BROKEN), PUMP_DENIAL, PUMP_BROKEN)
    assert got is not None and got.relation == "conflict" and "denies it" in got.reason, got
