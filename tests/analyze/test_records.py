"""Record claims (``extract.records``, ``analyze.records``): fictional sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.extract.records import record_of


def test_a_record_is_read_with_its_base():
    assert record_of("Forecasters said it was the wettest April since 1987.") == \
        {"sup": "wettest", "thing": "april", "since": "1987"}
    assert record_of("It was the coldest night ever recorded in the town.")["since"] == "records"
    assert record_of("The protest since 2019 has drawn crowds.") is None  # "-est" that is no superlative


def test_one_record_from_two_bases_is_a_conflict_between_sources():
    got = rel("The river authority said it was the highest flood on record at the old bridge.",
              "Boatmen called it the highest floodwater since 2003, when the quay was swept away, their guild said.")
    assert got.relation == "conflict" and "on record" not in got.reason and "2003" in got.reason, got


def test_records_of_different_things_are_not_compared():
    got = rel("It was the highest turnout since 2003, the electoral office said.",
              "Inflation reached the highest level since 1991, the central bank said.")
    assert got.relation != "conflict", got
