"""Segmentation, attribution and whole extraction cost against paragraph length: 10x should cost <= 15x.

    python -m benchmarks.bench_linear [--runs 5]

The paragraph is synthetic: attributed sentences, appositive names, pronouns, a colon
introduction, a quote run, a signature line, many distinct people (so the speaker memory fills
up) and a run-on stretch with no stop. It is repeated to about 25 KB and 250 KB *inside one
paragraph* (no blank line, the shape of issue 11's 29-second input). We report the median seconds
of segmentation alone, of segmentation + attribution and of the whole ``extract_document`` (claims,
quantities, frames: what ingest runs per document) at each size, and the 10x/1x ratios; all must
stay <= 15 (linear, with room for noise).
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

from workbench.extract import extract_document  # noqa: E402
from workbench.extract.attribution import attribute  # noqa: E402
from workbench.extract.claims import clear_memo  # noqa: E402
from workbench.extract.sentences import split_sentences  # noqa: E402

UNIT = (
    "The mayor, Ana Ruiz, said the budget rose 4 percent. “It is fair. It is overdue,” she said. "
    "Officials told reporters the plan would pass, according to the council. Sen. Mark Bell (R-Utah) replied: "
    "“We will see. We always do.” ― Mark Bell. Mr. Tom Park{n} met Ms. Jane Lee{n} on Friday. He added that "
    "the vote is reportedly close, a spokeswoman for the council told the Ledger. " + "and the talks went on " * 40
)


def _text(copies: int) -> str:
    return "".join(UNIT.replace("{n}", str(i)) for i in range(copies))


def _median(text: str, runs: int, mode: str) -> float:
    times = []
    for _ in range(runs):
        clear_memo()  # the paragraph repeats its unit and runs repeat the text: time the work, not the memos
        t0 = time.perf_counter()
        if mode == "extract":
            extract_document(text, "2024-03-04")
        else:
            sentences = split_sentences(text)
            if mode == "split_attribute":
                attribute(sentences)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    small, large = _text(20), _text(200)
    result: dict[str, float | int] = {"chars_1x": len(small), "chars_10x": len(large)}
    for label in ("split", "split_attribute", "extract"):
        one = _median(small, args.runs, label)
        ten = _median(large, args.runs, label)
        result.update({f"{label}_seconds_1x": round(one, 4), f"{label}_seconds_10x": round(ten, 4)})
        result[f"{label}_ratio"] = round(ten / one, 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
