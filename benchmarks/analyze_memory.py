"""Peak memory of `run_analysis` per stage, and a digest of what it stored (issue 12: 1M claims in 4 GB).

    python -m benchmarks.analyze_memory DB [--json OUT]   # analyses DB in place: use a copy
    python -m benchmarks.analyze_memory DB --digest       # sorted rows of the stored analysis, hashed

The first form runs the analysis in this process with a thread sampling RSS (/proc/self/statm)
every 50 ms and reports, for each stage of ``AnalysisSummary.stage_seconds``, the highest RSS
seen during it (the peak-so-far the summary itself carries says only which stage set the peak).
Memory, unlike time, does not depend on the machine's load, so two commits can be compared on
a busy machine. The digest form prints one line per analysis table (row count and a hash of its
rows sorted by key, plus the clusters' insertion order): two analyses are the same when the
lines are, which is how the streamed analysis was checked against the whole-corpus one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path

STAGES = ("embedding", "loading", "events", "relations", "writing")
DIGEST = {
    "events": "SELECT id, label, date_start, date_end, n_documents FROM events ORDER BY id",
    "document_events": "SELECT document_id, event_id FROM document_events ORDER BY document_id",
    "clusters": "SELECT id, label, size, n_outlets, n_conflicts, n_agreements, max_checkworthiness, event_id "
    "FROM clusters ORDER BY id",
    "cluster_members": "SELECT claim_id, cluster_id FROM cluster_members ORDER BY claim_id",
    "relations": "SELECT claim_a, claim_b, relation, reason, method FROM relations ORDER BY claim_a, claim_b",
    "clusters_insertion_order": "SELECT id FROM clusters ORDER BY rowid",
}


def digest(path: Path) -> dict[str, tuple[int, str]]:
    """table -> (rows, sha256 prefix of the sorted rows); read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table, sql in DIGEST.items():
            rows = conn.execute(sql).fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
        return out
    finally:
        conn.close()


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1e6


def measure(path: Path) -> dict:
    """Analyse ``path`` (in place) and return RSS per stage, seconds per stage and the result's counts."""
    from workbench.analyze import run_analysis
    from workbench.analyze.embed import get_embedder
    from workbench.settings import Settings
    from workbench.store import open_db

    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.perf_counter(), _rss_mb()))
            done.wait(0.05)

    db = open_db(path)
    base = _rss_mb()
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        # loaded before the clock starts, as run_analysis's own stage clock starts after it (its RSS counts
        # towards the first stage)
        embedder = get_embedder(backend="onnx", cache_dir=Settings.load().cache_dir)  # as `workbench analyze`
        start = time.perf_counter()
        summary = run_analysis(db, embedder=embedder)
    finally:
        done.set()
        thread.join()
    ends, at = [], start
    for stage in STAGES:
        at += summary.stage_seconds.get(stage, 0.0)
        ends.append((stage, at))
    peak: dict[str, float] = {}
    for t, rss in samples:
        stage = next((name for name, end in ends if t <= end), "after")
        peak[stage] = max(peak.get(stage, 0.0), rss)
    return {"db": str(path), "claims": summary.claims, "embedded": summary.embedded, "rss_start_mb": round(base),
            "peak_rss_mb_by_stage": {k: round(v) for k, v in peak.items()},
            "peak_rss_mb_so_far": summary.stage_peak_rss_mb, "stage_seconds": summary.stage_seconds,
            "events": summary.events, "clusters": summary.clusters}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--digest", action="store_true", help="print the stored analysis's digest; analyse nothing")
    parser.add_argument("--json", type=Path, help="also write the measurement here")
    args = parser.parse_args(argv)
    if args.digest:
        for table, (rows, sha) in digest(args.db).items():
            print(table, rows, sha)
        return 0
    out = measure(args.db)
    print(json.dumps(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
