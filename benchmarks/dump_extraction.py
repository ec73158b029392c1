"""Dump everything ingest stores for a corpus, so a speed change can be checked to leave outputs identical.

    python -m benchmarks.dump_extraction OUT.jsonl [--corpus DIR ...] [--devcorpus] [--basil DATA] [--workers N]
    diff <(before) <(after)        # or: cmp before.jsonl after.jsonl

Each corpus is ingested with ``ingest_paths`` into a fresh database (in one process, in the
order the CLI reads it, so the sentence memo is exercised as in a real run), then every row
of every table ingest writes -- documents, claims (attribution, quantities, check-worthiness,
context), claim_frames, ... -- is written as one JSON line, tables and rows in a fixed order.
Columns that record *when* something ran (``ingested_at``, ``applied_at``) are left out: everything else must
match byte for byte. The problems the summary reports are dumped too, and the full-text index as
searches see it (``dump_fts``). BASIL's articles
(``DATA/basil/articles/*/*.json``) are turned into one JSONL feed in a temporary folder first,
the way the earlier exactness checks ingested them.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.ingest import ingest_paths  # noqa: E402
from workbench.store.db import open_db  # noqa: E402

VOLATILE = frozenset({"ingested_at", "applied_at"})
DEVCORPUS = REPO / "tests" / "gold" / "devcorpus"


def basil_feed(data: Path, folder: Path) -> Path:
    """BASIL's JSON articles as one JSONL feed (title, url, outlet, date, paragraphs joined) under ``folder``."""
    feed = folder / "basil.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for path in sorted((data / "basil" / "articles").glob("*/*.json")):
            art = json.loads(path.read_text(encoding="utf-8"))
            paras = [" ".join(s.strip() for s in p if s and s.strip()) for p in art.get("body-paragraphs", [])]
            record = {
                "title": art.get("title") or "",
                "url": art.get("url") or f"basil:{path.stem}",
                "outlet": art.get("source") or "basil",
                "published": art.get("date") or None,
                "text": "\n\n".join(p for p in paras if p),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return feed


def dump_database(db_path: Path, label: str, out: IO[str], workdir: str = "") -> int:
    """Every user table's rows (volatile columns dropped), sorted; returns the number of rows written.

    ``workdir`` (the temporary folder BASIL's feed is written to) is replaced by ``<tmp>`` in source paths.
    """
    conn = sqlite3.connect(db_path)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("sqlite_") and "_fts" not in name and name != "meta"
        ]
        rows = 0
        for table in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in VOLATILE]
            if not cols:
                continue
            listed = ", ".join(f'"{c}"' for c in cols)
            for row in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}'):
                line = json.dumps([label, table, dict(zip(cols, row, strict=True))], ensure_ascii=False)
                out.write((line.replace(workdir, "<tmp>") if workdir else line) + "\n")
                rows += 1
        return rows + dump_fts(conn, label, out)
    finally:
        conn.close()


def dump_fts(conn: sqlite3.Connection, label: str, out: IO[str], queries: int = 60) -> int:
    """The full-text index as searches see it: both integrity checks, every term with its claim and
    occurrence counts (``fts5vocab``), and the claim ids (rank order) of the ``queries`` most common
    terms and of every 97th term, whole and as prefixes -- so an indexing change shows here."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'claims_fts'").fetchone():
        return 0
    conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")  # raises when broken
    lines = [["integrity", conn.execute("PRAGMA integrity_check").fetchone()[0]]]
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.claims_fts_terms USING fts5vocab(main, claims_fts, row)")
    vocab = conn.execute("SELECT term, doc, cnt FROM temp.claims_fts_terms ORDER BY term").fetchall()
    lines += [["term", *row] for row in vocab]
    common = [t for t, _, _ in sorted(vocab, key=lambda r: (-r[1], r[0]))[:queries]]
    for term in dict.fromkeys(common + [t for t, _, _ in vocab[::97]]):
        for match in (f'"{term}"', f'"{term[:3]}"*'):
            ids = [r[0] for r in conn.execute("SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid "
                                              "WHERE claims_fts MATCH ? ORDER BY f.rank, c.id", [match])]
            lines.append(["search", match, ids])
    for line in lines:
        out.write(json.dumps([label, "claims_fts", line], ensure_ascii=False) + "\n")
    return len(lines)


def dump_corpus(paths: list[str], label: str, out: IO[str], workdir: Path, workers: int = 1) -> int:
    db_path = workdir / f"{label.replace('/', '_')}.db"
    db = open_db(db_path)
    try:
        summary = ingest_paths(db, paths, workers=workers)
    finally:
        db.close()
    for problem in summary.problems:
        line = json.dumps([label, "problem", [problem.source, problem.message]], ensure_ascii=False)
        out.write(line.replace(str(workdir), "<tmp>") + "\n")
    return dump_database(db_path, label, out, str(workdir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("--corpus", action="append", default=[], help="a folder or file to ingest (repeatable)")
    parser.add_argument("--devcorpus", action="store_true", help="tests/gold/devcorpus dev and test splits")
    parser.add_argument("--basil", metavar="DATA", help="eval data folder holding basil/articles")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (ingest --workers)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dump_extraction_") as tmp, open(args.out, "w", encoding="utf-8") as out:
        work = Path(tmp)
        sets: list[tuple[str, list[str]]] = [(f"corpus{i}", [c]) for i, c in enumerate(args.corpus)]
        if args.devcorpus:
            sets += [("devcorpus/dev", [str(DEVCORPUS / "dev")]), ("devcorpus/test", [str(DEVCORPUS / "test")])]
        if args.basil:
            sets.append(("basil", [str(basil_feed(Path(args.basil), work))]))
        for label, paths in sets:
            n = dump_corpus(paths, label, out, work, args.workers)
            print(f"{label}: {n} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
