"""Seeded generator of realistic synthetic news articles for benchmarks.

    python -m benchmarks.generate --claims 100000 --seed 7 --out /tmp/synth

writes one JSONL file per outlet (``text`` + ``outlet/title/url/published/author``, the shape
``workbench ingest`` reads) and a ``manifest.json`` with the counts. Same seed, same bytes.

Why synthetic: benchmarks must run at 100k claims, offline, without copying anyone's articles.
The text imitates what makes real reporting hard: datelines, web boilerplate lines, named /
organisation / anonymous / no sources, figures in many spellings (percent, count, ratio, money,
date), wire copy run verbatim by other outlets, and many events each covered by several outlets
(so clusters exist), some with conflicting figures. ``--claims`` counts the claim sentences the
generator plans (exactly); how many the extractor finds is what ``bench_ingest`` reports.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks import synth_vocab as v
from benchmarks.synth_events import FACTS, HEADLINES, Event, attributed, claim_sentence, make_event

GENERATOR_VERSION = 1
FIRST_DAY = date(2023, 1, 2)
SOURCE_KINDS = ("named", "organization", "anonymous", "none")
SOURCE_WEIGHTS = (0.35, 0.3, 0.2, 0.15)
P_FACT = 0.85  # an article reports each fact of its event with this probability
P_REPEAT = 0.3  # ... and repeats one of them later, from another source
P_CONFLICT = 0.12  # a reported figure differs from the canonical one
P_SYNDICATE = 0.35  # a non-wire article runs paragraphs of the wire story verbatim
P_BOILERPLATE = 0.3  # a boilerplate line between two paragraphs
# Qualitative claims (no figure) so relations are not only numeric: (agreeing, opposed) wordings.
STANCES = (
    ("holding {town} is vital for the defence of the whole {region} front",
     "losing {town} would not be a strategic setback"),
    ("the {river} river crossing is the main supply route into {town}",
     "the {river} river crossing is no longer used for supplies"),
)


@dataclass
class Claim:
    """A planned claim sentence and the gold facts a benchmark can check it against."""

    text: str
    event_id: str
    fact: str  # FACTS key, or "stance"
    source_kind: str
    conflict: bool


@dataclass
class SynthArticle:
    outlet: str
    title: str
    url: str
    published: str
    author: str
    event_id: str
    paragraphs: list[str] = field(default_factory=list)  # content and boilerplate lines, in order
    boilerplate: set[int] = field(default_factory=set)  # indexes into paragraphs
    claims: list[Claim] = field(default_factory=list)
    syndicated: int = 0  # paragraphs copied verbatim from a wire story

    @property
    def text(self) -> str:
        """The page text as scraped: boilerplate included (ingest must drop it)."""
        return "\n\n".join(self.paragraphs)

    @property
    def clean_text(self) -> str:
        """The article text without the boilerplate lines (what a perfect ingest keeps)."""
        return "\n\n".join(p for i, p in enumerate(self.paragraphs) if i not in self.boilerplate)

    def record(self) -> dict[str, str]:
        return {"outlet": self.outlet, "title": self.title, "url": self.url, "published": self.published,
                "author": self.author, "text": self.text}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _claims_for(rng: random.Random, ev: Event, via: str | None) -> list[Claim]:
    keys = [k for k in ev.values if rng.random() < P_FACT] or [next(iter(ev.values))]
    if rng.random() < P_REPEAT:
        keys.append(rng.choice(keys))
    claims = []
    for i, key in enumerate(keys):
        kind = rng.choices(SOURCE_KINDS, SOURCE_WEIGHTS)[0]
        conflict = rng.random() < P_CONFLICT
        text = claim_sentence(rng, ev, key, kind, conflict, via if i == 1 and kind != "none" else None)
        claims.append(Claim(text, ev.id, key, kind, conflict))
    if rng.random() < 0.5:
        agreeing, opposed = rng.choice(STANCES)
        conflict = rng.random() < 0.3
        clause = (opposed if conflict else agreeing).format(**ev.fields())
        kind = rng.choices(SOURCE_KINDS, SOURCE_WEIGHTS)[0]
        claims.insert(rng.randrange(1, len(claims) + 1), Claim(attributed(rng, clause, kind, ev.town, None),
                                                               ev.id, "stance", kind, conflict))
    return claims


def _article(rng: random.Random, ev: Event, outlet: tuple[str, str, bool], n: int,
             wire: SynthArticle | None) -> SynthArticle:
    name, host, _ = outlet
    day = ev.day.toordinal() + rng.randrange(0, 3)
    published = date.fromordinal(day)
    title = rng.choice(HEADLINES[ev.kind]).format(**ev.fields())
    author = rng.choice((f"{rng.choice(v.FIRST_NAMES)} {rng.choice(v.LAST_NAMES)}", f"{name} staff"))
    art = SynthArticle(
        outlet=name, title=title, author=author, event_id=ev.id, published=published.isoformat(),
        url=f"https://{host}/{published:%Y/%m/%d}/{slug(title)}-{ev.id}-{n}",
    )
    via = rng.choice([o[0] for o in v.OUTLETS if o[0] != name]) if rng.random() < 0.15 else None
    claims = _claims_for(rng, ev, via)
    copied: list[Claim] = []
    if wire is not None and wire.claims and rng.random() < P_SYNDICATE:
        copied = wire.claims[: rng.randint(2, 3)]
        claims = copied + [c for c in claims if c.fact not in {w.fact for w in copied}]
    dateline = f"{ev.town.upper()}, {v.MONTHS[published.month - 1][:3]} {published.day} ({name}) - "
    for i, claim in enumerate(claims):
        para = claim.text
        if claim in copied:  # the wire paragraph exactly as the wire ran it, dateline and all
            para = next(p for p in wire.paragraphs if claim.text in p)  # type: ignore[union-attr]
        elif i == 0:
            para = dateline + para
        elif rng.random() < 0.35:
            para += " " + rng.choice(v.COLOUR).format(town=ev.town)
        if i and rng.random() < P_BOILERPLATE:
            art.boilerplate.add(len(art.paragraphs))
            other = rng.choice(HEADLINES[rng.choice(sorted(HEADLINES))]).format(**ev.fields())
            art.paragraphs.append(rng.choice(v.BOILERPLATE).format(headline=other, outlet=name))
        art.paragraphs.append(para)
    art.claims = claims
    art.syndicated = len(copied)
    art.boilerplate.add(len(art.paragraphs))
    art.paragraphs.append(f"© {published.year} {name}. All rights reserved.")
    if rng.random() < P_BOILERPLATE:
        art.boilerplate.add(len(art.paragraphs))
        art.paragraphs.append(rng.choice(v.TRAILERS))
    return art


def generate_articles(n_claims: int, seed: int) -> Iterator[SynthArticle]:
    """Articles whose planned claims add up to exactly ``n_claims`` (deterministic for a seed)."""
    rng = random.Random(seed)
    total = 0
    index = 0
    while total < n_claims:
        ev = make_event(rng, index, FIRST_DAY)
        index += 1
        covering = rng.sample(v.OUTLETS, rng.randint(2, 6))
        covering.sort(key=lambda o: not o[2])  # wires publish first
        wire: SynthArticle | None = None
        for n, outlet in enumerate(covering):
            art = _article(rng, ev, outlet, n, wire)
            if outlet[2] and wire is None:
                wire = art
            if total + len(art.claims) > n_claims:
                _truncate(art, n_claims - total)
            if not art.claims:
                return
            total += len(art.claims)
            yield art
            if total >= n_claims:
                return


def _truncate(art: SynthArticle, keep: int) -> None:
    """Drop trailing claim paragraphs so the planned total is exact."""
    drop = {c.text for c in art.claims[keep:]}
    art.claims = art.claims[:keep]
    kept = [(i, p) for i, p in enumerate(art.paragraphs) if not any(p.endswith(t) or p.startswith(t) for t in drop)]
    art.boilerplate = {j for j, (i, _) in enumerate(kept) if i in art.boilerplate}
    art.paragraphs = [p for _, p in kept]


def write_corpus(out: Path, n_claims: int, seed: int) -> dict:
    """Write the JSONL files and ``manifest.json`` under ``out``; return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    handles: dict[str, object] = {}
    stats: Counter[str] = Counter()
    events: set[str] = set()
    try:
        for art in generate_articles(n_claims, seed):
            fh = handles.get(art.outlet)
            if fh is None:
                fh = handles[art.outlet] = (out / f"{slug(art.outlet)}.jsonl").open("w", encoding="utf-8")
            fh.write(json.dumps(art.record(), ensure_ascii=False) + "\n")  # type: ignore[attr-defined]
            events.add(art.event_id)
            stats["articles"] += 1
            stats["claims"] += len(art.claims)
            stats["syndicated_claims"] += art.syndicated
            stats["boilerplate_lines"] += len(art.boilerplate)
            stats["conflicting_claims"] += sum(c.conflict for c in art.claims)
            for c in art.claims:
                stats["source_" + c.source_kind] += 1
                stats["fact_" + (FACTS[c.fact][0] if c.fact in FACTS else "stance")] += 1
    finally:
        for fh in handles.values():
            fh.close()  # type: ignore[attr-defined]
    manifest = {"generator_version": GENERATOR_VERSION, "seed": seed, "target_claims": n_claims,
                "events": len(events), "outlets": len(handles), **dict(sorted(stats.items()))}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def build_db(path: str | Path, n_claims: int, seed: int = 7, *, mode: str = "auto", clusters: str = "gold") -> dict:
    """A ready workbench DB of ``n_claims`` planned claims (see ``benchmarks.synth_db``)."""
    from benchmarks.synth_db import build_db as _build

    return _build(path, n_claims, seed, mode=mode, clusters=clusters)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1000, help="planned claim sentences (1000, 10000, 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True, help="folder for the JSONL files and manifest.json")
    args = parser.parse_args(argv)
    if args.claims < 1:
        parser.error("--claims must be positive")
    manifest = write_corpus(Path(args.out), args.claims, args.seed)
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
