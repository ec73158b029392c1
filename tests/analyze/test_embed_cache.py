"""The embedding cache in SQLite: embed each text once, resume after an interruption, load per claim."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.embed_cache import count_missing, embed_claims, load_vectors
from workbench.models import Article, Attribution, ExtractedClaim
from workbench.store import open_db, save_document

WIRE = "Wagner fighters took control of the AZOM plant on Sunday, the group's founder said."
DOCS = {
    "Kyiv Ledger": [
        "Ukrainian officials said Russia lost seven soldiers for every Ukrainian defender.",
        WIRE,
        "About 4,000 civilians remain in the city, the regional governor said.",
    ],
    "Donbas Wire": [
        WIRE,
        "The defence ministry in Moscow claimed its forces now hold 80% of the city.",
        "A Ukrainian commander denied that the western districts were encircled.",
    ],
    "Eastern Courier": [
        WIRE,
        "Western analysts estimated Russian losses at five times Ukrainian losses.",
        "The supply road to Chasiv Yar came under shelling again overnight.",
        "Aid workers said the last bakery in the city closed in January.",
    ],
}
DISTINCT_TEXTS = len({s for sentences in DOCS.values() for s in sentences})  # the wire copy counts once


def save(db, outlet: str, sentences: list[str]) -> None:
    text = " ".join(sentences)
    claims, pos = [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        claims.append(ExtractedClaim(i, start, pos, sentence, Attribution(), 0.6, []))
    save_document(db, Article(text, outlet, f"{outlet} report", f"https://{outlet.replace(' ', '')}.test/a"), claims)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "claims.db")
    for outlet, sentences in DOCS.items():
        save(database, outlet, sentences)
    return database


def stored(db, model_id: str) -> int:
    return db.execute("SELECT count(*) FROM embeddings WHERE model = ?", [model_id]).fetchone()[0]


def test_identical_text_is_embedded_once_and_second_run_does_nothing(db, onnx_embedder):
    assert count_missing(db, onnx_embedder.model_id) == DISTINCT_TEXTS
    seen: list[int] = []
    assert embed_claims(db, onnx_embedder, progress=lambda _stage, done, _total: seen.append(done),
                        batch_size=4) == DISTINCT_TEXTS
    assert seen == list(range(4, DISTINCT_TEXTS, 4)) + [DISTINCT_TEXTS]
    assert stored(db, onnx_embedder.model_id) == DISTINCT_TEXTS
    assert embed_claims(db, onnx_embedder) == 0
    assert count_missing(db, onnx_embedder.model_id) == 0


def test_load_vectors_gives_one_row_per_claim(db, onnx_embedder):
    embed_claims(db, onnx_embedder)
    ids, vectors = load_vectors(db, onnx_embedder.model_id)
    all_ids = [r[0] for r in db.execute("SELECT id FROM claims ORDER BY id")]
    assert ids == all_ids and len(ids) == sum(len(s) for s in DOCS.values())
    assert vectors.dtype == np.float32 and vectors.shape == (len(ids), onnx_embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)

    wire_ids = [r[0] for r in db.execute("SELECT id FROM claims WHERE text = ? ORDER BY id", [WIRE])]
    assert len(wire_ids) == 3
    picked_ids, picked = load_vectors(db, onnx_embedder.model_id, [wire_ids[2], "c-unknown", wire_ids[0]])
    assert picked_ids == [wire_ids[2], wire_ids[0]]
    np.testing.assert_array_equal(picked[0], picked[1])
    direct = onnx_embedder.encode([WIRE])[0]
    assert float(picked[0] @ direct) > 0.98  # same text; int8 batches differ slightly


def test_interrupted_run_keeps_finished_batches_and_resumes(db, onnx_embedder):
    class Interrupted(Exception):
        pass

    def stop_after_first_batch(stage: str, done: int, total: int | None) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        embed_claims(db, onnx_embedder, progress=stop_after_first_batch, batch_size=3)
    assert stored(db, onnx_embedder.model_id) == 3

    assert embed_claims(db, onnx_embedder, batch_size=3) == DISTINCT_TEXTS - 3
    assert stored(db, onnx_embedder.model_id) == DISTINCT_TEXTS
    ids, _ = load_vectors(db, onnx_embedder.model_id)
    assert len(ids) == db["claims"].count


def test_backends_keep_separate_vectors(db, onnx_embedder, torch_embedder):
    embed_claims(db, onnx_embedder)
    assert count_missing(db, torch_embedder.model_id) == DISTINCT_TEXTS
    assert embed_claims(db, torch_embedder) == DISTINCT_TEXTS
    fast_ids, fast = load_vectors(db, onnx_embedder.model_id)
    exact_ids, exact = load_vectors(db, torch_embedder.model_id)
    assert fast_ids == exact_ids
    assert float((fast * exact).sum(axis=1).mean()) >= 0.99


def test_new_claims_are_embedded_on_the_next_run(db, onnx_embedder):
    embed_claims(db, onnx_embedder)
    save(db, "Late Edition", [WIRE, "Officials said the bridge at Khromove was destroyed on Friday."])
    assert embed_claims(db, onnx_embedder) == 1


def test_nothing_stored_yet_loads_empty(db, onnx_embedder):
    ids, vectors = load_vectors(db, onnx_embedder.model_id)
    assert ids == [] and vectors.shape[0] == 0
