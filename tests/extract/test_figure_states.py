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
        ("Eleven sailors were rescued from the trawler on Monday.", {}),
        ("The number of sailors rescued has risen to 14.", {}),  # a change verb: the frame's running cue reads it
        ("The agency put the damage at 4 million dollars.", {}),
    ],
)
def test_figure_states(text, state):
    assert _state(text) == state
