"""benchmarks.eval_extraction keeps ClaimBuster's held-out sentences out of a dev run (invented rows)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.eval_extraction import claimbuster_rows


def _data(tmp_path: Path) -> Path:
    folder = tmp_path / "claimbuster-2class"
    folder.mkdir()
    test = [{"sentence_id": 7, "label": 1, "text": "The county spent 40 million on roads last year."}]
    (folder / "test.json").write_text(json.dumps(test), encoding="utf-8")
    (folder / "kfold_25ncs.csv").write_text(
        "sentence_id,screening,label,text\n"
        "7,-3,1,The county spent 40 million on roads last year.\n"
        "8,-3,0,Thank you all for coming tonight.\n"
        "9,-3,1,Unemployment fell to 4 per cent in March.\n", encoding="utf-8")
    return tmp_path


def test_a_dev_run_reads_the_development_rows_without_the_held_out_ids(tmp_path):
    rows = claimbuster_rows(_data(tmp_path), "dev")
    assert sorted(int(r["sentence_id"]) for r in rows) == [8, 9]


def test_a_test_run_reads_the_held_out_file(tmp_path):
    rows = claimbuster_rows(_data(tmp_path), "test")
    assert [int(r["sentence_id"]) for r in rows] == [7]
