"""One fact told in other words inside one event: two claims left out of every cluster that are each other's
closest claim of another report form a fact (``analyze.cluster.mutual_pairs`` / ``lone_pairs``, issue 9 §4).
Sentences written for these tests, not taken from the dev corpus."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze import cluster as clustering
from workbench.analyze.cluster import lone_pairs, mutual_pairs
from workbench.analyze.facts import claim_features, relate_event, told_apart
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _unit(*rows: list[float]) -> np.ndarray:
    v = np.asarray(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_mutual_closest_rows_of_two_groups_pair_and_a_one_sided_best_does_not():
    # rows 0/1 (groups 0/1) are each other's best; row 2's best is row 0, but row 0 prefers row 1
    vectors = _unit([1, 0, 0], [0.8, 0.6, 0], [0.7, 0, 0.714])
    i, j, cos = mutual_pairs(vectors, np.array([0, 1, 2]), floor=0.5, slack=0.0, rivals=2)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]
    assert cos[0] == pytest.approx(0.8, abs=1e-5)


def test_rows_of_one_group_never_pair_and_the_floor_holds():
    vectors = _unit([1, 0], [0.99, 0.14], [0, 1])
    i, _, _ = mutual_pairs(vectors, np.array([0, 0, 1]), floor=0.5, rivals=1)
    assert len(i) == 0  # rows 0 and 1 share a group; row 2 is closest to row 1 at cosine 0.14, under the floor


def test_the_slack_admits_a_near_mutual_pair():
    # row 0's best is row 2 (0.80); row 1's best is row 0 (0.78): 0.78 sits 0.01 below their mean best
    vectors = _unit([1, 0, 0], [0.78, 0.626, 0], [0.8, -0.3, 0.52])
    pairs = set(zip(*(a.tolist() for a in mutual_pairs(vectors, np.array([0, 1, 2]), floor=0.5, slack=0.02, rivals=2)[:2]),
                    strict=True))
    assert (0, 1) in pairs and (0, 2) in pairs
    assert (0, 1) not in set(zip(*(a.tolist() for a in mutual_pairs(vectors, np.array([0, 1, 2]), floor=0.5,
                                                                      slack=0.0, rivals=2)[:2]), strict=True))


def test_without_rivals_there_is_no_best_to_rank():
    # two claims of two reports are each other's best whatever they say: no pair from the rank alone
    vectors = _unit([1, 0], [0.6, 0.8])
    assert len(mutual_pairs(vectors, np.array([0, 1]), floor=0.5)[0]) == 0
    assert len(mutual_pairs(vectors, np.array([0, 1]), floor=0.5, rivals=1)[0]) == 1


def test_a_lone_pair_never_takes_a_clustered_row_and_keeps_the_cannot_link():
    ii, jj, cos = np.array([0, 2, 4]), np.array([1, 3, 5]), np.array([0.6, 0.55, 0.58], dtype=np.float32)
    assert lone_pairs([[1, 7]], ii, jj, cos) == [[4, 5], [2, 3]]  # closest first; row 1 is taken
    apart = (list("aabbcd"), lambda x, y: x != y)  # rows 4 and 5 hold different signatures
    assert lone_pairs([], ii, jj, cos, apart) == [[0, 1], [2, 3]]


def _rows(*docs: list[str]) -> list[ClaimRow]:
    out: list[ClaimRow] = []
    for d, texts in enumerate(docs):
        for text in texts:
            c = extract_claims(text, "2027-05-08")[0]
            out.append(ClaimRow(f"c{len(out)}", f"doc{d}", c.text, c.quantities, c.attribution.speaker, 0.9, None,
                                (len(out),), c.frame))
    return out


def test_one_defence_told_in_other_words_by_two_reports_is_one_fact(onnx_embedder):
    rows = _rows(
        ["The ferry Maribel ran aground on a sandbank off Pell Point at 4.15am on Thursday, the coastguard said.",
         "All 212 passengers were taken off by lifeboat, the coastguard said.",
         "The ship's owner, Tarrow Lines, said the captain had followed the charted route."],
        ["The Maribel went aground near Pell Point at 04:15, according to the harbour master.",
         "A spokesman for Tarrow Lines insisted its master had kept to the approved course.",
         "Divers found a two-metre gash in the hull below the waterline."],
        ["Towing the hull free could take until the spring tides next month, salvage crews said.",
         "The island's only fuel depot has enough diesel for nine days, the mayor said."],
    )
    vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
    assert float(vectors[2] @ vectors[4]) < clustering.DEFAULT_THRESHOLD - clustering.SHARED_ENTITY_BONUS
    facts, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows),
                               clustering.DEFAULT_THRESHOLD)
    assert [2, 4] in facts, facts
    assert [0, 3] in facts, facts
    assert not any(len(f) > 2 for f in facts), facts  # no topic blob: the other claims stay alone
    assert any({i, j} == {2, 4} for i, j, _ in rels)


def test_two_happenings_of_one_story_are_told_apart_but_a_moved_plan_is_not():
    # a lone pair rests on rank alone: the same kind of deed in another year or another place is another event
    frame = {t: extract_claims(t, "2027-05-08")[0].frame for t in (
        "A barge sank in the Orlen canal in 2021, the port authority said.",
        "A barge sank in the Orlen canal in 2024, the port authority said.",
        "The warehouse at Dunmere burned down on Tuesday, firefighters said.",
        "The warehouse at Callisford burned down on Tuesday, firefighters said.",
        "The bridge will reopen in 2027, the council said.",
        "The bridge will reopen in 2028, the council now says.")}
    texts = list(frame)
    assert told_apart(frame[texts[0]], frame[texts[1]])  # done in 2021 / done in 2024
    assert told_apart(frame[texts[2]], frame[texts[3]])  # two places that share no word
    assert not told_apart(frame[texts[0]], frame[texts[0]])
    assert not told_apart(frame[texts[4]], frame[texts[5]])  # a plan that moved is one fact told twice


@pytest.mark.parametrize(("years", "paired"), [(("2021", "2024"), False), (("2021", "2021"), True)])
def test_a_lone_pair_of_one_deed_in_two_stated_years_is_no_fact(years, paired):
    rows = _rows([f"A grain barge sank in the Orlen canal in {years[0]}, the port authority said."],
                 [f"A grain barge sank in the Orlen canal in {years[1]}, the port authority said."],
                 ["Ticket prices at the city museum will rise next month, its director said."],
                 ["The school choir won a regional prize, the head teacher said."])
    # claims 0 and 1 each other's closest (cosine 0.55: under the clustering threshold), the others far apart
    vectors = _unit([1, 0, 0, 0], [0.55, 0.835, 0, 0], [0.1, 0, 0.995, 0], [0, 0.1, 0, 0.995])
    facts, _ = relate_event([0, 1, 2, 3], rows, vectors, claim_features(rows), clustering.DEFAULT_THRESHOLD)
    assert ([0, 1] in facts) is paired, facts
