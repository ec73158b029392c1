"""A negation that states a deed undone in the claim's own clause (``extract.undone``), stored on the frame."""

from __future__ import annotations

import re

import pytest

from workbench.extract.polarity import polarity_fields
from workbench.extract.undone import states_undone


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        ("The tunnel was never flooded, the operator said.", True),
        ("The levy had not been collected by March.", True),
        ("Many voters believe that the ballots were not counted.", False),
        ("The mayor insisted the council never approved it.", False),
        ("We are not raiding the pension fund.", False),
        ("The governor would not sign the bill.", False),
    ],
)
def test_states_undone(text, undone):
    assert states_undone(text, re.search(r"\b(?:never|not)\b", text).start()) is undone


def test_the_frame_polarity_stores_it():
    assert polarity_fields("The tunnel was never flooded, the operator said.", []).get("undone") is True
    assert "undone" not in polarity_fields("Many voters believe that the ballots were not counted.", [])
