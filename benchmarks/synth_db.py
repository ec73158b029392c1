"""A ready workbench database of synthetic articles, for the UI and export benchmarks.

Two ways in, chosen by size (``mode="auto"``):

* ``pipeline`` — the generated JSONL goes through ``workbench.ingest.ingest_paths``, exactly as
  a user's files would (boilerplate stripping, metadata, extraction, one transaction per doc).
* ``direct`` — each article's clean text goes through ``workbench.extract.extract_claims`` (in a
  process pool, one worker per core) and ``workbench.store.save_document``, many documents per
  transaction. Same extractor and same rows, minus reading/cleaning the files and the
  per-document commit; used from ``DIRECT_FROM`` claims up, where the single-process pipeline
  takes minutes (figures in docs/benchmarks.md, "How to reproduce").

Built databases are cached (``cache=True``) under ``$WORKBENCH_BENCH_CACHE`` (default
``~/.cache/workbench-bench``), keyed by the arguments and a hash of the generator, ingest,
extract and store sources: a code change rebuilds, a rerun copies the file in about a second.

Clusters: ``"gold"`` writes the generator's own truth (claims about the same fact of the same
event form a cluster; a planted different figure makes a ``conflict`` relation) so a UI or
export benchmark gets realistic cluster sizes in seconds without loading the embedding
model; ``"analyze"`` runs the real ``workbench.analyze.run_analysis``; ``"none"`` leaves the
analysis tables empty.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from sqlite_utils import Database

from benchmarks.generate import Claim, SynthArticle, generate_articles, slug, write_corpus
from workbench.models import Article
from workbench.store import open_db, save_document, write_transaction
from workbench.textnorm import normalize_text, sha256_hex, squash

DIRECT_FROM = 20_000
DOCS_PER_TRANSACTION = 200


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _cache_key(n_claims: int, seed: int, mode: str, clusters: str) -> str:
    """Arguments plus the sources that shape the result (analysis and ingest code only when used)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(repr((n_claims, seed, mode, clusters)).encode())
    sources = [root / "benchmarks" / n for n in ("generate.py", "synth_events.py", "synth_vocab.py", "synth_db.py")]
    areas = ["extract", "store"] + (["ingest"] if mode == "pipeline" else []) + (["analyze"] if clusters == "analyze" else [])
    for area in areas:
        sources += sorted((root / "workbench" / area).glob("*.py"))
    sources.append(root / "workbench" / "models.py")
    for src in sources:
        digest.update(src.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_BENCH_CACHE") or Path.home() / ".cache" / "workbench-bench")


def build_db(path: str | Path, n_claims: int, seed: int = 7, *, mode: str = "auto", clusters: str = "gold",
             cache: bool = True) -> dict:
    """(Re)create the DB at ``path`` with ``n_claims`` planned claims; return what was built and how long it took."""
    if mode == "auto":
        mode = "direct" if n_claims >= DIRECT_FROM else "pipeline"
    if mode not in ("pipeline", "direct") or clusters not in ("gold", "analyze", "none"):
        raise ValueError(f"unknown mode {mode!r} or clusters {clusters!r}")
    path = Path(path)
    _remove_db(path)
    cached = cache_dir() / f"synth-{n_claims}-{seed}-{mode}-{clusters}-{_cache_key(n_claims, seed, mode, clusters)}.db"
    if cache and cached.exists():
        start = time.perf_counter()
        shutil.copyfile(cached, path)
        meta = cached.with_suffix(".json")
        stats = json.loads(meta.read_text()) if meta.exists() else {}
        return {**stats, "path": str(path), "from_cache": True, "copy_s": round(time.perf_counter() - start, 2)}
    stats = _build(path, n_claims, seed, mode, clusters)
    if cache:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for stale in cached.parent.glob(f"synth-{n_claims}-{seed}-{mode}-{clusters}-*"):
            stale.unlink(missing_ok=True)  # built by older code: never valid again
        tmp = cached.with_suffix(".tmp")
        shutil.copyfile(path, tmp)
        os.replace(tmp, cached)
        cached.with_suffix(".json").write_text(json.dumps(stats))
    return {**stats, "from_cache": False}


def _build(path: Path, n_claims: int, seed: int, mode: str, clusters: str) -> dict:
    articles = list(generate_articles(n_claims, seed))
    db = open_db(path)
    start = time.perf_counter()
    if mode == "pipeline":
        from workbench.ingest import ingest_paths

        with tempfile.TemporaryDirectory(prefix="wb-synth-") as tmp:
            write_corpus(Path(tmp), n_claims, seed)
            ingest_paths(db, [tmp], progress=False)
    else:
        _save_direct(db, articles)
    ingest_s = time.perf_counter() - start
    start = time.perf_counter()
    if clusters == "gold":
        write_gold_clusters(db, articles)
    elif clusters == "analyze":
        from workbench.analyze import run_analysis

        run_analysis(db, progress=False)
    analysis_s = time.perf_counter() - start
    stats = {
        "path": str(path), "mode": mode, "clusters_from": clusters, "planned_claims": n_claims,
        "documents": db["documents"].count, "claims": db["claims"].count, "clusters": db["clusters"].count,
        "relations": db["relations"].count, "ingest_s": round(ingest_s, 2), "analysis_s": round(analysis_s, 2),
    }
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the main file alone is then complete (cache copy)
    db.conn.close()
    return stats


def _extract(text: str) -> list:
    from workbench.extract import extract_claims

    return extract_claims(text)


def _save_direct(db: Database, articles: list[SynthArticle]) -> None:
    texts = [normalize_text(art.clean_text) for art in articles]
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        extracted = pool.imap(_extract, texts, chunksize=16)
        for start in range(0, len(articles), DOCS_PER_TRANSACTION):
            with write_transaction(db):
                for n in range(start, min(start + DOCS_PER_TRANSACTION, len(articles))):
                    art = articles[n]
                    article = Article(text=texts[n], outlet=art.outlet, title=art.title, url=art.url,
                                      author=art.author, published=art.published, fmt="jsonl",
                                      source_path=f"synthetic/{slug(art.outlet)}.jsonl:{n}")
                    save_document(db, article, next(extracted))


def _gold_key(index: dict[str, Claim], text: str) -> Claim | None:
    """The planned claim a stored claim came from (its sentence, maybe with the dateline in front)."""
    key = squash(text)
    found = index.get(key)
    if found is None and " - " in text:
        found = index.get(squash(text.split(" - ", 1)[1]))
    return found


def write_gold_clusters(db: Database, articles: list[SynthArticle]) -> None:
    """Clusters and relations from the generator's truth, replacing whatever analysis was there."""
    index = {squash(c.text): c for art in articles for c in art.claims}
    groups: dict[tuple[str, str], list[tuple[str, str, str, float, bool]]] = defaultdict(list)
    rows = db.execute(
        "SELECT c.id, c.text, c.document_id, d.outlet, c.checkworthiness FROM claims c "
        "JOIN documents d ON d.id = c.document_id ORDER BY c.id"
    ).fetchall()
    texts = {}
    for cid, text, doc, outlet, cw in rows:
        texts[cid] = text
        planned = _gold_key(index, text)
        if planned is not None:
            groups[(planned.event_id, planned.fact)].append((cid, doc, outlet or "", cw or 0.0, planned.conflict))
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    cluster_rows, member_rows, relation_rows = [], [], []
    for (event_id, fact), members in sorted(groups.items()):
        if len({m[1] for m in members}) < 2:
            continue
        cluster_id = "g" + sha256_hex(f"{event_id}/{fact}")[:11]
        counts = {"agree": 0, "conflict": 0}
        for a, b in combinations(sorted(members), 2):
            if a[1] == b[1]:
                continue
            relation = "conflict" if a[4] != b[4] else ("agree" if not a[4] else "related")
            counts[relation] = counts.get(relation, 0) + 1
            reason = "synthetic gold: same figure" if relation == "agree" else "synthetic gold: figure differs"
            relation_rows.append({"claim_a": a[0], "claim_b": b[0], "relation": relation, "reason": reason,
                                  "method": "synthetic"})
        label = f"{event_id} {fact}: {texts[members[0][0]][:70]}"
        cluster_rows.append({"id": cluster_id, "label": label, "size": len(members),
                             "n_outlets": len({m[2] for m in members}), "n_conflicts": counts["conflict"],
                             "n_agreements": counts["agree"], "max_checkworthiness": max(m[3] for m in members),
                             "updated_at": now})
        member_rows.extend({"claim_id": m[0], "cluster_id": cluster_id} for m in members)
    with write_transaction(db):
        for table in ("relations", "cluster_members", "clusters"):
            db.execute(f"DELETE FROM {table}")
        db["clusters"].insert_all(cluster_rows, batch_size=1000)
        db["cluster_members"].insert_all(member_rows, batch_size=1000)
        db["relations"].insert_all(relation_rows, batch_size=1000)
