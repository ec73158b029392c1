"""A total told as a sum of counts of kinds (issue 9, session 17): sentences written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view


def _sums(text: str) -> list[dict]:
    frame = view(text).frame
    return [m["sum"] for m in frame.measures if m.get("sum")] if frame else []


def test_two_kinds_joined_by_and_are_stored_as_one_sum():
    (got,) = _sums("The ferry carried 412 tourists and 38 sailors.")
    assert got["value"] == 450 and got["parts"] == ["tourists", "sailors"], got


def test_a_reporting_clause_between_the_parts_still_joins_them():
    (got,) = _sums("The number of stranded hikers has reached 61, the park office said, along with 7 rangers.")
    assert got["value"] == 68 and got["parts"][-1] == "rangers", got


def test_a_generic_head_names_its_kind():
    (got,) = _sums("The fire forced out 90 residents and 14 staff members.")
    assert got["parts"] == ["residents", "staff"] and got["value"] == 104, got


def test_counts_of_two_acts_or_one_noun_or_a_range_are_no_sum():
    assert not _sums("The blast injured 12 people and damaged 40 homes.")
    assert not _sums("Between 3 and 5 people were treated at the scene.")
    assert not _sums("Police questioned 20 fans and later 20 fans more.")
