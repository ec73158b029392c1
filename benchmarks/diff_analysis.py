"""Whether two analysed databases hold the same analysis: events, clusters, members and relations.

    python -m benchmarks.diff_analysis BEFORE.db AFTER.db [--json OUT] [--show 5]

Why: speed work on the analysis must not change what it finds (issue 12: "identical results").
Run ``workbench analyze`` on two copies of one ingested database, one with each version of
the code, then compare them here. Every analysis table is compared row for row in SQL
(``EXCEPT`` both ways, so duplicates and order do not hide a difference): events, each
document's event, clusters (label, size, outlets, counts, check-worthiness, event; not the
``updated_at`` stamp), cluster members, and relations with their kind, reason and method.
Exit status 0 when all are identical, 1 when any table differs (the first rows of each
difference are printed), so a script can gate on it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

# table -> the columns that make the analysis (a run's timestamp is not part of its result)
TABLES: dict[str, tuple[str, ...]] = {
    "events": ("id", "label", "date_start", "date_end", "n_documents"),
    "document_events": ("document_id", "event_id"),
    "clusters": ("id", "label", "size", "n_outlets", "n_conflicts", "n_agreements", "max_checkworthiness", "event_id"),
    "cluster_members": ("claim_id", "cluster_id"),
    "relations": ("claim_a", "claim_b", "relation", "reason", "method"),
}


def _open(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise SystemExit(f"{path}: no such database")
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def diff_table(conn: sqlite3.Connection, table: str, cols: tuple[str, ...], show: int) -> dict:
    """Row counts on both sides and the rows only one side has (``show`` of each, plus their number)."""
    sel = ", ".join(cols)
    out: dict = {"table": table}
    for side in ("a", "b"):
        out[f"rows_{side}"] = conn.execute(f"SELECT count(*) FROM {side}.{table}").fetchone()[0]
    for left, right in (("a", "b"), ("b", "a")):
        sql = f"SELECT {sel} FROM {left}.{table} EXCEPT SELECT {sel} FROM {right}.{table}"
        out[f"only_{left}"] = conn.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
        out[f"examples_only_{left}"] = [list(r) for r in conn.execute(f"{sql} ORDER BY 1, 2 LIMIT ?", [show])]
    out["identical"] = out["rows_a"] == out["rows_b"] and out["only_a"] == 0 and out["only_b"] == 0
    return out


def diff_databases(before: Path, after: Path, show: int = 5) -> list[dict]:
    """One result per analysis table (see :func:`diff_table`)."""
    conn = sqlite3.connect(":memory:")
    try:
        for side, path in (("a", before), ("b", after)):
            _open(path).close()  # a clear message for a missing file, before ATTACH would create one
            conn.execute(f"ATTACH DATABASE ? AS {side}", [f"file:{path}?mode=ro"])
        return [diff_table(conn, t, cols, show) for t, cols in TABLES.items()]
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--show", type=int, default=5, help="rows of each difference to print")
    ap.add_argument("--json", type=Path, help="write the comparison as JSON here")
    args = ap.parse_args(argv)
    results = diff_databases(args.before, args.after, args.show)
    for r in results:
        state = "identical" if r["identical"] else f"DIFFERENT (only before {r['only_a']}, only after {r['only_b']})"
        print(f"{r['table']:16} {r['rows_a']:>10} / {r['rows_b']:>10} rows  {state}")
        for side, name in (("a", "before"), ("b", "after")):
            for row in r[f"examples_only_{side}"]:
                print(f"    only {name}: {row!r}"[:300])
    if args.json:
        import json

        args.json.write_text(json.dumps({"before": str(args.before), "after": str(args.after), "tables": results},
                                        indent=1))
    same = all(r["identical"] for r in results)
    print("identical" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
