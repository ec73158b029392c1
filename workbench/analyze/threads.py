"""How many threads a CPU-bound stage should use on this machine right now."""

from __future__ import annotations

import os


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def choose_threads(cores: int | None = None, load: float | None = None) -> int:
    """Intra-op threads for this run: the cores the machine leaves idle (1-minute load), at least one.

    Why: ONNX Runtime's threads spin-wait on each other between operators; on a machine
    whose other jobs already keep the cores busy, two threads ran 1.4x *slower* than one
    (issue 12), while on an idle machine every core helps.
    """
    cores = cpu_count() if cores is None else cores
    if load is None:
        try:
            load = os.getloadavg()[0]
        except OSError:  # no load average on this platform: use every core
            load = 0.0
    return max(1, min(cores, int(cores - load + 0.5)))
