"""The fictional development corpus ingests cleanly, its gold cannot rot, and the eval metrics are right."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.eval_devcorpus import event_range, match_claims, metrics, slice_of
from workbench.export.rows import iter_rows
from workbench.ingest.pipeline import ingest_paths
from workbench.store import open_db

CORPUS = Path(__file__).resolve().parents[1] / "gold" / "devcorpus"
SPLITS = [p.name for p in sorted(CORPUS.iterdir()) if (p / "gold.json").exists()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("split", SPLITS)
def test_split_ingests_and_every_gold_sentence_is_in_a_stored_document(tmp_path: Path, split: str) -> None:
    gold = json.loads((CORPUS / split / "gold.json").read_text(encoding="utf-8"))
    db = open_db(tmp_path / "c.db")
    summary = ingest_paths(db, [str(CORPUS / split)], progress=False)
    assert summary.failed == 0
    docs = list(db["documents"].rows)
    assert len(docs) == len(gold["documents"])
    outlets = {d["outlet"] for d in docs}
    assert outlets == {d["outlet"] for d in gold["documents"].values()}
    texts = [_norm(d["text"]) for d in docs]
    claims = [_norm(r["claim"]) for r in iter_rows(db)]
    for claim in gold["claims"]:
        sentence = _norm(claim["text"])
        assert any(sentence in t for t in texts), claim["id"]
    ids = {c["id"] for c in gold["claims"]}
    assert len(ids) == len(gold["claims"])
    assert all(r["a"] in ids and r["b"] in ids for r in gold["relations"])
    assert claims  # extraction ran


def _row(cid: str, text: str, cluster: str | None, speaker: str | None, kind: str, rels=()) -> dict:
    return {
        "claim_id": cid,
        "claim": text,
        "cluster_id": cluster,
        "speaker": speaker,
        "speaker_kind": kind,
        "relations": [{"claim_id": o, "relation": k, "reason": ""} for o, k in rels],
    }


def test_metrics_on_a_hand_made_example() -> None:
    gold = {
        "claims": [
            {
                "id": "a",
                "document": "1",
                "text": "Police said 8,000 marched.",
                "speaker": "police",
                "kind": "organization",
                "event": "E1",
                "fact": "F1",
            },
            {
                "id": "b",
                "document": "2",
                "text": "Organisers said 40,000 marched.",
                "speaker": "organisers",
                "kind": "anonymous",
                "event": "E1",
                "fact": "F1",
            },
            {
                "id": "c",
                "document": "3",
                "text": "About 8,000 took part, police said.",
                "speaker": "police",
                "kind": "organization",
                "event": "E1",
                "fact": "F1",
            },
            {
                "id": "d",
                "document": "3",
                "text": "The toll rose to 520 on Thursday.",
                "speaker": None,
                "kind": "none",
                "event": "E2",
                "fact": "F2",
            },
            {
                "id": "e",
                "document": "1",
                "text": "The toll was 300 on Tuesday.",
                "speaker": None,
                "kind": "none",
                "event": "E2",
                "fact": "F2",
            },
        ],
        "relations": [
            {"a": "a", "b": "b", "relation": "conflict"},
            {"a": "b", "b": "c", "relation": "conflict"},
            {"a": "a", "b": "c", "relation": "agree"},
            {"a": "e", "b": "d", "relation": "update"},
        ],
    }
    rows = [
        _row("x1", "Police said 8,000 marched.", "k1", "Police", "organization", [("x2", "conflict"), ("x3", "agree")]),
        _row("x2", "Organisers said 40,000 marched.", "k1", "Organisers", "named", [("x1", "conflict"), ("x3", "agree")]),
        _row("x3", "About 8,000 took part, police said.", "k1", "police", "organization", [("x1", "agree"), ("x2", "agree")]),
        _row("x4", "The toll rose to 520 on Thursday.", "k1", None, "none", [("x5", "conflict")]),
        _row("x5", "The toll was 300 on Tuesday.", None, None, "none", [("x4", "conflict")]),
    ]
    m = metrics(gold, rows)
    assert m["claims_matched"] == 5
    assert m["conflict"] == {"recall": 0.5, "hit": 1, "gold": 2}
    assert m["agree"]["recall"] == 1.0
    assert m["false_conflicts"] == 1  # the update labelled conflict
    assert m["false_conflicts_per_100_claims"] == 20.0
    assert m["false_agrees"] == 1  # b-c, a conflict, read as agree
    assert m["traps"] == {"gold": 1, "labelled_conflict": 1, "labelled_as_such": 0, "not_conflict_rate": 0.0}
    # cross-document pairs: a-b a-c b-c (same fact, all in k1), a-d b-d (k1, other fact), d-e (missed), a-e b-e c-e: no
    assert m["same_fact_pairs"] == {"precision": 0.6, "recall": 0.75, "tp": 3, "fp": 2, "fn": 1}
    assert m["event_purity"] == 0.75  # k1 holds E1 x3 and E2 x1
    assert m["groups_mixing_events"] == "1/1"
    assert m["speaker_accuracy"] == 1.0
    assert m["speaker_kind_accuracy"] == 0.8
    assert m["relation_kinds_seen"] == {"conflict": 2, "agree": 2}


def test_narrower_is_read_from_the_gold_claims_side() -> None:
    """Each row reads its relations from its own side: x2's row says "narrower" (x2 = gold's b)."""
    gold = {
        "claims": [
            {"id": "a", "document": "1", "text": "The province counted 300 dead.", "speaker": None, "kind": "none",
             "event": "E1", "fact": "F1"},
            {"id": "b", "document": "2", "text": "In the city alone 120 died.", "speaker": None, "kind": "none",
             "event": "E1", "fact": "F2"},
        ],
        "relations": [{"a": "b", "b": "a", "relation": "narrower"}],
    }
    rows = [
        _row("x1", "The province counted 300 dead.", None, None, "none", [("x2", "broader")]),
        _row("x2", "In the city alone 120 died.", None, None, "none", [("x1", "narrower")]),
    ]
    assert metrics(gold, rows)["traps"]["labelled_as_such"] == 1


def test_event_ranges_read_as_the_ids_they_span() -> None:
    assert event_range("D37-D40") == {"D37", "D38", "D39", "D40"}
    assert event_range("D5,D9") == {"D5", "D9"}
    assert event_range("D1-D3,D9") == {"D1", "D2", "D3", "D9"}


def test_a_slice_holds_its_events_gold_and_the_rows_of_their_documents() -> None:
    claim = {"speaker": None, "kind": "none", "fact": "F"}
    gold = {
        "events": {"D1": {}, "D2": {}},
        "documents": {"a.md": {"event": "D1"}, "b.md": {"event": "D1"}, "c.md": {"event": "D2"}},
        "claims": [
            {**claim, "id": "g1", "document": "a.md", "text": "The bridge reopened on Monday.", "event": "D1"},
            {**claim, "id": "g2", "document": "b.md", "text": "The bridge reopened on Tuesday.", "event": "D1"},
            {**claim, "id": "g3", "document": "c.md", "text": "Ferry fares rose by 9%.", "event": "D2"},
        ],
        "relations": [{"a": "g1", "b": "g2", "relation": "conflict"}],
    }
    rows = [
        {**_row("x1", "The bridge reopened on Monday.", "k1", None, "none", [("x2", "conflict")]), "document": "d1"},
        {**_row("x2", "The bridge reopened on Tuesday.", "k1", None, "none"), "document": "d2"},
        {**_row("x4", "Engineers inspected the deck.", None, None, "none"), "document": "d2"},
        {**_row("x3", "Ferry fares rose by 9%.", "k2", None, "none", [("x5", "conflict")]), "document": "d3"},
        {**_row("x5", "Fares went up.", "k2", None, "none"), "document": "d3"},
    ]
    sub, sub_rows = slice_of(gold, rows, {"D1"})
    assert [c["id"] for c in sub["claims"]] == ["g1", "g2"] and sub["relations"] == gold["relations"]
    assert [r["claim_id"] for r in sub_rows] == ["x1", "x2", "x4"]  # every row of d1 and d2, none of d3
    m = metrics(sub, sub_rows)
    assert m["conflict"]["hit"] == 1 and m["false_conflicts"] == 0  # D2's false conflict stays in D2's slice
    assert metrics(*slice_of(gold, rows, {"D2"}))["false_conflicts"] == 1


def test_a_truncated_quote_is_matched_to_its_own_documents_row() -> None:
    """The short version of a quote is contained in the full one another outlet printed: each gold claim takes the
    row of its own document, so the two versions' agreement is scored on the two rows the pipeline related."""
    documents = {"a.md": {"title": "Short", "outlet": "Herald"}, "b.md": {"title": "Long", "outlet": "Wire"}}
    gold = [{"id": "s", "document": "a.md", "text": '"We will fly again."'},
            {"id": "l", "document": "b.md", "text": '"We will fly again, and soon," Holt said.'}]
    rows = [{"claim_id": "r1", "claim": '"We will fly again, and soon," Holt said.', "title": "Long", "outlet": "Wire"},
            {"claim_id": "r2", "claim": 'Holt spoke at the hangar. "We will fly again."', "title": "Short",
             "outlet": "Herald"}]
    got = match_claims(gold, rows, documents)
    assert got["s"]["claim_id"] == "r2" and got["l"]["claim_id"] == "r1"
    assert match_claims(gold, rows)["s"]["claim_id"] == "r1"  # without the documents: the first containing row
