"""Fixtures of the ingest tests: a fresh, migrated database to ingest into."""

from __future__ import annotations

import pytest

from workbench.store import open_db


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "claims.db")
    yield database
    database.conn.close()
