"""A plan and a deed in similar words (issue 9, rel9k): shown for review only when the deed carries out the act
the plan names. Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_plan_and_the_deed_of_the_same_act_are_flagged_for_review() -> None:
    """Too few words in common for the modality rule to call it one happening, but the deed is the planned act."""
    got = rel("Ferrand said the festival will relocate to the old quarry next year.",
              "The festival relocated on Saturday, organisers said.", sim=0.6, pub_a="2027-03-01")
    assert got.relation == "related" and got.reason.endswith("; review"), got
    assert "planned" in got.reason and "done" in got.reason and "relocat" in got.reason, got


def test_a_plan_and_a_deed_of_two_different_acts_are_not_flagged_for_review() -> None:
    """Shared words ("the water board", "the reservoir") but another act: a vote planned, a closure done."""
    got = rel("The water board will vote on the Dunmere reservoir budget next week, a spokeswoman said.",
              "The water board closed the Dunmere reservoir to swimmers on Friday.", sim=0.8)
    assert got.relation not in ("agree", "conflict") and not got.reason.endswith("; review"), got



def test_a_purpose_clause_plans_nothing() -> None:
    """"a scheme that aims to ..." says what the scheme is for; the claim reports the scheme adopted on Monday."""
    from workbench.extract.frames import modality_of

    assert modality_of("The assembly adopted the tram scheme on Monday, a plan that aims to halve car traffic.")[0] == "done"
    assert modality_of("The assembly aims to adopt the tram scheme on Monday.")[0] == "planned"
    got = rel("The assembly adopted the Orsk tram scheme on Monday, a costly plan that aims to halve car traffic.",
              "The Orsk tram scheme was adopted by the assembly on Monday.", sim=0.85)
    assert got.relation == "agree", got


def test_a_plan_and_a_deed_of_one_thing_in_other_verbs_are_flagged_for_review() -> None:
    """"will go on" / "was called off": no verb in common, but the thing both speak of is the subject of both
    (the deed came after the plan was reported: maybe the plan changed, maybe not; a reviewer decides)."""
    got = rel("The ferry strike will go on into next week, the dockers' spokesman said.",
              "The ferry strike was called off on Sunday evening, the port operator said.", sim=0.7,
              pub_a="2027-03-05")
    assert got.relation != "agree" and got.reason.endswith("; review") and "strike" in got.reason, got
    acted_on = rel("The port authority will shut the Kelby ferry terminal, an official said.",
                   "The Kelby ferry terminal was closed to traffic on Sunday.", sim=0.6, pub_a="2027-03-05")
    assert acted_on.relation != "agree" and acted_on.reason.endswith("; review"), acted_on


def test_one_actor_planning_one_act_and_doing_another_is_not_a_review_item() -> None:
    got = rel("Mayor Ilse Varn will sign the harbour levy into law, her office said.",
              "Mayor Ilse Varn vetoed the parking ordinance on Sunday.", sim=0.7)
    assert not got.reason.endswith("; review"), got


def test_a_deed_dated_before_a_plan_of_the_same_thing_in_other_verbs_conflicts() -> None:
    """"was called off on Sunday" (reported Sunday) / "will go on into next week" (said on Monday): the
    verbs differ, the thing both speak of is one, and the deed came before the plan was reported."""
    got = rel("The Kelby ferry strike was called off on Sunday evening, the port operator said.",
              "The Kelby ferry strike will go on into next week, the dockers' spokesman said.", sim=0.7,
              pub_a="2027-03-14", pub_b="2027-03-15")
    assert got.relation == "conflict" and "strike" in got.reason, got
    unnamed = rel("The Kelby ferry strike was called off on Sunday evening, the port operator said.",
                  "The Kelby ferry strike will go on into next week if talks fail, the dockers' spokesman said.",
                  sim=0.7, pub_a="2027-03-14", pub_b="2027-03-15")
    assert unnamed.relation != "conflict", unnamed


def test_subjects_that_only_share_a_modifier_are_not_one_thing() -> None:
    """"the mayoral debate" (its head: debate) is not "the mayor": no conflict between their acts."""
    got = rel("The mayoral debate at Kelby town hall was cancelled on Sunday evening, the organisers said.",
              "The mayor of Kelby will speak at Kelby town hall next week, her office said.", sim=0.7,
              pub_a="2027-03-14", pub_b="2027-03-15")
    assert got.relation != "conflict", got


def test_an_act_done_before_another_source_tells_it_still_pending_conflicts() -> None:
    """"approved on Monday" (reported Monday) / "still has to be approved by the board", said on Tuesday: the
    dates say both cannot hold, and the two name the act and the body acting though not the thing in one word
    ("the merger" / "the Alver-Tolk tie-up")."""
    got = rel("The board approved the merger at a meeting on Monday morning.",
              "The Alver-Tolk tie-up still has to be approved by the board, which meets next week, a spokesman said.",
              sim=0.5, pub_a="2027-05-03", pub_b="2027-05-04")
    assert got.relation == "conflict" and "done vs planned" in got.reason and "board" in got.reason, got


def test_an_act_told_pending_before_it_was_done_is_no_conflict() -> None:
    """The same two claims the other way round in time: pending when reported, done a week later."""
    got = rel("The board approved the merger at a meeting on Monday morning.",
              "The Alver-Tolk tie-up still has to be approved by the board, which meets next week, a spokesman said.",
              sim=0.5, pub_a="2027-05-10", pub_b="2027-05-04")
    assert got.relation != "conflict", got
