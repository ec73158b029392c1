"""The HNSW candidate search finds what the exact blockwise search finds (same contract)."""

import numpy as np
import pytest

from workbench.analyze import neighbours
from workbench.analyze.neighbours import ann_candidate_pairs, candidate_pairs

pytest.importorskip("faiss")


def _clustered_vectors(n: int, dim: int = 48, centres: int = 60, seed: int = 3) -> np.ndarray:
    """Vectors around a few centres, like claims about a few events (random vectors have no neighbours)."""
    rng = np.random.default_rng(seed)
    c = rng.normal(size=(centres, dim))
    v = c[rng.integers(0, centres, n)] + 0.35 * rng.normal(size=(n, dim))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_ann_pairs_recall_against_exact_search():
    v = _clustered_vectors(3000)
    groups = np.arange(len(v)) // 4
    ei, ej, es = candidate_pairs(v, 0.8, groups, max_neighbours=8, use_torch=False)
    ai, aj, as_ = ann_candidate_pairs(v, 0.8, groups, max_neighbours=8, k=32)
    assert len(ei) > 1000
    exact = set(zip(ei.tolist(), ej.tolist(), strict=True))
    found = set(zip(ai.tolist(), aj.tolist(), strict=True))
    assert len(exact & found) / len(exact) >= 0.95
    assert (ai < aj).all() and (groups[ai] != groups[aj]).all() and (as_ >= 0.8).all()
    assert np.bincount(ai).max() <= 8
    np.testing.assert_allclose(as_, np.einsum("ij,ij->i", v[ai], v[aj]), rtol=1e-5)


def test_large_inputs_go_through_the_index(monkeypatch):
    v = _clustered_vectors(400)
    groups = np.arange(len(v))
    monkeypatch.setattr(neighbours, "ANN_MIN_ROWS", 100)
    called = []
    real = neighbours.ann_candidate_pairs
    monkeypatch.setattr(neighbours, "ann_candidate_pairs", lambda *a, **k: called.append(1) or real(*a, **k))
    i, j, _ = candidate_pairs(v, 0.8, groups, use_torch=False)
    assert called and len(i) > 0


def test_document_candidates_from_the_index_match_the_exact_top_k():
    from workbench.analyze import events

    v = _clustered_vectors(2000, centres=80)
    exact = set(events._candidates(v, ann=False))
    found = set(events._candidates(v, ann=True))
    assert len(exact) > 20_000
    assert len(exact & found) / len(exact) >= 0.98
    assert all(i < j for i, j in found)
    i, j, s = neighbours.ann_top_k(v, 5, 10)
    assert (i != j).all() and np.bincount(i).max() <= 5
    np.testing.assert_allclose(s, np.einsum("ij,ij->i", v[i], v[j]), rtol=1e-5)


def test_small_corpora_keep_the_exact_document_search(monkeypatch):
    from workbench.analyze import events

    v = _clustered_vectors(300)
    monkeypatch.setattr(neighbours, "hnsw_search", lambda *a, **k: pytest.fail("index used below the threshold"))
    assert events._candidates(v) == events._candidates(v, ann=False)
    monkeypatch.setattr(events, "ANN_MIN_DOCUMENTS", 100)
    with pytest.raises(pytest.fail.Exception):
        events._candidates(v)


def test_the_index_leaves_faiss_thread_count_as_it_found_it():
    import faiss

    before = faiss.omp_get_max_threads()
    neighbours.ann_top_k(_clustered_vectors(200), 5, 10)
    assert faiss.omp_get_max_threads() == before
