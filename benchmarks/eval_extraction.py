"""Evaluation of claim extraction: samples + seeds gold, PolNeAR attribution, ClaimBuster check-worthiness.

    python -m benchmarks.eval_extraction [DATA] [--json OUT] [--split test|dev]

DATA defaults to ../shared/eval/data (each folder's SOURCE.md gives the scoring recipe).

* samples/seeds: the per-field accuracies asserted in tests/extract/test_extract_gold.py.
* PolNeAR (``polnear/<split>``, one annotator per article: the first .ann alphabetically):
  a sentence is gold-attributed when it overlaps the Content span of an attribution relation;
  we score the workbench's "speaker_kind != none" flag per sentence (P/R/F1). Sources: for
  gold relations whose Content overlaps a sentence we attribute, exact match (lowercased, no
  determiners), head match (the last word of our speaker, e.g. the surname, occurs in the gold
  span: gold keeps titles and appositives, "Mrs. Clinton", "Jason Healey, a senior research
  scholar ...", while we keep a minimal name) and token F1 against the Source span, split into named /
  pronoun / unnamed gold sources. Pronoun sources get credit only in token F1 terms (we
  resolve "he" to a name, the gold span is "he"); for unnamed sources we report how often we
  mark them anonymous. "Unattributed misses" = extracted claims with kind none that overlap
  a gold Content span, over all extracted claims overlapping one.
* ClaimBuster ``test.json`` (balanced; with ``--split dev``, ``kfold_25ncs.csv`` minus the test ids): P/R/F1 of ``score >= THRESHOLD`` and of the
  pipeline (extract_claims keeps the sentence), ROC-AUC of ``score``.

Nothing is trained and nothing from the data is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract import extract_claims, split_sentences  # noqa: E402
from workbench.extract.attribution import attribute  # noqa: E402
from workbench.extract.checkworthy import THRESHOLD, score  # noqa: E402
from workbench.extract.speakers import canonical  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
UNNAMED = re.compile(
    r"\b(officials?|sources?|aides?|people|advisers?|analysts?|experts?|critics?|some|many|others|"
    r"supporters|voters|observers|insiders|spokes\w+|campaign|person|members?)\b",
    re.I,
)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def roc_auc(scores: list[float], labels: list[int]) -> float:
    """Mann-Whitney AUC with ties counted half."""
    ranked = sorted(zip(scores, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg_rank = (i + j + 1) / 2
        rank_sum += avg_rank * sum(lab for _, lab in ranked[i:j])
        i = j
    return round((rank_sum - pos * (pos + 1) / 2) / (pos * neg), 4) if pos and neg else 0.0


def token_f1(a: str, b: str) -> float:
    ta, tb = canonical(a).split(), canonical(b).split()
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def read_ann(path: Path) -> list[dict[str, Any]]:
    """Attribution relations of one brat file: content/source spans (lists of (start, end)) and texts."""
    spans: dict[str, tuple[list[tuple[int, int]], str]] = {}
    relations: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind_offsets = parts[1].split(" ", 1)
            if len(kind_offsets) < 2:
                continue
            offsets = [tuple(int(x) for x in seg.split()) for seg in kind_offsets[1].split(";")]
            spans[parts[0]] = ([o for o in offsets if len(o) == 2], parts[2])  # type: ignore[misc]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(role.split(":", 1) for role in parts[1].split() if ":" in role)
            content = spans.get(roles.get("Content", ""))
            if not content:
                continue
            source = spans.get(roles.get("Source", ""))
            relations.append({"content": content[0], "source": source[1] if source else None})
    return relations


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def source_type(source: str) -> str:
    low = canonical(source)
    if low in PRONOUNS:
        return "pronoun"
    if UNNAMED.search(low) or source[:1].islower():
        return "unnamed"
    return "named"


def eval_polnear(data: Path, split: str) -> dict[str, Any]:
    root = data / "polnear" / split
    anns: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    tp = fp = fn = 0
    src = defaultdict(lambda: {"n": 0, "exact": 0, "head": 0, "token_f1": 0.0, "marked_anonymous": 0})
    claims_overlapping = claims_none = 0
    for stem, ann in anns.items():
        text = (root / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        relations = read_ann(ann)
        sentences = split_sentences(text)
        attributions = attribute(sentences)
        for sent, att in zip(sentences, attributions, strict=True):
            gold = [r for r in relations if _overlaps(r["content"], sent.start, sent.end)]
            pred = att.speaker_kind != "none"
            tp += bool(gold) and pred
            fp += (not gold) and pred
            fn += bool(gold) and not pred
            if gold and pred:
                sourced = [r for r in gold if r["source"]]
                if sourced:
                    best = max(sourced, key=lambda r: token_f1(att.speaker or "", r["source"]))
                    kind = source_type(best["source"])
                    bucket = src[kind]
                    bucket["n"] += 1
                    bucket["exact"] += canonical(att.speaker) == canonical(best["source"])
                    mine = canonical(att.speaker).split()
                    bucket["head"] += bool(mine) and mine[-1] in canonical(best["source"]).split()
                    bucket["token_f1"] += token_f1(att.speaker or "", best["source"])
                    bucket["marked_anonymous"] += att.speaker_kind == "anonymous"
        for claim in extract_claims(text):
            if any(_overlaps(r["content"], claim.char_start, claim.char_end) for r in relations):
                claims_overlapping += 1
                claims_none += claim.attribution.speaker_kind == "none"
    sources = {
        kind: {
            "n": b["n"],
            "exact_match": round(b["exact"] / b["n"], 4) if b["n"] else 0.0,
            "head_match": round(b["head"] / b["n"], 4) if b["n"] else 0.0,
            "token_f1": round(b["token_f1"] / b["n"], 4) if b["n"] else 0.0,
            "marked_anonymous": round(b["marked_anonymous"] / b["n"], 4) if b["n"] else 0.0,
        }
        for kind, b in sorted(src.items())
    }
    return {
        "split": split,
        "articles": len(anns),
        "sentence_attributed": prf(tp, fp, fn),
        "sources": sources,
        "unattributed_miss_rate": round(claims_none / claims_overlapping, 4) if claims_overlapping else 0.0,
        "claims_overlapping_gold_content": claims_overlapping,
    }


def claimbuster_rows(data: Path, split: str) -> list[dict[str, Any]]:
    """``test.json`` for the test split; for dev, ``kfold_25ncs.csv`` minus the ids it shares with
    ``test.json`` (only the ids are read), so a dev run never scores a held-out sentence."""
    folder = data / "claimbuster-2class"
    test = json.loads((folder / "test.json").read_text(encoding="utf-8"))
    if split == "test":
        return test
    test_ids = {int(r["sentence_id"]) for r in test}
    with (folder / "kfold_25ncs.csv").open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if int(r["sentence_id"]) not in test_ids]


def eval_claimbuster(data: Path, split: str = "test") -> dict[str, Any]:
    rows = claimbuster_rows(data, split)
    labels = [int(r["label"]) for r in rows]
    scores = [score(r["text"]) for r in rows]
    decided = [s >= THRESHOLD for s in scores]
    pipeline = [bool(extract_claims(r["text"])) for r in rows]

    def confusion(pred: list[bool]) -> dict[str, float]:
        tp = sum(p and y for p, y in zip(pred, labels, strict=True))
        fp = sum(p and not y for p, y in zip(pred, labels, strict=True))
        fn = sum((not p) and y for p, y in zip(pred, labels, strict=True))
        return prf(tp, fp, fn)

    return {
        "rows": len(rows),
        "score_threshold": confusion(decided),
        "pipeline": confusion(pipeline),
        "roc_auc": roc_auc(scores, labels),
    }


def eval_gold() -> dict[str, Any]:
    from tests.extract.test_extract_gold import GOLD, SAMPLES, SEEDS, ingested, score_samples, score_seeds

    texts = ingested(sorted(p for p in SAMPLES.iterdir() if p.name != "README.md"))
    gold = json.loads((GOLD / "sample_claims.json").read_text(encoding="utf-8"))["documents"]
    result: dict[str, Any] = {"samples": score_samples(texts, gold)}
    if SEEDS.is_dir():
        seed_gold = json.loads((GOLD / "seed_attribution.json").read_text(encoding="utf-8"))["documents"]
        result["seeds"] = score_seeds(ingested(sorted(SEEDS.glob("*.txt"))), seed_gold)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "eval" / "data"))
    parser.add_argument("--split", default="test", choices=["test", "dev"])
    parser.add_argument("--json", dest="json_out", help="write the results here as JSON")
    args = parser.parse_args(argv)
    data = Path(args.data)
    started = time.perf_counter()
    results: dict[str, Any] = {"benchmark": "extraction", "gold": eval_gold()}
    if (data / "polnear" / args.split).is_dir():
        results["polnear"] = eval_polnear(data, args.split)
    else:
        print(f"polnear/{args.split} not found under {data}; skipped", file=sys.stderr)
    if (data / "claimbuster-2class" / "test.json").is_file():
        results["claimbuster"] = {"split": args.split, **eval_claimbuster(data, args.split)}
    else:
        print(f"claimbuster-2class/test.json not found under {data}; skipped", file=sys.stderr)
    results["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(results, indent=2, default=str)
    if args.json_out:
        Path(args.json_out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
