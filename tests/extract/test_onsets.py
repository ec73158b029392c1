"""What a claim's sentence says of its timed act as a start (``Frame.onset``, issue 9): sentences written for these
tests, not the dev corpus."""

from __future__ import annotations

from workbench.extract.claims import extract_claims


def _onset(text: str) -> dict | None:
    got = extract_claims(text, "2027-05-04")[0].frame.onset
    return {k: v for k, v in got.items() if k not in ("thing", "deed", "part")} or None if got else got  # test_act_things, test_place_parts


def test_a_first_perception_is_marked_however_worded():
    assert _onset("The first flames were spotted on the roof at about 9.30pm, a neighbour said.") == {"first": True}
    assert _onset("Walkers first noticed the landslip on Sunday morning, the park warden said.") == {"first": True}
    assert _onset("The first leaks appeared in the basement on March 3, tenants said.") == {"first": True}


def test_an_aspect_verb_of_beginning_is_marked():
    assert _onset("The outage began shortly after 7.15am on Monday, the grid operator said.") == {"began": True}


def test_an_offset_from_another_account_is_kept_with_its_sign():
    got = _onset("Shopkeepers said the first water was seen bubbling through the road at about 5.40am, "
                 "nearly an hour earlier than the time the utility reported.")
    assert got == {"first": True, "against": -1.0}
    got = _onset("The first alarm sounded at 2.10pm, 40 minutes after the time given by the operator, a guard said.")
    assert got is not None and abs(got["against"] - 40 / 60) < 0.01


def test_an_offset_before_another_act_is_a_precursor_not_an_account():
    got = _onset("The first tremors were felt at 8pm, two hours before the dam gave way, villagers said.")
    assert got == {"first": True, "precedes": True}


def test_a_negation_in_a_later_clause_leaves_the_act_stated():
    got = _onset("The first smoke was seen at 3.50am, according to a porter who asked not to be named.")
    assert got == {"first": True}
    assert _onset("The first smoke was not seen until 3.50am, the porter said.") is None


def test_no_onset_without_a_time_or_for_a_plan():
    assert _onset("The first flames were spotted on the roof, a neighbour said.") is None
    assert _onset("The repairs will begin on Monday at 8am, the council said.") is None
    assert _onset("The bridge collapsed at 4.15pm on Wednesday, the highways agency said.") is None


def test_an_offset_with_no_count_keeps_its_direction_and_is_open():
    """rel9x2: "hours earlier than X has said" sets the act against another account with no number."""
    got = _onset("Dockworkers said the crane cable snapped shortly after 7am, hours earlier than the port authority "
                 "has said.")
    assert got == {"against": -1.0, "open": True}
    got = _onset("The ferry left the quay at 6.15pm, minutes later than the timetable office reported, a passenger said.")
    assert got is not None and got.get("open") and got["against"] == 0.0


def test_a_comparison_with_no_account_is_no_offset():
    assert _onset("The crane cable snapped at 7am, hours earlier than expected, dockworkers said.") is None


def test_a_count_of_hours_after_for_is_a_duration_not_a_precursor():
    """acts10: "kept going for two hours before anyone called" times no act against another."""
    got = _onset("A ferry hand, Ivo Marr, said the radar screens went dark at about 4am and the crew steered by "
                 "compass for three hours before anyone raised the harbour.")
    assert got is None or "precedes" not in got
    assert _onset("The first tremors were felt at 8pm, two hours before the dam gave way, villagers said.") == \
        {"first": True, "precedes": True}
