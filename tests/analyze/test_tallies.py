"""Two tellings of one vote's tally (analyze.tallies).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_one_tally_told_in_two_shapes_agrees() -> None:
    got = rel("The harbour levy was approved by 41 votes to 29 on Monday.",
              "Twenty-nine councillors opposed the harbour levy and 41 supported it, the clerk said.", sim=0.3)
    assert got.relation == "agree" and "same tally" in got.reason, got


def test_one_side_told_apart_by_two_sources_conflicts() -> None:
    got = rel("The harbour levy passed 41-29, the mayor's office said.",
              "The harbour levy was approved by 41 votes to 33, the opposition leader said.", sim=0.3)
    assert got.relation == "conflict" and "tally of one vote" in got.reason, got


def test_no_value_shared_or_one_source_is_no_conflict() -> None:
    # no side shared: as likely another vote of the story
    got = rel("The harbour levy passed 41-29, the mayor's office said.",
              "The ferry budget was approved by 52 votes to 18, the opposition leader said.", sim=0.3)
    assert got.relation != "conflict", got
    # one source's two tellings: its own correction
    got = rel("The harbour levy passed 41-29, the mayor's office said.",
              "The harbour levy was approved by 41 votes to 33, the mayor's office said.", sim=0.3)
    assert got.relation != "conflict", got
