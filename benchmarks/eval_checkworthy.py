"""Evaluation: check-worthiness (task a) on ClaimBuster and CLEF-2019 CheckThat! Task 1.

    python -m benchmarks.eval_checkworthy --data ../shared/eval/data [--split test|dev] [--trained] [--json OUT]

``--split dev`` reads only the development side (ClaimBuster's dev rows, CLEF ``training``): what to
develop on. ``--trained`` adds the ranking ``workbench checkworthy train`` fits when a user trains it on
that development side (``benchmarks/checkworthy_option.py``; the model file lives in a temporary
folder for the run and never ships), labelled "trained by the user on ClaimBuster dev + CLEF training".

Scoring follows each folder's SOURCE.md:

* ClaimBuster ``test.json`` (702 sentences, balanced CFS/NCS): precision/recall/F1 of the
  workbench's decision, ROC-AUC and average precision of its score; the numeric slice (rows
  with a digit). Two views: ``score`` on the bare sentence, and the pipeline's own decision
  (``extract_claims`` keeps a claim: attribution feeds the "attributed" feature). A threshold
  tuned for F1 on ``kfold_25ncs.csv`` minus the test ids (the dev side) is also applied to test.
* CLEF-2019 ``test_annotated`` (7 transcripts): per transcript average precision, R-precision
  and P@k of the ranking by :func:`workbench.extract.transcripts.rank_lines` (speaker roles and
  neighbouring lines, the context the task allows), then averaged (MAP is the official primary
  measure); ``MAP_sentence_only`` ranks by the bare sentence score for comparison;
  binary P/R/F1 at the production threshold; the SYSTEM-row sanity check. ``training`` is
  reported as the development view.

The default scorer is not trained here; nothing from the data is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.calibrate_checkworthy import dev_rows
from benchmarks.common import machine, now_iso, write_json
from benchmarks.metrics import average_precision, best_f1_threshold, prf, roc_auc

DIGIT = re.compile(r"\d")
PRECISION_AT = (1, 3, 5, 10, 20, 50)


def bare_score(text: str) -> float:
    from workbench.extract.checkworthy import score

    return float(score(text))


def pipeline_view(text: str) -> tuple[float, bool]:
    """(max check-worthiness over the text's sentences as extract_claims sees them, kept as a claim?)."""
    from workbench.extract import extract_claims, split_sentences
    from workbench.extract.attribution import attribute, is_reported
    from workbench.extract.checkworthy import is_boilerplate, score

    sentences = split_sentences(text)
    best = 0.0
    for sent, attribution in zip(sentences, attribute(sentences), strict=False):
        if sent.heading or is_boilerplate(sent.text):
            continue
        best = max(best, float(score(sent.text, attributed=is_reported(attribution))))
    return best, bool(extract_claims(text))


def _binary(labels: list[int], predicted: list[bool]) -> dict[str, float]:
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    return prf(tp, fp, fn)


def f1_at_balance(labels: list[int], predicted: list[bool]) -> float:
    """F1 as it would be on a balanced set (test.json's mix): each negative counts positives/negatives.

    The dev side holds about three negatives per positive, the test half and half; at a fixed threshold
    precision depends on that mix, so this is the dev figure to compare with the test's F1.
    """
    positives = sum(labels)
    scale = positives / max(len(labels) - positives, 1)
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fn = positives - tp
    fp = scale * sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def _view(labels: list[int], scores: list[float], decisions: list[bool]) -> dict[str, Any]:
    correct = sum(1 for y, d in zip(labels, decisions, strict=True) if bool(y) == d)
    return {**_binary(labels, decisions), "accuracy": round(correct / len(labels), 4), "roc_auc": roc_auc(labels, scores), "avg_precision":
            average_precision(labels, scores), "n": len(labels), "positives": sum(labels)}


def eval_claimbuster(folder: Path) -> dict[str, Any]:
    from workbench.extract.checkworthy import THRESHOLD

    test = json.loads((folder / "test.json").read_text(encoding="utf-8"))
    test_ids = {int(r["sentence_id"]) for r in test}
    with (folder / "kfold_25ncs.csv").open(encoding="utf-8", newline="") as fh:
        dev = [r for r in csv.DictReader(fh) if int(r["sentence_id"]) not in test_ids]
    dev_labels = [int(r["label"]) for r in dev]
    dev_scores = [bare_score(r["text"]) for r in dev]
    tuned, dev_f1 = best_f1_threshold(dev_labels, dev_scores)
    labels = [int(r["label"]) for r in test]
    texts = [r["text"] for r in test]
    start = time.perf_counter()
    bare = [bare_score(t) for t in texts]
    piped = [pipeline_view(t) for t in texts]
    seconds = time.perf_counter() - start
    out: dict[str, Any] = {
        "threshold": THRESHOLD,
        "score_bare": _view(labels, bare, [s >= THRESHOLD for s in bare]),
        "pipeline": _view(labels, [p[0] for p in piped], [p[1] for p in piped]),
        "dev_tuned": {"threshold": tuned, "dev_f1": dev_f1, "dev_rows": len(dev),
                      **_binary(labels, [s >= tuned for s in bare])},
        "dev_score_bare": _view(dev_labels, dev_scores, [s >= THRESHOLD for s in dev_scores]),
        "sentences_per_s": round(2 * len(texts) / seconds, 1),
    }
    digit = [i for i, t in enumerate(texts) if DIGIT.search(t)]
    out["numeric_slice"] = _view([labels[i] for i in digit], [piped[i][0] for i in digit],
                                 [piped[i][1] for i in digit])
    return out


def _read_clef(path: Path) -> list[tuple[str, str, int]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for parts in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(parts) >= 4:
                rows.append((parts[1], parts[2], int(parts[3])))
    return rows


def _ranking_metrics(labels: list[int], scores: list[float]) -> dict[str, float]:
    """AP, R-precision and P@k of one transcript ranked by score (ties keep transcript order)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    ranked = [labels[i] for i in order]
    relevant = sum(ranked)
    hits, ap = 0, 0.0
    for rank, y in enumerate(ranked, 1):
        if y:
            hits += 1
            ap += hits / rank
    out = {"avg_precision": ap / relevant if relevant else 0.0,
           "r_precision": sum(ranked[:relevant]) / relevant if relevant else 0.0}
    for k in PRECISION_AT:
        out[f"p@{k}"] = sum(ranked[:k]) / k
    return out


def eval_clef_split(folder: Path) -> dict[str, Any]:
    from workbench.extract.checkworthy import THRESHOLD
    from workbench.extract.transcripts import rank_lines

    per_file: dict[str, dict[str, float]] = {}
    all_labels: list[int] = []
    all_pred: list[bool] = []
    system_flagged = system_rows = 0
    for path in sorted(folder.glob("*.tsv")):
        rows = _read_clef(path)
        scores = [bare_score(text) for _, text, _ in rows]
        ranked = rank_lines([(speaker, text) for speaker, text, _ in rows])
        labels = [y for _, _, y in rows]
        per_file[path.stem] = {**_ranking_metrics(labels, ranked), "lines": len(rows), "positives": sum(labels),
                               "sentence_only_avg_precision": _ranking_metrics(labels, scores)["avg_precision"]}
        all_labels += labels
        all_pred += [s >= THRESHOLD for s in scores]
        for (speaker, _, _), s in zip(rows, scores, strict=True):
            if speaker.upper() == "SYSTEM":
                system_rows += 1
                system_flagged += s >= THRESHOLD
    keys = ["avg_precision", "r_precision", "sentence_only_avg_precision"] + [f"p@{k}" for k in PRECISION_AT]
    names = {"avg_precision": "MAP", "sentence_only_avg_precision": "MAP_sentence_only"}
    mean = {names.get(k, k): round(sum(f[k] for f in per_file.values()) / len(per_file), 4)
            for k in keys}
    return {"transcripts": len(per_file), "mean": mean, "binary_at_threshold": _binary(all_labels, all_pred),
            "system_rows": system_rows, "system_rows_flagged": system_flagged,
            "per_transcript": {k: {m: round(v, 4) for m, v in f.items()} for k, f in per_file.items()}}


def run(data: Path, split: str = "test", trained: bool = False) -> dict[str, Any]:
    """``split="dev"`` reads only the development side (ClaimBuster dev rows, CLEF training)."""
    out: dict[str, Any] = {"evaluation": "checkworthy", "split": split, "date": now_iso(), "machine": machine()}
    cb, clef = data / "claimbuster-2class", data / "clef2019-checkworthy"
    if split == "dev":
        rows = dev_rows(cb)
        labels, scores = [int(r["label"]) for r in rows], [bare_score(r["text"]) for r in rows]
        from workbench.extract.checkworthy import THRESHOLD

        out["claimbuster_dev"] = _view(labels, scores, [s >= THRESHOLD for s in scores])
        kept = [pipeline_view(r["text"])[1] for r in rows]
        out["claimbuster_dev"]["f1_at_test_balance"] = f1_at_balance(labels, [s >= THRESHOLD for s in scores])
        out["claimbuster_dev"]["pipeline_f1_at_test_balance"] = f1_at_balance(labels, kept)
        out["clef2019_train"] = eval_clef_split(clef / "training")
        if trained:
            from benchmarks.checkworthy_option import option_dev

            out["option_dev"] = option_dev(cb, clef)
        return out
    if cb.is_dir():
        out["claimbuster"] = eval_claimbuster(cb)
    if clef.is_dir():
        out["clef2019_test"] = eval_clef_split(clef / "test_annotated")
        out["clef2019_train"] = eval_clef_split(clef / "training")
    if trained:
        from benchmarks.checkworthy_option import option_test

        out["option_test"] = option_test(cb, clef)
    return out


def report(out: dict[str, Any]) -> str:
    lines = []
    cb = out.get("claimbuster")
    if cb:
        for view in ("score_bare", "pipeline", "numeric_slice"):
            v = cb[view]
            lines.append(f"ClaimBuster test {view}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
                         f"ROC-AUC {v['roc_auc']:.3f} AP {v['avg_precision']:.3f} (n={v['n']})")
        t = cb["dev_tuned"]
        lines.append(f"ClaimBuster test at dev-tuned threshold {t['threshold']:.3f}: P {t['precision']:.3f} "
                     f"R {t['recall']:.3f} F1 {t['f1']:.3f}")
    for split in ("clef2019_test", "clef2019_train"):
        c = out.get(split)
        if c:
            split = split.replace("train", "train (dev side)")
            m, b = c["mean"], c["binary_at_threshold"]
            lines.append(f"CLEF-2019 {split.split('_')[1]}: MAP {m['MAP']:.4f} R-prec {m['r_precision']:.4f} "
                         f"P@10 {m['p@10']:.4f} (over {c['transcripts']} transcripts); at threshold: "
                         f"P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}; SYSTEM rows flagged "
                         f"{c['system_rows_flagged']}/{c['system_rows']}")
    v = out.get("claimbuster_dev")
    if v:
        lines.append(f"ClaimBuster DEV side (the default's weights were fitted here): P {v['precision']:.3f} "
                     f"R {v['recall']:.3f} F1 {v['f1']:.3f} ROC-AUC {v['roc_auc']:.3f} (n={v['n']}); F1 at the "
                     f"test's class balance: score {v['f1_at_test_balance']:.3f}, pipeline "
                     f"{v['pipeline_f1_at_test_balance']:.3f}")
    for key, label in (("option_dev", "DEV, cross-validated"), ("option_test", "TEST")):
        o = out.get(key)
        if o:
            cbv = o.get("claimbuster_dev_5fold") or o["claimbuster_test"]
            cm = o.get("clef2019_train_grouped_cv") or o["clef2019_test"]
            lines.append(f"`workbench checkworthy train` trained by the user on ClaimBuster dev + CLEF-2019 training "
                         "(embedding + features + context + memory of checked lines; not shipped), "
                         f"{label}: ClaimBuster P "
                         f"{cbv['precision']:.3f} R {cbv['recall']:.3f} F1 {cbv['f1']:.3f} ROC-AUC {cbv['roc_auc']:.3f}; "
                         f"CLEF-2019 MAP {cm['avg_precision']:.4f} R-prec {cm['r_precision']:.4f} P@10 {cm['p@10']:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check-worthiness on ClaimBuster and CLEF-2019")
    parser.add_argument("--data", required=True, help="the eval data folder (holds claimbuster-2class/, ...)")
    parser.add_argument("--json", dest="json_out", help="write the results JSON here")
    parser.add_argument("--split", choices=("test", "dev"), default="test",
                        help="dev: only ClaimBuster's dev side and CLEF training (what to develop on)")
    parser.add_argument("--trained", action="store_true",
                        help="also `workbench checkworthy train` trained on the development side (never shipped)")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"{data}: no such folder", file=sys.stderr)
        return 2
    out = run(data, args.split, args.trained)
    print(report(out), file=sys.stderr)
    write_json(args.json_out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
