"""Small real databases for the export, history and agreement tests.

Documents and claims go through the store API (``save_document``); the analysis tables
(clusters, relations) are filled with plain inserts, as ``workbench analyze`` would, so
these tests do not load a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from workbench.models import Article, Attribution, ExtractedClaim, Quantity
from workbench.store import open_db, save_document

Sentence = tuple[str, Attribution, list[Quantity]]


def add_document(
    db: Database,
    sentences: list[Sentence],
    *,
    outlet: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    source_path: str | None = None,
) -> list[str]:
    """Save an article made of ``sentences``; return its claim ids in sentence order."""
    text = " ".join(s for s, _, _ in sentences)
    claims, pos = [], 0
    for i, (sentence, attribution, quantities) in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        claims.append(ExtractedClaim(i, start, pos, sentence, attribution, 0.7, quantities))
    article = Article(text, outlet, title, url, None, published, source_path or url or f"{title}.txt", "txt")
    doc_id, _ = save_document(db, article, claims)
    return [r[0] for r in db.execute("SELECT id FROM claims WHERE document_id = ? ORDER BY sentence_index", [doc_id])]


def add_relation(db: Database, x: str, y: str, relation: str, reason: str) -> None:
    a, b = sorted((x, y))
    db["relations"].insert({"claim_a": a, "claim_b": b, "relation": relation, "reason": reason, "method": "rules"})


def add_cluster(db: Database, cluster_id: str, label: str, members: list[str]) -> None:
    db["clusters"].insert({"id": cluster_id, "label": label, "size": len(members), "n_outlets": 2})
    db["cluster_members"].insert_all([{"claim_id": m, "cluster_id": cluster_id} for m in members])


@dataclass
class Sample:
    """The sample DB and the ids of its claims (a..d) for assertions."""

    db: Database
    path: Path
    a: str  # named speaker, ratio, conflicts with c, in cluster k1
    b: str  # unattributed (speaker_kind none), agrees with d
    c: str  # organization speaker via CNN, conflicts with a, in cluster k1
    d: str  # anonymous speaker, agrees with b


RATIO = Quantity("ratio", "five ... for every", 0, 4, 5.0, numerator="Russian", denominator="Ukrainian")


def build_sample(path: Path) -> Sample:
    """Two outlets, four claims, one conflict, one agreement, one cluster; no verdicts yet."""
    db = open_db(path)
    a, b = add_document(
        db,
        [
            (
                "Five Russians die for every Ukrainian, Pavlo Kyrylenko said.",
                Attribution("Pavlo Kyrylenko", "named", "said"),
                [RATIO],
            ),
            ("Ukraine holds 52% of the Donetsk region.", Attribution(), []),
        ],
        outlet="Meridian Wire",
        title="Bakhmut holds, for now",
        url="https://meridian.example/bakhmut",
        published="2023-02-07",
    )
    c, d = add_document(
        db,
        [
            (
                "The ratio is seven to one, the Ukrainian military told CNN.",
                Attribution("the Ukrainian military", "organization", "told", "CNN"),
                [],
            ),
            (
                "A senior official said Ukraine holds about half of the region.",
                Attribution("a senior official", "anonymous", "said"),
                [],
            ),
        ],
        outlet="Steppe Times",
        title="Ratio, disputed",
        url=None,
        published="2023-02-08",
    )
    add_relation(db, a, c, "conflict", "5:1 vs 7:1 Russian-to-Ukrainian deaths")
    add_relation(db, b, d, "agree", "52% vs about half of the region")
    add_cluster(db, "k1", "casualty ratio", [a, c])
    return Sample(db, path, a, b, c, d)
