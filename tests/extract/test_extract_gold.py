"""Extraction accuracy against hand labels: the bundled samples and the two seed articles.

Gold files live in tests/gold/ (conventions in docs/extraction.md). The scoring helpers are
plain functions so benchmarks/eval_extraction.py reports the same figures.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from workbench.extract import extract_claims, split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.speakers import canonical
from workbench.ingest import read_inputs

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "workbench" / "samples"
GOLD = Path(__file__).resolve().parents[1] / "gold"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _doc_key(source_path: str) -> str:
    return Path(source_path).name


def ingested(paths: list[Path]) -> dict[str, str]:
    """Document key ("file" or "file:line") -> cleaned text, through the real ingest."""
    texts: dict[str, str] = {}
    for item in read_inputs([str(p) for p in paths], {}):
        assert hasattr(item, "text"), f"ingest problem: {item}"
        texts[_doc_key(item.source_path)] = item.text
    return texts


def score_samples(texts: dict[str, str], gold: dict[str, list[dict]]) -> dict[str, float | int]:
    """Per-field accuracy: claim/not-claim over every sentence; speaker, kind, cue, via over gold claims."""
    tally = {k: [0, 0] for k in ("claim", "speaker", "kind", "cue", "via")}
    errors: list[str] = []

    def count(field: str, ok: bool, what: str) -> None:
        tally[field][0] += ok
        tally[field][1] += 1
        if not ok:
            errors.append(f"{field}: {what}")

    for doc, entries in gold.items():
        text = texts[doc]
        sentences = split_sentences(text)
        attributions = attribute(sentences)
        kept = {c.sentence_index for c in extract_claims(text)}
        labelled: set[int] = set()
        for entry in entries:
            hits = [s for s in sentences if _squash(entry["match"]) in _squash(s.text)]
            if not hits:
                if entry["claim"]:
                    count("claim", False, f"{doc}: gold claim missing from text: {entry['match']}")
                continue
            sent = hits[0]
            if sent.index in labelled:
                continue
            labelled.add(sent.index)
            count("claim", (sent.index in kept) == entry["claim"], f"{doc}: {entry['match']} -> {sent.index in kept}")
            if not entry["claim"]:
                continue
            got = attributions[sent.index]
            count("speaker", got.speaker == entry["speaker"], f"{doc}: {entry['match']} -> {got.speaker!r}")
            count("kind", got.speaker_kind == entry["kind"], f"{doc}: {entry['match']} -> {got.speaker_kind}")
            if "cue" in entry:
                count("cue", got.cue == entry["cue"], f"{doc}: {entry['match']} -> {got.cue!r}")
            if "via" in entry:
                count("via", got.via == entry["via"], f"{doc}: {entry['match']} -> {got.via!r}")
        for sent in sentences:  # unlabelled sentences are page leftovers: never claims
            if sent.index not in labelled:
                count("claim", sent.index not in kept, f"{doc}: unlabelled sentence kept: {sent.text[:60]}")
    result: dict[str, float | int] = {f"{k}_accuracy": (ok / n if n else 1.0) for k, (ok, n) in tally.items()}
    result.update({f"{k}_n": n for k, (_, n) in tally.items()})
    result["errors"] = errors  # type: ignore[assignment]
    return result


def speaker_matches(predicted: str | None, gold: str) -> bool:
    got, want = canonical(predicted), canonical(gold)
    return got == want or got.endswith(" " + want)


def sentence_key(text: str) -> str:
    return hashlib.sha1(_squash(text).encode("utf-8")).hexdigest()


def score_seeds(texts: dict[str, str], gold: dict[str, dict[str, dict]]) -> dict[str, float | int]:
    """Speaker+kind accuracy over the attributed seed sentences (keys are sentence hashes)."""
    right = total = 0
    errors: list[str] = []
    for doc, entries in gold.items():
        sentences = split_sentences(texts[doc])
        by_key = {sentence_key(s.text): a for s, a in zip(sentences, attribute(sentences), strict=True)}
        for key, expected in entries.items():
            total += 1
            got = by_key.get(key)
            ok = (
                got is not None
                and speaker_matches(got.speaker, expected["speaker"])
                and (got.speaker_kind == expected["kind"])
            )
            right += ok
            if not ok:
                errors.append(f"{doc} {key[:8]}: want {expected}, got {got}")
    return {"accuracy": right / total if total else 1.0, "n": total, "errors": errors}  # type: ignore[dict-item]


BODY_LINE = re.compile(r"[a-z].*[.!?\"”']\s*$")


def body_text(raw: str) -> str:
    """Article body picked by hand-coded line filters: prose lines of 8+ words ending a sentence."""
    lines = [ln.strip() for ln in raw.splitlines()]
    body = [ln for ln in lines if len(ln.split()) >= 8 and BODY_LINE.search(ln) and not ln.isupper()]
    return _squash(" ".join(body))


@pytest.fixture(scope="module")
def sample_texts() -> dict[str, str]:
    return ingested(sorted(p for p in SAMPLES.iterdir() if p.name != "README.md"))


@pytest.fixture(scope="module")
def sample_scores(sample_texts: dict[str, str]) -> dict:
    gold = json.loads((GOLD / "sample_claims.json").read_text(encoding="utf-8"))["documents"]
    assert set(gold) == set(sample_texts), "gold covers exactly the ingested sample documents"
    return score_samples(sample_texts, gold)


def test_samples_claim_accuracy(sample_scores: dict) -> None:
    assert sample_scores["claim_n"] >= 45
    assert sample_scores["claim_accuracy"] >= 0.95, sample_scores["errors"]


def test_samples_speaker_and_kind_accuracy(sample_scores: dict) -> None:
    assert sample_scores["speaker_n"] >= 35
    assert sample_scores["speaker_accuracy"] >= 0.95, sample_scores["errors"]
    assert sample_scores["kind_accuracy"] >= 0.95, sample_scores["errors"]


def test_samples_cue_and_via_accuracy(sample_scores: dict) -> None:
    assert sample_scores["cue_accuracy"] >= 0.9, sample_scores["errors"]
    assert sample_scores["via_accuracy"] >= 0.9, sample_scores["errors"]


def test_samples_no_boilerplate_claims(sample_texts: dict[str, str]) -> None:
    markers = ("Read more", "Subscribe", "Share this", "Reporting by", "ADVERTISEMENT", "Leave a comment", "http")
    for doc, text in sample_texts.items():
        for claim in extract_claims(text):
            assert not any(m in claim.text for m in markers), (doc, claim.text)
            assert not claim.text.rstrip('"”').endswith("?"), (doc, claim.text)


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    return ingested(sorted(SEEDS.glob("*.txt")))


def test_seeds_attribution_accuracy(seed_texts: dict[str, str]) -> None:
    gold = json.loads((GOLD / "seed_attribution.json").read_text(encoding="utf-8"))["documents"]
    missing = set(gold) - set(seed_texts)
    if missing:
        pytest.skip(f"seed files missing: {sorted(missing)}")
    result = score_seeds(seed_texts, gold)
    assert result["n"] >= 25
    assert result["accuracy"] >= 0.85, result["errors"]


def test_seeds_no_boilerplate_claim(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        body = body_text((SEEDS / name).read_text(encoding="utf-8"))
        claims = extract_claims(text)
        assert claims, name
        for claim in claims:
            assert _squash(claim.text) in body, (name, claim.sentence_index)
