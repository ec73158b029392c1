"""Where analyze's time and memory go, stage by stage, on a database the pipeline produced.

    python -m benchmarks.analyze_stages claims.db [--json OUT]

Runs ``workbench.analyze.run_analysis`` itself (events -> facts -> relations, the results
written back as ``workbench analyze`` writes them: run it on a copy to keep the original) and
splits its wall time by the stage labels its progress callback reports (today "embedding"
and "relations"; a label the pipeline adds gets its own rows): see :class:`StageClock`. Before the first report comes
"start -> <first label>" (loading the model, and the claims when nothing needs embedding),
after the last "write" (cluster ids and the database write). Each row carries the process's
RSS and peak RSS (VmRSS / VmHWM of /proc/self/status) at its end: the peak is the process's
so far, so a stage's own peak is the first row where it rises. Timing the pipeline through
its own callback, not a copy of its steps, keeps this benchmark honest when the pipeline changes.
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.common import machine, write_json


def _memory() -> dict[str, float]:
    """RSS and peak RSS of this process in MB (Linux)."""
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name = "rss_mb" if line.startswith("VmRSS") else "peak_rss_mb"
                out[name] = round(int(line.split()[1]) / 1024, 1)
    return out


class StageClock:
    """A progress callback that splits the run at each change of the reported label.

    A stage spans its first to its last report; the gap before the next label's first report
    is its own row named "<previous> -> <next>": the work no callback reports (loading claims
    and vectors, grouping documents into events) *plus the next stage's first step*, since a
    report says that a step is done. Memory is read at every report, so each row carries the
    RSS and peak at its own end.
    """

    def __init__(self) -> None:
        self.stages: list[dict] = []
        self.label = "start"
        self.first = self.last = time.perf_counter()
        self.reports = 0
        self.progress: tuple[int, int | None] = (0, None)
        self.memory = _memory()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if stage != self.label:
            if self.reports:
                self._row(self.label, self.first, self.last, self.reports, self.progress, self.memory)
            self._row(f"{self.label} -> {stage}", self.last, now, 0, None, _memory())
            self.label, self.first, self.reports = stage, now, 0
        self.reports += 1
        self.last, self.progress, self.memory = now, (done, total), _memory()

    def finish(self, tail: str) -> None:
        """Close the last stage and the unreported work after it (``tail``)."""
        now = time.perf_counter()
        if self.reports:
            self._row(self.label, self.first, self.last, self.reports, self.progress, self.memory)
            self._row(tail, self.last, now, 0, None, _memory())
        else:  # nothing was ever reported: the whole run is one row
            self._row(tail, self.first, now, 0, None, _memory())

    def _row(self, name: str, start: float, end: float, reports: int, progress, memory: dict) -> None:
        row = {"stage": name, "seconds": round(end - start, 2), "reports": reports, **memory}
        if progress is not None:
            row["done"], row["total"] = progress
        self.stages.append(row)
        print(row, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    from workbench.analyze import run_analysis
    from workbench.store import open_db

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    db = open_db(args.db, create=False)
    clock = StageClock()
    began = time.perf_counter()
    try:
        summary = run_analysis(db, progress=clock)
        clock.finish("write (ids, database write)")
    finally:
        db.close()
    payload = {"benchmark": "analyze_stages", "machine": machine(), "db": args.db,
               "wall_s": round(time.perf_counter() - began, 2), "stages": clock.stages, **_memory(),
               "summary": str(summary), "events": summary.events, "clusters": summary.clusters,
               "clustered": summary.clustered, "embedded": summary.embedded}
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
