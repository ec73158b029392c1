"""Whether a claim says a thing is intact or damaged (extract.damages).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.damages import damage_of


@pytest.mark.parametrize(("text", "kind", "head"), [
    ("The mast is undamaged, the skipper said.", "intact", "mast"),
    ("The organ had not been damaged by the water, the verger said.", "intact", "organ"),
    ("There was no damage to the chapel roof, the diocese said.", "intact", "roof"),
    ("The old sluice gate had been badly cracked, the engineers said.", "damaged", "gate"),
    ("A long crack runs down the side of the hull, the surveyor said.", "damaged", "hull"),
])
def test_a_thing_stated_intact_or_damaged(text: str, kind: str, head: str) -> None:
    got = damage_of(text)
    assert got is not None and got["kind"] == kind and got["head"] == head, got


@pytest.mark.parametrize("text", [
    "The gale damaged 30 beach huts.",  # a deed of the gale, no state of it
    "The ferry left the harbour on time.",
])
def test_no_state_of_a_thing(text: str) -> None:
    assert damage_of(text) is None
