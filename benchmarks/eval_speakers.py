"""Named-speaker accuracy on real news: BASIL's quote annotations and the hand-labelled sample.

    python -m benchmarks.eval_speakers [DATA] [--split dev|test|all] [--json OUT]

DATA defaults to ../shared/eval/data; articles and annotations are read from ``basil/``.
An article is rebuilt as its paragraphs joined by blank lines (sentences of a paragraph by one
space), so every BASIL sentence has known offsets in the text the workbench reads.

* **BASIL quote annotations** (recipe (b) of basil/SOURCE.md): every phrase annotation with
  ``quote = yes`` and a personal speaker (``Donald_Trump``) is checked against the attribution of
  the workbench sentence holding the span: right when our speaker's surname (its last word) is
  one of the gold name's words. Group speakers (``Obama_campaign``, ``Tea_Party``: a spokesman's
  name is a right answer we cannot match) and generic ones (``other_pro`` ...) only count whether
  *some* source was found. Reported with the errors of the split asked for.
* **Hand-labelled sample** (``tests/gold/basil_speakers.json``): article uuid, BASIL sentence
  index, a SHA-256 of the sentence text (so a changed corpus is detected, never shipped) and the
  speaker a reader gives it, with the construction (pronoun, colon, statement, relay, quote run,
  plain). Accuracy overall and per construction. Its articles are test-year, so ``--split dev``
  skips it (reading its errors while developing would tune on test).

Split by year so that rules can be read on one part and measured on the other: dev = 2010-2014,
test = 2015-2019. Nothing from the data is written to the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract.attribution import attribute  # noqa: E402
from workbench.extract.sentences import split_sentences  # noqa: E402
from workbench.extract.speakers import canonical  # noqa: E402
from workbench.models import Attribution  # noqa: E402

SAMPLE = REPO / "tests" / "gold" / "basil_speakers.json"  # test years: never read its errors while developing
DEV_SAMPLE = REPO / "tests" / "gold" / "basil_speakers_dev.json"  # dev years: rules may be read against it
DEV_YEARS = {"2010", "2011", "2012", "2013", "2014"}
GROUP_WORDS = frozenset(
    "party campaign lawmakers democrats republicans officials administration supporters plaintiffs catholics "
    "committee house senate white media protesters members group and critics voters government".split()
)


def gold_kind(speaker: str) -> str:
    """ "person" for a personal name (Rick_Perry), "group" for a party, campaign or body, "generic" for other_*."""
    if speaker.startswith("other_"):
        return "generic"
    parts = [p for p in speaker.split("_") if p]
    person = len(parts) >= 2 and all(p[:1].isupper() for p in parts) and not GROUP_WORDS & {p.lower() for p in parts}
    return "person" if person else "group"


def sentence_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def rebuild(article: dict[str, Any]) -> tuple[str, list[tuple[int, int, str]]]:
    """Article text and (start, end, text) of every BASIL sentence in flattened order."""
    text, spans = "", []
    for para in article.get("body-paragraphs", []):
        sents = [s for s in para if s and s.strip()]
        if not sents:
            continue
        if text:
            text += "\n\n"
        for i, sent in enumerate(sents):
            sent = sent.strip()
            if i:
                text += " "
            spans.append((len(text), len(text) + len(sent), sent))
            text += sent
    return text, spans


def attributed(article: dict[str, Any]) -> tuple[list[tuple[int, int, str]], list[Attribution], list[tuple[int, int]]]:
    """BASIL sentence spans, our attributions and our sentence spans for one article."""
    text, spans = rebuild(article)
    ours = split_sentences(text)
    return spans, attribute(ours), [(s.start, s.end) for s in ours]


def attribution_at(start: int, end: int, atts: list[Attribution], ours: list[tuple[int, int]]) -> Attribution:
    """Our attribution of the sentence overlapping [start, end) the most."""
    best, best_overlap = Attribution(), 0
    for att, (s, e) in zip(atts, ours, strict=True):
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = att, overlap
    return best


def _fold(text: str) -> str:
    """ASCII letters for accented ones ("Calderón" -> "Calderon"): BASIL's speaker ids are ASCII."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _name_words(name: str | None) -> list[str]:
    """Canonical words without stops and without a generational suffix ("Jesse Jackson Jr." -> jesse, jackson)."""
    words = [w.rstrip(".") for w in canonical(_fold(name or "")).split()]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# A data repair, reported beside the strict figure, never instead of it. BASIL's speaker ids are ASCII,
# and one of them was cut at its first non-ASCII letter: "Felipe_Calder" for Felipe Calderón, 13
# annotations in one 2016 triplet. It is the only one of the 75 distinct ids in the 300 annotation
# files that is not a whole name. It was found in the seventh stop while reading the test split's
# errors. The repair depends on the data alone, not on what the pipeline answers.
ID_REPAIRS = {"Felipe_Calder": "Felipe_Calderon"}


def surname_match(ours: str | None, gold: str) -> bool:
    mine = _name_words(ours)
    return bool(mine) and mine[-1] in _name_words(gold.replace("_", " "))


def articles(data: Path, split: str) -> dict[str, tuple[dict[str, Any], Path]]:
    out = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        year = path.parent.name
        if split == "all" or (split == "dev") == (year in DEV_YEARS):
            out[path.stem] = (json.loads(path.read_text(encoding="utf-8")), path)
    return out


def eval_annotations(data: Path, split: str) -> dict[str, Any]:
    named = generic = named_ok = repaired_ok = generic_ok = group = group_ok = 0
    errors: list[str] = []
    for stem, (article, path) in articles(data, split).items():
        ann_path = data / "basil" / "annotations" / path.parent.name / f"{stem}_ann.json"
        if not ann_path.is_file():
            continue
        anns = json.loads(ann_path.read_text(encoding="utf-8")).get("phrase-level-annotations", [])
        quoted = [a for a in anns if a.get("quote") == "yes" and a.get("speaker") and a["id"][1:].isdigit()]
        if not quoted:
            continue
        spans, atts, ours = attributed(article)
        for ann in quoted:
            idx = int(ann["id"][1:])
            if idx >= len(spans):
                continue
            s_start = spans[idx][0]
            att = attribution_at(s_start + int(ann["start"]), s_start + int(ann["end"]), atts, ours)
            kind = gold_kind(ann["speaker"])
            if kind == "generic":
                generic += 1
                generic_ok += att.speaker_kind != "none"
                continue
            if kind == "group":  # "Obama_campaign" is rightly served by its spokesman's name: some source found
                group += 1
                group_ok += att.speaker_kind != "none"
                continue
            named += 1
            ok = surname_match(att.speaker, ann["speaker"])
            named_ok += ok
            fixed = ID_REPAIRS.get(ann["speaker"])
            repaired_ok += ok or (fixed is not None and surname_match(att.speaker, fixed))
            if not ok:
                errors.append(f"{stem} p{idx}: gold {ann['speaker']} / ours {att.speaker!r} ({att.cue})")
    return {
        "split": split,
        "named_n": named,
        "named_accuracy": round(named_ok / named, 4) if named else 0.0,
        "named_accuracy_ids_repaired": round(repaired_ok / named, 4) if named else 0.0,
        "group_n": group,
        "group_source_found": round(group_ok / group, 4) if group else 0.0,
        "generic_n": generic,
        "generic_source_found": round(generic_ok / generic, 4) if generic else 0.0,
        "errors": errors,
    }


def eval_sample(data: Path, sample: Path = SAMPLE) -> dict[str, Any]:
    """Hand-labelled sentences of one sample file (test years by default) against our attribution."""
    if not sample.is_file():
        return {"skipped": f"{sample} not found"}
    rows = json.loads(sample.read_text(encoding="utf-8"))["claims"]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    everything = articles(data, "all")
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors, stale = [], 0
    for stem, wanted in by_article.items():
        if stem not in everything:
            stale += len(wanted)
            continue
        spans, atts, ours = attributed(everything[stem][0])
        for row in wanted:
            start, end, sent = spans[row["sentence"]]
            if sentence_hash(sent) != row["sha"]:
                stale += 1
                continue
            att = attribution_at(start, end, atts, ours)
            gold = row["speaker"]
            ok = att.speaker_kind == "none" if gold is None else surname_match(att.speaker, gold)
            for key in ("all", row["case"]):
                totals[key] += 1
                right[key] += ok
            if not ok:
                errors.append(f"{stem} s{row['sentence']} [{row['case']}]: gold {gold!r} / ours {att.speaker!r}")
    return {
        "n": totals["all"],
        "stale": stale,
        "accuracy": {k: round(right[k] / totals[k], 4) for k in sorted(totals)},
        "n_by_case": dict(sorted(totals.items())),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "eval" / "data"))
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--json", dest="json_out", help="write the results here as JSON")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "basil" / "articles").is_dir():
        print(f"basil/articles not found under {data}; skipped", file=sys.stderr)
        return 0
    # each hand sample belongs to one split: a dev run never shows the test-year sample's errors
    sample = eval_sample(data) if args.split != "dev" else {"skipped": "test-year sample; run --split test"}
    dev_sample = eval_sample(data, DEV_SAMPLE) if args.split != "test" else {"skipped": "dev-year sample; run --split dev"}
    results = {
        "benchmark": "speakers",
        "basil_quotes": eval_annotations(data, args.split),
        "sample": sample,
        "dev_sample": dev_sample,
    }
    text = json.dumps(results, indent=2)
    if args.json_out:
        Path(args.json_out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
