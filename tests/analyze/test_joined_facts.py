"""Claims that a verdict brings into one fact from two clusters are related as one fact's claims
(``analyze.facts``: the pairs of a merged fact). Sentences written for this test, not the dev corpus; vectors from
the real embedder, relations from ``facts.relate_event``."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from tests.analyze.event_relations import report_rows
from workbench.analyze.facts import claim_features, relate_event

# the park authority's and the mountain police's twelve each meet the guides' 17 as one count, so the three join
# one fact, though the embedding puts "people stuck near the summit" in a cluster of its own
REPORTS = (
    "Twelve climbers were stranded on the ridge, the park authority said.",
    "The guides' association said 17 climbers were stranded on the ridge.",
    "The mountain police put the number of people stuck near the summit at twelve.",
)


@pytest.mark.parametrize("threshold", [0.65, 0.75])
def test_every_pair_of_a_merged_fact_carries_a_relation(onnx_embedder, threshold):
    rows = report_rows(*REPORTS)
    vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
    facts, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), threshold)
    assert facts == [[0, 1, 2]]
    got = {frozenset((i, j)): r for i, j, r in rels}
    for i, j in combinations(facts[0], 2):
        assert frozenset((i, j)) in got, (REPORTS[i], REPORTS[j])  # before: the guides' and the police's had none
    assert got[frozenset((0, 2))].relation == "agree"
    assert got[frozenset((0, 1))].relation == "conflict"
    assert got[frozenset((1, 2))].relation in ("conflict", "related")  # compared as one fact; never left out
