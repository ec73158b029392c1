"""Export benchmark: seconds and peak memory to export a 100k-claim database.

    .venv/bin/python -m benchmarks.bench_export --claims 100000 --runs 5 [--formats csv,jsonl,claimreview]

Builds a seeded synthetic database with fast ``executemany`` inserts (documents, claims,
clusters, relations, verdict events with second opinions and undos), then runs each export
``--runs`` times, each in a fresh child process, and reports the median wall seconds of the
export call and the child's peak RSS (``VmHWM``) next to its peak before exporting. One
extra child per format runs under ``tracemalloc`` for the peak of Python allocations: that
figure, not RSS, shows the export streams (it stays flat as the database grows).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO_ROOT, machine, machine_line, run_child, summarize, write_json

OUTLETS = ("Meridian Wire", "Kyiv Ledger", "Steppe Times", "Northern Courier", "Harbor Post")
SPEAKERS = (
    ("Pavlo Kyrylenko", "named"),
    ("the Ukrainian military", "organization"),
    ("a senior official", "anonymous"),
    (None, "none"),
)
TEMPLATES = (
    "{n} Russians die for every Ukrainian in the fighting around the town, {s} said.",
    "Ukraine holds {p}% of the Donetsk region after weeks of assaults.",
    "About {k},000 civilians of {m} million remain in the area, according to {s}.",
    "-{p}% fewer shells reached the front this week, {s} told reporters.",
    'The district east of the river is "fully under control", {s} said, which others deny.',
)
VERDICTS = ("verified", "disputed", "unattributed")
REVIEWERS = ("alice", "bob", "carol")


def build_db(path: Path, n_claims: int, seed: int) -> dict[str, int]:
    """A seeded DB of ``n_claims`` claims, 100 per document; returns table counts."""
    from workbench.store import open_db

    rng = random.Random(seed)
    db = open_db(path)
    conn = db.conn
    per_doc = 100
    n_docs = max(1, n_claims // per_doc)
    docs, claims = [], []
    for d in range(n_docs):
        doc_id = f"d{d:012x}"
        published = f"2023-{1 + d % 5:02d}-{1 + d % 28:02d}"
        docs.append(
            (
                doc_id,
                f"url:{doc_id}",
                f"{d:064x}",
                OUTLETS[d % len(OUTLETS)],
                f"Report {d} on Bakhmut",
                f"https://news.example/{doc_id}",
                "staff",
                published,
                f"{doc_id}.txt",
                "txt",
                "2024-01-01",
                "x",
            )
        )
        for i in range(min(per_doc, n_claims - d * per_doc)):
            speaker, kind = SPEAKERS[rng.randrange(len(SPEAKERS))]
            text = rng.choice(TEMPLATES).format(
                n=rng.randint(3, 9),
                p=rng.randint(30, 70),
                k=rng.randint(100, 600),
                m=rng.choice((1.2, 1.8)),
                s=speaker or "people",
            )
            claims.append(
                (
                    f"c{d * per_doc + i:012x}",
                    doc_id,
                    i,
                    i * 120,
                    i * 120 + len(text),
                    text,
                    f"h{i}",
                    speaker,
                    kind,
                    "said" if speaker else None,
                    None,
                    0.7,
                    "[]",
                )
            )
    claim_ids = [c[0] for c in claims]
    clusters, members, relations, events = [], [], [], []
    shuffled = claim_ids[:]
    rng.shuffle(shuffled)
    for k, start in enumerate(range(0, len(shuffled) // 2, 5)):
        group = sorted(shuffled[start : start + 5])
        clusters.append((f"k{k}", f"cluster {k}: casualty ratio", len(group)))
        members.extend((cid, f"k{k}") for cid in group)
        for a, b in zip(group, group[1:], strict=False):
            kind = "conflict" if rng.random() < 0.3 else "agree"
            relations.append((a, b, kind, f"{rng.randint(3, 9)}:1 vs {rng.randint(3, 9)}:1 deaths", "rules"))
    event_id = 0
    for cid in claim_ids:
        if rng.random() < 0.4:
            for reviewer in rng.sample(REVIEWERS, rng.choice((1, 1, 2))):
                event_id += 1
                note = rng.choice((None, "two sources", "=ask the desk", "numbers differ"))
                events.append(
                    (
                        event_id,
                        cid,
                        rng.choice(VERDICTS),
                        reviewer,
                        note,
                        f"2023-06-01T10:{event_id % 60:02d}:00.000000+00:00",
                        None,
                    )
                )
                if rng.random() < 0.05:
                    event_id += 1
                    events.append(
                        (event_id, cid, "cleared", reviewer, None, "2023-06-02T10:00:00.000000+00:00", event_id - 1)
                    )
    with conn:
        conn.executemany(
            "INSERT INTO documents (id, doc_key, sha256, outlet, title, url, author, published, "
            "source_path, fmt, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            docs,
        )
        conn.executemany(
            "INSERT INTO claims (id, document_id, sentence_index, char_start, char_end, text, text_hash, "
            "speaker, speaker_kind, cue, via, checkworthiness, quantities) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            claims,
        )
        conn.executemany("INSERT INTO clusters (id, label, size) VALUES (?,?,?)", clusters)
        conn.executemany("INSERT INTO cluster_members (claim_id, cluster_id) VALUES (?,?)", members)
        conn.executemany(
            "INSERT INTO relations (claim_a, claim_b, relation, reason, method) VALUES (?,?,?,?,?)", relations
        )
        conn.executemany(
            "INSERT INTO verdict_events (id, claim_id, verdict, reviewer, note, created_at, undoes) "
            "VALUES (?,?,?,?,?,?,?)",
            events,
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"documents": len(docs), "claims": len(claims), "relations": len(relations), "verdict_events": len(events)}


def peak_rss_mb() -> float:
    """This process's peak RSS since exec: ``VmHWM`` (Linux), else ``ru_maxrss``.

    ``ru_maxrss`` survives fork + exec on Linux, so a child started by a parent that built a
    big database would report the parent's peak; ``VmHWM`` belongs to the new address space.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    from benchmarks.common import self_peak_rss_mb

    return self_peak_rss_mb()


def child(db_path: str, fmt: str, out: str, use_tracemalloc: bool) -> None:
    """The measured part: one export in this fresh process; prints one JSON line."""
    from workbench.export import write_export
    from workbench.store import open_db

    db = open_db(db_path, create=False)
    before = peak_rss_mb()
    if use_tracemalloc:
        import tracemalloc

        tracemalloc.start()
    start = time.perf_counter()
    rows = write_export(db, out, fmt)
    seconds = time.perf_counter() - start
    traced = tracemalloc.get_traced_memory()[1] / 1e6 if use_tracemalloc else None
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": rows,
                "rss_before_mb": before,
                "rss_peak_mb": peak_rss_mb(),
                "tracemalloc_peak_mb": traced,
                "bytes": Path(out).stat().st_size,
            }
        )
    )


def measure(db_path: Path, fmt: str, runs: int, workdir: Path) -> dict:
    out = workdir / f"export.{fmt}"
    base = [
        sys.executable,
        "-m",
        "benchmarks.bench_export",
        "--child",
        "--db",
        str(db_path),
        "--format",
        fmt,
        "--out",
        str(out),
    ]
    timed = []
    for _ in range(runs):
        run = run_child(base, cwd=REPO_ROOT)
        if run.returncode != 0 or not run.data:
            raise SystemExit(f"export {fmt} failed: {(run.stderr.strip().splitlines() or ['no output'])[-1]}")
        timed.append(run)
    traced = run_child([*base, "--tracemalloc"], cwd=REPO_ROOT)
    stats = summarize([r.data["seconds"] for r in timed])
    return {
        "name": f"export {fmt}",
        "unit": "s",
        **stats,
        "peak_rss_mb": statistics.median(r.data["rss_peak_mb"] for r in timed),
        "extra": {
            "rows": timed[0].data["rows"],
            "output_mb": round(timed[0].data["bytes"] / 1e6, 1),
            "rss_before_export_mb": statistics.median(r.data["rss_before_mb"] for r in timed),
            "tracemalloc_peak_mb": round(traced.data.get("tracemalloc_peak_mb") or 0.0, 2),
            "rows_per_s": round(timed[0].data["rows"] / stats["median"]),
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default="csv", help="comma-separated: csv,jsonl,claimreview")
    parser.add_argument("--db", default=None, help="reuse/build the database here (default: a temp dir)")
    parser.add_argument("--json", default=None, help="also write the results JSON here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--format", default="csv", help=argparse.SUPPRESS)
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.db, args.format, args.out, args.tracemalloc)
        return
    with tempfile.TemporaryDirectory(prefix="bench_export_") as tmp:
        workdir = Path(tmp)
        db_path = Path(args.db) if args.db else workdir / "claims.db"
        counts = None
        if not db_path.exists():
            start = time.perf_counter()
            counts = build_db(db_path, args.claims, args.seed)
            print(f"built {db_path} in {time.perf_counter() - start:.1f} s: {counts}", file=sys.stderr)
        results = [measure(db_path, fmt.strip(), args.runs, workdir) for fmt in args.formats.split(",") if fmt.strip()]
    print(machine_line(), file=sys.stderr)
    for r in results:
        e = r["extra"]
        print(
            f"{r['name']}: {e['rows']} rows, median {r['median']:.2f} s (min {r['min']:.2f}, max {r['max']:.2f}, "
            f"{r['runs']} runs), {e['rows_per_s']} rows/s, peak RSS {r['peak_rss_mb']} MB "
            f"(before export {e['rss_before_export_mb']} MB), tracemalloc peak {e['tracemalloc_peak_mb']} MB, "
            f"output {e['output_mb']} MB",
            file=sys.stderr,
        )
    write_json(
        args.json,
        {"benchmark": "export", "machine": machine(), "db": counts, "claims": args.claims, "results": results},
    )


if __name__ == "__main__":
    main()
