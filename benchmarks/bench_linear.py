"""Segmentation + attribution cost against paragraph length: 10x the paragraph should cost <= 15x.

    python -m benchmarks.bench_linear [--runs 5]

The paragraph is synthetic (attributed sentences, a quote run, a run-on stretch with no stop),
repeated 1x and 10x inside one paragraph; we report the median seconds of each and their ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract.attribution import attribute  # noqa: E402
from workbench.extract.sentences import split_sentences  # noqa: E402

UNIT = (
    "The mayor, Ana Ruiz, said the budget rose 4 percent. “It is fair. It is overdue,” she said. "
    "Officials told reporters the plan would pass, according to the council. " + "and the talks went on " * 40
)


def _median(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        attribute(split_sentences(text))
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    one = _median(UNIT * 10, args.runs)
    ten = _median(UNIT * 100, args.runs)
    print(json.dumps({"seconds_1x": round(one, 4), "seconds_10x": round(ten, 4), "ratio": round(ten / one, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
