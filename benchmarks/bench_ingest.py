"""Benchmark: ingest + claim extraction throughput (documents/s and claims/s).

    python -m benchmarks.bench_ingest [--sizes 1000,10000] [--repeats 3] [--json OUT] [--quick]

For each size a seeded synthetic corpus (``benchmarks.generate``) is written once; then each
run ingests it into a fresh SQLite file through the real ``workbench.ingest.ingest_paths``
in a fresh child process (so imports, caches and memory start cold, and the child's peak RSS
is its own). Reported: median, min and max over the runs, and how many claims the extractor
found against the number the generator planned (a rough extraction-recall signal). The same
child then times ``extract_claims`` alone over the same cleaned texts: the peer measurement
that shows how much of ingest is extraction, whatever the machine's load.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, measure_child, now_iso, summarize, write_json

DEFAULT_SIZES = (1000, 10000)


def child(corpus: str, db_path: str) -> int:
    """One measured ingest (run in a child process by the parent)."""
    for suffix in ("", "-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    from workbench.ingest import ingest_paths
    from workbench.store import open_db

    db = open_db(db_path)
    start = time.perf_counter()
    summary = ingest_paths(db, [corpus], progress=False)
    seconds = time.perf_counter() - start
    stored = db["claims"].count
    db.conn.close()
    # Peer in the same process: extraction alone over the same cleaned texts (no reading, no store),
    # so the share of ingest time spent outside the extractor is visible on a noisy machine.
    from workbench.extract import extract_claims
    from workbench.ingest import read_inputs
    from workbench.models import Article

    texts = [a.text for a in read_inputs([corpus], {}) if isinstance(a, Article)]
    start = time.perf_counter()
    extracted = sum(len(extract_claims(t)) for t in texts)
    extract_s = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "documents": summary.documents, "claims": summary.claims,
                      "stored_claims": stored, "failed": summary.failed, "extract_only_s": extract_s,
                      "extract_only_claims": extracted}))
    return 0


def bench_size(size: int, repeats: int, seed: int, workdir: Path) -> list[dict]:
    from benchmarks.generate import write_corpus

    corpus = workdir / f"corpus-{size}"
    manifest = write_corpus(corpus, size, seed)
    runs = measure_child("benchmarks.bench_ingest", ["--child", str(corpus), str(workdir / f"bench-{size}.db")],
                         repeats, timeout=1800)
    first = runs[0].data
    docs_s = [r.data["documents"] / r.data["seconds"] for r in runs]
    claims_s = [r.data["claims"] / r.data["seconds"] for r in runs]
    extra = {"planned_claims": size, "articles": manifest["articles"], "extracted_claims": first["claims"],
             "extracted_per_planned": round(first["claims"] / size, 3), "failed_inputs": first["failed"],
             "seconds": summarize([r.data["seconds"] for r in runs]),
             "child_wall_s": summarize([r.wall_s for r in runs])}
    peak = max(r.peak_rss_mb for r in runs)
    extract_only = [r.data["extract_only_claims"] / r.data["extract_only_s"] for r in runs]
    extra["extract_share_of_ingest_time"] = summarize([r.data["extract_only_s"] / r.data["seconds"] for r in runs])
    label = f"ingest+extract {size // 1000}k planned claims"
    return [
        {"name": label, "unit": "docs/s", **summarize(docs_s), "peak_rss_mb": peak, "extra": extra},
        {"name": label, "unit": "claims/s", **summarize(claims_s), "peak_rss_mb": peak},
        {"name": f"extract_claims only (same texts, same child) {size // 1000}k", "unit": "claims/s",
         **summarize(extract_only)},
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ingest + extraction throughput on synthetic articles")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="planned claims, comma separated")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", dest="json_out", help="write the results JSON here")
    parser.add_argument("--quick", action="store_true", help="1k claims only, 2 runs (smoke test)")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    repeats = 2 if args.quick else args.repeats
    results: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="wb-bench-ingest-") as tmp:
        for size in sizes:
            print(f"ingest: {size} planned claims x {repeats} runs ...", file=sys.stderr, flush=True)
            results.extend(bench_size(size, repeats, args.seed, Path(tmp)))
    write_json(args.json_out, {"benchmark": "ingest", "date": now_iso(), "machine": machine(), "seed": args.seed,
                               "results": results})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
