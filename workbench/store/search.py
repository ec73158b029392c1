"""Full-text search over claims (the FTS5 index ``claims_fts`` from migration m008).

The same index lets Datasette search ``claims.db``. What a user types is searched as
words, never as FTS5 syntax: each word is quoted, so ``"``, ``AND``, ``-`` or ``*`` in a
query cannot raise a syntax error; every word must occur (in the claim or its speaker).
A word ending in ``*`` stays a prefix search.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from workbench.models import SearchHit
from workbench.store.verdicts import current_event_sql

_WORD = re.compile(r"\w+\*?", re.UNICODE)

_SQL = f"""
SELECT c.id, c.text, d.outlet, d.published, c.speaker, c.speaker_kind,
       (SELECT NULLIF(v.verdict, 'cleared') FROM verdict_events v WHERE v.id = {current_event_sql("c.id")})
FROM claims_fts f
JOIN claims c ON c.rowid = f.rowid
JOIN documents d ON d.id = c.document_id
WHERE claims_fts MATCH ?
ORDER BY f.rank, c.id
LIMIT ?
"""


def fts_query(text: str) -> str | None:
    """``text`` as a safe FTS5 query (quoted words, implicit AND), or None when it has no word."""
    terms = []
    for word in _WORD.findall(text):
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if core:
            terms.append(f'"{core}"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def search_claims(db: Database, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Claims matching every word of ``query``, best first (FTS5 rank), at most ``limit``."""
    match = fts_query(query)
    if match is None:
        return []
    return [SearchHit(*row) for row in db.execute(_SQL, [match, int(limit)])]
