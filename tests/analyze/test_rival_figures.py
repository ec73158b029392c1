"""A report's several figures of one dimension: the one whose act is clearly the other report's is its rival
(``analyze.rival_figures``). Fictional reports written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_sole_figures import DIVERS, _event
from workbench.analyze.relate import relate_across

BAKERY = "A bakery beside the towpath sold 2 tonnes of bread to visitors during the summer festival."
HAULED = "The haul pulled from the waterway by Friday came to 1.8 tonnes, the council said."
NORTH_LOCK = "At the north lock alone, 600 kilograms of rubbish were lifted by Friday."


def test_a_second_mass_of_another_act_leaves_the_rival_plain():
    """The report's other mass is bread a bakery sold: the rubbish lifted stands against the other source's."""
    views, block = _event(("x", [DIVERS, BAKERY]), ("y", [HAULED]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "3 tonnes" in got.reason and "1.8 tonnes" in got.reason, got


def test_two_masses_of_one_act_in_a_report_pick_none():
    """The trap: all the rubbish and one lock's share, both lifted: neither is clearly the other report's measure."""
    views, block = _event(("x", [DIVERS, NORTH_LOCK, BAKERY]), ("y", [HAULED]))
    with block:
        for claim in views["x"]:
            got = relate_across(claim, views["y"][0], 0.3)
            assert got is None or got.relation != "conflict", got


LATE = "Some 1,200 parcels reached the sorting depot after the deadline, according to the couriers' union."
CARRIED = "Its vans usually carry around 85,000 parcels, its manager said."
DELIVERED = "About 1,900 packages were delivered to the depot too late, the postal regulator said."


def test_a_count_of_the_class_in_another_act_is_no_second_value():
    """The report also counts parcels its vans carry, with no verb stored for the count: another act, so the late
    parcels stand against the other source's late packages."""
    views, block = _event(("x", [LATE, CARRIED]), ("y", [DELIVERED]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "1,200" in got.reason and "1,900" in got.reason, got


def test_two_counts_of_one_act_in_a_report_keep_the_class_apart():
    """The trap: the report counts the late parcels twice (the union's and a manager's tally): neither is singled out."""
    tally = "A shift manager's tally shows 900 late parcels at the sorting depot."
    views, block = _event(("x", [LATE, tally]), ("y", [DELIVERED]))
    with block:
        for claim in views["x"]:
            got = relate_across(claim, views["y"][0], 0.3)
            assert got is None or got.relation != "conflict", got


def test_an_outlets_own_figures_are_no_rival_picked():
    """No source named on either side: an outlet's several sums told in its own voice ("a 9,000-dollar watch" among
    the sums spent) are not two sources' figures of one act."""
    spent = "The former mayor spent 300,000 dollars of party money on a watch, a boat and a holiday."
    watch = "He bought a 9,000 dollar watch and a boat with party money."
    views, block = _event(("x", [watch, "His lawyers were paid 40,000 dollars by the party."]),
                          ("y", [spent]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got
