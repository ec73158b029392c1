"""A flow told per second or per minute ("900 cubic metres of water a second") is stored as a rate (``per``), with
the stuff measured between the figure and its rate read as the thing; "a second" before a noun is an ordinal, no
rate (``extract.holders``, ``extract.measured_things``). Sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_flow_per_second_is_stored_as_a_rate():
    m = view("The weir was passing 640 cubic metres of water a second by dusk, the canal trust said.").frame.measures[0]
    assert m.get("per") == "second" and m.get("thing") == "water", m
    m = view("At dusk the flow over the weir stood at 640 cubic metres a second, the canal trust said.").frame.measures[0]
    assert m.get("per") == "second", m


def test_a_second_before_a_noun_is_an_ordinal():
    m = view("The club sold 300 season tickets a second time, the treasurer said.").frame.measures[0]
    assert "per" not in m, m


def test_one_flow_told_with_and_without_its_stuff_agrees():
    got = rel("The weir was passing 640 cubic metres of water a second by dusk, the canal trust said.",
              "At dusk the flow over the weir stood at 640 cubic metres a second, the canal trust said.", sim=0.8)
    assert got.relation == "agree", got
