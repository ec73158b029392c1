"""What a database file holds of the workbench schema: applied, pending and unknown migrations.

Separate from ``schema`` (which only defines the migrations) because opening a file asks these
questions before anything is written: is it ours, was it written by a newer release, can it be
upgraded here (a read-only file cannot take pending migrations)?
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from workbench.store.schema import MIGRATION_SET, migrations


def apply_migrations(db: Database) -> None:
    migrations.apply(db)


def pending_migrations(db: Database) -> list[str]:
    """Migrations this code has that ``db`` does not (a read-only database cannot take them)."""
    return [m.name for m in migrations.pending(db)]


def unknown_migrations(db: Database) -> list[str]:
    """Migrations recorded in ``db`` that this code does not have: a newer release wrote it.

    Opening such a file would write to a schema this code does not understand, so the
    caller refuses it. (``pending`` on an empty database lists every known migration.)
    """
    known = {m.name for m in migrations.pending(Database(memory=True))}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def is_workbench_db(db: Database) -> bool:
    """True for an empty database or one that carries our migration set."""
    names = set(db.table_names())
    if not names:
        return True
    if Migrations.migrations_table not in names:
        return False
    rows = db.execute(
        f"SELECT 1 FROM {Migrations.migrations_table} WHERE migration_set = ? LIMIT 1",
        [MIGRATION_SET],
    ).fetchall()
    return bool(rows)
