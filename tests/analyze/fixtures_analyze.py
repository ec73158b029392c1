"""Session-wide analysed sample database and gold lookups for the analysis tests.

The samples are ingested with the real ingest/extract stages and analysed once with the
real bundled model (onnx backend, exported into the session's temporary cache).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench.analyze.embed import Embedder
from workbench.store import open_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "workbench" / "samples"
GOLD = Path(__file__).resolve().parents[1] / "gold"


@dataclass
class AnalyzedSamples:
    db_path: Path
    summary: object
    claims: list[dict]  # id, file, text, document_id

    def find(self, key: list[str]) -> str:
        """Claim id for a gold key [file, unique substring]."""
        hits = [c["id"] for c in self.claims if c["file"] == key[0] and key[1] in c["text"]]
        assert len(hits) == 1, f"gold key {key} matches {len(hits)} claims"
        return hits[0]


def build_sample_db(path: Path, embedder: Embedder, threshold: float | None = None):
    from workbench.analyze import run_analysis
    from workbench.ingest import ingest_paths

    db = open_db(path)
    ingest_paths(db, [str(SAMPLES)], {}, progress=False)
    summary = run_analysis(db, threshold=threshold, progress=False, embedder=embedder)
    return db, summary


def claim_table(db) -> list[dict]:
    rows = db.execute(
        "SELECT c.id, d.source_path, c.text, c.document_id FROM claims c JOIN documents d ON d.id = c.document_id"
    ).fetchall()
    return [{"id": r[0], "file": Path(str(r[1]).split(":")[0]).name, "text": r[2], "document_id": r[3]} for r in rows]


@pytest.fixture(scope="session")
def analyzed_samples(tmp_path_factory: pytest.TempPathFactory, onnx_embedder: Embedder) -> AnalyzedSamples:
    path = tmp_path_factory.mktemp("analyzed") / "samples.db"
    db, summary = build_sample_db(path, onnx_embedder)
    out = AnalyzedSamples(path, summary, claim_table(db))
    db.close()
    return out


@pytest.fixture()
def sample_db_copy(analyzed_samples: AnalyzedSamples, tmp_path: Path) -> Path:
    """A private copy of the analysed database that a test may change."""
    target = tmp_path / "copy.db"
    shutil.copy(analyzed_samples.db_path, target)
    return target


def gold(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))
