"""A figure that sizes a thing or states its load is no amount of what happened (``extract.figure_states.capacity``
read by ``analyze.sole_figures``). Fictional reports written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from tests.analyze.test_sole_figures import _event
from workbench.analyze.relate import relate_across

SPILT = "About 1,800 litres of syrup leaked from the wagon, the river warden said."
LOAD = "The wagon had been carrying 2,400 litres when it set out from the mill."
OTHER = "Roughly 1.1 cubic metres escaped from the wagon, said a spokesman for the water board."


def test_a_load_beside_the_amount_leaves_the_amount_the_reports_only_volume():
    """The warden's report also gives the wagon's load: that is what it held, so 1,800 litres stays the report's
    only volume of what ran out, and the two sources' volumes (in two units) are compared."""
    views, block = _event(("x", [SPILT, LOAD]), ("y", [OTHER]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "1,800 litres" in got.reason and "1.1 cubic metres" in got.reason, got


def test_a_load_is_never_compared_with_an_amount():
    views, block = _event(("x", [LOAD]), ("y", [OTHER]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_a_size_as_compound_modifier_is_not_the_amount_shed():
    """"a 40-tonne barge shed 12 tonnes" against "8 tonnes": 12 is compared with 8, never 40."""
    views, block = _event(("x", ["A 40-tonne barge shed 12 tonnes of gravel into the canal, the lock keeper said."]),
                          ("y", ["Some 8 tonnes of gravel slid into the water, the canal trust said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "12" in got.reason and "8 tonnes" in got.reason and "40" not in got.reason, got


def test_what_a_thing_held_and_what_escaped_from_it_are_two_measures_in_the_wording_rules_too():
    """Outside any event block the wording rules pair the two masses; the stored load still keeps them apart."""
    got = rel("The silo held 52 tonnes of grain when it was last filled, the cooperative said.",
              "About 700 kilograms of grain spilled before the hatch was shut, according to the fire brigade.", sim=0.6)
    assert got.relation == "different_measure" and "holds" in got.reason, got
