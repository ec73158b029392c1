"""Run every benchmark script present and write one dated results file plus a markdown table.

    python -m benchmarks.run_all [--quick] [--only ingest,cluster] [--timeout 1800]

Each ``benchmarks/bench_*.py`` runs as its own child process, one after the other, in the
same session, so peers are measured on the same (noisy, shared, 2-core) machine minutes
apart and their ratios hold even when absolute numbers drift. A script's ``--help`` is read
first: it gets ``--json FILE`` when it offers that flag (else its last JSON stdout line is
used, else its stdout tail is kept) and ``--quick`` when asked for and offered. Results go to
``benchmarks/results/<date>.json`` and ``<date>.md`` (git-ignored) and the table is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import REPO_ROOT, machine, machine_line, now_iso, python_child, run_child, select_names

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
MAX_FLAT_ROWS = 25
# For --quick, scripts without a --quick flag get smaller sizes through their own flags (used only
# when the script's --help lists every flag named here).
QUICK_ARGS: dict[str, list[str]] = {
    "cluster": ["--sizes", "10000", "--runs", "1"],
    "tui": ["--claims", "10000", "--runs", "2", "--verdicts", "50"],
    "export": ["--claims", "10000", "--runs", "2"],
}


def discover() -> list[str]:
    """Benchmark names (``bench_x.py`` -> ``x``) in a stable order."""
    return sorted(p.stem.removeprefix("bench_") for p in BENCH_DIR.glob("bench_*.py"))


def script_flags(name: str) -> str:
    """The script's ``--help`` text ('' when it has none or fails quickly)."""
    run = run_child(python_child(f"benchmarks.bench_{name}", "--help"), timeout=120)
    return run.stdout if run.returncode == 0 else ""


def run_one(name: str, quick: bool, timeout: float) -> dict[str, Any]:
    help_text = script_flags(name)
    args: list[str] = []
    if quick and "--quick" in help_text:
        args.append("--quick")
    elif quick and all(a in help_text for a in QUICK_ARGS.get(name, ["--?"]) if a.startswith("--")):
        args += QUICK_ARGS[name]
    with tempfile.TemporaryDirectory(prefix=f"wb-run-{name}-") as tmp:
        out_file = Path(tmp) / "out.json"
        if "--json" in help_text:
            args += ["--json", str(out_file)]
        print(f"[run_all] {name}: python -m benchmarks.bench_{name} {' '.join(args)}", file=sys.stderr, flush=True)
        run = run_child(python_child(f"benchmarks.bench_{name}", *args), timeout=timeout)
        data: dict[str, Any] | None = None
        if out_file.exists():
            try:
                data = json.loads(out_file.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                data = None
    shown = " ".join(args).replace(str(out_file), "OUT.json")
    record: dict[str, Any] = {"command": f"python -m benchmarks.bench_{name} {shown}".strip(),
                              "returncode": run.returncode, "wall_s": round(run.wall_s, 1),
                              "peak_rss_mb": run.peak_rss_mb}
    if data is None and run.data:
        data = run.data
    if data is not None:
        record["data"] = data
    else:
        record["stdout_tail"] = run.stdout.strip().splitlines()[-20:]
    if run.returncode != 0:
        record["stderr_tail"] = run.stderr.strip().splitlines()[-5:]
    return record


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return "" if value is None else str(value)


def _flatten(prefix: str, value: Any, out: list[tuple[str, Any]]) -> None:
    """Numeric leaves as (dotted name, value); a {median, min, max, ...} dict stays one entry."""
    if isinstance(value, dict) and "median" in value:
        out.append((prefix, value))
    elif isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        out.append((prefix, value))


def table_rows(name: str, record: dict[str, Any]) -> list[list[str]]:
    """Rows of the markdown table for one script: its ``results`` list, else its numeric fields."""
    data = record.get("data")
    rss = _fmt(record.get("peak_rss_mb"))
    if data is None:
        tail = (record.get("stdout_tail") or ["(no output)"])[-1]
        status = "failed" if record["returncode"] else "no JSON (stdout below)"
        return [[name, f"{status}: {tail[:60]}" if record["returncode"] else status, "", "", "", "", "", rss]]
    results = data.get("results") if isinstance(data, dict) else None
    rows = []
    if isinstance(results, list) and all(isinstance(r, dict) for r in results):
        for r in results:
            rows.append([name, str(r.get("name", "")), str(r.get("unit", "")), _fmt(r.get("median", r.get("value"))),
                         _fmt(r.get("min")), _fmt(r.get("max")), _fmt(r.get("runs")),
                         _fmt(r.get("peak_rss_mb", record.get("peak_rss_mb")))])
        return rows
    flat: list[tuple[str, Any]] = []
    _flatten("", {k: v for k, v in data.items() if k not in ("machine", "date")}, flat)
    for key, val in flat[:MAX_FLAT_ROWS]:
        if isinstance(val, dict):
            rows.append([name, key, "", _fmt(val.get("median")), _fmt(val.get("min")), _fmt(val.get("max")),
                         _fmt(val.get("runs")), rss])
        else:
            rows.append([name, key, "", _fmt(val), "", "", "", rss])
    return rows


def markdown(report: dict[str, Any]) -> str:
    lines = [f"# Benchmarks {report['date']}", "", f"Machine: {machine_line(report['machine'])}  ",
             f"Commit: {report.get('commit') or 'unknown'}; started {report['started']}, finished {report['finished']}",
             "", "| benchmark | measurement | unit | median | min | max | runs | peak RSS MB |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for name, record in report["benchmarks"].items():
        for row in table_rows(name, record):
            lines.append("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")
    lines.append("")
    for record in report["benchmarks"].values():
        lines.append(f"- `{record['command']}`: exit {record['returncode']}, {record['wall_s']} s wall")
    for name, record in report["benchmarks"].items():
        if "data" not in record:
            lines += ["", f"### {name} (stdout tail)", "", "```", *record.get("stdout_tail", [])[-15:], "```"]
    return "\n".join(lines) + "\n"


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO_ROOT,
                             timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=REPO_ROOT, timeout=10).stdout.strip()
        return out.stdout.strip() + ("+dirty" if dirty else "") if out.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run every benchmarks/bench_*.py and collect the results")
    parser.add_argument("--quick", action="store_true", help="pass --quick to scripts that accept it")
    parser.add_argument("--only", help="comma-separated names (ingest, embed, cluster, tui, export, ...)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per script before it is killed")
    parser.add_argument("--out-dir", default=str(RESULTS_DIR))
    parser.add_argument("--list", action="store_true", help="list the benchmark scripts found and exit")
    args = parser.parse_args(argv)
    names = discover()
    if args.list:
        print("\n".join(names))
        return 0
    names = select_names(parser, names, args.only, "benchmark script for:")
    report: dict[str, Any] = {"date": date.today().isoformat(), "started": now_iso(), "machine": machine(),
                              "commit": git_commit(), "quick": args.quick, "benchmarks": {}}
    for name in names:
        report["benchmarks"][name] = run_one(name, args.quick, args.timeout)
    report["finished"] = now_iso()
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = report["date"] + ("-quick" if args.quick else "")
    (out_dir / f"{stem}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = markdown(report)
    (out_dir / f"{stem}.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {out_dir / (stem + '.json')} and {stem}.md", file=sys.stderr)
    return 0 if all(r["returncode"] == 0 for r in report["benchmarks"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
