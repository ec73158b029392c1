"""Where one act ended, who it went to, a place ruled out (extract.ends).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from workbench.extract.ends import ends_of


def test_a_movement_stopped_short_of_a_place_or_reaching_one() -> None:
    end = ends_of("The floodwater stopped a few metres short of the church steps, the warden said.")["end"]
    assert end["kind"] == "short" and end["stems"] == ["church", "step"] and end["who"] == ["floodwater"]
    end = ends_of("The floodwater reached the market hall on Tuesday night.")["end"]
    assert end["kind"] == "reached" and end["text"] == "market hall" and end["who"] == ["floodwater"]
    assert "end" not in ends_of("Membership reached 40,000 last spring.")  # a level, not a place


def test_who_a_thing_went_to_and_where_that_party_was() -> None:
    to = ends_of("The last ticket went to a fan queuing outside the gate.")["to"]
    assert to["at"] == "gate" and to["who"] == ["ticket"]
    to = ends_of("The painting was bought by a dealer bidding online, the auction house said.")["to"]
    assert to["text"] == "dealer bidding online" and "at" not in to
