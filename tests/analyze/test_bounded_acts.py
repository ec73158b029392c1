"""One act bounded "not before" a day by one source and timed before it by another (``analyze.bounded_acts``).
Sentences written for these tests, not the dev corpus; vectors from the real embedder, relations from
``facts.relate_event``, where the event's claims meet."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _doc_rows(*docs: tuple[str, ...], published: str = "2027-05-08") -> list[ClaimRow]:
    """Each tuple one report (document) of one or more claims."""
    out = []
    for d, texts in enumerate(docs):
        for text in texts:
            c = extract_claims(text, published)[0]
            k = len(out)
            out.append(ClaimRow(f"c{k}", f"doc{d}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (d, k),
                                c.frame))
    return out


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
        _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


BOUND = "The footbridge will not be finished before Friday, the city engineer said."
DONE = "The footbridge was completed on Wednesday afternoon, the builder said."
PAY = "Grants will not be paid out before November, the county treasurer said."
SOON = "Grants will be paid out within three weeks, the mayor's office said."


def test_an_act_done_before_another_sources_bound_on_it_conflicts_in_another_verb(relations):
    rels = relations(_doc_rows((BOUND,), (DONE,)))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "conflict", rels
    assert "not before" in got.reason and "city engineer" in got.reason and "builder" in got.reason


def test_a_deadline_given_as_a_span_before_another_sources_bound_conflicts(relations):
    rels = relations(_doc_rows((PAY,), (SOON,), published="2027-09-01"))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "conflict" and "not before" in got.reason, rels


def test_the_same_source_moving_its_own_date_is_no_conflict(relations):
    rels = relations(_doc_rows(("Grants will not be paid out before November, the county treasurer said.",),
                               ("Grants will be paid out within three weeks, the county's treasurer said.",),
                               published="2027-09-01"))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_an_undoing_of_the_thing_is_no_time_of_the_bounded_act(relations):
    rels = relations(_doc_rows(("The harbour bridge will not reopen before June, the port authority said.",),
                               ("Engineers shut the harbour bridge to traffic on Monday, police said.",)))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_a_deadline_after_the_bound_is_no_conflict(relations):
    rels = relations(_doc_rows((PAY,), ("Grants will be paid out within three months, the mayor's office said.",),
                               published="2027-09-01"))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels
