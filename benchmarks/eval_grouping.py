"""Evaluation: cross-document grouping of claims (task d) on ECB+ and BASIL.

    python -m benchmarks.eval_grouping --data ../shared/eval/data [--only ecbplus|basil]
        [--max-topics N] [--max-events N] [--json OUT]

Both corpora go through the real product path: each article's text -> ``extract_claims`` ->
``save_document`` into a temporary SQLite file -> ``workbench.analyze.run_analysis`` (the
bundled all-MiniLM-L6-v2 through the default backend, and ``workbench.analyze.cluster``).
Then the stored clusters are compared with the gold events. Nothing is tuned on these sets.

ECB+ (43 topics, 86 events = subtopics; each topic pairs two similar events):
* claim pairs, following SOURCE.md: among claims whose sentence is coreference-annotated,
  two claims of different documents whose sentences mention the same ACTION/NEG event
  instance should share a cluster -> pair precision/recall/F1;
* cluster purity against the event: B-cubed precision over clustered claims, and where the
  wrong links go (same topic but the *other* event = hard negative, or another topic);
* document pairs sharing at least one cluster: rate for same-event pairs vs other pairs.
BASIL (100 events x Fox / NYT / HuffPost): the cross-outlet grouping rate (share of the
three same-event article pairs that share a cluster) against the rate for article pairs of
different events; the share of clustered cross-outlet claim pairs that are same-event; and,
from the stored vectors, the share of claims whose nearest other-outlet claim is same-event.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import machine, now_iso, write_json
from benchmarks.metrics import bcubed, prf

PUNCT_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't)")
PUNCT_AFTER = re.compile(r"([(\[{$]) ")


def detokenize(tokens: str) -> str:
    """ECB+ keeps tokens space-separated; give the extractor ordinary text back."""
    text = tokens.replace("``", '"').replace("''", '"')
    return PUNCT_AFTER.sub(r"\1", PUNCT_BEFORE.sub(r"\1", text))


class Corpus:
    """Documents (with sentence offsets) stored and analysed in one temporary workbench DB."""

    def __init__(self, tmp: Path) -> None:
        from workbench.store import open_db

        self.db = open_db(tmp / "eval.db")
        self.doc_of: dict[str, str] = {}  # workbench document id -> corpus doc key
        self.offsets: dict[str, list[int]] = {}  # corpus doc key -> sentence start offsets
        self.sentence_ids: dict[str, list[Any]] = {}

    def add(self, key: str, sentences: list[tuple[Any, str]], **meta: str | None) -> None:
        from workbench.extract import extract_claims
        from workbench.models import Article
        from workbench.store import save_document

        starts, parts, pos = [], [], 0
        for _, sent in sentences:
            starts.append(pos)
            parts.append(sent)
            pos += len(sent) + 2
        text = "\n\n".join(parts)
        doc_id, _ = save_document(self.db, Article(text=text, source_path=f"eval/{key}", fmt="txt", **meta),
                                  extract_claims(text, meta.get("published")))
        self.doc_of[doc_id] = key
        self.offsets[key] = starts
        self.sentence_ids[key] = [sid for sid, _ in sentences]

    def analyze(self) -> dict[str, Any]:
        from workbench.analyze import run_analysis

        start = time.perf_counter()
        summary = run_analysis(self.db, progress=False)
        return {"claims": summary.claims, "clusters": summary.clusters, "clustered": summary.clustered,
                "model": summary.model, "threshold": summary.threshold, "seconds": round(time.perf_counter() - start, 1)}

    def claims(self) -> list[dict[str, Any]]:
        """Every claim with its corpus doc key, sentence id and cluster (None when unclustered)."""
        rows = self.db.execute(
            "SELECT c.id, c.document_id, c.char_start, c.text_hash, m.cluster_id FROM claims c "
            "LEFT JOIN cluster_members m ON m.claim_id = c.id ORDER BY c.id"
        ).fetchall()
        out = []
        for cid, doc_id, start, text_hash, cluster in rows:
            key = self.doc_of[doc_id]
            idx = bisect.bisect_right(self.offsets[key], start) - 1
            out.append({"id": cid, "doc": key, "sentence": self.sentence_ids[key][idx], "cluster": cluster,
                        "text_hash": text_hash})
        return out

    def conflicts(self) -> list[dict[str, Any]]:
        """Every stored conflict and update, and every relation flagged for review ("different stated reason ...;
        review"), with both claims' text, outlet and the reason: the discrepancies a reviewer is shown."""
        rows = self.db.execute(
            "SELECT r.relation, r.reason, a.document_id, a.text, da.outlet, b.document_id, b.text, db.outlet FROM relations r "
            "JOIN claims a ON a.id = r.claim_a JOIN claims b ON b.id = r.claim_b JOIN documents da ON da.id = a.document_id "
            "JOIN documents db ON db.id = b.document_id WHERE r.relation IN ('conflict', 'update') "
            "OR (r.relation = 'related' AND r.reason LIKE '%; review') "
            "ORDER BY a.document_id, r.claim_a"
        ).fetchall()
        return [{"relation": r[0], "reason": r[1], "doc_a": self.doc_of[r[2]], "a": r[3], "outlet_a": r[4],
                 "doc_b": self.doc_of[r[5]], "b": r[6], "outlet_b": r[7]} for r in rows]

    def vectors(self, claims: list[dict[str, Any]]) -> np.ndarray:
        # A fresh evaluation DB holds the vectors of exactly one model.
        store = {h: np.frombuffer(v, dtype=np.float32) for h, v in self.db.execute(
            "SELECT text_hash, vector FROM embeddings")}
        return np.stack([store[c["text_hash"]] for c in claims])


def doc_pair_rates(claims: list[dict[str, Any]], same: Any) -> dict[str, Any]:
    """Share of document pairs that share a cluster, for same-event pairs and for the rest."""
    clusters_of: dict[str, set[str]] = defaultdict(set)
    docs: set[str] = set()
    for c in claims:
        docs.add(c["doc"])
        if c["cluster"]:
            clusters_of[c["doc"]].add(c["cluster"])
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a, b in combinations(sorted(docs), 2):
        kind = same(a, b)
        counts[kind][1] += 1
        counts[kind][0] += bool(clusters_of[a] & clusters_of[b])
    return {k: {"pairs": n, "sharing_a_cluster": s, "rate": round(s / n, 4) if n else 0.0}
            for k, (s, n) in sorted(counts.items())}


def clustered_pair_breakdown(claims: list[dict[str, Any]], same: Any) -> dict[str, Any]:
    """Where the links inside clusters go: cross-document claim pairs by gold relation of their documents."""
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c["cluster"]:
            members[c["cluster"]].append(c)
    counts: dict[str, int] = defaultdict(int)
    for group in members.values():
        for a, b in combinations(group, 2):
            if a["doc"] != b["doc"]:
                counts[same(a["doc"], b["doc"])] += 1
    total = sum(counts.values())
    multi_doc = [g for g in members.values() if len({c["doc"] for c in g}) >= 2]
    pure = sum(1 for g in multi_doc if all(same(g[0]["doc"], c["doc"]) == "same_event" for c in g))
    # ECB+ pairs two similar events per topic: a cluster holding documents of both mixes them
    mixing = sum(1 for g in multi_doc if any(same(a["doc"], b["doc"]) == "same_topic_other_event"
                                             for a, b in combinations(g, 2)))
    return {"pairs": total, "clusters_mixing_two_events_of_a_topic": f"{mixing}/{len(multi_doc)}",
            "share_mixing": round(mixing / len(multi_doc), 4) if multi_doc else 0.0, **{k: round(v / total, 4) if total else 0.0 for k, v in sorted(counts.items())},
            "clusters": len(multi_doc), "event_pure_clusters": round(pure / len(multi_doc), 4) if multi_doc else 0.0,
            "largest_cluster": max((len(g) for g in members.values()), default=0)}


def eval_ecbplus(folder: Path, max_topics: int | None) -> dict[str, Any]:
    docs = [json.loads(line) for line in (folder / "ecbplus_docs.jsonl").read_text(encoding="utf-8").splitlines()]
    topics = sorted({d["topic"] for d in docs})[:max_topics] if max_topics else None
    if topics is not None:
        docs = [d for d in docs if d["topic"] in topics]
    event_of = {d["doc_name"]: d["subtopic"] for d in docs}
    topic_of = {d["doc_name"]: d["topic"] for d in docs}
    instances: dict[tuple[str, int], set[str]] = defaultdict(set)
    for line in (folder / "ecbplus_crossdoc_mentions.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        if m["doc_name"] in event_of and m["tag"].startswith(("ACTION", "NEG")):
            instances[(m["doc_name"], m["sentence"])].add(m["instance_id"])
    annotated = {(d["doc_name"], s) for d in docs for s in d.get("coref_annotated_sentences", [])}
    with tempfile.TemporaryDirectory(prefix="wb-eval-ecb-") as tmp:
        corpus = Corpus(Path(tmp))
        start = time.perf_counter()
        for d in docs:
            pairs = list(zip(d["sentence_ids"], d["sentences"], strict=True))
            if d.get("url_tokens"):
                pairs = [p for p in pairs if p[0] != 0]
            site = d["url_tokens"].split("/")[2] if d.get("url_tokens", "").count("/") >= 2 else None
            corpus.add(d["doc_name"], [(sid, detokenize(s)) for sid, s in pairs], outlet=site or d["doc_name"],
                       title=None)
        extract_s = time.perf_counter() - start
        analysis = corpus.analyze()
        claims = corpus.claims()
        corpus.db.conn.close()

    def same(a: str, b: str) -> str:
        if event_of[a] == event_of[b]:
            return "same_event"
        return "same_topic_other_event" if topic_of[a] == topic_of[b] else "other_topic"

    gold_items = [c for c in claims if (c["doc"], c["sentence"]) in annotated]
    tp = fp = fn = 0
    for a, b in combinations(gold_items, 2):
        if a["doc"] == b["doc"]:
            continue
        gold = bool(instances[(a["doc"], a["sentence"])] & instances[(b["doc"], b["sentence"])])
        pred = a["cluster"] is not None and a["cluster"] == b["cluster"]
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
    clustered = [c for c in claims if c["cluster"]]
    purity = bcubed({c["id"]: event_of[c["doc"]] for c in clustered}, {c["id"]: c["cluster"] for c in clustered})
    return {
        "documents": len(docs), "topics": len({d["topic"] for d in docs}), "events": len(set(event_of.values())),
        "sampled": max_topics is not None, "extract_s": round(extract_s, 1), "analysis": analysis,
        "annotated_sentences": len(annotated), "claims_in_annotated_sentences": len(gold_items),
        "event_coref_pairs": prf(tp, fp, fn),
        "bcubed_vs_event_clustered_claims": purity,
        "clustered_pairs_by_gold": clustered_pair_breakdown(claims, same),
        "document_pairs": doc_pair_rates(claims, same),
    }


def eval_basil(folder: Path, max_events: int | None, conflicts_out: str | None = None) -> dict[str, Any]:
    # Keyed by file name (<triplet-uuid>_<k>): three article "uuid" values repeat in the data.
    articles = [{**json.loads(p.read_text(encoding="utf-8")), "key": p.stem}
                for p in sorted((folder / "articles").glob("*/*.json"))]
    events = sorted({a["triplet-uuid"] for a in articles})[:max_events] if max_events else None
    if events is not None:
        articles = [a for a in articles if a["triplet-uuid"] in set(events)]
    event_of = {a["key"]: a["triplet-uuid"] for a in articles}
    with tempfile.TemporaryDirectory(prefix="wb-eval-basil-") as tmp:
        corpus = Corpus(Path(tmp))
        start = time.perf_counter()
        for a in articles:
            paragraphs = [" ".join(p) for p in a["body-paragraphs"] if p]
            corpus.add(a["key"], list(enumerate(paragraphs)), outlet=a["source"].lower(), title=a.get("title"),
                       url=a.get("url"), published=a.get("date"))
        extract_s = time.perf_counter() - start
        analysis = corpus.analyze()
        claims = corpus.claims()
        vecs = corpus.vectors(claims)
        flagged = corpus.conflicts() if conflicts_out else []
        corpus.db.conn.close()
    if conflicts_out:
        # every flagged conflict, for judging by hand (docs/evaluation.md); one JSON object a line
        Path(conflicts_out).write_text("".join(json.dumps({**c, "event": event_of[c["doc_a"]],
                                                           "same_event": event_of[c["doc_a"]] == event_of[c["doc_b"]]},
                                                          ensure_ascii=False) + "\n" for c in flagged), encoding="utf-8")
    outlet_of = {a["key"]: a["source"].lower() for a in articles}

    def same(a: str, b: str) -> str:
        return "same_event" if event_of[a] == event_of[b] else "other_event"

    # Nearest claim of another outlet, by cosine over the stored (normalized) vectors.
    outlets = np.array([outlet_of[c["doc"]] for c in claims])
    events_arr = np.array([event_of[c["doc"]] for c in claims])
    hits = 0
    for start in range(0, len(claims), 512):
        sims = vecs[start : start + 512] @ vecs.T
        sims[outlets[start : start + 512, None] == outlets[None, :]] = -2.0
        best = sims.argmax(axis=1)
        hits += int((events_arr[best] == events_arr[start : start + 512]).sum())
    return {
        "articles": len(articles), "events": len(set(event_of.values())), "sampled": max_events is not None,
        "extract_s": round(extract_s, 1), "analysis": analysis,
        "cross_outlet_grouping": doc_pair_rates(claims, same),
        "clustered_pairs_by_gold": clustered_pair_breakdown(claims, same),
        "nearest_other_outlet_claim_same_event": round(hits / len(claims), 4) if claims else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cross-document claim grouping on ECB+ and BASIL")
    parser.add_argument("--data", required=True, help="the eval data folder (holds ecbplus/, basil/)")
    parser.add_argument("--only", choices=("ecbplus", "basil"))
    parser.add_argument("--max-topics", type=int, help="ECB+: evaluate the first N topics only")
    parser.add_argument("--max-events", type=int, help="BASIL: evaluate the first N events only")
    parser.add_argument("--json", dest="json_out", help="write the results JSON here")
    parser.add_argument("--conflicts", dest="conflicts_out", help="BASIL: write every flagged conflict and update here (JSONL)")
    args = parser.parse_args(argv)
    data = Path(args.data)
    out: dict[str, Any] = {"evaluation": "grouping", "date": now_iso(), "machine": machine()}
    if args.only in (None, "ecbplus") and (data / "ecbplus").is_dir():
        print("ECB+ ...", file=sys.stderr, flush=True)
        out["ecbplus"] = eval_ecbplus(data / "ecbplus", args.max_topics)
    if args.only in (None, "basil") and (data / "basil").is_dir():
        print("BASIL ...", file=sys.stderr, flush=True)
        out["basil"] = eval_basil(data / "basil", args.max_events, args.conflicts_out)
    if len(out) == 3:
        print(f"{data}: no ecbplus/ or basil/ folder", file=sys.stderr)
        return 2
    write_json(args.json_out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
