"""Sentence boundaries on BASIL: the repair layer over nupunkt vs over pysbd, same run.

    python -m benchmarks.eval_sentences [DATA] [--json OUT]

DATA defaults to ../shared/eval/data; the articles are read from ``basil/articles``.
BASIL gives every paragraph as a list of sentences; a paragraph is rejoined with single
spaces and its gold boundaries are the joins. For each base segmenter we report boundary
recall and precision, the number of *title/abbreviation false splits* (a predicted boundary
not in gold right after "Sen.", "Gov.", "Mr.", "R-Ariz." ...) and the median seconds for the
whole corpus over three runs. Nothing from the data is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract.sentences import BASES, NO_SPLIT_AFTER, split_sentences  # noqa: E402

TITLE_BEFORE = re.compile(r"(?:\b[A-Z]-[A-Z][A-Za-z]{1,5}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|St|Jr|Sr))\.$")


def paragraphs(data: Path) -> list[tuple[str, set[int]]]:
    """(paragraph text, gold boundary offsets) for every BASIL paragraph with text."""
    out: list[tuple[str, set[int]]] = []
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        for para in article.get("body-paragraphs", []):
            sents = [s.strip() for s in para if s and s.strip()]
            if not sents:
                continue
            text, gold, pos = "", set(), 0
            for i, sent in enumerate(sents):
                if i:
                    text += " "
                    gold.add(len(text))
                text += sent
                pos = len(text)
            out.append((text[:pos], gold))
    return out


def evaluate(data: Path, runs: int = 3) -> dict[str, Any]:
    paras = paragraphs(data)
    result: dict[str, Any] = {"paragraphs": len(paras), "gold_boundaries": sum(len(g) for _, g in paras)}
    for base in BASES:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            predicted = [split_sentences(text, base=base) for text, _ in paras]
            times.append(time.perf_counter() - t0)
        tp = fp = fn = title_fp = 0
        for (text, gold), sents in zip(paras, predicted, strict=True):
            pred = {s.start for s in sents[1:]}
            tp += len(pred & gold)
            fn += len(gold - pred)
            for b in pred - gold:
                fp += 1
                title_fp += bool(TITLE_BEFORE.search(text[:b].rstrip()) or NO_SPLIT_AFTER.search(text[:b].rstrip()))
        result[base] = {
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
            "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "missed": fn,
            "false_splits": fp,
            "title_abbrev_false_splits": title_fp,
            "seconds_median": round(statistics.median(times), 3),
        }
    result["speedup_nupunkt_vs_pysbd"] = round(
        result["pysbd"]["seconds_median"] / result["nupunkt"]["seconds_median"], 2
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "eval" / "data"))
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    result = evaluate(Path(args.data), args.runs)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
