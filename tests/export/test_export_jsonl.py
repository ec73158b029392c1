"""JSONL export: the contract fields with real types, quantities, and each claim's verdict history."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from tests.export.fixtures import Sample, build_sample
from workbench.cli import main
from workbench.export import CSV_COLUMNS, ExportFilters, write_export
from workbench.export.jsonl_export import write_jsonl
from workbench.export.rows import iter_rows
from workbench.store import record_verdict, undo_last


@pytest.fixture
def sample(tmp_path) -> Sample:
    return build_sample(tmp_path / "claims.db")


def export_records(db, **kwargs) -> list[dict]:
    buf = io.StringIO()
    write_export(db, buf, "jsonl", **kwargs)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def test_fields_are_the_contract_plus_quantities_and_history(sample):
    records = export_records(sample.db)
    assert len(records) == 4
    for record in records:
        assert list(record) == [*CSV_COLUMNS, "quantities", "history"]


def test_types_lists_and_relations(sample):
    rec = {r["claim_id"]: r for r in export_records(sample.db)}
    a = rec[sample.a]
    assert isinstance(a["char_start"], int) and isinstance(a["char_end"], int)
    assert a["conflicts_with"] == [sample.c] and a["agrees_with"] == []
    assert a["relation_reasons"] == [
        {"claim_id": sample.c, "relation": "conflict", "reason": "5:1 vs 7:1 Russian-to-Ukrainian deaths"}
    ]
    assert rec[sample.b]["agrees_with"] == [sample.d]
    assert a["quantities"] == [
        {
            "kind": "ratio",
            "text": "five ... for every",
            "start": 0,
            "end": 4,
            "value": 5.0,
            "numerator": "Russian",
            "denominator": "Ukrainian",
        }
    ]
    assert rec[sample.b]["speaker"] is None and rec[sample.b]["suggested_verdict"] == "unattributed"
    assert rec[sample.d]["verdict"] is None and rec[sample.d]["history"] == []


def test_history_lists_every_event_in_order_with_undo_marker(sample):
    first = record_verdict(sample.db, sample.a, "verified", "alice", "source checked")
    second = record_verdict(sample.db, sample.a, "disputed", "bob", "7:1 elsewhere")
    undo = undo_last(sample.db, "bob")
    rec = {r["claim_id"]: r for r in export_records(sample.db)}[sample.a]
    assert [e["id"] for e in rec["history"]] == [first["id"], second["id"], undo["id"]]
    assert rec["history"][0] == {
        "id": first["id"],
        "verdict": "verified",
        "reviewer": "alice",
        "note": "source checked",
        "created_at": first["created_at"],
        "undoes": None,
        "kind": "verdict",
    }
    assert rec["history"][2]["undoes"] == second["id"] and rec["history"][2]["verdict"] == "verified"
    assert rec["history"][2]["reviewer"] == "bob"  # the undo is bob's event in the ledger...
    # ...and the current verdict is alice's restored event, with her note
    assert (rec["verdict"], rec["reviewer"], rec["note"], rec["decided_at"]) == (
        "verified",
        "alice",
        "source checked",
        first["created_at"],
    )


def test_values_are_not_neutralised(sample):
    record_verdict(sample.db, sample.a, "verified", "alice", "=SUM(A1:A9)")
    rec = {r["claim_id"]: r for r in export_records(sample.db)}[sample.a]
    assert rec["note"] == "=SUM(A1:A9)"


def test_filters_and_per_reviewer_apply(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    record_verdict(sample.db, sample.a, "disputed", "bob")
    assert [r["claim_id"] for r in export_records(sample.db, filters=ExportFilters(verdicts=("disputed",)))] == [
        sample.a
    ]
    per = export_records(sample.db, per_reviewer=True)
    assert sorted((r["reviewer"], r["verdict"]) for r in per) == [("alice", "verified"), ("bob", "disputed")]
    assert all(len(r["history"]) == 2 for r in per)  # the claim's full audit trail travels with each row


def test_writer_streams(sample):
    buf = io.StringIO()
    lines_before: list[int] = []

    def rows():
        for row in iter_rows(sample.db, with_history=True):
            lines_before.append(buf.getvalue().count("\n"))
            yield row

    assert write_jsonl(rows(), buf) == 4
    assert lines_before == [0, 1, 2, 3]


def test_cli_jsonl_to_file_and_stdout(sample, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(sample.path), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    from_file = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stdout = CliRunner().invoke(main, ["export", "--db", str(sample.path), "--format", "jsonl"])
    assert [json.loads(line) for line in stdout.stdout.splitlines()] == from_file
    assert len(from_file) == 4
