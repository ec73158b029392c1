"""Reading a desk's labelled lines: every hostile record is one line naming file:line, the rest lands."""

from __future__ import annotations

import json

import pytest

from workbench.extract.checkworthy_labels import MAX_TEXT_CHARS, LabelledLine, LabelsError, read_labels


def test_jsonl_records_with_context_and_every_bad_line_reported(tmp_path):
    path = tmp_path / "labels.jsonl"
    good = [
        {"text": "Taxes rose  4 percent.", "label": 1, "speaker": "SMITH", "transcript": "d1", "line": 2},
        {"text": "Thank you.", "label": "no", "speaker": "SMITH", "transcript": "d1", "line": "1"},
        {"text": "The bridge cost 12 million dollars.", "label": True},
    ]
    raw = [json.dumps(good[0]), "{broken", json.dumps(["a", "list"]), json.dumps(good[1]), "",
           json.dumps({"label": 1}), json.dumps({"text": "x", "label": "perhaps"}),
           json.dumps({"text": "y" * (MAX_TEXT_CHARS + 1), "label": 0}),
           json.dumps({"text": "z", "label": 1, "line": "NaN"}), json.dumps({"text": "w", "label": 1, "speaker": {}}),
           "[" * 9000 + "]" * 9000, json.dumps(good[2])]
    path.write_text("\n".join(raw) + "\n", encoding="utf-8")
    lines, problems = read_labels(path)
    assert lines == [LabelledLine("Taxes rose 4 percent.", 1, "SMITH", "d1", 2.0),
                     LabelledLine("Thank you.", 0, "SMITH", "d1", 1.0),
                     LabelledLine("The bridge cost 12 million dollars.", 1)]
    where = [p.source.rsplit(":", 1)[1] for p in problems]
    assert where == ["2", "3", "6", "7", "8", "9", "10", "11"]
    assert all(p.source.startswith(str(path)) and "\n" not in p.message for p in problems)


def test_csv_with_hostile_rows(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text(
        "text,label,speaker\n"
        "Crime doubled in 2016.,1,JONES\n"
        ",1,JONES\n"
        "\"Hello \x1b[31mthere\",\x1b[2J,JONES\n"
        "Too,many,fields,here\n"
        "We will win.,0,\n",
        encoding="utf-8",
    )
    lines, problems = read_labels(path)
    assert [line.text for line in lines] == ["Crime doubled in 2016.", "We will win."]
    assert [str(p).split(": ", 1)[0] for p in problems] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert not any("\x1b" in str(p) for p in problems)  # no control character reaches a terminal


def test_a_file_with_nothing_usable_is_one_error(tmp_path):
    empty = tmp_path / "labels.jsonl"
    empty.write_text("{broken\n", encoding="utf-8")
    with pytest.raises(LabelsError, match="no usable"):
        read_labels(empty)
    other = tmp_path / "labels.txt"
    other.write_text("text,label\n", encoding="utf-8")
    with pytest.raises(LabelsError, match=r"\.csv or \.jsonl"):
        read_labels(other)
    header = tmp_path / "bad.csv"
    header.write_text("sentence,verdict\nA,1\n", encoding="utf-8")
    with pytest.raises(LabelsError, match="text and label"):
        read_labels(header)
    with pytest.raises(LabelsError, match="no such file"):
        read_labels(tmp_path / "missing.csv")


def test_a_huge_csv_field_is_reported_and_reading_goes_on(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("text,label\n\"" + "x" * (5 * MAX_TEXT_CHARS) + "\",1\nRents rose 9 percent in 2021.,1\n"
                    "I hope so.,0\n", encoding="utf-8")
    lines, problems = read_labels(path)
    assert [line.text for line in lines][-2:] == ["Rents rose 9 percent in 2021.", "I hope so."]
    assert len(problems) == 1 and problems[0].source == f"{path}:2"
