"""How many threads a CPU-bound stage should use on this machine, and how they wait."""

from __future__ import annotations

import os

from workbench.machine import cpu_count

# ONNX Runtime's intra-op threads busy-wait ("spin") between operators by default. Measured on
# this 2-core machine at load 9-13 (1,500 claims, int8, 32 per batch, twice each): one thread
# 26-28 s wall / 5.1-5.5 CPU-s; two spinning threads 35-39 s / 9.2-9.4 CPU-s; two threads
# that sleep instead 18-19 s / 4.8-4.9 CPU-s. Spinning, not the second thread, was what made
# two threads lose to one on a busy machine (issue 12), so the threads sleep and every core is used.
ALLOW_SPINNING = False
__all__ = ["ALLOW_SPINNING", "choose_threads", "cpu_count"]



def choose_threads(cores: int | None = None, load: float | None = None, spinning: bool = ALLOW_SPINNING) -> int:
    """Intra-op threads for this run.

    Threads that sleep while they wait cost nothing when another job holds a core, so they get
    every core. Spinning threads get only the cores the machine leaves idle (1-minute load),
    at least one: a spinning thread on a busy core burns the time slices the others need.
    """
    cores = cpu_count() if cores is None else cores
    if not spinning:
        return cores
    if load is None:
        try:
            load = os.getloadavg()[0]
        except OSError:  # no load average on this platform: use every core
            load = 0.0
    return max(1, min(cores, int(cores - load + 0.5)))
