"""Small real databases for the export, history and agreement tests.

Documents and claims go through the store API (``save_document``); the analysis tables
(clusters, relations) through the analysis writer ``workbench.store.analysis.write_results``
with its dataclasses, as ``workbench analyze`` stores them, so these tests do not load a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.models import Article, Attribution, ExtractedClaim, Quantity
from workbench.store import Database, open_db, save_document
from workbench.store.analysis import ClusterRow, RelationRow, write_results

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


def _stored_analysis(db: Database) -> tuple[list[ClusterRow], list[RelationRow]]:
    """The clusters and relations stored now, as the analysis writer's dataclasses."""
    members: dict[str, list[str]] = {}
    for cluster_id, claim_id in db.execute("SELECT cluster_id, claim_id FROM cluster_members ORDER BY rowid"):
        members.setdefault(cluster_id, []).append(claim_id)
    clusters = [
        ClusterRow(cid, label, members.get(cid, []), n_outlets or 0, maxcw or 0.0, event_id)
        for cid, label, n_outlets, maxcw, event_id in db.execute(
            "SELECT id, label, n_outlets, max_checkworthiness, event_id FROM clusters ORDER BY rowid"
        )
    ]
    relations = [
        RelationRow(*row)
        for row in db.execute("SELECT claim_a, claim_b, relation, reason, method FROM relations ORDER BY rowid")
    ]
    return clusters, relations


def write_analysis(db: Database, clusters: Sequence[ClusterRow] = (), relations: Sequence[RelationRow] = ()) -> None:
    """Store ``clusters`` and ``relations`` beside what is stored, through ``write_results`` (one swap)."""
    stored_clusters, stored_relations = _stored_analysis(db)
    write_results(db, [], [*stored_clusters, *clusters], [*stored_relations, *relations], {})


def add_relation(db: Database, x: str, y: str, relation: str, reason: str) -> None:
    a, b = sorted((x, y))
    write_analysis(db, relations=[RelationRow(a, b, relation, reason, "rules")])


def add_cluster(db: Database, cluster_id: str, label: str, members: list[str]) -> None:
    """A cluster of two or more claims (the analysis writer drops a smaller one, as analysis would)."""
    write_analysis(db, clusters=[ClusterRow(cluster_id, label, members, n_outlets=2, max_checkworthiness=0.7)])


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
    write_analysis(
        db,
        clusters=[ClusterRow("k1", "casualty ratio", [a, c], n_outlets=2, max_checkworthiness=0.7)],
        relations=[
            RelationRow(*sorted((a, c)), "conflict", "5:1 vs 7:1 Russian-to-Ukrainian deaths"),
            RelationRow(*sorted((b, d)), "agree", "52% vs about half of the region"),
        ],
    )
    return Sample(db, path, a, b, c, d)
