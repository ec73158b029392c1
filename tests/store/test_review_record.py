"""Multi-reviewer record (issue 11): own view, blind mode, splits, adjudication, exports."""

from __future__ import annotations

import io
import json

import pytest

from tests.export.fixtures import build_sample
from workbench.export import write_export
from workbench.store import StoreError, current_verdict, record_verdict, reviewer_verdicts, undo_last
from workbench.store.reviewers import claims_in_state, disagreeing_claims, review_states, review_view, review_views
from workbench.store.verdicts import record_adjudication


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path / "claims.db")


def claimreview(db) -> list[dict]:
    buf = io.StringIO()
    write_export(db, buf, "claimreview")
    return json.loads(buf.getvalue())


def test_split_claim_is_not_published_as_verified(sample):
    """fc disputes, bob later verifies: ClaimReview used to publish the claim plainly verified."""
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc", note="7:1 per the military")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    assert [r["identifier"] for r in claimreview(sample.db)] == []
    assert review_states(sample.db, [sample.a])[sample.a] == ("split", None)


def test_adjudication_is_its_own_event_and_what_is_published(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    event = record_adjudication(sample.db, sample.a, "disputed", "desk", note="the military's figure stands")
    assert event["kind"] == "adjudication"
    current = current_verdict(sample.db, sample.a)
    assert (current["verdict"], current["reviewer"], current["kind"]) == ("disputed", "desk", "adjudication")
    # A reviewer's later verdict does not override the adjudication.
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    reviews = claimreview(sample.db)
    assert [(r["identifier"], r["reviewRating"]["alternateName"]) for r in reviews] == [(sample.a, "disputed")]
    assert review_states(sample.db, [sample.a])[sample.a] == ("adjudicated", "disputed")
    # Adjudications are not ratings: agreement still sees only fc and bob.
    assert set(reviewer_verdicts(sample.db)) == {"fc", "bob"}


def test_csv_verdict_is_the_adjudication_and_state_is_exported(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    record_verdict(sample.db, sample.b, "verified", reviewer="bob")
    buf = io.StringIO(newline="")
    write_export(sample.db, buf, "jsonl")
    rows = {r["claim_id"]: r for r in map(json.loads, buf.getvalue().splitlines())}
    assert rows[sample.a]["review_state"] == "split"
    assert rows[sample.b]["review_state"] == "single"
    record_adjudication(sample.db, sample.a, "disputed", "desk")
    buf = io.StringIO(newline="")
    write_export(sample.db, buf, "jsonl")
    rows = {r["claim_id"]: r for r in map(json.loads, buf.getvalue().splitlines())}
    assert (rows[sample.a]["verdict"], rows[sample.a]["reviewer"]) == ("disputed", "desk")
    assert rows[sample.a]["review_state"] == "adjudicated"


def test_undo_of_an_adjudication_falls_back_to_the_reviewers(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    record_adjudication(sample.db, sample.a, "verified", "desk")
    undone = undo_last(sample.db, "desk")
    assert undone is not None and undone["verdict"] == "verified"  # bob's, the latest reviewer verdict
    assert review_states(sample.db, [sample.a])[sample.a] == ("split", None)


def test_adjudication_needs_a_verdict_and_a_claim(sample):
    with pytest.raises(StoreError, match="undo"):
        record_adjudication(sample.db, sample.a, "clear", "desk")
    with pytest.raises(StoreError, match="no claim"):
        record_adjudication(sample.db, "nope", "verified", "desk")


def test_own_view_shows_mine_and_the_others_apart(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc", note="see the military")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    view = review_view(sample.db, sample.a, "fc")
    assert view.mine is not None and (view.mine.verdict, view.mine.note) == ("disputed", "see the military")
    assert [(o.reviewer, o.verdict) for o in view.others] == [("bob", "verified")]
    assert view.state == "split" and view.final is None


def test_blind_mode_hides_the_others_until_this_reviewer_decides(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_adjudication(sample.db, sample.b, "verified", "desk")
    before = review_views(sample.db, [sample.a, sample.b, sample.c], "bob", blind=True)
    assert before[sample.a].others == () and before[sample.a].hidden == 1 and before[sample.a].state == "unreviewed"
    assert before[sample.b].adjudication is None and before[sample.b].hidden == 1
    assert before[sample.c].hidden == 0
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    after = review_view(sample.db, sample.a, "bob", blind=True)
    assert [o.reviewer for o in after.others] == ["fc"] and after.hidden == 0 and after.state == "split"


def test_cleared_verdict_is_no_opinion(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    record_verdict(sample.db, sample.a, "clear", reviewer="fc")
    assert review_states(sample.db, [sample.a])[sample.a] == ("single", "verified")


def test_disagree_filter_and_states(sample):
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    record_verdict(sample.db, sample.b, "verified", reviewer="fc")
    record_verdict(sample.db, sample.b, "verified", reviewer="bob")
    record_verdict(sample.db, sample.c, "verified", reviewer="fc")
    record_verdict(sample.db, sample.c, "disputed", reviewer="bob")
    record_adjudication(sample.db, sample.c, "disputed", "desk")
    assert disagreeing_claims(sample.db) == [sample.a]
    assert sorted(disagreeing_claims(sample.db, include_adjudicated=True)) == sorted([sample.a, sample.c])
    assert claims_in_state(sample.db, "agreed") == [sample.b]
    assert claims_in_state(sample.db, "adjudicated") == [sample.c]
    assert claims_in_state(sample.db, "unreviewed") == [sample.d]
    with pytest.raises(StoreError):
        claims_in_state(sample.db, "maybe")


def test_review_progress_for_me_and_for_everyone(sample):
    from workbench.store.reviewers import review_progress

    before = review_progress(sample.db, "bob")
    assert (before.claims, before.reviewed_by_me, before.reviewed_by_anyone) == (4, 0, 0)
    assert (before.conflict_claims, before.conflicts_left_for_me, before.conflicts_left) == (2, 2, 2)
    record_verdict(sample.db, sample.a, "disputed", reviewer="fc")  # a and c conflict
    record_verdict(sample.db, sample.a, "verified", reviewer="bob")
    record_verdict(sample.db, sample.b, "verified", reviewer="fc")
    record_verdict(sample.db, sample.d, "clear", reviewer="bob")  # cleared: no opinion
    after = review_progress(sample.db, "bob")
    assert (after.reviewed_by_me, after.reviewed_by_anyone) == (1, 2)
    assert (after.conflicts_left_for_me, after.conflicts_left, after.split) == (1, 1, 1)
    record_adjudication(sample.db, sample.c, "disputed", "desk")
    final = review_progress(sample.db, "bob")
    assert (final.reviewed_by_anyone, final.conflicts_left, final.conflicts_left_for_me) == (3, 0, 1)
