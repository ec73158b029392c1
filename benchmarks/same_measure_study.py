"""Study (issue 9, dev only): how well can the bundled MiniLM tell one measure from two, in any input form?

Why: four stops of relation rules moved the set they were developed on and not the blind sets or the test split.
Most missed conflicts are two figures of one counted noun, from two sources, that no rule dares call one measure
("310 operations have been cancelled" / "more than 500 operations had been called off"), because the same shape
is just as often two measures ("eleven taken to hospital" / "nine remain in hospital"). Every rule that decides
it leans, in the end, on a MiniLM closeness of the two predicates. This study measures the ceiling of that signal
on the dev gold, so the next design is chosen on a number rather than on another rule:

* **dev pairs**: gold pairs (agree / conflict / update = one measure; different measure / narrower / broader =
  two) whose claims state one count each of one counted noun, as the pipeline extracted them (the dev split run
  as a user runs it: ingest -> analyze), scored by the ROC-AUC of three cosines: the predicates (the act phrase
  with the figure taken out, ``kin_counts``' input), the whole claims (the stored claim vectors), the claims with
  figures and speaker taken out;
* **ECB+** (``--ecbplus DIR``, CC BY 3.0): whether cross-document event coreference, learned from real news, tells
  one act from another better than the raw cosine of the trigger words: pairs of ACTION mentions of one topic in
  two documents (one coreference instance or not), a logistic regression on the two vectors' product and
  difference trained on the even topics, both scored on the odd topics.

    python -m benchmarks.same_measure_study tests/gold/devcorpus --events D1-D128 --ecbplus ../shared/eval/data/ecbplus --json OUT

Dev split only: the test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.metrics import roc_auc

ONE = {"agree": 1, "conflict": 1, "update": 1, "different_measure": 0, "narrower": 0, "broader": 0}


def _masked(text: str, speaker: str | None) -> str:
    text = text.replace(speaker, " ") if speaker else text
    return re.sub(r"\d[\d,.]*", "N", text)


def dev_pairs(corpus: Path, embedder: Any, events: str | None = None) -> dict[str, Any]:
    """AUC of the three MiniLM readings on the dev gold's one-count pairs (module docstring); ``events``: a range
    ("D1-D128") to read, so a blind set in the split stays unread."""
    from sqlite_utils import Database

    from benchmarks.eval_devcorpus import event_range, match_claims, run_pipeline
    from workbench.analyze.act_identity import phrase_similarity
    from workbench.analyze.kin_counts import _predicate
    from workbench.store.event_claims import iter_event_claims

    split = corpus / "dev"
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        rows = run_pipeline(split, Path(tmp))
        db = Database(Path(tmp) / "eval.db")
        model, dim = db.execute("select model, dim from embeddings limit 1").fetchone()
        docs = [r[0] for r in db.execute("select id from documents")]
        ((_, claims, vectors),) = list(iter_event_claims(db, model, [docs], dim))
    keep = event_range(events) if events else set(gold["events"])
    matched = match_claims([c for c in gold["claims"] if c["event"] in keep], rows, gold["documents"])
    at = {c.id: k for k, c in enumerate(claims)}
    y: list[int] = []
    predicate: list[float] = []
    whole: list[float] = []
    texts: list[tuple[str, str]] = []
    for rel in gold["relations"]:
        ra, rb = matched.get(rel["a"]), matched.get(rel["b"])
        if not ra or not rb or ra["claim_id"] == rb["claim_id"] or rel["relation"] not in ONE:
            continue
        x, z = claims[at[ra["claim_id"]]], claims[at[rb["claim_id"]]]
        qa = [q for q in x.quantities if q.kind == "count" and q.unit]
        qb = [q for q in z.quantities if q.kind == "count" and q.unit]
        if len(qa) != 1 or len(qb) != 1 or x.frame is None or z.frame is None:
            continue
        if qa[0].unit.split()[-1].casefold().rstrip("s") != qb[0].unit.split()[-1].casefold().rstrip("s"):
            continue
        y.append(ONE[rel["relation"]])
        predicate.append(phrase_similarity(_predicate(x.frame, qa[0], x.text), _predicate(z.frame, qb[0], z.text)) or 0.0)
        whole.append(float(vectors[at[x.id]] @ vectors[at[z.id]]))
        texts.append((_masked(x.text, x.frame.speaker), _masked(z.text, z.frame.speaker)))
    distinct = sorted({t for pair in texts for t in pair})
    vecs = embedder.encode(distinct)
    index = {t: k for k, t in enumerate(distinct)}
    masked = [float(vecs[index[a]] @ vecs[index[b]]) for a, b in texts]
    return {"pairs": len(y), "one_measure": int(sum(y)), "auc_predicate": round(roc_auc(y, predicate), 3),
            "auc_whole_claim": round(roc_auc(y, whole), 3), "auc_masked_claim": round(roc_auc(y, masked), 3)}


def ecb_pairs(folder: Path, embedder: Any, seed: int = 7, cap: int = 600) -> dict[str, Any]:
    """Trigger cosine against a logistic regression learned on ECB+ coreference (module docstring)."""
    from sklearn.linear_model import LogisticRegression

    mentions = []
    with (folder / "ecbplus_crossdoc_mentions.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            m = json.loads(line)
            if m["tag"].startswith(("ACTION", "NEG")):
                mentions.append((m["instance_id"], m["doc_name"], int(m["topic"]), m["text"].casefold()))
    by_topic: dict[int, list[int]] = defaultdict(list)
    for k, m in enumerate(mentions):
        by_topic[m[2]].append(k)
    rng = random.Random(seed)
    pairs: list[tuple[int, int, int, int]] = []
    for topic, ks in sorted(by_topic.items()):
        same, other = [], []
        for i, a in enumerate(ks):
            for b in ks[i + 1 :]:
                if mentions[a][1] != mentions[b][1]:
                    (same if mentions[a][0] == mentions[b][0] else other).append((a, b))
        rng.shuffle(same)
        rng.shuffle(other)
        same = same[:cap]
        pairs += [(a, b, 1, topic) for a, b in same] + [(a, b, 0, topic) for a, b in other[: 2 * len(same)]]
    words = sorted({m[3] for m in mentions})
    vec = dict(zip(words, embedder.encode(words), strict=True))
    u = np.array([vec[mentions[a][3]] for a, _, _, _ in pairs])
    v = np.array([vec[mentions[b][3]] for _, b, _, _ in pairs])
    y = np.array([p[2] for p in pairs])
    test = np.array([p[3] % 2 == 1 for p in pairs])
    feats = np.hstack([u * v, np.abs(u - v)])
    learner = LogisticRegression(C=1.0, max_iter=2000).fit(feats[~test], y[~test])
    return {"pairs": len(pairs), "coreferent": int(y.sum()), "held_out_pairs": int(test.sum()),
            "auc_trigger_cosine": round(roc_auc(y[test].tolist(), (u[test] * v[test]).sum(1).tolist()), 3),
            "auc_learned": round(roc_auc(y[test].tolist(), learner.predict_proba(feats[test])[:, 1].tolist()), 3)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="tests/gold/devcorpus (its dev split is read)")
    parser.add_argument("--events", help="dev events to read, e.g. D1-D128 (default: all)")
    parser.add_argument("--ecbplus", type=Path, help="../shared/eval/data/ecbplus (optional)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from workbench.analyze.embed import get_embedder

    embedder = get_embedder()
    out = {"dev": dev_pairs(args.corpus, embedder, args.events)}
    if args.ecbplus:
        out["ecbplus"] = ecb_pairs(args.ecbplus, embedder)
    text = json.dumps(out, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
