"""What this machine offers a CPU-bound stage: the cores this process may run on.

Why its own module: analyze (relation workers, embedding threads) and ingest (extraction workers)
both choose a number of processes from it, and the layers keep those two packages from importing
each other.
"""

from __future__ import annotations

import os


def cpu_count() -> int:
    """Cores this process may use (its CPU affinity on Linux, else every core), at least one."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
