"""CSV export: contract columns, spreadsheet safety, round trip, filters, per-reviewer rows, CLI."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from tests.export.fixtures import Sample, add_cluster, add_document, add_relation, build_sample
from workbench.cli import main
from workbench.export import CSV_COLUMNS, ExportError, ExportFilters, write_export
from workbench.export.csv_export import FORMULA_PREFIXES, csv_cells, neutralise, write_csv
from workbench.export.rows import iter_rows
from workbench.models import Attribution
from workbench.store import open_db, record_note, record_verdict, reviewer_verdicts, undo_last

CONTRACT = (
    "claim_id, document, outlet, title, url, published, speaker, speaker_kind, via, claim, char_start, char_end, "
    "cluster_id, cluster_label, agrees_with, conflicts_with, relation_reasons, suggested_verdict, verdict, reviewer, "
    "note, decided_at, review_state"
).split(", ")


@pytest.fixture
def sample(tmp_path) -> Sample:
    return build_sample(tmp_path / "claims.db")


def export_text(db, **kwargs) -> str:
    buf = io.StringIO(newline="")
    write_export(db, buf, "csv", **kwargs)
    return buf.getvalue()


def read_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["claim_id"]: r for r in rows}


def test_header_is_the_contract_in_order(sample):
    header = next(csv.reader(io.StringIO(export_text(sample.db))))
    assert header == CONTRACT
    assert list(CSV_COLUMNS) == CONTRACT


def test_one_row_per_claim_reviewed_or_not(sample):
    record_verdict(sample.db, sample.a, "verified", "alice", "two sources")
    rows = by_id(read_rows(export_text(sample.db)))
    assert set(rows) == {sample.a, sample.b, sample.c, sample.d}
    a = rows[sample.a]
    assert (a["verdict"], a["reviewer"], a["note"]) == ("verified", "alice", "two sources")
    assert a["decided_at"].startswith("20")
    assert a["document"].startswith("d") and a["title"] == "Bakhmut holds, for now"
    assert (a["outlet"], a["url"], a["published"]) == (
        "Meridian Wire",
        "https://meridian.example/bakhmut",
        "2023-02-07",
    )
    assert (a["speaker"], a["speaker_kind"]) == ("Pavlo Kyrylenko", "named")
    assert rows[sample.c]["via"] == "CNN"
    assert (a["cluster_id"], a["cluster_label"]) == ("k1", "casualty ratio")
    for unreviewed in (sample.b, sample.c, sample.d):
        assert rows[unreviewed]["verdict"] == rows[unreviewed]["reviewer"] == rows[unreviewed]["decided_at"] == ""


def test_offsets_are_plain_numbers_indexing_the_document(sample):
    text = export_text(sample.db)
    rows = by_id(read_rows(text))
    doc_text = sample.db.execute("SELECT text FROM documents WHERE id = ?", [rows[sample.b]["document"]]).fetchone()[0]
    b = rows[sample.b]
    assert doc_text[int(b["char_start"]) : int(b["char_end"])] == b["claim"]
    # written bare, never quoted or prefixed
    assert f",{b['char_start']},{b['char_end']}," in text


def test_relations_and_suggested_verdict(sample):
    rows = by_id(read_rows(export_text(sample.db)))
    a, b, c, d = (rows[x] for x in (sample.a, sample.b, sample.c, sample.d))
    assert a["conflicts_with"] == sample.c and a["agrees_with"] == ""
    assert c["conflicts_with"] == sample.a
    assert b["agrees_with"] == sample.d and d["agrees_with"] == sample.b
    assert a["relation_reasons"] == f"{sample.c}: 5:1 vs 7:1 Russian-to-Ukrainian deaths"
    # rule: no source -> unattributed; else a conflict -> disputed; else nothing
    assert b["suggested_verdict"] == "unattributed"
    assert a["suggested_verdict"] == c["suggested_verdict"] == "disputed"
    assert d["suggested_verdict"] == ""


def test_several_relations_are_joined(sample):
    add_relation(sample.db, sample.a, sample.d, "conflict", "seven vs half")
    add_relation(sample.db, sample.a, sample.b, "agree", "same day")
    a = by_id(read_rows(export_text(sample.db)))[sample.a]
    assert set(a["conflicts_with"].split(";")) == {sample.c, sample.d}
    assert a["agrees_with"] == sample.b
    reasons = a["relation_reasons"].split("; ")
    assert f"{sample.c}: 5:1 vs 7:1 Russian-to-Ukrainian deaths" in reasons
    assert f"{sample.d}: seven vs half" in reasons and f"{sample.b}: same day" in reasons


def test_current_verdict_is_latest_event_and_cleared_is_empty(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    record_verdict(sample.db, sample.a, "disputed", "bob", "numbers differ")
    record_verdict(sample.db, sample.b, "unattributed", "alice")
    record_verdict(sample.db, sample.b, "clear", "alice")
    rows = by_id(read_rows(export_text(sample.db)))
    assert (rows[sample.a]["verdict"], rows[sample.a]["reviewer"], rows[sample.a]["note"]) == (
        "disputed",
        "bob",
        "numbers differ",
    )
    assert rows[sample.b]["verdict"] == ""


FREE_TEXT = ("claim", "speaker", "note", "reviewer", "title", "outlet", "cluster_label", "relation_reasons")


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES, ids=repr)
def test_formula_cells_are_neutralised_in_every_free_text_column(tmp_path, prefix):
    db = open_db(tmp_path / "evil.db")
    bad = f'{prefix}HYPERLINK("http://x.example","y")'
    (claim,) = add_document(
        db,
        [(f"{bad} said 5 of 7.", Attribution(f"{prefix}cmd|' /C calc'!A0", "named", "said"), [])],
        outlet=f"{prefix}Outlet",
        title=f"{prefix}Title",
        url="https://evil.example/a",
        published="2023-02-07",
    )
    (other,) = add_document(
        db, [("Plain claim here.", Attribution(), [])], outlet="O", title="T", url=None, published=None
    )
    add_relation(db, claim, other, "conflict", "r")
    add_cluster(db, "k9", f"{prefix}label", [claim, other])
    record_verdict(db, claim, "disputed", f"{prefix}reviewer", f"{prefix}note")
    row = by_id(read_rows(export_text(db)))[claim]
    for column in FREE_TEXT:
        if column != "relation_reasons":  # in a real export it starts with the other claim's id
            assert row[column].startswith("'" + prefix), column
    # removing exactly the neutralisation gives back the stored values
    assert row["claim"][1:].startswith(bad) and row["note"][1:] == f"{prefix}note"
    # relation_reasons goes through the same speller: force a dangerous first character
    relation = {"claim_id": f"{prefix}x", "relation": "agree", "reason": "r"}
    cells = dict(zip(CSV_COLUMNS, csv_cells({"relations": [relation]}), strict=True))
    assert cells["relation_reasons"] == f"'{prefix}x: r"


def test_safe_values_are_not_touched(sample):
    record_verdict(sample.db, sample.a, "verified", "alice", "'quoted' and = inside, -5% too")
    row = by_id(read_rows(export_text(sample.db)))[sample.a]
    assert row["note"] == "'quoted' and = inside, -5% too"


def test_round_trip_through_csv_module(tmp_path):
    db = open_db(tmp_path / "rt.db")
    tricky = 'He said "no", then: yes;\nsecond line, ünïcödé, 52% — =not first'
    (claim,) = add_document(
        db,
        [(tricky, Attribution('Ann "the" O\'Neil, Jr.', "named", "said", "CNN, Inc."), [])],
        outlet="Kyiv, Ledger",
        title='Quotes "inside"\r\nand CRLF',
        url="https://x.example/?a=1,b=2",
        published="2023-02-07",
    )
    record_verdict(db, claim, "verified", "rev;iewer", "note with\ttab inside")
    rows = list(iter_rows(db))
    expected = [dict(zip(CSV_COLUMNS, ["" if c is None else str(c) for c in csv_cells(r)], strict=True)) for r in rows]
    assert read_rows(export_text(db)) == expected
    got = read_rows(export_text(db))[0]
    assert got["claim"] == tricky and got["title"] == 'Quotes "inside"\r\nand CRLF'
    assert got["speaker"] == 'Ann "the" O\'Neil, Jr.' and got["via"] == "CNN, Inc."


def test_excel_flag_writes_utf8_bom(sample, tmp_path):
    out = tmp_path / "excel.csv"
    write_export(sample.db, out, "csv", excel=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == CONTRACT
    plain = tmp_path / "plain.csv"
    write_export(sample.db, plain)
    assert plain.read_bytes().startswith(b"claim_id,")


def test_filters(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    record_verdict(sample.db, sample.c, "disputed", "bob")

    def ids(**filters) -> set[str]:
        return {r["claim_id"] for r in read_rows(export_text(sample.db, filters=ExportFilters(**filters)))}

    assert ids(verdicts=("verified",)) == {sample.a}
    assert ids(verdicts=("verified", "disputed")) == {sample.a, sample.c}
    assert ids(verdicts=("unreviewed",)) == {sample.b, sample.d}
    assert ids(reviewer="bob") == {sample.c}
    assert ids(cluster="k1") == {sample.a, sample.c}
    assert ids(cluster="k1", verdicts=("disputed",)) == {sample.c}
    assert ids(since="2000-01-01") == {sample.a, sample.c}
    assert ids(since="2999-01-01") == set()
    last = sample.db.execute("SELECT created_at FROM verdict_events WHERE claim_id = ?", [sample.c]).fetchone()[0]
    assert ids(since=last) == {sample.c}


def test_bad_filter_values_are_one_line_errors():
    with pytest.raises(ExportError, match="unknown verdict"):
        ExportFilters(verdicts=("maybe",))
    with pytest.raises(ExportError, match="not an ISO date"):
        ExportFilters(since="last tuesday")


def test_per_reviewer_rows_match_reviewer_verdicts(sample):
    record_verdict(sample.db, sample.a, "verified", "alice", "first")
    record_verdict(sample.db, sample.a, "disputed", "bob")
    record_verdict(sample.db, sample.c, "disputed", "alice")
    record_verdict(sample.db, sample.d, "verified", "bob")
    undo_last(sample.db, "bob")  # bob's verdict on d is undone: no row for it
    record_verdict(sample.db, sample.b, "unattributed", "carol")
    record_verdict(sample.db, sample.b, "clear", "carol")  # cleared: no opinion, no row
    record_note(sample.db, sample.c, "looked again", "alice")
    rows = read_rows(export_text(sample.db, per_reviewer=True))
    got = {(r["reviewer"], r["claim_id"]): r["verdict"] for r in rows}
    expected = {(rev, cid): v for rev, claims in reviewer_verdicts(sample.db).items() for cid, v in claims.items()}
    assert (
        got
        == expected
        == {("alice", sample.a): "verified", ("bob", sample.a): "disputed", ("alice", sample.c): "disputed"}
    )
    notes = {(r["reviewer"], r["claim_id"]): r["note"] for r in rows}
    assert notes[("alice", sample.a)] == "first" and notes[("alice", sample.c)] == "looked again"
    alice_only = read_rows(export_text(sample.db, per_reviewer=True, filters=ExportFilters(reviewer="alice")))
    assert {r["claim_id"] for r in alice_only} == {sample.a, sample.c}


def test_paging_gives_the_same_rows(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    assert list(iter_rows(sample.db, page_size=1, with_history=True)) == list(iter_rows(sample.db, with_history=True))


def test_writer_consumes_rows_lazily(sample):
    """Each row is on the stream before the next one is even built (nothing is collected first)."""
    buf = io.StringIO(newline="")
    seen: list[int] = []

    def rows():
        for row in iter_rows(sample.db):
            seen.append(buf.getvalue().count("\r\n"))  # lines written when row i is requested
            yield row

    assert write_csv(rows(), buf) == 4
    assert seen == [1, 2, 3, 4]


def test_progress_callback_reports_total(sample, tmp_path):
    calls: list[tuple[str, int, int | None]] = []
    n = write_export(sample.db, tmp_path / "p.csv", progress=lambda *call: calls.append(call))
    assert n == 4 and calls[-1] == ("export", 4, 4)


def test_write_export_accepts_a_db_path(sample, tmp_path):
    out = tmp_path / "from_path.csv"
    assert write_export(sample.path, out) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".from_path")] == []  # no temp file left


# --- CLI -----------------------------------------------------------------------------


def test_cli_export_to_stdout(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    result = CliRunner().invoke(main, ["export", "--db", str(sample.path)])
    assert result.exit_code == 0, result.output
    rows = read_rows(result.stdout)
    assert len(rows) == 4 and list(rows[0]) == CONTRACT
    dash = CliRunner().invoke(main, ["export", "--db", str(sample.path), "-o", "-", "--verdict", "verified"])
    assert [r["claim_id"] for r in read_rows(dash.stdout)] == [sample.a]


def test_cli_export_to_file_with_filters(sample, tmp_path):
    record_verdict(sample.db, sample.a, "verified", "alice")
    record_verdict(sample.db, sample.c, "disputed", "bob")
    out = tmp_path / "out.csv"
    args = ["export", "--db", str(sample.path), "-o", str(out), "--verdict", "verified", "--verdict", "disputed"]
    result = CliRunner().invoke(
        main, [*args, "--reviewer", "bob", "--cluster", "k1", "--since", "2000-01-01", "--excel"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "wrote 1 row to" in result.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert [r["claim_id"] for r in csv.DictReader(fh)] == [sample.c]


def test_cli_per_reviewer(sample):
    record_verdict(sample.db, sample.a, "verified", "alice")
    record_verdict(sample.db, sample.a, "disputed", "bob")
    result = CliRunner().invoke(main, ["export", "--db", str(sample.path), "--per-reviewer"])
    assert result.exit_code == 0, result.output
    assert sorted((r["reviewer"], r["verdict"]) for r in read_rows(result.stdout)) == [
        ("alice", "verified"),
        ("bob", "disputed"),
    ]


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--verdict", "maybe"], "unknown verdict"),
        (["--since", "yesterday"], "not an ISO date"),
        (["--format", "jsonl", "--excel"], "--excel applies to csv only"),
        (["-o", "/nonexistent-dir/x.csv"], "does not exist"),
    ],
)
def test_cli_bad_requests_are_one_line_errors(sample, extra, message):
    result = CliRunner().invoke(main, ["export", "--db", str(sample.path), *extra])
    assert result.exit_code != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_missing_db_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0
    assert "no such database" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "nope.db").exists()


def test_undo_restores_reviewer_and_note_in_csv(sample):
    record_verdict(sample.db, sample.a, "verified", "bob", "bob checked the wire")
    record_verdict(sample.db, sample.a, "disputed", "fc")
    undo_last(sample.db, "fc")
    rows = by_id(read_rows(export_text(sample.db)))
    assert (rows[sample.a]["verdict"], rows[sample.a]["reviewer"], rows[sample.a]["note"]) == (
        "verified",
        "bob",
        "bob checked the wire",
    )


def test_note_then_verdict_exports_the_note(sample):
    record_note(sample.db, sample.a, "asked the desk", "bob")
    record_verdict(sample.db, sample.a, "verified", "bob")
    record_verdict(sample.db, sample.c, "verified", "bob", "first look")
    record_verdict(sample.db, sample.c, "disputed", "bob")  # no new note: the old one stands
    rows = by_id(read_rows(export_text(sample.db)))
    assert rows[sample.a]["note"] == "asked the desk"
    assert rows[sample.c]["note"] == "first look"


@pytest.mark.parametrize("value", ["＝HYPERLINK(\"http://x.example\")", "＋1", "－1+2", "＠SUM(A1)", "\n=1+2", "\r\n=cmd"])
def test_fullwidth_and_newline_formula_starts_are_neutralised(value):
    """Spreadsheets fold fullwidth ＝＋－＠ to ASCII, and skip a leading newline, before reading a formula."""
    assert neutralise(value) == "'" + value


def test_relation_kinds_without_a_column_are_named_in_the_reasons(sample):
    """update / narrower / broader / different measure have no column: the reason cell names the kind."""
    add_relation(sample.db, sample.a, sample.d, "different_measure", "killed vs injured")
    add_relation(sample.db, sample.a, sample.b, "update", "update: 300 (Tuesday) → 520 (Thursday)")
    reasons = by_id(read_rows(export_text(sample.db)))[sample.a]["relation_reasons"].split("; ")
    assert f"{sample.d}: different measure: killed vs injured" in reasons
    assert f"{sample.b}: update: 300 (Tuesday) → 520 (Thursday)" in reasons  # not "update: update: ..."
