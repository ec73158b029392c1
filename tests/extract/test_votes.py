"""A body's decision told taken or waiting for its vote (``extract.votes``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.votes import vote_of


def test_a_decision_taken_by_a_body_names_the_body_and_the_thing_decided():
    got = vote_of("The regional assembly on Friday adopted a new ferry subsidy scheme, the governor said.", "done")
    assert got is not None and got["state"] == "taken" and got["body"] == "assembly" and "ferry" in got["thing"]
    got = vote_of("The harbour levy was rejected by the town council on Monday.", "done")
    assert got is not None and got["body"] == "council" and got["thing"] == ["harbour", "levy"]  # passive: the subject


def test_a_vote_still_to_come_is_pending_with_its_body():
    got = vote_of("The ferry subsidy scheme is due to go to an assembly vote next month.", "planned")
    assert got is not None and got["state"] == "pending" and got["body"] == "assembly" and "ferry" in got["thing"]
    got = vote_of("The harbour levy has not yet been put to a vote and is due before the council in May.", "done")
    assert got is not None and got["state"] == "pending" and got["body"] == "council"


def test_no_body_a_negated_decision_or_a_plan_to_decide_is_no_slot():
    assert vote_of("The ferry subsidy scheme was approved last year.", "done") is None  # no body: whose vote?
    assert vote_of("The assembly has not approved the ferry subsidy scheme.", "done") is None
    assert vote_of("The assembly will approve the ferry subsidy scheme.", "planned") is None
    assert vote_of("The scheme will not go to an assembly vote.", "planned") is None


def test_a_body_that_will_vote_on_a_thing_tells_that_vote_pending():
    got = vote_of("The district board will hold its vote on the quarry licence on 3 March, a clerk said.", "planned")
    assert got is not None and got["state"] == "pending" and got["body"] == "board", got
    assert [s[:5] for s in got["thing"]] == ["quarr", "licen"], got  # what "vote on" governs, up to the date
    got = vote_of("The senate is due to vote on the fisheries treaty next week.", "planned")
    assert got is not None and got["body"] == "senate" and "next" not in got["thing"], got
    assert vote_of("The senate will vote on Friday.", "planned") is None  # no thing voted on
