"""``workbench checkworthy train`` and ``workbench ingest --checkworthy-model``: a desk's own ranking, end to end."""

from __future__ import annotations

import json

from workbench.cli import main
from workbench.extract.checkworthy_model import CheckworthyModel
from workbench.store import open_db
from workbench.store.queries import claim_listing

CHECKABLE = [
    "Unemployment fell to 4.1 percent last year, the lowest in a decade.",
    "The city spent 12 million dollars on the new bridge in 2019.",
    "The state cut school funding by 900 million dollars over two years.",
    "Crime in the capital doubled between 2010 and 2016.",
    "The council approved a budget of 45 million pounds in March.",
]
NOT_CHECKABLE = [
    "Thank you all for being here tonight.",
    "I think we can do better than this.",
    "We are going to make this country great.",
    "Good evening and welcome to the debate.",
    "We will fight for every family in this state.",
]


def _labels(tmp_path, hostile: bool = True):
    path = tmp_path / "labels.jsonl"
    records = [json.dumps({"text": t, "label": 1, "speaker": "GUEST", "transcript": "d1", "line": i})
               for i, t in enumerate(CHECKABLE)]
    records += [json.dumps({"text": t, "label": 0, "speaker": "GUEST", "transcript": "d1", "line": 10 + i})
                for i, t in enumerate(NOT_CHECKABLE)]
    if hostile:
        records.insert(2, '{"text": "no label \\u001b[31mhere"}')
        records.insert(4, "not json")
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def test_train_writes_a_model_and_names_each_bad_line(runner, tmp_path):
    labels, out = _labels(tmp_path), tmp_path / "model.json"
    result = runner.invoke(main, ["checkworthy", "train", "--labels", str(labels), "--out", str(out),
                                  "--no-embedding"])
    assert result.exit_code == 0, result.output
    assert f"{labels}:3: no label" in result.output and f"{labels}:5: not a JSON object" in result.output
    assert "\x1b" not in result.output
    assert "trained on 10 lines (5 worth checking, 1 transcript)" in result.output
    assert "remembering" not in result.output  # no embedding, no memory of checked lines
    model = CheckworthyModel.load(out)
    assert model.trained_on == 10 and model.dim == 0


def test_train_reports_an_unusable_file_in_one_line(runner, tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("text,label\nonly checkable,1\n", encoding="utf-8")
    result = runner.invoke(main, ["checkworthy", "train", "--labels", str(path), "--out", str(tmp_path / "m.json"),
                                  "--no-embedding"])
    assert result.exit_code == 1 and "both" in result.output
    assert not (tmp_path / "m.json").exists()


def _article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(
        "Council budget\n\nThe council approved a budget of 52 million pounds on Tuesday, the mayor said. "
        "The mayor said she was grateful to everyone who took part in the consultation. "
        "Rents in the district rose 22 percent between 2017 and 2021, according to the housing office.\n",
        encoding="utf-8")
    return folder


def test_ingest_scores_claims_with_the_trained_model(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_CHECKWORTHY_MODEL", raising=False)
    out = tmp_path / "model.json"
    runner.invoke(main, ["checkworthy", "train", "--labels", str(_labels(tmp_path, False)), "--out", str(out),
                         "--no-embedding"])
    model = CheckworthyModel.load(out)
    db = tmp_path / "claims.db"
    result = runner.invoke(main, ["ingest", str(_article(tmp_path)), "--db", str(db), "-q",
                                  "--checkworthy-model", str(out)])
    assert result.exit_code == 0, result.output
    rows = claim_listing(open_db(str(db)))
    assert rows and all(r["checkworthiness"] == round(model.score([r["text"]])[0], 4) for r in rows)
    plain = tmp_path / "plain.db"
    assert runner.invoke(main, ["ingest", str(_article(tmp_path)), "--db", str(plain), "-q"]).exit_code == 0
    default = {r["text"]: r["checkworthiness"] for r in claim_listing(open_db(str(plain)))}
    assert set(default) == {r["text"] for r in rows}  # the same claims are kept; only their scores change
    assert any(default[r["text"]] != r["checkworthiness"] for r in rows)
    # the same through the setting, on a fresh database: the same scores
    monkeypatch.setenv("WORKBENCH_CHECKWORTHY_MODEL", str(out))
    db2 = tmp_path / "claims2.db"
    assert runner.invoke(main, ["ingest", str(_article(tmp_path)), "--db", str(db2), "-q"]).exit_code == 0
    assert [r["checkworthiness"] for r in claim_listing(open_db(str(db2)))] == [r["checkworthiness"] for r in rows]


def test_ingest_with_a_damaged_model_is_one_line_and_writes_nothing(runner, tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "workbench-checkworthy-model", "version": 1}', encoding="utf-8")
    db = tmp_path / "claims.db"
    result = runner.invoke(main, ["ingest", str(_article(tmp_path)), "--db", str(db), "--checkworthy-model", str(bad)])
    assert result.exit_code == 1 and "damaged model file" in result.output
    assert not db.exists()


def test_train_and_ingest_with_the_sentence_embedding(runner, tmp_path, monkeypatch, onnx_embedder, embed_cache_dir):
    """The default training embeds each line with the bundled model; ingest embeds the claims with it again."""
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))  # the session's exported model, not the user's
    monkeypatch.delenv("WORKBENCH_CHECKWORTHY_MODEL", raising=False)
    out = tmp_path / "model.json"
    result = runner.invoke(main, ["checkworthy", "train", "--labels", str(_labels(tmp_path, False)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "with the sentence embedding, remembering 5 checked transcript lines" in result.output
    model = CheckworthyModel.load(out)
    assert model.dim == onnx_embedder.dim and model.embedding == onnx_embedder.model_id
    db = tmp_path / "claims.db"
    result = runner.invoke(main, ["ingest", str(_article(tmp_path)), "--db", str(db), "-q",
                                  "--checkworthy-model", str(out)])
    assert result.exit_code == 0, result.output
    rows = claim_listing(open_db(str(db)))
    expected = model.score([r["text"] for r in rows], onnx_embedder.encode)
    assert [r["checkworthiness"] for r in rows] == [round(v, 4) for v in expected]
