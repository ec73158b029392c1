"""Timing, memory and machine-description helpers shared by the benchmark scripts.

Why this shape: the machine is small (2 cores) and shared, so one timing says little. Every
figure is the median of several runs with the min and max beside it, and each measured run
happens in a fresh child process so its peak memory (``ru_maxrss`` from ``os.wait4``, the
child's own high-water mark) is not hidden by what the parent loaded before.

Result convention (what ``run_all`` reads from ``--json OUT``)::

    {"benchmark": "ingest", "machine": {...}, "results": [
        {"name": "ingest+extract 1k claims", "unit": "claims/s", "median": 812.0, "min": 790.1,
         "max": 830.5, "runs": 3, "peak_rss_mb": 180.2, "extra": {...}}]}
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def _first_cpuinfo(key: str) -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        return None
    return None


def _gpu() -> str:
    """'none' unless an NVIDIA device is visible (checked without importing torch)."""
    if Path("/dev/nvidia0").exists() or shutil.which("nvidia-smi"):
        try:
            out = subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"],
                                 capture_output=True, text=True, timeout=10)
            return out.stdout.strip() or "nvidia (unknown)"
        except (OSError, subprocess.SubprocessError):
            return "nvidia (unknown)"
    return "none"


def machine() -> dict[str, Any]:
    """What the figures were measured on; printed above every results table."""
    return {
        "cpu": _first_cpuinfo("model name") or platform.processor() or "unknown",
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gib": _ram_gib(),
        "gpu": _gpu(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "load_avg_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def machine_line(m: dict[str, Any] | None = None) -> str:
    m = m or machine()
    return (f"{m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, GPU: {m['gpu']}, "
            f"Python {m['python']}, load {m['load_avg_1m']}")


def summarize(values: Sequence[float]) -> dict[str, float | int]:
    """Median / min / max of repeated measurements (rounded for display, never for comparison)."""
    vals = list(values)
    return {"median": round(statistics.median(vals), 4), "min": round(min(vals), 4),
            "max": round(max(vals), 4), "runs": len(vals)}


def time_call(fn: Callable[[], Any], repeats: int = 3, warmup: int = 0) -> list[float]:
    """Wall seconds of ``repeats`` calls of ``fn`` (after ``warmup`` unmeasured calls)."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


@dataclass
class ChildRun:
    """One measured child process: its parsed JSON (last stdout line), wall time and peak RSS."""

    returncode: int
    wall_s: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    data: dict[str, Any] = field(default_factory=dict)
    cpu_s: float = 0.0  # user + system CPU of the child: steadier than wall time on a shared machine


def run_child(args: Sequence[str], timeout: float | None = None, env: dict[str, str] | None = None,
              cwd: str | Path | None = None, max_data_gb: float | None = None) -> ChildRun:
    """Run ``args`` as a child and measure that child's own peak RSS.

    Children started with :func:`python_child` report their VmHWM themselves (exact); for any
    other command ``os.wait4`` gives the rusage of exactly this child (``RUSAGE_CHILDREN`` would
    report the maximum over every child ever reaped, so one big run would mask the next), which
    on Linux also includes the launcher's own peak at fork time. Output goes to temporary
    files rather than pipes so that waiting cannot deadlock on a full pipe. A timeout kills
    the child; its return code is then -9.
    """
    peak_file = Path(tempfile.mkstemp(prefix="wb-peak-")[1])
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        start = time.perf_counter()
        proc = subprocess.Popen(list(args), stdout=out_f, stderr=err_f, text=True, cwd=str(cwd or REPO_ROOT),
                                env={**os.environ, **(env or {}), "WB_PEAK_RSS_FILE": str(peak_file)},
                                preexec_fn=_data_limit(max_data_gb))
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if deadline is not None and wall > (timeout or 0):
        err += f"\n(killed after {timeout} s)"
    data: dict[str, Any] = {}
    for line in reversed(out.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            break
    try:
        hwm_kib = int(peak_file.read_text() or 0)
    except (OSError, ValueError):
        hwm_kib = 0
    peak_file.unlink(missing_ok=True)
    rss = round(hwm_kib / 1024, 1) if hwm_kib else _rss_mb(usage.ru_maxrss)
    cpu = round(usage.ru_utime + usage.ru_stime, 2)
    return ChildRun(proc.returncode, wall, rss, out, err, data, cpu)


def _data_limit(max_data_gb: float | None):
    """A ``preexec_fn`` capping the child's data segment (heap and private mappings: numpy arrays).

    On a shared machine a child that outgrows it fails with MemoryError instead of pushing the
    whole machine into the OOM killer.
    """
    if not max_data_gb:
        return None
    limit = int(max_data_gb * 1024**3)

    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))

    return apply


def _rss_mb(maxrss: int) -> float:
    """ru_maxrss is KiB on Linux, bytes on macOS."""
    return round(maxrss / 1024 / (1024 if sys.platform == "darwin" else 1), 1)


def self_peak_rss_mb() -> float:
    """This process's own peak RSS in MB (Linux reports ru_maxrss in KiB)."""
    import resource

    return _rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


# Runs a module like ``python -m`` and, at exit, writes the process's VmHWM (KiB) to the file
# named by $WB_PEAK_RSS_FILE. Needed because Linux carries the *launcher's* high-water mark into
# a forked-then-exec'd child's ru_maxrss, so wait4 alone reports at least the parent's peak.
_PEAK_WRAPPER = (
    "import atexit, os, runpy, sys\n"
    "out = os.environ.pop('WB_PEAK_RSS_FILE', None)\n"
    "def _hwm():\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if out and line.startswith('VmHWM:'):\n"
    "                open(out, 'w').write(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "atexit.register(_hwm)\n"
    "module = sys.argv[1]\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_module(module, run_name='__main__', alter_sys=True)\n"
)


def python_child(module: str, *args: str) -> list[str]:
    """The command line that runs ``python -m module args`` with this interpreter (peak-RSS wrapped)."""
    return [sys.executable, "-c", _PEAK_WRAPPER, module, *args]


def measure_child(module: str, args: Sequence[str], repeats: int, timeout: float | None = None
                  ) -> list[ChildRun]:
    """Run ``python -m module args`` ``repeats`` times; each child prints one JSON line last.

    The child's JSON should include ``seconds`` (the timed section); its peak RSS comes from
    ``wait4``. Failures raise with the child's last stderr line.
    """
    runs = []
    for _ in range(repeats):
        run = run_child(python_child(module, *args), timeout=timeout)
        if run.returncode != 0 or not run.data:
            tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
            raise RuntimeError(f"{module} {' '.join(args)} failed ({run.returncode}): {tail}")
        runs.append(run)
    return runs


def write_json(path: str | Path | None, payload: dict[str, Any]) -> None:
    """Write ``payload`` to ``path`` (when given) and always print it as the last stdout line."""
    text = json.dumps(payload, ensure_ascii=False)
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text + "\n", encoding="utf-8")
    print(text)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def select_names(parser: Any, names: list[str], only: str | None, what: str) -> list[str]:
    """The ``--only a,b`` subset of ``names`` (in their order); an unknown name is a usage error."""
    if not only:
        return names
    wanted = [n.strip() for n in only.split(",") if n.strip()]
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        parser.error(f"no {what} {', '.join(unknown)} (found: {', '.join(names)})")
    return [n for n in names if n in wanted]
