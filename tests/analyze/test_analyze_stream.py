"""The streamed analysis (one event in memory at a time) computes what the whole-corpus version did."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, common_names
from workbench.analyze.pipeline import _document_vectors
from workbench.store import open_db
from workbench.store.analysis import load_claims
from workbench.store.embeddings import load_vectors
from workbench.store.event_claims import iter_document_claim_vectors, iter_event_claims


def _one_matrix_means(codes: np.ndarray, vectors: np.ndarray, n_docs: int) -> np.ndarray:
    """The former whole-matrix document means: float64 sums row by row in claim order, then normalised."""
    out = np.zeros((n_docs, vectors.shape[1]), dtype=np.float64)
    np.add.at(out, codes, vectors)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_streamed_document_means_are_bit_identical_whatever_the_chunk(size):
    rng = np.random.default_rng(3)
    doc_ids = [f"d{k:03d}" for k in range(12)]
    counts = [0, 1, 5, 2, 0, 9, 1, 1, 3, 4, 0, 6]  # documents without claims stay zero
    codes = np.repeat(np.arange(12), counts)
    vectors = rng.standard_normal((len(codes), 16)).astype(np.float32)
    ids = [doc_ids[c] for c in codes]
    chunks = [(ids[s : s + size], vectors[s : s + size]) for s in range(0, len(ids), size)]
    streamed = _document_vectors(chunks, doc_ids, 16)
    assert np.array_equal(streamed, _one_matrix_means(codes, vectors, 12))
    assert not streamed[0].any() and not streamed[4].any()


def test_document_vector_stream_is_by_document_then_claim(sample_db_copy):
    db = open_db(sample_db_copy)
    model = db.execute("SELECT model FROM embeddings LIMIT 1").fetchone()[0]
    ids, matrix = load_vectors(db, model)
    doc_of = dict(db.execute("SELECT id, document_id FROM claims").fetchall())
    expected = sorted(zip([doc_of[c] for c in ids], ids, range(len(ids)), strict=True))
    got_docs, got_vectors = [], []
    for docs, vectors in iter_document_claim_vectors(db, model, size=5):
        got_docs += docs
        got_vectors.append(vectors)
    assert got_docs == [d for d, _, _ in expected]
    assert np.array_equal(np.concatenate(got_vectors), matrix[[k for _, _, k in expected]])


def test_each_event_streams_its_claims_sorted_with_their_vectors_and_frames(sample_db_copy):
    db = open_db(sample_db_copy)
    model = db.execute("SELECT model FROM embeddings LIMIT 1").fetchone()[0]
    rows = {r.id: r for r in load_claims(db)}
    ids, matrix = load_vectors(db, model)
    vector_of = dict(zip(ids, matrix, strict=True))
    docs = sorted({r.document_id for r in rows.values()})
    # three "events": two documents, none with a claim, one document; events without claims are skipped
    events = [docs[:2], ["no-such-document"], docs[2:3]]
    seen = []
    for k, event_rows, vectors in iter_event_claims(db, model, events, matrix.shape[1]):
        seen.append(k)
        want = sorted(c for c, r in rows.items() if r.document_id in events[k])
        assert [r.id for r in event_rows] == want
        assert np.array_equal(vectors, np.stack([vector_of[c] for c in want]))
        for r in event_rows:
            assert (r.frame, r.quantities, r.order, r.outlet) == (rows[r.id].frame, rows[r.id].quantities,
                                                                  rows[r.id].order, rows[r.id].outlet)
    assert seen == [0, 2]
    assert db.execute("SELECT name FROM sqlite_temp_master WHERE name = 'event_docs'").fetchall() == []


def test_features_of_one_document_with_corpus_names_equal_the_corpus_features(sample_db_copy):
    """Names too common to tell claims apart are counted over the corpus, even when one event is featurised."""
    rows = load_claims(open_db(sample_db_copy))
    whole = claim_features(rows)
    common = common_names(((r.text, r.speaker) for r in rows), len(rows))
    biggest = Counter(r.document_id for r in rows).most_common(1)[0][0]
    picked = [k for k, r in enumerate(rows) if r.document_id == biggest]
    part = claim_features([rows[k] for k in picked], common)
    for k, f in zip(picked, part, strict=True):
        assert (f.kind_mask, f.measures, f.entity_sig) == (whole[k].kind_mask, whole[k].measures, whole[k].entity_sig)
    # counted inside the document alone, its recurring names would drop out of the signatures
    local = claim_features([rows[k] for k in picked])
    assert [f.entity_sig for f in local] != [f.entity_sig for f in part]


def test_the_summary_says_which_stage_set_the_peak_memory(sample_db_copy, onnx_embedder):
    from workbench.analyze import run_analysis

    summary = run_analysis(open_db(sample_db_copy), progress=False, embedder=onnx_embedder)
    peaks = summary.stage_peak_rss_mb
    assert list(peaks) == ["embedding", "loading", "events", "relations", "writing"]
    values = list(peaks.values())
    assert values[0] > 0 and values == sorted(values)  # the peak so far never falls
