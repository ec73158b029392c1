"""Run every evaluation on the public labelled data with one command.

    python -m benchmarks.evaluate --data ../shared/eval/data [--only NAME[,NAME]] [--timeout 900]

Each ``benchmarks/eval_*.py`` runs as a child process (its own imports and memory; one
failing evaluation does not stop the others). How each script takes the data path is read
from ``SPECS`` for the ones whose convention differs, else from its ``--help``: ``--data DIR``
when offered, else DIR as the positional argument. ``--json FILE`` is passed when offered.
Results: ``benchmarks/results/eval-<date>.json`` (git-ignored) and a summary on stdout.
The data stay where they are; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import machine, machine_line, now_iso, python_child, run_child, select_names
from benchmarks.run_all import RESULTS_DIR

BENCH_DIR = Path(__file__).resolve().parent
# Scripts whose data argument is not the eval root: name -> sub-folder given as the positional argument.
SPECS: dict[str, str] = {"quantities": "quantemp-claims", "equate": "equate"}
# Headline figures printed per evaluation: (label, path into its JSON).
HEADLINES: dict[str, list[tuple[str, str]]] = {
    "checkworthy": [
        ("ClaimBuster test F1 (pipeline)", "claimbuster.pipeline.f1"),
        ("ClaimBuster test ROC-AUC (score)", "claimbuster.score_bare.roc_auc"),
        ("CLEF-2019 test MAP", "clef2019_test.mean.MAP"),
        ("CLEF-2019 test P@10", "clef2019_test.mean.p@10"),
    ],
    "extraction": [
        ("PolNeAR test sentence attributed F1", "polnear.sentence_attributed.f1"),
        ("PolNeAR named sources head match", "polnear.sources.named.head_match"),
        ("PolNeAR unattributed-claim miss rate", "polnear.unattributed_miss_rate"),
    ],
    "grouping": [
        ("ECB+ event-coref claim pairs F1", "ecbplus.event_coref_pairs.f1"),
        ("ECB+ B-cubed precision vs event (clustered claims)", "ecbplus.bcubed_vs_event_clustered_claims.precision"),
        ("BASIL same-event article pairs sharing a cluster", "basil.cross_outlet_grouping.same_event.rate"),
        ("BASIL other-event article pairs sharing a cluster", "basil.cross_outlet_grouping.other_event.rate"),
        ("BASIL nearest other-outlet claim same event", "basil.nearest_other_outlet_claim_same_event"),
    ],
}


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("eval_") for p in BENCH_DIR.glob("eval_*.py"))


def command_for(name: str, data: Path, json_out: Path) -> list[str]:
    module = f"benchmarks.eval_{name}"
    help_run = run_child(python_child(module, "--help"), timeout=120)
    help_text = help_run.stdout if help_run.returncode == 0 else ""
    if name in SPECS:
        args = [str(data / SPECS[name])]
    elif "--data" in help_text:
        args = ["--data", str(data)]
    else:
        args = [str(data)]
    if "--json" in help_text:
        args += ["--json", str(json_out)]
    return python_child(module, *args)


def run_one(name: str, data: Path, timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"wb-eval-{name}-") as tmp:
        out_file = Path(tmp) / "out.json"
        cmd = command_for(name, data, out_file)
        shown = "python -m " + " ".join(cmd[2:]).replace(str(out_file), "OUT.json")
        print(f"[evaluate] {name}: {shown}", file=sys.stderr, flush=True)
        run = run_child(cmd, timeout=timeout)
        result: Any = None
        if out_file.exists():
            try:
                result = json.loads(out_file.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                result = None
    record: dict[str, Any] = {"command": shown, "returncode": run.returncode, "wall_s": round(run.wall_s, 1),
                              "peak_rss_mb": run.peak_rss_mb}
    if result is None and run.data:
        result = run.data
    if result is not None:
        record["result"] = result
    record["output_tail"] = (run.stdout.strip().splitlines() + run.stderr.strip().splitlines())[-25:]
    return record


def lookup(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def summary(report: dict[str, Any]) -> str:
    lines = [f"# Evaluation {report['date']}", "", f"Machine: {machine_line(report['machine'])}  ",
             f"Data: {report['data']}", "", "| evaluation | figure | value |", "|---|---|---:|"]
    for name, record in report["evaluations"].items():
        status = "ok" if record["returncode"] == 0 else f"exit {record['returncode']}"
        lines.append(f"| {name} | ({status}, {record['wall_s']} s, peak {record['peak_rss_mb']} MB) | |")
        for label, path in HEADLINES.get(name, []):
            value = lookup(record.get("result"), path)
            if value is not None:
                lines.append(f"| {name} | {label} | {value} |")
    lines.append("")
    for name, record in report["evaluations"].items():
        if name not in HEADLINES:
            lines += [f"## {name} (last output lines)", "", "```", *record["output_tail"][-12:], "```", ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run every benchmarks/eval_*.py on the labelled data")
    parser.add_argument("--data", required=True, help="the eval data folder (e.g. ../shared/eval/data)")
    parser.add_argument("--only", help="comma-separated names: " + ", ".join(discover()))
    parser.add_argument("--timeout", type=float, default=900, help="seconds per evaluation before it is killed")
    parser.add_argument("--out-dir", default=str(RESULTS_DIR))
    args = parser.parse_args(argv)
    data = Path(args.data).resolve()
    if not data.is_dir():
        print(f"{args.data}: no such folder", file=sys.stderr)
        return 2
    names = select_names(parser, discover(), args.only, "evaluation named")
    report: dict[str, Any] = {"date": date.today().isoformat(), "started": now_iso(), "machine": machine(),
                              "data": str(data), "evaluations": {}}
    for name in names:
        report["evaluations"][name] = run_one(name, data, args.timeout)
    report["finished"] = now_iso()
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "" if not args.only else "-" + "-".join(names)
    path = out_dir / f"eval-{report['date']}{suffix}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(summary(report))
    print(f"wrote {path}", file=sys.stderr)
    return 0 if all(r["returncode"] == 0 for r in report["evaluations"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
