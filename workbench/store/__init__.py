"""SQLite store (sqlite-utils): schema and migrations, documents and claims, verdict events.

Plain functions over a ``sqlite_utils.Database``. Never imports textual or any model code.
The only package that speaks SQL: the UI, the CLI and the exporters call its read functions
(``review``, ``cards``, ``exports``, ``clusters``, ``claim_history``, ``queries``) and receive the
dataclasses of ``workbench.models``. ``Database`` is re-exported for their type hints.
"""

# First: sqlite_utils without its pandas/numpy imports (see workbench.store.sqlite_import).
import workbench.store.sqlite_import  # noqa: F401, I001  (must precede the sqlite_utils import)
from sqlite_utils import Database

from workbench.store.db import DB_ERRORS, StoreError, default_db_path, open_db, write_transaction
from workbench.store.documents import save_document
from workbench.store.verdicts import (
    current_verdict,
    default_reviewer,
    history,
    normalize_verdict,
    record_note,
    record_verdict,
    reviewer_verdicts,
    undo_last,
)

__all__ = [
    "DB_ERRORS",
    "Database",
    "StoreError",
    "current_verdict",
    "default_db_path",
    "default_reviewer",
    "history",
    "normalize_verdict",
    "open_db",
    "record_note",
    "record_verdict",
    "reviewer_verdicts",
    "save_document",
    "undo_last",
    "write_transaction",
]
