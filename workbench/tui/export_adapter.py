"""The export key's bridge to ``workbench.export`` (which owns the CSV contract).

Kept apart from the screen so the worker only deals in (db, path, progress) and the path
default lives in one place. No textual import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.models import ProgressFn
    from workbench.store import Database


def default_export_path(db_path: str) -> str:
    """``claims.db`` -> ``claims-verdicts.csv`` in the same folder."""
    p = Path(db_path)
    return str(p.with_name(p.stem + "-verdicts.csv"))


def export_csv(db: Database, path: str, progress: ProgressFn | None = None) -> int:
    """Write every claim with its current verdict as contract CSV (whole or absent); rows written."""
    from workbench.export import write_export

    return write_export(db, path, "csv", progress=progress)
