"""``workbench ingest --engine ray`` on a local Ray: the rows and vectors of the local engine, merged by id.

Marked ``ray`` (the optional ``distributed`` extra, installed by the ``test`` extra so CI runs
it). One in-process Ray serves the whole module.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("ray")
pytest.importorskip("pyarrow")

from workbench.distributed.ray_engine import ingest_with_ray
from workbench.ingest.pipeline import ingest_paths
from workbench.store import current_verdict, open_db, record_verdict
from workbench.store.embeddings import load_vectors, missing_texts

pytestmark = [pytest.mark.ray, pytest.mark.slow]

STORIES = [
    "The council said on Tuesday that 450 homes lost power after the storm. Repairs will take two weeks, "
    "according to the utility.",
    "Officials said 1,200 people were evacuated from the valley. The mayor said the bridge reopened on Friday.",
    "Police reported that 37 cars were damaged overnight. A spokesperson said no one was hurt.",
    "The agency said unemployment fell to 4.1% in March. Economists had expected 4.3%, the report said.",
]


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _write_archive(folder, stories, bad_line=True):
    folder.mkdir(exist_ok=True)
    for k, outlet in enumerate(("wire", "courier")):
        lines = [json.dumps({"text": s, "url": f"https://{outlet}.example/{i}", "outlet": outlet.title()})
                 for i, s in enumerate(stories[k::2])]
        if bad_line and k == 1:
            lines.append("{not json")
        (folder / f"{outlet}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(stories[0].replace("450", "460"), encoding="utf-8")


def _claims(db):
    return db.execute("SELECT id, document_id, text, speaker, quantities FROM claims ORDER BY id").fetchall()


def test_ray_ingest_matches_local_and_keeps_verdicts(tmp_path, local_ray, onnx_embedder, embed_cache_dir):
    archive = tmp_path / "archive"
    _write_archive(archive, STORIES)
    local = open_db(tmp_path / "local.db")
    expected = ingest_paths(local, [str(archive)], progress=False)
    db = open_db(tmp_path / "ray.db")
    summary = ingest_with_ray(db, [str(archive)], cache_dir=embed_cache_dir)
    assert (summary.added, summary.failed, summary.claims) == (expected.added, 1, expected.claims)
    assert [p.source for p in summary.problems] == [f"{archive}/courier.jsonl:3"]
    assert _claims(db) == _claims(local)
    assert db.execute("SELECT * FROM claim_frames ORDER BY claim_id").fetchall() == \
        local.execute("SELECT * FROM claim_frames ORDER BY claim_id").fetchall()
    # every claim has its vector, the one the local embedder gives
    assert missing_texts(db, onnx_embedder.model_id) == []
    ids, vectors = load_vectors(db, onnx_embedder.model_id)
    texts = dict(db.execute("SELECT id, text FROM claims").fetchall())
    reference = onnx_embedder.encode([texts[i] for i in ids])
    assert np.min(np.sum(vectors * reference, axis=1)) > 0.999

    # an edited article re-ingested on Ray: the surviving claim keeps its verdict, nothing else changes
    kept = db.execute("SELECT id FROM claims WHERE text LIKE 'Officials said 1,200%'").fetchone()[0]
    record_verdict(db, kept, "verified", "ana")
    edited = [STORIES[0], STORIES[1].replace("on Friday", "on Saturday"), *STORIES[2:]]
    _write_archive(archive, edited, bad_line=False)
    again = ingest_with_ray(db, [str(archive)], cache_dir=embed_cache_dir)
    assert (again.added, again.updated, again.failed) == (0, 1, 0)
    assert current_verdict(db, kept)["verdict"] == "verified"
    assert db.execute("SELECT count(*) FROM verdict_events").fetchone()[0] == 1
    assert missing_texts(db, onnx_embedder.model_id) == []


def test_ray_ingest_scores_with_the_trained_model(tmp_path, local_ray, onnx_embedder, embed_cache_dir, monkeypatch):
    """``--checkworthy-model`` and the ``checkworthy_model`` setting reach the Ray workers: the local engine's scores."""
    from click.testing import CliRunner

    from tests.cli.test_checkworthy_cli import _labels
    from workbench.cli import main
    from workbench.cli.checkworthy import model_scorer

    runner = CliRunner()
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    monkeypatch.delenv("WORKBENCH_CHECKWORTHY_MODEL", raising=False)
    model = tmp_path / "model.json"
    assert runner.invoke(main, ["checkworthy", "train", "--labels", str(_labels(tmp_path, False)), "--out", str(model),
                                "--no-embedding"]).exit_code == 0
    archive = tmp_path / "archive"
    _write_archive(archive, STORIES, bad_line=False)
    local = open_db(tmp_path / "local.db")
    ingest_paths(local, [str(archive)], progress=False, rescore=model_scorer(model, None))
    plain = open_db(tmp_path / "plain.db")
    ingest_paths(plain, [str(archive)], progress=False)
    scores = "SELECT id, checkworthiness FROM claims ORDER BY id"
    assert local.execute(scores).fetchall() != plain.execute(scores).fetchall()  # the model changes the scores
    result = runner.invoke(main, ["ingest", str(archive), "--db", str(tmp_path / "ray.db"), "-q", "--engine", "ray",
                                  "--checkworthy-model", str(model)])
    assert result.exit_code == 0, result.output
    assert open_db(tmp_path / "ray.db").execute(scores).fetchall() == local.execute(scores).fetchall()
    monkeypatch.setenv("WORKBENCH_CHECKWORTHY_MODEL", str(model))  # the setting, no option
    result = runner.invoke(main, ["ingest", str(archive), "--db", str(tmp_path / "ray2.db"), "-q", "--engine", "ray"])
    assert result.exit_code == 0, result.output
    assert open_db(tmp_path / "ray2.db").execute(scores).fetchall() == local.execute(scores).fetchall()
