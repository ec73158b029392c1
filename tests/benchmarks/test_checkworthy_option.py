"""The evaluation's trained ranking goes through the command's own code: label file -> train_file -> model file.

Runs the real bundled embedder (exported once per session into a temporary cache) on made-up
transcripts in the CLEF layout; nothing here comes from ClaimBuster or CLEF.
"""

from __future__ import annotations

import json

from benchmarks.checkworthy_option import Vectors, grouped_folds, option_test, transcript_lines, write_labels
from workbench.extract.checkworthy_labels import read_labels

CHECKABLE = [
    "Unemployment fell to 4.1 percent last year, the lowest in a decade.",
    "The city spent 12 million dollars on the new bridge in 2019.",
    "Exports to Canada rose by 30 percent while I was in office.",
    "The state cut school funding by 900 million dollars over two years.",
    "He voted against the highway bill three times in 2015.",
    "Crime in the capital doubled between 2010 and 2016.",
]
NOT_CHECKABLE = [
    "Thank you all for being here tonight.",
    "I think we can do better than this.",
    "Let me finish my answer, please.",
    "We are going to make this country great.",
    "That is a very good question.",
    "Good evening and welcome to the debate.",
]


def _tsv(folder, name, rows):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.tsv").write_text("".join(f"{i}\t{s}\t{t}\t{y}\n" for i, (s, t, y) in enumerate(rows, 1)),
                                        encoding="utf-8")


def test_trained_by_the_command_on_the_training_side_and_scored_on_the_test_side(tmp_path, onnx_embedder):
    cb, clef = tmp_path / "claimbuster-2class", tmp_path / "clef2019-checkworthy"
    cb.mkdir()
    dev = [(1, t, 1) for t in CHECKABLE[:3]] + [(2, t, 0) for t in NOT_CHECKABLE[:3]]
    (cb / "kfold_25ncs.csv").write_text("sentence_id,text,label\n" + "".join(
        f'{i}{k},"{t}",{y}\n' for k, (i, t, y) in enumerate(dev)), encoding="utf-8")
    test = [{"sentence_id": 900, "text": "Rents rose 22 percent between 2017 and 2021.", "label": 1},
            {"sentence_id": 901, "text": "I hope the people at home are listening.", "label": 0}]
    (cb / "test.json").write_text(json.dumps(test), encoding="utf-8")
    host = [("HOST", q, 0) for q in ("What about taxes?", "Why should we trust you?", "Is that fair?",
                                     "How will you pay?", "Can you answer?")]
    _tsv(clef / "training", "t1", host + [("SMITH", t, 1) for t in CHECKABLE[3:]] +
         [("JONES", t, 0) for t in NOT_CHECKABLE[3:]])
    _tsv(clef / "test_annotated", "t2", host + [("SMITH", "The county hired 300 new teachers in 2020.", 1),
                                                ("JONES", "We will see about that.", 0)])
    out = option_test(cb, clef, Vectors(onnx_embedder))
    assert out["trained_by_user_on"].startswith("ClaimBuster dev")
    assert out["claimbuster_test"]["roc_auc"] == 1.0  # the unseen figure claim above the unseen chatter
    assert out["clef2019_test"]["avg_precision"] == 1.0 and out["clef2019_test"]["transcripts"] == 1
    assert out["model_file_bytes"] > 0


def test_the_label_file_the_evaluation_writes_reads_back_whole(tmp_path):
    rows = {"t1": [("SMITH", CHECKABLE[0], 1), ("HOST", "Why?", 0)]}
    lines = transcript_lines(rows, ["t1"])
    write_labels(lines, tmp_path / "labels.jsonl")
    back, problems = read_labels(tmp_path / "labels.jsonl")
    assert back == lines and problems == []


def test_folds_keep_each_transcript_whole() -> None:
    names = [f"t{i}" for i in range(10)]
    folds = grouped_folds(names, 4)
    assert sorted(n for fold in folds for n in fold) == sorted(names)
    assert all(fold for fold in folds) and len(folds) == 4
