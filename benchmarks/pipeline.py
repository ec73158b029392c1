"""The whole job as a user runs it, at 10k / 100k (/ 1M) claims, with the plain peer beside it.

    python -m benchmarks.pipeline --claims 10000 [--claims 100000] [--million] [--runs 3]
        [--base-tree /tmp/base] [--ingest-workers N] [--profile] [--json benchmarks/results/pipeline.json]

For each size: ``benchmarks.generate`` writes a seeded synthetic corpus; ``workbench ingest``,
``workbench analyze`` and the review UI (headless Textual Pilot on a copy of the database the
pipeline produced: first screen, verdict key -> committed p50/p95, next cluster) each run in
their own child process, reporting wall time and the child's peak RSS; the database is then
read for claims, clusters, largest cluster and relations. The peer (``benchmarks.peer``:
``SentenceTransformer.encode`` + ``community_detection`` on the same claim texts, whole
process) runs in the same loop, so ``analyze / peer`` is a ratio measured under the same
load. ``--base-tree`` times ``workbench ingest`` of another checkout (e.g. ``git worktree add
/tmp/base main``) on the same corpus in the same run, alternating with this tree. The load
average is recorded before and after every child. Timings are medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO_ROOT, machine, machine_line, now_iso, python_child, run_child, write_json

UI_VERDICTS = 100


def _load() -> float:
    return round(os.getloadavg()[0], 2)


MAX_DATA_GB: float | None = None  # --max-gb: every child's data-segment cap


def _child(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> dict:
    """One measured child: wall, CPU, peak RSS, load before/after, its JSON line; fail loudly."""
    before = _load()
    run = run_child(python_child(*args), env=env, cwd=cwd, max_data_gb=MAX_DATA_GB)
    if run.returncode != 0:
        tail = "\n".join(run.stderr.strip().splitlines()[-5:]) or "no output"
        raise RuntimeError(f"{' '.join(args)} failed ({run.returncode}):\n{tail}")
    return {"wall_s": round(run.wall_s, 2), "cpu_s": run.cpu_s, "peak_rss_mb": run.peak_rss_mb, "load_before": before,
            "load_after": _load(), "data": run.data, "stdout_tail": run.stdout.strip().splitlines()[-1:],
            # `workbench analyze --json` says where its time went (the progress bars are not drawn off a terminal)
            "stages_s": run.data.get("stage_seconds", {}),
            # and the peak RSS so far at the end of each stage: which stage set the peak
            "stage_peak_rss_mb": run.data.get("stage_peak_rss_mb", {})}


def _median(runs: list[dict]) -> dict:
    walls = [r["wall_s"] for r in runs]
    return {"wall_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls), "runs": len(runs),
            "cpu_s": statistics.median(r["cpu_s"] for r in runs),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
            "load": [min(r["load_before"] for r in runs), max(r["load_after"] for r in runs)]}


def db_figures(path: Path) -> dict:
    """What the pipeline produced: counts read straight from the database."""
    with sqlite3.connect(path) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        kinds = dict(conn.execute("SELECT relation, count(*) FROM relations GROUP BY relation").fetchall())
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "claims": one("SELECT count(*) FROM claims"),
            "distinct_texts": one("SELECT count(DISTINCT text_hash) FROM claims"),
            "clusters": one("SELECT count(*) FROM clusters"),
            "clustered_claims": one("SELECT count(*) FROM cluster_members"),
            "largest_cluster": one("SELECT coalesce(max(size), 0) FROM clusters"),
            "relations": sum(kinds.values()),
            "relation_kinds": kinds,
        }


def _copy_db(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _profile_top(path: Path, limit: int = 25) -> list[dict]:
    import pstats

    stats = pstats.Stats(str(path))
    rows = []
    for (file, line, fn), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"fn": f"{Path(file).name}:{line}:{fn}", "calls": calls, "tottime_s": round(tottime, 2),
                     "cumtime_s": round(cumtime, 2)})
    return sorted(rows, key=lambda r: -r["tottime_s"])[:limit]


def measure_size(n: int, args: argparse.Namespace, tmp: Path, out: dict, save) -> dict:
    """Fill ``out`` stage by stage, calling ``save()`` after each (a long size keeps what it measured)."""
    corpus = tmp / f"corpus-{n}"
    gen = _child(["benchmarks.generate", "--claims", str(n), "--seed", str(args.seed), "--out", str(corpus)])
    out.update({"planned_claims": n, "generate": {"wall_s": gen["wall_s"], "manifest": gen["data"]}})
    here_env = {"PYTHONPATH": str(REPO_ROOT), "HF_HUB_OFFLINE": "1"}
    # Ingest runs from a neutral folder through a copy of wb_cli, so each tree imports its own workbench.
    shim = tmp / "shim"
    shim.mkdir(exist_ok=True)
    shutil.copyfile(Path(__file__).with_name("wb_cli.py"), shim / "wb_cli_shim.py")
    # (name, tree, extra ingest options): --ingest-workers adds this tree at N extraction processes
    # "this" is the command as a user runs it (ingest_workers "auto": every core from 1 MB of input);
    # "this_one_process" is the same tree held to one process, the per-claim CPU figure
    trees = [("this", REPO_ROOT, []), ("this_one_process", REPO_ROOT, ["--workers", "1"])]
    trees += [("base", Path(args.base_tree).resolve(), [])] if args.base_tree else []
    if args.ingest_workers:
        trees.append((f"this_workers_{args.ingest_workers}", REPO_ROOT, ["--workers", str(args.ingest_workers)]))
    ingest: dict[str, list[dict]] = {name: [] for name, _, _ in trees}
    db = tmp / f"claims-{n}.db"
    for k in range(args.runs):
        for name, tree, options in trees:  # alternate trees so a load spike hits both
            target = tmp / f"ingest-{name}-{n}-{k}.db"
            env = {"PYTHONPATH": f"{shim}:{tree}", "HF_HUB_OFFLINE": "1"}
            ingest[name].append(_child(["wb_cli_shim", "ingest", str(corpus), "--db", str(target), "-q", *options],
                                       env=env, cwd=shim))
            if name == "this" and k == 0:
                shutil.copyfile(target, db)
            target.unlink()
            for extra in ("-wal", "-shm"):
                Path(str(target) + extra).unlink(missing_ok=True)
    out["ingest"] = {name: _median(runs) for name, runs in ingest.items()}
    if args.base_tree:
        this, base = out["ingest"]["this"], out["ingest"]["base"]
        out["ingest"]["speedup_vs_base"] = {"wall": round(base["wall_s"] / this["wall_s"], 2),
                                            "cpu": round(base["cpu_s"] / this["cpu_s"], 2)}
        one = out["ingest"]["this_one_process"]
        out["ingest"]["speedup_vs_base_one_process"] = {"wall": round(base["wall_s"] / one["wall_s"], 2),
                                                        "cpu": round(base["cpu_s"] / one["cpu_s"], 2)}
        if args.ingest_workers:  # CPU-s include the worker processes (the child waits for them)
            par = out["ingest"][f"this_workers_{args.ingest_workers}"]
            out["ingest"]["speedup_vs_base_workers"] = {"wall": round(base["wall_s"] / par["wall_s"], 2),
                                                        "cpu": round(base["cpu_s"] / par["cpu_s"], 2)}
    out["ingested"] = db_figures(db)
    save()
    if args.ingest_only:
        return out
    analyze_runs, peer_runs = [], []
    for k in range(args.analyze_runs):
        work = tmp / f"analyze-{n}-{k}.db"
        _copy_db(db, work)
        env = dict(here_env)
        prof = tmp / f"analyze-{n}.prof"
        if args.profile and k == 0:
            env["WB_PROFILE"] = str(prof)
        # --json: the summary line carries seconds per stage (embedding, loading, events, relations, writing)
        analyze_runs.append(_child(["benchmarks.wb_cli", "analyze", "--json", "--db", str(work)], env=env))
        out["analyze_runs"] = [{k: r[k] for k in ("wall_s", "cpu_s", "peak_rss_mb", "stages_s", "stage_peak_rss_mb")}
                               for r in analyze_runs]
        save()
        if not args.skip_peer:
            peer_runs.append(_child(["benchmarks.peer", str(db)], env=here_env))
        if k == 0:
            shutil.copyfile(work, db.with_suffix(".analyzed.db"))
        work.unlink()
    analyzed = db.with_suffix(".analyzed.db")
    out["analyze"] = {**_median(analyze_runs), "summary": analyze_runs[0]["data"] or analyze_runs[0]["stdout_tail"],
                      "stages_s": analyze_runs[0]["stages_s"], "stage_peak_rss_mb": analyze_runs[0]["stage_peak_rss_mb"]}
    if args.profile:
        out["analyze"]["profile_top"] = _profile_top(tmp / f"analyze-{n}.prof")
    out["analyzed"] = db_figures(analyzed)
    save()
    if peer_runs:
        out["peer"] = {**_median(peer_runs), "result": peer_runs[0]["data"]}
        out["analyze_speedup_vs_peer"] = {"wall": round(out["peer"]["wall_s"] / out["analyze"]["wall_s"], 2),
                                          "cpu": round(out["peer"]["cpu_s"] / out["analyze"]["cpu_s"], 2)}
    if not args.skip_ui:
        ui_db = tmp / f"ui-{n}.db"
        _copy_db(analyzed, ui_db)  # the verdict keys write to it
        ui = _child(["benchmarks.bench_tui", "--child", str(ui_db), "--verdicts", str(UI_VERDICTS)], env=here_env)
        out["review_ui"] = {"wall_s": ui["wall_s"], "peak_rss_mb": ui["peak_rss_mb"], **ui["data"]}
    if args.keep:
        keep = Path(args.keep)
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(analyzed, keep / f"analyzed-{n}.db")
    return out


def _save(path: str, payload: dict) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(payload, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, action="append", help="planned claims (repeatable; default 10000)")
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 planned claims (hours)")
    parser.add_argument("--runs", type=int, default=1, help="ingest runs per tree (median)")
    parser.add_argument("--analyze-runs", type=int, default=1, help="analyze + peer runs (median)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--base-tree", help="another checkout whose `workbench ingest` is timed alongside")
    parser.add_argument("--profile", action="store_true", help="cProfile the first analyze run (top functions)")
    parser.add_argument("--ingest-only", action="store_true", help="stop after ingest (the base-tree comparison)")
    parser.add_argument("--ingest-workers", type=int, default=None, metavar="N",
                        help="also time this tree's `workbench ingest --workers N` in the same alternation")
    parser.add_argument("--max-gb", type=float, default=None,
                        help="cap each child's data segment (a shared machine: fail with MemoryError, not the OOM killer)")
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--skip-ui", action="store_true")
    parser.add_argument("--keep", help="copy each analyzed database into this folder")
    parser.add_argument("--json", default=str(REPO_ROOT / "benchmarks" / "results" / "pipeline.json"))
    args = parser.parse_args(argv)
    global MAX_DATA_GB
    MAX_DATA_GB = args.max_gb
    sizes = list(args.claims or [10_000]) + ([1_000_000] if args.million else [])
    payload: dict = {"benchmark": "pipeline", "started": now_iso(), "machine": machine(),
                     "load_at_start": list(os.getloadavg()), "sizes": []}
    print(machine_line(payload["machine"]), file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="wb-pipeline-") as tmp:
        for n in sizes:
            t0 = time.perf_counter()
            payload["sizes"].append({})
            measure_size(n, args, Path(tmp), payload["sizes"][-1], lambda: _save(args.json, payload))
            print(f"{n} claims done in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            _save(args.json, payload)
    payload["load_at_end"] = list(os.getloadavg())
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
