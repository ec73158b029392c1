"""A figure stated as the count standing at its report, or as a value moved to (``extract.figure_states``)."""

from __future__ import annotations

import pytest

from workbench.extract.figure_states import figure_state
from workbench.extract.quantities import extract_quantities


def _state(text: str) -> dict:
    q = next(q for q in extract_quantities(text) if q.kind in ("count", "money"))
    return figure_state(text, q)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Eleven sailors have been rescued from the trawler.", {"perfect": True}),
        ("Twelve fishermen have drowned since the storm began.", {"perfect": True}),
        ("The insurers have lowered their estimate of the damage to 4 million dollars.", {"moved": "lowered", "mover": "the insurers"}),
        ("The agency cut its forecast for new homes to about 90,000.", {"moved": "cut", "mover": "the agency"}),
        ("Since then it has raised its estimate to 300 crates.", {"moved": "raised"}),  # a pronoun names no mover
        # the reach of an act widened to a figure: a value moved to, like a raised estimate
        ("The council widened its boil notice to 14 streets.", {"moved": "widened", "mover": "the council"}),
        ("The ferry firm has extended the halt to nine crossings.", {"moved": "extended", "mover": "the ferry firm"}),
        ("Eleven sailors were rescued from the trawler on Monday.", {}),
        ("The number of sailors rescued has risen to 14.", {}),  # a change verb: the frame's running cue reads it
        ("The agency put the damage at 4 million dollars.", {}),
        # a perfect reported on a stated day, backshifted: the count standing that day; with no day, a past act
        ("The coastguard said on Sunday that nine sailors had been rescued.", {"perfect": True}),
        ("The coastguard said that nine sailors had been rescued.", {}),
    ],
)
def test_figure_states(text, state):
    assert _state(text) == state


@pytest.mark.parametrize(
    ("text", "figure", "capacity"),
    [
        ("A 40-tonne barge shed 12 tonnes of gravel into the canal.", "40-tonne", True),  # a compound modifier: its size
        ("A 40-tonne barge shed 12 tonnes of gravel into the canal.", "12 tonnes", False),  # the amount shed
        ("The barge had been carrying 900 tonnes when it left the quay.", "900 tonnes", True),  # its load
        ("The vat, able to hold 5,000 litres, split along a seam.", "5,000 litres", True),
        ("A vat with a capacity of 9 cubic metres lost 4 cubic metres.", "9 cubic metres", True),
        ("A vat with a capacity of 9 cubic metres lost 4 cubic metres.", "4 cubic metres", False),
        ("Wardens held 12 people at the gate.", "12 people", False),  # no unit of measure: no load
        # what a place was made to take, in a count: its size, not how many are there
        ("Dunmore jail was built for 310 prisoners and now holds 455.", "310 prisoners", True),
        ("The ward was designed to hold about 40 patients.", "about 40 patients", True),
        ("The car park has room for 600 cars, the council said.", "600 cars", True),
        ("About 300 prisoners were moved to Dunmore jail.", "About 300 prisoners", False),  # guard
        ("The jail holds 455 prisoners.", "455 prisoners", False),  # how many it holds now  # guard
    ],
)
def test_a_figure_that_sizes_a_thing_is_its_capacity(text, figure, capacity):
    q = next(q for q in extract_quantities(text) if q.text == figure)
    assert bool(figure_state(text, q).get("capacity")) is capacity


@pytest.mark.parametrize(
    ("text", "figure", "per_unit"),
    [
        # a value said of a subject quantified by every/each is a value per unit of it, not a total
        ("Every extra point on the pay rise would cost about 6 million euros a year.", "about 6 million euros", True),
        ("Each day of the blockade costs the port 3 million euros.", "3 million euros", True),
        ("Each ward will get 12 more nurses.", "12 more nurses", True),
        ("Every year 300 people die on the pass.", "300 people", False),  # a count per span of time  # guard
        ("Each of the winners will get about 1.5 million euros.", "about 1.5 million euros", True),
        ("After tax, each winner will keep about 1.2 million euros.", "about 1.2 million euros", True),
        ("Each of the 12 victims was paid 500 euros.", "500 euros", False),  # a figure in the subject  # guard
        ("The rise would cost about 38 million euros a year.", "about 38 million euros", False),  # guard
    ],
)
def test_a_value_said_of_every_or_each_is_per_unit(text, figure, per_unit):
    q = next(q for q in extract_quantities(text) if q.text == figure)
    assert (figure_state(text, q).get("per") == "unit") is per_unit
