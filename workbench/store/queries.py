"""Read-side queries of the CLI listings: ``workbench claims`` and ``workbench status``."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

CLAIM_LIST_SQL = """
SELECT c.id, c.document_id, d.outlet, d.title, d.published, c.sentence_index, c.char_start, c.char_end,
       c.text, c.speaker, c.speaker_kind, c.cue, c.via, c.checkworthiness, c.quantities,
       CASE WHEN v.verdict = 'cleared' THEN NULL ELSE v.verdict END AS verdict,
       v.reviewer, v.note, v.created_at AS decided_at
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN current_verdicts v ON v.claim_id = c.id
{where}
ORDER BY c.checkworthiness DESC, d.outlet, c.document_id, c.sentence_index
{limit}
"""


def claim_listing(db: Database, *, unattributed: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims with their document and current verdict, most check-worthy first."""
    where = "WHERE c.speaker_kind = 'none'" if unattributed else ""
    lim = f"LIMIT {int(limit)}" if limit else ""
    return list(db.query(CLAIM_LIST_SQL.format(where=where, limit=lim)))


def status_counts(db: Database) -> dict[str, int]:
    """What is in the database, for ``workbench status``."""

    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0] or 0)

    counts = {
        "documents": one("SELECT count(*) FROM documents"),
        "outlets": one("SELECT count(DISTINCT outlet) FROM documents"),
        "claims": one("SELECT count(*) FROM claims"),
        "unattributed_claims": one("SELECT count(*) FROM claims WHERE speaker_kind = 'none'"),
        "embedded_texts": one("SELECT count(*) FROM embeddings"),
        "clusters": one("SELECT count(*) FROM clusters"),
        "conflicts": one("SELECT count(*) FROM relations WHERE relation = 'conflict'"),
        "agreements": one("SELECT count(*) FROM relations WHERE relation = 'agree'"),
        "reviewed_claims": one("SELECT count(*) FROM current_verdicts WHERE verdict != 'cleared'"),
        "verdict_events": one("SELECT count(*) FROM verdict_events"),
        "reviewers": one("SELECT count(DISTINCT reviewer) FROM verdict_events"),
    }
    return counts
