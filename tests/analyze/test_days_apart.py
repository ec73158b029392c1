"""Close wording told of two different days is no agreement (``analyze.time_slots.told_days_apart``, read by
``analyze.relate`` where the paraphrase rule would say agree). Fictional claims written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate
from workbench.analyze.time_slots import told_days_apart

PUBLISHED = "2027-03-10"  # a Wednesday


def _rel(a: str, b: str, sim: float = 0.85):
    return relate(view(a, PUBLISHED, "a"), view(b, PUBLISHED, "b"), similarity=sim)


def test_one_deed_told_on_two_days_is_flagged_not_agreed():
    """Two deeds in one of them (a licence suspended, a kitchen closed): the act rules do not see one act, and before
    this the paraphrase rule called the pair "same assertion"."""
    got = _rel("Inspectors closed the bakery's kitchen in Harlow on Sunday afternoon, the agency said.",
               "Inspectors suspended the licence of the Harlow bakery on Monday and closed its kitchen.")
    assert got.relation == "related", got
    assert "different days" in got.reason and "2027-03-07" in got.reason and "2027-03-08" in got.reason, got
    assert not got.reason.endswith("; review"), got  # no discrepancy flagged: two days may be two acts


def test_two_years_for_one_opening_are_flagged():
    got = _rel("The footbridge has carried the poet's name since it opened in 1921.",
               "The footbridge has carried the name of the poet since it opened in 1924.")
    assert got.relation == "related" and "1921 vs 1924" in got.reason, got


def test_the_same_day_in_other_words_still_agrees():
    """The trap: "on Sunday" and "on March 7" are one day; a month holds its days."""
    got = _rel("Inspectors shut the bakery's kitchen in Harlow on Sunday afternoon.",
               "Inspectors shut the kitchen of the Harlow bakery on March 7.")
    assert got.relation == "agree", got
    assert told_days_apart(view("The bakery was fined in March.", PUBLISHED).frame,
                      view("The bakery was fined on March 2.", PUBLISHED).frame) is None


def test_the_day_a_source_spoke_is_not_the_day_of_the_deed():
    """The trap: "said on Monday" dates the statement, not the shutting (``Frame.time_said``)."""
    a = view("Inspectors shut the bakery's kitchen in Harlow, the agency said on Monday.", PUBLISHED)
    b = view("Inspectors shut the kitchen of the Harlow bakery on Sunday.", PUBLISHED)
    assert a.frame is not None and a.frame.time_said
    assert told_days_apart(a.frame, b.frame) is None


def test_pairs_the_paraphrase_rule_would_not_agree_keep_their_reason():
    """Only an agreement is withheld: unlike claims told on two days stay "same topic, different assertions"."""
    got = _rel("The mayor opened the new library in Harlow on Sunday.",
               "Harlow's council voted on Monday to sell the old library.", sim=0.5)
    assert got.relation == "related" and "different days" not in got.reason, got
