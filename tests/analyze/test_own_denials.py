"""A party's denial and its own version of the thing, told in two reports (issue 9): sentences written for these
tests, not the dev corpus. Vectors from the real embedder."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per sentence, each sentence its own report (document)."""
    out = []
    for k, text in enumerate(docs):
        c = extract_claims(text, "2027-05-04")[0]
        out.append(ClaimRow(f"c{k}", f"doc{k}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (k,), c.frame))
    return out


@pytest.fixture(scope="module")
def embed(onnx_embedder):
    return lambda rows: np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)


def _between(rows, vectors, a: int, b: int):
    _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
    return next((r for i, j, r in rels if {i, j} == {a, b}), None)


def test_a_denial_and_the_same_partys_contrary_statement_agree(embed):
    rows = _rows("The harbour authority denied that the warning lights on the north pier had been switched off.",
                 "A spokeswoman for the harbour authority said again that the lights on the pier had been lit all night.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is not None and got.relation == "agree", got
    assert "harbour authority" in got.reason


def test_the_partys_contrary_reading_of_the_same_matter_agrees_without_a_reassertion(embed):
    rows = _rows("The county denied that the bridge had failed its load test in the spring.",
                 "A county spokesman said the bridge had passed its most recent load test.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is not None and got.relation == "agree", got


def test_another_happening_of_the_denied_thing_is_no_version_of_it(embed):
    """Only the thing is shared, and nothing marks an answer to the charge: another fact about the thing."""
    rows = _rows("The harbour authority denied that the warning lights on the north pier had been switched off.",
                 "The lights on the north pier were damaged by the storm, the harbour authority said.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is None or got.relation != "agree", got


def test_a_denial_against_another_sources_claim_is_no_own_version(embed):
    rows = _rows("The harbour authority denied that the warning lights on the north pier had been switched off.",
                 "The lights on the pier were lit all night, the coastguard said.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is None or got.relation != "agree", got


def test_the_partys_plan_for_the_thing_is_no_version_of_what_it_denies(embed):
    rows = _rows("The harbour authority denied that the warning lights on the north pier had been switched off.",
                 "The harbour authority said the lights on the pier would be replaced next spring.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is None or got.relation != "agree", got


def test_the_partys_officer_named_in_apposition_speaks_for_it(embed):
    rows = _rows("The county denied that the bridge had failed its load test in the spring.",
                 "The county's chief engineer, Mira Tolland, said again that the bridge had passed every load test.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is not None and got.relation == "agree", got


def test_the_partys_own_negation_of_the_denied_matter_is_its_version(embed):
    rows = _rows("The county denied that the bridge had failed its load test in the spring.",
                 "The county insisted that the bridge had never failed a load test.")
    got = _between(rows, embed(rows), 0, 1)
    assert got is not None and got.relation == "agree", got
