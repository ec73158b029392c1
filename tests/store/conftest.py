"""Fixtures of the store tests: a fresh, migrated database.

Richer databases come from the builders of the areas that own them (``tests.export.fixtures``,
``tests.tui.fixtures``), all written through the store's own functions.
"""

from __future__ import annotations

import pytest

from workbench.store import open_db


@pytest.fixture
def db(tmp_path):
    """An empty store at its latest migration (a test that needs data adds it through the store)."""
    database = open_db(tmp_path / "claims.db")
    yield database
    database.conn.close()
