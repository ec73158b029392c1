"""A clock time is no count (issue 9, miss15).

Sentences written for these tests (not the dev corpus): "at about 7.45am" was read as a count "about 7", so two
reports of one death at one time were kept apart as two different figures ("52 vs about 7: different periods")."""

from __future__ import annotations

import pytest

from workbench.extract.quantities import extract_quantities


@pytest.mark.parametrize("text", ["The ferry sank at about 7.45am on Friday, the coastguard said.",
                                  "The ferry sank at 7.45 a.m. on Friday.", "The ferry sank at 7 pm on Friday."])
def test_a_clock_time_is_no_count(text):
    got = extract_quantities(text)
    assert not [q for q in got if q.kind == "count"], got


def test_a_count_before_a_clock_time_is_still_a_count():
    got = extract_quantities("The 52 passengers were rescued by 9.15pm, the coastguard said.")
    assert [(q.kind, q.value, q.unit) for q in got] == [("count", 52.0, "passengers")], got
