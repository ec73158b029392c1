"""A figure a verb of standing puts a thing at is a level, whatever comparison base stands beside it
(``extract.durations.changed_base``). Sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_level_stood_at_beside_a_base_is_no_change():
    m = view("The bureau said joblessness was higher than a year earlier, when it stood at 4.9 per cent.").frame.measures[0]
    assert not (m.get("role") or "").endswith("change"), m


def test_a_figure_moved_by_a_base_is_still_a_change():
    m = view("Rents climbed 4.9% compared with last spring, the bureau said.").frame.measures[0]
    assert (m.get("role") or "").endswith("change"), m


def test_the_level_stood_at_agrees_with_the_same_rate_recorded_then():
    a = "The bureau said joblessness was higher than a year earlier, when it stood at 4.9 per cent."
    assert rel(a, "Joblessness had been 4.9% twelve months before, the bureau said.", sim=0.7).relation != "different_measure"


def test_a_when_clause_after_a_year_back_dates_the_figure_it_states():
    m = view("The bureau said joblessness was higher than a year earlier, when it stood at 4.9 per cent.").frame.measures[0]
    assert m.get("period") == "year earlier", m


def test_a_level_of_a_year_back_does_not_agree_with_a_near_level_now():
    a = "The bureau said joblessness was higher than a year earlier, when it stood at 4.9 per cent."
    assert rel(a, "The jobless rate stands at 5.0%, the bureau said.", sim=0.7).relation != "agree"


def test_a_figure_a_change_set_off_by_a_comma_follows_is_the_level_it_led_to():
    """"will pay 140 crowns, up from 120": the 140 is the new level and the "up" is the change's; "cost 49 crowns, up 7
    crowns" keeps the 7 as the change. "rose 3 per cent, up from 2 per cent" stays a change: its own verb says so."""
    roles = lambda text: [m.get("role") or "" for m in view(text).frame.measures]  # noqa: E731
    assert not roles("Lorries will pay 140 crowns, up from 120.")[0].endswith("change")
    got = roles("A car crossing would cost 49 crowns, up 7 crowns.")
    assert not got[0].endswith("change") and got[1].endswith("change"), got
    assert roles("Prices rose 3 per cent, up from 2 per cent in May.")[0].endswith("change")  # guard
