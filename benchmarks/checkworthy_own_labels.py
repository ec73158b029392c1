"""Does the project's own labelled news transfer to debate lines? ``workbench checkworthy train`` on data we own.

    python -m benchmarks.checkworthy_own_labels --data ../shared/eval/data [--no-embedding] [--json OUT]

Why: no classifier trained on ClaimBuster or CLEF may ship (their licences), but a model trained on
data this project wrote itself could. The labels here are the development corpus's
(``tests/gold/devcorpus/dev``: invented news written by this team; a sentence holding a gold claim is
worth checking, every other sentence of the same articles is not) and the samples' sentence gold
(``tests/gold/sample_claims.json``: claim true / false per sentence). The command's own code
(:func:`workbench.cli.checkworthy.train_file`: label file -> train -> model file) trains on them, and
the written model is scored on the development side of the public data only: ClaimBuster
``kfold_25ncs.csv`` minus the ``test.json`` ids (lone sentences) and the CLEF-2019 ``training``
transcripts. No test file's text is read. docs/evaluation.md reports the figures beside the default's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract.checkworthy_labels import LabelledLine  # noqa: E402

DEVCORPUS = REPO / "tests" / "gold" / "devcorpus" / "dev"
SAMPLES = REPO / "workbench" / "samples"
SAMPLE_GOLD = REPO / "tests" / "gold" / "sample_claims.json"


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _texts(paths: list[Path]) -> dict[str, str]:
    """File name ("file" or "file:line" for a JSONL feed) -> cleaned text, through the real ingest."""
    from workbench.ingest.readers import read_inputs

    return {Path(item.source_path).name: item.text
            for item in read_inputs([str(p) for p in paths], {}) if hasattr(item, "text")}


def _sentences(text: str) -> list[str]:
    """The sentences extraction would score: no headings, no boilerplate, the dateline cut off."""
    from workbench.extract.checkworthy import is_boilerplate
    from workbench.extract.sentences import dateline_end, split_sentences

    return [s.text[dateline_end(s.text):].strip() for s in split_sentences(text)
            if not s.heading and not is_boilerplate(s.text)]


def devcorpus_lines(split: Path) -> tuple[list[LabelledLine], int]:
    """(every sentence of the split's articles, labelled 1 when it holds a gold claim; gold claims not found)."""
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    claims: dict[str, list[str]] = {}
    for claim in gold["claims"]:
        claims.setdefault(claim["document"], []).append(_norm(claim["text"]))
    lines: list[LabelledLine] = []
    missed = 0
    for name, text in _texts(sorted(p for p in split.iterdir() if p.name != "gold.json")).items():
        wanted, found = claims.get(name, []), set()
        for sentence in _sentences(text):
            key = _norm(sentence)
            hits = {i for i, claim in enumerate(wanted) if claim and (claim in key or key in claim)}
            found |= hits
            lines.append(LabelledLine(sentence, int(bool(hits))))
        missed += len(wanted) - len(found)
    return lines, missed


def sample_lines(folder: Path, gold_file: Path) -> list[LabelledLine]:
    """The samples' sentences that their gold judges (``match`` is a piece of the sentence)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    texts = _texts(sorted(p for p in folder.iterdir() if p.name != "README.md"))
    lines = []
    for name, items in gold.items():
        for sentence in _sentences(texts.get(name, "")):
            judged = [item["claim"] for item in items if item["match"] in sentence]
            if judged:
                lines.append(LabelledLine(sentence, int(bool(judged[0]))))
    return lines


def run(data: Path, devcorpus: Path = DEVCORPUS, samples: Path = SAMPLES, sample_gold: Path = SAMPLE_GOLD,
        encode: Any = None, embedding: str | None = None) -> dict[str, Any]:
    """Train on our own labels with the command's code; score ClaimBuster dev and CLEF-2019 training."""
    from benchmarks.calibrate_checkworthy import dev_rows
    from benchmarks.checkworthy_option import clef, mean_ranking, write_labels
    from benchmarks.eval_checkworthy import _view, f1_at_balance
    from workbench.cli.checkworthy import train_file
    from workbench.extract.checkworthy_model import CheckworthyModel

    news, missed = devcorpus_lines(devcorpus)
    lines = news + sample_lines(samples, sample_gold)
    with tempfile.TemporaryDirectory() as tmp:
        labels, out = Path(tmp) / "labels.jsonl", Path(tmp) / "model.json"
        write_labels(lines, labels)
        train_file(labels, out, encode, embedding)
        model = CheckworthyModel.load(out)
    rows = dev_rows(data / "claimbuster-2class")
    truth = [int(r["label"]) for r in rows]
    scores = model.score([r["text"] for r in rows], encode)
    decisions = [s >= 0.5 for s in scores]
    view = _view(truth, scores, decisions) | {"f1_at_test_balance": f1_at_balance(truth, decisions)}
    return {"trained_on": "devcorpus dev gold + samples gold (this project's own data)",
            "embedding": embedding, "lines": len(lines), "positives": sum(line.label for line in lines),
            "gold_claims_not_found": missed, "claimbuster_dev": view,
            "clef2019_train": mean_ranking(model, clef(data / "clef2019-checkworthy" / "training"), encode)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the eval data folder (holds claimbuster-2class/, ...)")
    parser.add_argument("--no-embedding", action="store_true", help="readable features only (no sentence embedding)")
    parser.add_argument("--json", dest="json_out", help="write the results JSON here")
    args = parser.parse_args(argv)
    encode, embedding = None, None
    if not args.no_embedding:
        from benchmarks.checkworthy_option import Vectors

        encode = Vectors()
        embedding = encode.model_id
    text = json.dumps(run(Path(args.data), encode=encode, embedding=embedding), indent=2)
    if args.json_out:
        Path(args.json_out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
