"""A claim whose account names the rejected thing only as a modifier of another thing ("its storm siren had
sounded") does not assert it (issue 9, dev D69). Sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text

REBUTTAL = "The gantry was brought down by a cracked weld, not by the storm, said Ilsa Brun of the crane drivers' guild."
SIREN = "The operator said its storm siren had sounded a minute before the gantry began to sway."
STORM = "The operator said the storm had torn the gantry from its rails."


def test_the_rejected_thing_only_as_a_modifier_is_not_asserted(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, REBUTTAL, SIREN), REBUTTAL, SIREN)
    assert got is None or got.relation != "conflict", got


def test_the_rejected_thing_as_the_accounts_subject_still_conflicts(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, REBUTTAL, STORM), REBUTTAL, STORM)
    assert got is not None and got.relation == "conflict" and "rejected thing: storm" in got.reason, got

