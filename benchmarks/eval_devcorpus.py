"""Evaluation on the fictional development corpus (tests/gold/devcorpus), run as a user runs it.

    python -m benchmarks.eval_devcorpus [CORPUS] --split dev|test [--events D26,D27] [--slice D1-D36] [--json OUT]

``workbench ingest SPLIT --db TMP``, ``workbench analyze --db TMP``, ``workbench export --format
jsonl`` (every claim with its cluster and its relations, the kind read generically, so new kinds
such as update/narrower/broader/different_measure count as soon as the pipeline emits them).
Gold claims are matched to extracted claims by normalized text (equal, or one contains the other).
Report on ``test`` only what was not tuned on; ``dev`` is for development. ``--events`` runs the
pipeline on those events' documents alone (a blind first figure for freshly written events);
``--slice D37-D40`` (repeatable) adds the figures of those events' claims and documents as read in the
same whole-split run, so the older events and each freshly written set are reported side by side.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

TRAPS = ("update", "narrower", "broader", "different_measure")
FLIP = {"narrower": "broader", "broader": "narrower"}  # the same pair read from the other claim's row


def norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def match_claims(gold: list[dict], rows: list[dict], documents: dict[str, dict] | None = None) -> dict[str, dict]:
    """Gold claim id -> extracted row: equal text, else containment; among those, the row of the gold claim's own
    document (its title and outlet in ``documents``, gold's file -> metadata) first.

    Why the document: a truncated quote is contained in the full version another outlet printed, so without it
    the short version's gold claim could land on the other outlet's long row, and the two versions' agreement
    would be scored as a miss whatever the pipeline found."""
    out: dict[str, dict] = {}
    for g in gold:
        t = norm(g["text"])
        doc = (documents or {}).get(g.get("document", "")) or {}
        best, rank = None, None
        for r in rows:
            c = norm(r["claim"])
            if not c or not (c == t or t in c or (c in t and len(c) >= 0.6 * len(t))):
                continue
            here = (bool(doc) and r.get("title") == doc.get("title") and r.get("outlet") == doc.get("outlet"),
                    c == t)
            if rank is None or here > rank:
                best, rank = r, here
            if rank == (True, True) or (not doc and rank[1]):
                break
        if best is not None:
            out[g["id"]] = best
    return out


def speaker_ok(gold: str | None, got: str | None) -> bool:
    g, p = norm(gold), norm(got)
    if not g or not p:
        return g == p
    return g == p or g in p or p in g or g.split()[-1] == p.split()[-1]


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def metrics(gold: dict[str, Any], rows: list[dict], events_of: dict[str, str] | None = None) -> dict[str, Any]:
    """All figures from gold labels and exported rows (pure: unit-tested on a hand-made example)."""
    claims = gold["claims"]
    matched = match_claims(claims, rows, gold.get("documents"))
    cid = {g: r["claim_id"] for g, r in matched.items()}
    predicted: dict[tuple[str, str], str] = {}
    sided: dict[tuple[str, str], str] = {}  # (this claim, other claim) -> the relation as this claim's row reads it
    for r in rows:
        for rel in r.get("relations") or r.get("relation_reasons") or []:
            predicted[pair_key(r["claim_id"], rel["claim_id"])] = rel["relation"]
            sided[(r["claim_id"], rel["claim_id"])] = rel["relation"]

    def pred(a: str, b: str) -> str | None:
        """The relation read from ``a``'s side: every exported row states its relations from its own side
        ("narrower": this claim's scope is a part of the other's)."""
        if a not in cid or b not in cid:
            return None
        got = sided.get((cid[a], cid[b]))
        if got is None:  # only b's row lists the pair: read it back to a's side
            got = sided.get((cid[b], cid[a]))
            return FLIP.get(got, got) if got else None
        return got

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for rel in gold["relations"]:
        by_kind[rel["relation"]].append(rel)
    gold_conflicts = {
        pair_key(cid[x["a"]], cid[x["b"]]) for x in by_kind["conflict"] if x["a"] in cid and x["b"] in cid
    }

    def recall(kind: str) -> dict[str, Any]:
        items = by_kind[kind]
        hit = [x for x in items if pred(x["a"], x["b"]) == kind]
        return {"recall": round(len(hit) / len(items), 3) if items else None, "hit": len(hit), "gold": len(items)}

    false_conflicts = [k for k, v in predicted.items() if v == "conflict" and k not in gold_conflicts]
    # an agree the gold labels as something else (a conflict, an update, two measures): a reviewer told "they agree"
    false_agrees = [x for x in gold["relations"] if x["relation"] != "agree" and pred(x["a"], x["b"]) == "agree"]
    traps = [x for x in gold["relations"] if x["relation"] in TRAPS]
    trap_conflict = [x for x in traps if pred(x["a"], x["b"]) == "conflict"]
    trap_exact = [x for x in traps if pred(x["a"], x["b"]) == x["relation"]]
    # Same-fact pairs: matched gold claims of different documents; predicted = same cluster.
    fact = {g["id"]: g["fact"] for g in claims}
    doc = {g["id"]: g["document"] for g in claims}
    ids = sorted(matched)
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        if doc[a] == doc[b]:
            continue
        same_gold = fact[a] == fact[b]
        ca, cb = matched[a].get("cluster_id"), matched[b].get("cluster_id")
        same_pred = ca is not None and ca == cb
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    # Event purity: of predicted groups (events where the pipeline exposes them, else clusters).
    event = {g["id"]: g["event"] for g in claims}
    groups: dict[str, list[str]] = defaultdict(list)
    for g in ids:
        key = (events_of or {}).get(matched[g]["claim_id"]) or matched[g].get("cluster_id")
        if key:
            groups[key].append(event[g])
    multi = [v for v in groups.values() if len(v) > 1]
    purity_num = sum(Counter(v).most_common(1)[0][1] for v in groups.values())
    n_in_groups = sum(len(v) for v in groups.values())
    spk = [speaker_ok(g["speaker"], matched[g["id"]]["speaker"]) for g in claims if g["id"] in matched]
    kind = [g["kind"] == matched[g["id"]]["speaker_kind"] for g in claims if g["id"] in matched]
    n_rows = len(rows)
    return {
        "gold_claims": len(claims),
        "extracted_claims": n_rows,
        "claims_matched": len(matched),
        "conflict": recall("conflict"),
        "agree": recall("agree"),
        "false_conflicts": len(false_conflicts),
        "false_conflicts_per_100_claims": round(100 * len(false_conflicts) / n_rows, 2) if n_rows else 0.0,
        "false_agrees": len(false_agrees),
        "traps": {
            "gold": len(traps),
            "labelled_conflict": len(trap_conflict),
            "labelled_as_such": len(trap_exact),
            "not_conflict_rate": round(1 - len(trap_conflict) / len(traps), 3) if traps else None,
        },
        "same_fact_pairs": {
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        },
        "event_purity": round(purity_num / n_in_groups, 3) if n_in_groups else None,
        "groups_mixing_events": f"{sum(len(set(v)) > 1 for v in multi)}/{len(multi)}",
        "event_source": "events" if events_of else "clusters",
        "speaker_accuracy": round(sum(spk) / len(spk), 3) if spk else None,
        "speaker_kind_accuracy": round(sum(kind) / len(kind), 3) if kind else None,
        "relation_kinds_seen": dict(Counter(predicted.values())),
    }


def event_range(spec: str) -> set[str]:
    """"D37-D40" -> {D37, D38, D39, D40}; "D5,D9" -> {D5, D9} (ids with one letter prefix and a number)."""
    out: set[str] = set()
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        lo, sep, hi = part.partition("-")
        if not sep:
            out.add(lo)
            continue
        prefix = re.match(r"\D*", lo).group(0)
        out.update(f"{prefix}{n}" for n in range(int(lo[len(prefix):]), int(hi.lstrip(prefix)) + 1))
    return out


def slice_of(gold: dict[str, Any], rows: list[dict], events: set[str]) -> tuple[dict[str, Any], list[dict]]:
    """The gold of ``events`` and the exported rows of the documents their gold claims were matched in.

    Every document of the corpus holds gold claims, so a document is in the slice when one of its claims
    matches a gold claim of the slice; a false conflict is counted in the slice of the row that states it."""
    claims = [c for c in gold["claims"] if c["event"] in events]
    ids = {c["id"] for c in claims}
    sub = {
        "events": {k: v for k, v in gold["events"].items() if k in events},
        "documents": {k: v for k, v in gold["documents"].items() if v["event"] in events},
        "claims": claims,
        "relations": [r for r in gold["relations"] if r["a"] in ids and r["b"] in ids],
    }
    docs = {r["document"] for r in match_claims(claims, rows, sub["documents"]).values()}
    return sub, [r for r in rows if r["document"] in docs]


def workbench_command() -> list[str]:
    """The ``workbench`` script of this interpreter's environment (else the one on PATH), as a user runs it."""
    local = Path(sys.executable).parent / "workbench"
    return [str(local) if local.exists() else (shutil.which("workbench") or "workbench")]


def run_pipeline(split_dir: Path, tmp: Path, backend: str = "onnx") -> list[dict]:
    db = tmp / "eval.db"
    exe = workbench_command()
    for args in (
        ["ingest", "-q", "--db", str(db), str(split_dir)],
        ["analyze", "-q", "--db", str(db), "--backend", backend],
        ["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp / "out.jsonl")],
    ):
        subprocess.run(exe + args, check=True, capture_output=True, text=True)
    lines = (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def subset_split(split_dir: Path, gold: dict[str, Any], events: set[str], out: Path) -> dict[str, Any]:
    """Copy the documents of ``events`` (and their feed lines, renumbered) to ``out``; return their gold.

    Pure file work: the pipeline then runs on ``out`` exactly as on a whole split."""
    out.mkdir(parents=True, exist_ok=True)
    docs = {k: v for k, v in gold["documents"].items() if v["event"] in events}
    rename: dict[str, str] = {}
    feeds: dict[str, list[str]] = defaultdict(list)
    for key in sorted(docs, key=lambda k: (k.split(":")[0], int(k.split(":")[1]) if ":" in k else 0)):
        if ":" in key:
            name, line = key.split(":")
            feeds[name].append(line)
            lines = (split_dir / name).read_text(encoding="utf-8").splitlines()
            rename[key] = f"{name}:{len(feeds[name])}"
            with (out / name).open("a", encoding="utf-8") as fh:
                fh.write(lines[int(line) - 1] + "\n")
        else:
            shutil.copy(split_dir / key, out / key)
            rename[key] = key
    claims = [{**c, "document": rename[c["document"]]} for c in gold["claims"] if c["event"] in events]
    ids = {c["id"] for c in claims}
    sub = {
        "events": {k: v for k, v in gold["events"].items() if k in events},
        "documents": {rename[k]: v for k, v in docs.items()},
        "claims": claims,
        "relations": [r for r in gold["relations"] if r["a"] in ids and r["b"] in ids],
    }
    (out / "gold.json").write_text(json.dumps(sub, indent=1), encoding="utf-8")
    return sub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="tests/gold/devcorpus", type=Path)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--events", help="comma-separated event ids: run on their documents alone")
    ap.add_argument("--slice", action="append", default=[], help="events (D37-D40 or D5,D9) reported on their own "
                    "from the same run; repeatable")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--backend", choices=("onnx", "torch"), default="onnx",
                    help="embedding runtime for analyze (torch: the published fp32 model; slower)")
    args = ap.parse_args(argv)
    split = args.corpus / args.split
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        if args.events:
            events = {e.strip() for e in args.events.split(",") if e.strip()}
            split = Path(tmp) / "split"
            gold = subset_split(args.corpus / args.split, gold, events, split)
        rows = run_pipeline(split, Path(tmp), args.backend)
    result = {"split": args.split, "corpus": str(args.corpus), "events": args.events, "backend": args.backend,
              **metrics(gold, rows)}
    if args.slice:
        result["slices"] = {spec: metrics(*slice_of(gold, rows, event_range(spec))) for spec in args.slice}
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
