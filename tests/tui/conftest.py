"""Fixtures of the review UI tests: the review database of ``tests.tui.fixtures`` and its claim ids.

The builders (``build_review_db`` and friends) and the Pilot helpers (``settle``, ``screen_text``)
stay importable from ``tests.tui.fixtures``: store tests read the same database.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db


@pytest.fixture
def review_db(tmp_path):
    return build_review_db(tmp_path / "review.db")


@pytest.fixture
def ids(review_db):
    db = open_db(review_db, create=False)
    try:
        return claim_ids(db)
    finally:
        db.close()
