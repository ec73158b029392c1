"""``group_in_view`` answers for one group exactly what listing the whole view says, for every filter."""

from __future__ import annotations

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db, record_verdict
from workbench.store.review import FILTERS, group_keys
from workbench.store.review_view import group_in_view


def test_probe_of_one_group_matches_the_listed_view(tmp_path):
    db = open_db(build_review_db(tmp_path / "review.db"), create=False)
    try:
        ids = claim_ids(db)
        record_verdict(db, ids["Russian forces are"], "verified", "alice")
        record_verdict(db, ids["Russian forces are"], "disputed", "bob")  # a split: reviewers disagree
        record_verdict(db, ids["About 5,000 civilians"], "verified", "alice")
        every = group_keys(db)
        assert any(k.startswith("c:") for k in every) and any(k.startswith("d:") for k in every)
        for search in (None, "5,000"):
            for name in FILTERS:
                listed = set(group_keys(db, name, search))
                probed = {k for k in every if group_in_view(db, k, name, search)}
                assert probed == listed, (name, search)
        assert group_keys(db, "split") == ["c:k-ratio"]  # driven from the split claims, same answer
    finally:
        db.close()
