"""``ingest_paths(..., workers=N)``: extraction in worker processes, the database of one process (issue 12)."""

from __future__ import annotations

import io
import json
import multiprocessing
import sqlite3

import pytest

from benchmarks.dump_extraction import dump_database
from workbench.cli import main
from workbench.ingest import ingest_paths
from workbench.ingest.parallel import AHEAD, CHUNK
from workbench.ingest.pipeline import SAVE_BATCH
from workbench.store import open_db

SENTENCES = [
    "Officials said {n} people left the district on Tuesday.",
    "The ministry reported that {n} trucks of food arrived, a spokesperson said.",
    "Prices rose {n} percent in March, according to the statistics office.",
    "The mayor said the bridge would reopen within {n} days.",
    "Police said {n} cars were damaged overnight.",
]


def _story(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(n=10 + i * 7 + k) for k in range(3))


def _corpus(folder):
    """Enough JSONL records for several save batches and many chunks in flight, other formats, repeats,
    an edit inside the run and hostile lines."""
    folder.mkdir()
    n = SAVE_BATCH + CHUNK * AHEAD * 2 + 3
    lines = [json.dumps({"text": _story(i), "url": f"https://wire.example/{i}", "outlet": "Wire"}) for i in range(n)]
    lines.insert(5, "{not json")
    lines.insert(40, json.dumps({"text": "", "url": "https://wire.example/empty"}))
    lines.insert(70, json.dumps({"text": _story(3), "url": "http://[::1"}))
    lines.append(json.dumps({"text": _story(7), "url": "https://wire.example/7", "outlet": "Wire"}))  # unchanged
    lines.append(json.dumps({"text": _story(8) + " It rained.", "url": "https://wire.example/8", "outlet": "Wire"}))
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(_story(500), encoding="utf-8")
    (folder / "post.md").write_text(f"---\ntitle: Post\npublished: 2026-03-02\n---\n{_story(501)}\n", encoding="utf-8")
    (folder / "page.html").write_text(f"<html><body><article><p>{_story(502)}</p></article></body></html>",
                                      encoding="utf-8")
    (folder / "zz.jsonl").write_text(json.dumps({"text": _story(503), "url": "https://zz.example/1"}) + "\n",
                                     encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    return n


def _ingest(tmp_path, folder, workers: int, name: str):
    path = tmp_path / f"{name}.db"
    db = open_db(path)
    summary = ingest_paths(db, [str(folder)], progress=False, workers=workers)
    return db, path, summary


def _dump(path) -> str:
    out = io.StringIO()
    dump_database(path, "x", out)
    return out.getvalue()


def _rows_in_order(db):
    return [db.execute(f"SELECT rowid, {cols} FROM {t} ORDER BY rowid").fetchall()
            for t, cols in (("documents", "id, sha256"), ("claims", "*"))]


def test_two_workers_store_what_one_process_stores(tmp_path):
    folder = tmp_path / "corpus"
    n = _corpus(folder)
    one_db, one_path, one = _ingest(tmp_path, folder, 1, "one")
    two_db, two_path, two = _ingest(tmp_path, folder, 2, "two")
    assert one.added >= n and one.unchanged == 1 and one.updated == 1 and one.failed >= 3
    for name in ("added", "updated", "unchanged", "failed", "claims", "problems", "document_ids"):
        assert getattr(two, name) == getattr(one, name), name
    wire = str(folder / "wire.jsonl")
    assert {p.source for p in two.problems} >= {f"{wire}:6", f"{wire}:71", str(folder / "bad.txt")}
    assert all("\n" not in p.message for p in two.problems)
    assert _dump(two_path) == _dump(one_path)  # every table, the full-text index and its searches
    assert _rows_in_order(two_db) == _rows_in_order(one_db)  # written in input order
    again = ingest_paths(two_db, [str(folder)], progress=False, workers=2)
    assert again == ingest_paths(one_db, [str(folder)], progress=False)  # url 8 flips between its two texts
    assert again.added == 0 and again.unchanged == one.documents - 1
    assert not multiprocessing.active_children()


def test_a_failed_extraction_is_one_line_and_the_rest_lands(tmp_path, monkeypatch):
    """The extractor failing on one article (workers are forked, so they get the patched function)."""
    import workbench.ingest.parallel as parallel

    real = parallel.process_article

    def flaky(article, rescore=None):
        if article.url == "https://wire.example/4":
            raise RuntimeError("boom\x1b[31m")
        return real(article, rescore)

    monkeypatch.setattr(parallel, "process_article", flaky)
    folder = tmp_path / "corpus"
    n = _corpus(folder)
    _, _, summary = _ingest(tmp_path, folder, 2, "two")
    failed = [p for p in summary.problems if "boom" in p.message]
    assert [p.source for p in failed] == [f"{folder / 'wire.jsonl'}:5"]
    assert failed[0].message.startswith("claim extraction failed (RuntimeError")
    assert summary.added == n + 4 - 1


def test_an_interrupt_leaves_whole_documents_and_no_workers(tmp_path):
    folder = tmp_path / "corpus"
    _corpus(folder)
    full_db, _, _ = _ingest(tmp_path, folder, 1, "full")
    db = open_db(tmp_path / "cut.db")

    def interrupt(stage, done, total):
        if done == total - 1:  # after wire.jsonl (its first save batch written, the next one filling)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(db, [str(folder)], progress=interrupt, workers=2)
    assert not multiprocessing.active_children()
    kept = db.execute("SELECT id FROM documents").fetchall()
    assert SAVE_BATCH <= len(kept) < full_db.execute("SELECT count(*) FROM documents").fetchone()[0]
    for (doc,) in kept:  # each one whole: exactly the claims the full run stored for it
        claims = "SELECT id, text, quantities FROM claims WHERE document_id = ? ORDER BY id"
        assert db.execute(claims, [doc]).fetchall() == full_db.execute(claims, [doc]).fetchall()
    db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM claims_fts_pending").fetchone()[0] == 0


def test_the_cli_takes_workers_from_the_option_and_the_setting(tmp_path, monkeypatch):
    from click.testing import CliRunner

    folder = tmp_path / "corpus"
    _corpus(folder)
    runner = CliRunner()
    monkeypatch.setenv("WORKBENCH_INGEST_WORKERS", "2")
    by_setting = runner.invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "s.db"), "-q"])
    by_option = runner.invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "o.db"), "-q", "--workers", "3"])
    monkeypatch.delenv("WORKBENCH_INGEST_WORKERS")
    plain = runner.invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "p.db"), "-q"])
    assert by_setting.output == by_option.output == plain.output and "skipped" in plain.output
    assert by_setting.exit_code == by_option.exit_code == plain.exit_code == 1  # hostile lines were skipped
    dumps = {name: _dump(tmp_path / f"{name}.db") for name in "sop"}
    assert dumps["s"] == dumps["o"] == dumps["p"]
    conn = sqlite3.connect(tmp_path / "p.db")
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] > 0


def test_a_worker_that_dies_is_one_line_and_keeps_whole_batches(tmp_path, monkeypatch):
    """A worker killed mid-run (out of memory, say): simulated by exiting the forked worker on one article."""
    import os

    import workbench.ingest.parallel as parallel
    from workbench.errors import WorkbenchError

    real = parallel.process_article

    def dies(article, rescore=None):
        if article.url == f"https://wire.example/{SAVE_BATCH + CHUNK * 2}":
            os._exit(9)
        return real(article, rescore)

    monkeypatch.setattr(parallel, "process_article", dies)
    folder = tmp_path / "corpus"
    _corpus(folder)
    db = open_db(tmp_path / "c.db")
    with pytest.raises(WorkbenchError) as info:
        ingest_paths(db, [str(folder)], progress=False, workers=2)
    assert "worker process stopped" in str(info.value) and "\n" not in str(info.value)
    assert not multiprocessing.active_children()
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] % SAVE_BATCH == 0  # whole batches only
    db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")


def test_a_trained_model_scores_in_the_workers_as_in_one_process(tmp_path):
    from tests.cli.test_checkworthy_cli import _labels
    from workbench.cli.checkworthy import model_scorer, train_file

    model = tmp_path / "model.json"
    train_file(_labels(tmp_path, False), model)
    folder = tmp_path / "corpus"
    _corpus(folder)
    scores = "SELECT id, checkworthiness FROM claims ORDER BY id"
    plain = _ingest(tmp_path, folder, 1, "plain")[0].execute(scores).fetchall()
    dumps = []
    for workers in (1, 2):
        path = tmp_path / f"model{workers}.db"
        ingest_paths(open_db(path), [str(folder)], progress=False, workers=workers,
                     rescore=model_scorer(model, None))
        dumps.append(_dump(path))
    assert dumps[0] == dumps[1]
    assert open_db(tmp_path / "model2.db").execute(scores).fetchall() != plain  # the model's scores, not the default


def test_auto_workers_follow_the_input_size(tmp_path, monkeypatch):
    """"auto" (``workers=None``): one process for a small input or stdin, every core from the threshold on."""
    import workbench.ingest.parallel as parallel
    from workbench.ingest.sources import expand_paths

    folder = tmp_path / "corpus"
    _corpus(folder)
    sources = [s for s in expand_paths([str(folder)]) if hasattr(s, "fmt")]
    size = sum(s.path.stat().st_size for s in sources)
    monkeypatch.setattr(parallel, "cpu_count", lambda: 3)
    assert parallel.choose_workers(sources, None, min_bytes=size + 1) == 1
    assert parallel.choose_workers(sources, None, min_bytes=size) == 3
    assert parallel.choose_workers(sources, 2, min_bytes=0) == 2  # an explicit number always wins
    assert parallel.choose_workers([s for s in expand_paths(["-"])], None, min_bytes=0) == 1  # stdin: size unknown


def test_auto_workers_above_the_threshold_store_what_one_process_stores(tmp_path, monkeypatch):
    import workbench.ingest.parallel as parallel

    folder = tmp_path / "corpus"
    _corpus(folder)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    started = []
    real = parallel.ProcessPoolExecutor
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", lambda *a, **k: started.append(k) or real(*a, **k))
    _, auto_path, auto = _ingest(tmp_path, folder, None, "auto")
    _, one_path, one = _ingest(tmp_path, folder, 1, "one")
    assert [k["max_workers"] for k in started] == [2]  # auto chose the pool; --workers 1 did not start one
    assert _dump(auto_path) == _dump(one_path) and _rows_in_order(open_db(auto_path)) == _rows_in_order(open_db(one_path))
    assert auto == one
