"""Scale a real analysed database up by replicating it with new ids: the UI benchmark at 100k / 1M claims.

    python -m benchmarks.generate --claims 10000 --seed 7 --out /tmp/gen
    workbench ingest /tmp/gen --db /tmp/10k.db -q && workbench analyze --db /tmp/10k.db
    python -m benchmarks.replicate_db /tmp/10k.db /tmp/1m.db --copies 100

Why: analysing 1M claims takes an hour, while the review UI's cost depends on the shape of
what analysis wrote (cluster sizes, relations per claim, documents per cluster, unclustered
claims), not on the texts being distinct. Copy ``r`` of every document, claim, cluster,
relation, frame and event gets ids suffixed ``~r`` (copy 0 keeps the originals), so the
result has ``copies`` times the rows with exactly the analysed shape. The target is created by
``workbench.store.open_db`` (every migration of this checkout, so its indexes and triggers,
FTS included, fire as on a real ingest) and filled with ``INSERT ... SELECT`` from the
attached source, column by column where both schemas have the column. Verdicts and locks are
not copied (a fresh analysis has none); embeddings are shared by text hash and copied once.
Label figures measured on the result "replicated from a real N analysis".
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

# table -> columns holding an id that must differ per copy (every other column is copied as is)
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "doc_key"),
    "claims": ("id", "document_id"),
    "events": ("id",),
    "document_events": ("document_id", "event_id"),
    "clusters": ("id", "event_id"),
    "cluster_members": ("claim_id", "cluster_id"),
    "relations": ("claim_a", "claim_b"),
    "claim_frames": ("claim_id",),
}
ONCE = ("embeddings", "meta")  # keyed by text hash / name: one copy serves every replica


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _tables(conn: sqlite3.Connection, schema: str) -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}


def replicate(source: str, target: str, copies: int, progress=print) -> dict:
    """Write ``copies`` replicas of the analysed ``source`` into a new database ``target``; return counts."""
    from workbench.store import open_db

    if Path(target).exists():
        raise SystemExit(f"{target}: exists; replicate writes a new database")
    db = open_db(target)  # this checkout's schema, every migration applied
    conn = db.conn
    # A bulk load into a new file: no journal, no fsync, a big page cache (random-id index inserts
    # otherwise go to disk page by page). The store's own WAL mode is set back at the end.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1048576")  # 1 GiB
    conn.execute("ATTACH DATABASE ? AS src", [str(Path(source).resolve())])
    missing = [t for t in (*ID_COLUMNS, *ONCE) if t not in _tables(conn, "src")]
    if missing:
        raise SystemExit(f"{source}: not an analysed workbench database (no {', '.join(missing)})")
    plans: dict[str, tuple[list[str], list[str]]] = {}
    for table in (*ID_COLUMNS, *ONCE):
        have = set(_columns(conn, "src", table))
        cols = [c for c in _columns(conn, "main", table) if c in have]
        plans[table] = (cols, list(ID_COLUMNS.get(table, ())))
    start = time.perf_counter()
    for table in ONCE:
        cols = ",".join(f'"{c}"' for c in plans[table][0])
        conn.execute(f'INSERT OR REPLACE INTO main."{table}" ({cols}) SELECT {cols} FROM src."{table}"')
    conn.commit()
    for r in range(copies):
        suffix = "" if r == 0 else f"~{r}"
        conn.execute("BEGIN")
        for table, (cols, ids) in plans.items():
            if table in ONCE:
                continue
            select = ",".join(f'"{c}" || ?' if c in ids else f'"{c}"' for c in cols)
            names = ",".join(f'"{c}"' for c in cols)
            n_ids = sum(1 for c in cols if c in ids)
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {select} FROM src."{table}"', [suffix] * n_ids)
        conn.execute("COMMIT")
        if (r + 1) % max(1, copies // 10) == 0 or r + 1 == copies:
            progress(f"copy {r + 1}/{copies}: {time.perf_counter() - start:.0f} s")
    conn.execute("DETACH DATABASE src")
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("documents", "claims", "clusters", "relations")}
    from workbench.store.review_summary import conflict_claims

    conflict_claims(db)  # kept by the end of a real analysis too (store.analysis)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.commit()  # no ANALYZE: the pipeline runs none, so the planner sees what it sees on a real database
    db.close()
    return {"source": str(source), "copies": copies, "seconds": round(time.perf_counter() - start, 1), **counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="an analysed workbench database (generate -> ingest -> analyze)")
    parser.add_argument("target", help="the new database to write")
    parser.add_argument("--copies", type=int, default=100, help="replicas (copy 0 keeps the original ids)")
    args = parser.parse_args()
    out = replicate(args.source, args.target, args.copies, progress=lambda line: print(line, file=sys.stderr))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
