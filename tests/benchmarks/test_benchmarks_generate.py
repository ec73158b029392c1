"""The synthetic benchmark corpus: deterministic, exact in size, realistic in its fields."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from benchmarks.generate import generate_articles, main, write_corpus
from benchmarks.synth_db import build_db
from workbench.models import Article
from workbench.store import open_db


def _records(folder):
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        out.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return out


def test_same_seed_same_bytes_other_seed_other_text(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert main(["--claims", "300", "--seed", "7", "--out", str(a)]) == 0
    assert main(["--claims", "300", "--seed", "7", "--out", str(b)]) == 0
    assert main(["--claims", "300", "--seed", "8", "--out", str(c)]) == 0
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert _records(a) != _records(c)


def test_planned_claims_hit_the_target_exactly():
    for target in (1, 37, 1000):
        assert sum(len(art.claims) for art in generate_articles(target, seed=3)) == target


def test_manifest_counts_match_the_files(tmp_path):
    manifest = write_corpus(tmp_path, 1000, seed=7)
    records = _records(tmp_path)
    assert manifest["claims"] == 1000
    assert manifest["articles"] == len(records)
    assert json.loads((tmp_path / "manifest.json").read_text()) == manifest
    assert manifest["events"] >= 20 and manifest["outlets"] >= 8


def test_records_carry_the_metadata_ingest_reads(tmp_path):
    write_corpus(tmp_path, 500, seed=7)
    records = _records(tmp_path)
    urls = [r["url"] for r in records]
    assert len(set(urls)) == len(urls)
    for r in records:
        assert set(r) == {"outlet", "title", "url", "published", "author", "text"}
        assert all(isinstance(v, str) and v for v in r.values())
        date.fromisoformat(r["published"])
        assert r["url"].startswith("https://")


def test_sources_figures_boilerplate_and_syndication_all_occur():
    articles = list(generate_articles(2000, seed=7))
    claims = [c for art in articles for c in art.claims]
    assert {c.source_kind for c in claims} == {"named", "organization", "anonymous", "none"}
    text = "\n".join(art.text for art in articles)
    for figure in ("%", "per cent", "$", "€", "£", "million", "tonnes", " for every one ", ":1 "):
        assert figure in text, figure
    assert any(c.conflict for c in claims)
    # Boilerplate lines are in the page text and gone from the clean text.
    with_boilerplate = [art for art in articles if len(art.boilerplate) > 1]
    assert with_boilerplate
    art = with_boilerplate[0]
    assert "All rights reserved." in art.text and "All rights reserved." not in art.clean_text
    # Wire copy run verbatim: the same paragraph under two different outlets.
    outlets_by_paragraph = defaultdict(set)
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            if i not in a.boilerplate:
                outlets_by_paragraph[p].add(a.outlet)
    assert any(len(o) >= 2 for o in outlets_by_paragraph.values())
    # Many events, most covered by more than one outlet (so cross-outlet clusters exist).
    outlets_by_event = defaultdict(set)
    for a in articles:
        outlets_by_event[a.event_id].add(a.outlet)
    multi = sum(len(o) >= 2 for o in outlets_by_event.values())
    assert multi >= 0.8 * len(outlets_by_event) and len(outlets_by_event) >= 50


def test_real_reader_keeps_outlet_title_url_and_date(tmp_path):
    from workbench.ingest import read_inputs

    write_corpus(tmp_path, 200, seed=7)
    expected = {r["url"]: r for r in _records(tmp_path)}
    articles = [a for a in read_inputs([str(tmp_path)], {}) if isinstance(a, Article)]
    assert len(articles) == len(expected)
    for a in articles:
        r = expected[a.url]
        assert (a.outlet, a.title, a.published) == (r["outlet"], r["title"], r["published"])
        assert "Share this article" not in a.text and "All rights reserved" not in a.text


def test_build_db_direct_and_pipeline_store_claims_and_gold_clusters(tmp_path):
    for mode in ("direct", "pipeline"):
        path = tmp_path / f"{mode}.db"
        stats = build_db(path, 150, seed=7, mode=mode, cache=False)
        assert stats["mode"] == mode
        db = open_db(path, create=False)
        assert db["documents"].count == stats["documents"] > 10
        assert db["claims"].count == stats["claims"] > 50
        assert stats["clusters"] > 0 and stats["relations"] > 0
        # Every gold cluster spans two documents, as the analysis contract requires.
        spans = db.execute(
            "SELECT m.cluster_id, count(DISTINCT c.document_id) FROM cluster_members m "
            "JOIN claims c ON c.id = m.claim_id GROUP BY m.cluster_id"
        ).fetchall()
        assert spans and all(n >= 2 for _, n in spans)
        kinds = {r[0] for r in db.execute("SELECT DISTINCT relation FROM relations")}
        assert kinds <= {"agree", "conflict", "related"} and "agree" in kinds
        db.conn.close()


def test_build_db_cache_copies_the_same_database(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_BENCH_CACHE", str(tmp_path / "cache"))
    first = build_db(tmp_path / "a.db", 60, seed=5, mode="direct")
    second = build_db(tmp_path / "b.db", 60, seed=5, mode="direct")
    assert (first["from_cache"], second["from_cache"]) == (False, True)
    rows = []
    for name in ("a.db", "b.db"):
        db = open_db(tmp_path / name, create=False)
        rows.append(db.execute("SELECT id, text, speaker_kind FROM claims ORDER BY id").fetchall())
        db.conn.close()
    assert rows[0] == rows[1] and len(rows[0]) == first["claims"] > 0
