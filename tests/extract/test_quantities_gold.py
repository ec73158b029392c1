"""Per-field accuracy of quantity extraction on the bundled sample articles (tests/gold/sample_quantities.json).

The samples are read with a stdlib-only loader (front matter dropped, jsonl "text" fields,
HTML tags stripped) so this test measures the quantity extractor alone, not ingest. Each gold
key picks one sentence; the extractor runs on that sentence and its quantities are paired with
the expected ones (same kind, in order). Figures the planted conflicts depend on must be
exactly right; the rest must reach 0.9 per field.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from workbench.extract.quantities import extract_quantities
from workbench.models import Quantity

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "workbench" / "samples"
GOLD = json.loads((Path(__file__).resolve().parents[1] / "gold" / "sample_quantities.json").read_text(encoding="utf-8"))
FILES = sorted(k for k in GOLD if not k.startswith("_"))
FIELDS = ("kind+value", "unit", "approx", "bound", "numerator", "denominator", "iso", "context")


class _TextOnly(HTMLParser):
    """Visible text of an HTML page, one line per block element; scripts and styles dropped."""

    _BLOCKS = {"p", "h1", "h2", "h3", "li", "div", "title", "time", "header", "footer", "nav", "aside", "br"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in ("script", "style")
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def load_sample_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return "\n\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
    if path.suffix == ".html":
        parser = _TextOnly()
        parser.feed(raw)
        return re.sub(r"[ \t]*\n[\s]*", "\n", "".join(parser.parts))
    if path.suffix == ".md" and raw.startswith("---"):
        return raw.split("\n---", 1)[1].split("\n", 1)[1]
    return raw


def sentence_with(text: str, key: str) -> str:
    """The sentence (or line) of ``text`` holding ``key``."""
    assert text.count(key) == 1, f"gold key {key!r} must occur exactly once"
    pos = text.index(key)
    starts = [m.end() for m in re.finditer(r"[.!?][\"”]?\s+|\n", text[:pos])]
    end = re.search(r"[.!?](?=[\"”]?(?:\s|$))|\n", text[pos + len(key):])
    return text[starts[-1] if starts else 0: pos + len(key) + (end.end() if end else len(text))].strip()


def _same(field: str, got: Quantity, exp: dict) -> bool:
    if field == "kind+value":
        if got.kind != exp["kind"]:
            return False
        if exp["kind"] == "date":
            return got.iso == exp.get("iso")
        return got.value is not None and abs(got.value - exp["value"]) <= 1e-3 * max(1.0, abs(exp["value"]))
    return getattr(got, field) == exp[field]


def score() -> dict:
    """Per-field counts over all gold sentences: {field: [right, checked]}, plus precision and planted misses."""
    tally = {f: [0, 0] for f in FIELDS}
    found_total = paired_total = 0
    planted_misses: list[str] = []
    for name in FILES:
        text = load_sample_text(SAMPLES / name)
        for entry in GOLD[name]:
            found = extract_quantities(sentence_with(text, entry["key"]))
            found_total += len(found)
            pools = {k: [q for q in found if q.kind == k] for k in {q.kind for q in found}}
            for exp in entry["quantities"]:
                pool = pools.get(exp["kind"], [])
                got = pool.pop(0) if pool else None
                paired_total += got is not None
                for field in FIELDS:
                    if field != "kind+value" and field not in exp:
                        continue
                    ok = got is not None and _same(field, got, exp)
                    tally[field][0] += ok
                    tally[field][1] += 1
                    if entry.get("planted") and not ok:
                        planted_misses.append(f"{name}: {entry['key']!r} {field}")
    return {"fields": tally, "precision": paired_total / found_total if found_total else 1.0,
            "planted_misses": planted_misses}


@pytest.fixture(scope="module")
def result() -> dict:
    return score()


def test_every_gold_key_finds_one_sentence() -> None:
    for name in FILES:
        text = load_sample_text(SAMPLES / name)
        for entry in GOLD[name]:
            assert entry["key"] in sentence_with(text, entry["key"])


def test_planted_conflict_figures_are_exact(result: dict) -> None:
    assert result["planted_misses"] == []


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy(result: dict, field: str) -> None:
    right, checked = result["fields"][field]
    assert checked > 0
    assert right / checked >= 0.9, f"{field}: {right}/{checked}"


def test_precision_no_extra_quantities(result: dict) -> None:
    assert result["precision"] >= 0.9


if __name__ == "__main__":  # print the figures for a report: python tests/extract/test_quantities_gold.py
    r = score()
    for f, (right, checked) in r["fields"].items():
        print(f"{f:12s} {right}/{checked} = {right / checked:.3f}")
    print(f"precision    {r['precision']:.3f}; planted misses: {r['planted_misses'] or 'none'}")
