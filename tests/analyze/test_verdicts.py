"""One named person's verdict compared across two reports (analyze.verdicts).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_convicted_against_acquitted_conflicts_and_two_verbs_of_acquittal_agree() -> None:
    got = rel("Tomas Berge, the mill's former owner, was acquitted of all charges, the court said.",
              "Berge was found guilty of one count of tax fraud, prosecutors said.", sim=0.4)
    assert got.relation == "conflict" and "verdict on one person" in got.reason, got
    got = rel("Tomas Berge was acquitted of all charges, the court said.",
              "Berge, who was cleared on Monday, left the court with his wife, a reporter said.", sim=0.4)
    assert got.relation == "agree" and "same verdict" in got.reason, got


def test_a_split_verdict_or_an_appeal_is_no_conflict() -> None:
    got = rel("Berge was acquitted of arson, the court said.",
              "Berge was convicted of insurance fraud, prosecutors said.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("Berge was convicted, the court said.",
              "Berge was cleared on appeal, his lawyer said.", sim=0.5)
    assert got.relation != "conflict", got


def test_counted_counts_are_left_to_the_figures() -> None:
    got = rel("Vidal was convicted on all six counts of bribery, the court said.",
              "Vidal was convicted on four counts, a reporter said.", sim=0.7)
    assert got.relation != "agree" or "same verdict" not in got.reason, got
    got = rel("Vidal was convicted on all six counts, the court said.",
              "Vidal was convicted on four counts and acquitted on two, a reporter said.", sim=0.7)
    assert "same verdict" not in got.reason, got
