"""Our own labels for ``workbench checkworthy train`` (benchmarks.checkworthy_own_labels), on made-up files.

Every text here is invented for the test: a two-article corpus with its gold, a one-article sample
folder with its sentence gold, and a ClaimBuster / CLEF layout holding a few invented lines.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.checkworthy_own_labels import devcorpus_lines, run, sample_lines

ARTICLE_A = """---
title: Ferry service cut
outlet: The Lakeside Courier
published: 2031-05-02
---

# Ferry service cut

The island ferry will run four crossings a day from June, down from nine, the port authority said on Monday.

Passengers waited on the pier in light rain.

The operator said fuel costs had risen 35 per cent since January.
"""

ARTICLE_B = """---
title: Orchard fire
outlet: The Hillcrest Post
published: 2031-05-03
---

# Orchard fire

Firefighters said 120 hectares of orchards burned overnight near Velby.

Smoke drifted over the valley in the morning.
"""

SAMPLE = """---
title: Bridge closed
outlet: The Riverside Ledger
published: 2031-06-01
---

# Bridge closed

The old bridge carried 14,000 vehicles a day before it closed, the county said.

Readers can send their photos to the newsroom.
"""


def _corpus(tmp_path: Path) -> Path:
    split = tmp_path / "dev"
    split.mkdir()
    (split / "lc_ferry.md").write_text(ARTICLE_A, encoding="utf-8")
    (split / "hp_fire.md").write_text(ARTICLE_B, encoding="utf-8")
    claims = [
        {"document": "lc_ferry.md", "text": "The island ferry will run four crossings a day from June, down from nine, "
                                            "the port authority said on Monday."},
        {"document": "lc_ferry.md", "text": "The operator said fuel costs had risen 35 per cent since January."},
        {"document": "hp_fire.md", "text": "Firefighters said 120 hectares of orchards burned overnight near Velby."},
    ]
    (split / "gold.json").write_text(json.dumps({"claims": claims}), encoding="utf-8")
    return split


def _samples(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "samples"
    folder.mkdir()
    (folder / "rl_bridge.md").write_text(SAMPLE, encoding="utf-8")
    (folder / "README.md").write_text("not an article\n", encoding="utf-8")
    gold = {"documents": {"rl_bridge.md": [{"match": "The old bridge carried", "claim": True},
                                           {"match": "Readers can send", "claim": False}]}}
    (tmp_path / "sample_gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder, tmp_path / "sample_gold.json"


def test_a_gold_claim_sentence_is_worth_checking_and_the_rest_of_its_article_is_not(tmp_path) -> None:
    lines, missed = devcorpus_lines(_corpus(tmp_path))
    labelled = {line.text: line.label for line in lines}
    assert missed == 0
    assert labelled["Firefighters said 120 hectares of orchards burned overnight near Velby."] == 1
    assert labelled["The operator said fuel costs had risen 35 per cent since January."] == 1
    assert labelled["Passengers waited on the pier in light rain."] == 0
    assert labelled["Smoke drifted over the valley in the morning."] == 0
    assert "Ferry service cut" not in labelled  # a heading is not a sentence extraction scores
    assert all(line.transcript is None for line in lines)  # lone sentences, as news claims are at ingest


def test_the_samples_give_only_the_sentences_their_gold_judges(tmp_path) -> None:
    folder, gold = _samples(tmp_path)
    lines = {line.text: line.label for line in sample_lines(folder, gold)}
    assert lines == {"The old bridge carried 14,000 vehicles a day before it closed, the county said.": 1,
                     "Readers can send their photos to the newsroom.": 0}


def test_trained_by_the_command_and_scored_on_the_development_side_only(tmp_path) -> None:
    data = tmp_path / "data"
    cb = data / "claimbuster-2class"
    cb.mkdir(parents=True)
    dev = [(1, "Tuition rose 40 percent between 2008 and 2014.", 1), (2, "Thank you, and good night.", 0),
           (3, "Our county added 2,000 nurses in 2019.", 1), (4, "I hope you enjoy the evening.", 0)]
    (cb / "kfold_25ncs.csv").write_text("sentence_id,text,label\n" + "".join(f'{i},"{t}",{y}\n' for i, t, y in dev),
                                        encoding="utf-8")
    (cb / "test.json").write_text(json.dumps([{"sentence_id": 4, "text": "held out", "label": 0}]), encoding="utf-8")
    training = data / "clef2019-checkworthy" / "training"
    training.mkdir(parents=True)
    (training / "t1.tsv").write_text("1\tLEE\tThe plant hired 600 workers in 2017.\t1\n2\tLEE\tWell, good to be here.\t0\n",
                                     encoding="utf-8")
    folder, gold = _samples(tmp_path)
    out = run(data, _corpus(tmp_path), folder, gold)
    assert out["lines"] == 7 and out["positives"] == 4 and out["gold_claims_not_found"] == 0
    assert out["claimbuster_dev"]["n"] == 3  # the test.json id stays out
    assert out["clef2019_train"]["transcripts"] == 1
    assert 0.0 <= out["claimbuster_dev"]["roc_auc"] <= 1.0
