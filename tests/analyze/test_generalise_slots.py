"""Slots that must align before two figures are one measure (issue 9, sixth round: classes of error found on
fresh dev events D33-D36), each tested in wording of its own (sentences written for these tests, not the corpus).

A conflict or an update says two figures are one measure at one or two times; it needs the compared slots to
align: the same holder, the same base, a level against a level."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_figure_of_a_holder_the_other_claim_never_names_is_not_its_revision():
    got = rel("The Mirren central bank raised its key rate to 3.5% on Tuesday.",
              "In neighbouring Vastland, the central bank held its key rate at 2.75% on Monday.", sim=0.7)
    assert got.relation not in ("conflict", "update", "agree") and "Vastland" in got.reason, got


def test_a_figure_of_a_holder_named_on_both_sides_is_still_compared():
    got = rel("The Vastland central bank put its key rate at 2.75%, the bank said.",
              "Vastland's central bank put its key rate at 3.25%, a dealer said.", sim=0.7)
    assert got.relation == "conflict", got


def test_a_month_on_month_change_is_no_revision_of_a_change_with_no_base():
    got = rel("Consumer prices rose 0.2% from the previous month in April, the statistics agency said.",
              "Consumer prices rose 4.4% in April, the statistics agency said.", sim=0.8, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update"), got
