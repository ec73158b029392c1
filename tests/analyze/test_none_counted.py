"""deny11: a party's "none of the X" against another named source's count of the same X (issue 9 section 3).
Sentences written for these tests, unlike the dev corpus; vectors from the real embedder. The conflict tests
failed on main dca0908."""

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
def relations(onnx_embedder):
    def run(*docs: str):
        rows = _rows(*docs)
        vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
        _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
        return {(rows[i].text, rows[j].text): r for i, j, r in rels}
    return run


def _between(rels, a: str, b: str):
    return rels.get((a, b)) or rels.get((b, a))


_COUNT = "Three of the stolen paintings were sold to a dealer abroad, according to the art squad."


@pytest.mark.parametrize("denial", [
    "The Marlow Gallery denied that any of the stolen paintings had left the country.",
    "The Marlow Gallery again said none of the paintings that were taken had gone abroad.",
])
def test_a_denial_over_a_set_conflicts_with_another_source_counting_members_of_it(relations, denial):
    got = _between(relations(denial, _COUNT), denial, _COUNT)
    assert got is not None and got.relation == "conflict", got
    assert "art squad" in got.reason


def test_a_count_of_other_things_does_not_answer_the_denial(relations):
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three of the gallery's guards were questioned by detectives, according to the art squad."
    got = _between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got


def test_the_outlets_own_count_stays_inside_the_story(relations):
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three of the stolen paintings were sold to a dealer abroad."
    got = _between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got


def test_a_bare_count_of_the_set_is_another_predicate_of_the_story(relations):
    """"Three paintings were found": a tally of the set for another thing, not members that did what is denied."""
    denial = "The Marlow Gallery denied that any of the stolen paintings had left the country."
    other = "Three stolen paintings were found in a barn near the border, according to the art squad."
    got = _between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got
