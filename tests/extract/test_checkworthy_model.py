"""The check-worthiness ranking a desk trains (workbench.extract.checkworthy_model), on sentences written here."""

from __future__ import annotations

import json

import pytest

from workbench.extract.checkworthy_labels import LabelledLine
from workbench.extract.checkworthy_model import CheckworthyModel, CheckworthyModelError, train
from workbench.models import ExtractedClaim

CHECKABLE = [
    "Unemployment fell to 4.1 percent last year, the lowest in a decade.",
    "The city spent 12 million dollars on the new bridge in 2019.",
    "Exports to Canada rose by 30 percent while I was in office.",
    "The state cut school funding by 900 million dollars over two years.",
    "He voted against the highway bill three times in 2015.",
    "Crime in the capital doubled between 2010 and 2016.",
    "The council approved a budget of 45 million pounds in March.",
    "Rents in the district rose 22 percent between 2017 and 2021.",
]
NOT_CHECKABLE = [
    "Thank you all for being here tonight.",
    "I think we can do better than this.",
    "Let me finish my answer, please.",
    "We are going to make this country great.",
    "That is a very good question.",
    "Good evening and welcome to the debate.",
    "I hope the people at home are listening.",
    "We will fight for every family in this state.",
]
UNSEEN_CHECKABLE = "The county hired 300 new teachers in 2020, a rise of 12 percent."
UNSEEN_CHATTER = "I really want to thank my family for being here."


def _lines(transcript: str | None = None) -> list[LabelledLine]:
    out = [LabelledLine(t, 1, "GUEST", transcript, i) for i, t in enumerate(CHECKABLE)]
    return out + [LabelledLine(t, 0, "GUEST", transcript, 100 + i) for i, t in enumerate(NOT_CHECKABLE)]


def test_trained_scores_order_unseen_lines_as_the_labels_did():
    model = train(_lines())
    checkable, chatter = model.score([UNSEEN_CHECKABLE, UNSEEN_CHATTER])
    assert checkable > 0.5 > chatter
    assert model.dim == 0 and model.embedding is None and model.trained_on == 16


def test_labels_that_reverse_the_default_are_learned():
    """The desk decides: a model trained with the labels swapped ranks chatter first."""
    swapped = [LabelledLine(line.text, 1 - line.label) for line in _lines()]
    checkable, chatter = train(swapped).score([UNSEEN_CHECKABLE, UNSEEN_CHATTER])
    assert chatter > checkable


def test_model_file_round_trips(tmp_path):
    model = train(_lines("debate-1"))
    path = tmp_path / "model.json"
    model.save(path)
    loaded = CheckworthyModel.load(path)
    assert loaded == model
    lines = [("HOST", "What about jobs?"), ("GUEST", UNSEEN_CHECKABLE), ("GUEST", UNSEEN_CHATTER)]
    assert loaded.rank(lines) == model.rank(lines)
    assert json.loads(path.read_text())["format"] == "workbench-checkworthy-model"  # plain JSON, no code
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    "content, reason",
    [
        ("not json at all", "cannot read model"),
        ('{"format": "something-else"}', "not a workbench check-worthiness model"),
        ('{"format": "workbench-checkworthy-model", "version": 99}', "version"),
        ('{"format": "workbench-checkworthy-model", "version": 1, "columns": []}', "damaged model file"),
    ],
)
def test_a_damaged_or_foreign_model_file_is_one_line(tmp_path, content, reason):
    path = tmp_path / "model.json"
    path.write_text(content)
    with pytest.raises(CheckworthyModelError, match=reason) as err:
        CheckworthyModel.load(path)
    assert "\n" not in str(err.value) and "model.json" in str(err.value)


def test_weights_that_are_not_finite_numbers_are_refused(tmp_path):
    data = train(_lines()).to_json()
    data["weights"] = [float("nan")] * len(data["weights"])
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CheckworthyModelError, match="damaged"):
        CheckworthyModel.load(path)


def test_training_needs_both_labels():
    with pytest.raises(CheckworthyModelError, match="both"):
        train([LabelledLine(t, 1) for t in CHECKABLE])


def test_a_moderators_lines_rank_last_in_a_transcript():
    model = train(_lines("debate-1"))
    lines = [("HOST", "What would you do about taxes?"), ("SMITH", UNSEEN_CHECKABLE),
             ("HOST", "Why should voters believe you?"), ("JONES", UNSEEN_CHATTER),
             ("HOST", "How will you pay for it?"), ("HOST", "Is that fair?"), ("HOST", "Can you answer?"),
             ("SMITH", "Property taxes rose 18 percent in the county between 2012 and 2018.")]
    scores = model.rank(lines)
    order = sorted(range(len(lines)), key=lambda i: -scores[i])
    assert set(order[:2]) == {1, 7}
    assert all(lines[i][0] == "HOST" for i in order[-5:])


def test_rescore_sets_the_claims_checkworthiness():
    model = train(_lines())
    claims = [ExtractedClaim(0, 0, len(UNSEEN_CHATTER), UNSEEN_CHATTER),
              ExtractedClaim(1, 0, len(UNSEEN_CHECKABLE), UNSEEN_CHECKABLE)]
    model.rescore(claims)
    assert claims[1].checkworthiness > claims[0].checkworthiness
    assert claims[1].checkworthiness == round(model.score([UNSEEN_CHECKABLE])[0], 4)


def test_with_the_sentence_embedding(onnx_embedder, tmp_path):
    encode = onnx_embedder.encode
    model = train(_lines(), encode, onnx_embedder.model_id)
    assert model.dim == onnx_embedder.dim and model.embedding == onnx_embedder.model_id
    checkable, chatter = model.score([UNSEEN_CHECKABLE, UNSEEN_CHATTER], encode)
    assert checkable > chatter
    model.save(tmp_path / "m.json")
    loaded = CheckworthyModel.load(tmp_path / "m.json")
    with pytest.raises(CheckworthyModelError, match="embedding"):
        loaded.score([UNSEEN_CHECKABLE])  # an embedding model cannot score without its encoder
    assert loaded.score([UNSEEN_CHECKABLE, UNSEEN_CHATTER], encode) == pytest.approx([checkable, chatter])


def test_a_line_like_one_checked_in_another_transcript_ranks_higher(onnx_embedder, tmp_path):
    """The memory of checked lines: a talking point checked in one debate lifts its repeat in the next."""
    encode = onnx_embedder.encode
    talking_point = "My opponent raised the sales tax on groceries four times while he was mayor."
    lines = _lines("debate-1") + [LabelledLine(talking_point, 1, "GUEST", "debate-1", 50)]
    model = train(lines, encode, onnx_embedder.model_id)
    assert len(model.checked) == len(CHECKABLE) + 1 and all(len(v) == model.dim for v in model.checked)
    assert not train(_lines(), encode, onnx_embedder.model_id).checked  # lone sentences are no transcript's lines
    debate = [("SMITH", "Four times as mayor, my opponent put up the grocery sales tax."),
              ("SMITH", "The ferry to the island carried 40 thousand passengers in 2021.")]
    remembered = model.rank(debate, encode)
    model.checked = []
    forgotten = model.rank(debate, encode)
    assert remembered[0] - forgotten[0] > remembered[1] - forgotten[1]  # the repeat gains more than a new line
    model.checked = train(lines, encode, onnx_embedder.model_id).checked
    model.save(tmp_path / "m.json")
    assert CheckworthyModel.load(tmp_path / "m.json").rank(debate, encode) == pytest.approx(remembered)


def test_a_model_file_without_the_memory_still_loads(tmp_path):
    """Files written before the memory existed have no ``checked``: they load and rank as before."""
    data = train(_lines("debate-1")).to_json()
    del data["checked"], data["checked_weight"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data))
    assert CheckworthyModel.load(path).checked == []


@pytest.mark.parametrize("checked", [[[0.1, 0.2]], "not a list", [["a"]]])
def test_a_damaged_memory_is_one_line(tmp_path, checked):
    data = train(_lines("debate-1")).to_json()  # no embedding: no memory may be stored at all
    data["checked"] = checked
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CheckworthyModelError, match="damaged"):
        CheckworthyModel.load(path)


def test_a_model_file_keeps_its_readable_columns_when_features_are_added(tmp_path):
    """Features added after the file format (checkworthy_structure) reach a model through the default logit
    only, so a file written before them has the same columns and still loads."""
    from workbench.extract.checkworthy import WEIGHTS
    from workbench.extract.checkworthy_model import CONTEXT_COLUMNS, READABLE
    from workbench.extract.checkworthy_structure import NAMES

    assert set(WEIGHTS) == set(READABLE) | set(NAMES)
    model = train(_lines("debate-1"))
    assert model.columns == [*READABLE, "default_logit", *CONTEXT_COLUMNS]
    path = tmp_path / "older.json"
    model.save(path)
    assert CheckworthyModel.load(path).score([UNSEEN_CHECKABLE]) == model.score([UNSEEN_CHECKABLE])
