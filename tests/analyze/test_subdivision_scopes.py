"""A figure for one subdivision of a town ("in the harbour ward") is a part of the town's figure, never its rival
(issue 9, traps labelled conflict). Invented wording."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view

_WARD = "In the harbour ward, turnout was 38 per cent, the town clerk said."


def test_a_ward_is_a_site_scope():
    assert view(_WARD).frame.scope == "site"


def test_one_wards_turnout_against_the_towns_is_no_conflict():
    for whole in ("Turnout was 52 per cent, the mayor said.", "Turnout across the town was 52 per cent."):
        got = rel(_WARD, whole)
        assert got is not None and got.relation != "conflict", (whole, got)


def test_two_figures_for_one_ward_still_clash():  # guard
    got = rel(_WARD, "In the harbour ward, turnout was 52 per cent, the mayor said.")
    assert got is not None and got.relation == "conflict", got
