"""One act told by two sources in other words (issue 9, values that are not numbers): a first sighting is one act
whoever saw it, so its stated days compare; a deed stated in a participle of result is contradicted by "not X".
Sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.act_identity import first_perception
from workbench.analyze.relate import relate_across


def test_two_first_sightings_on_different_days_conflict_whoever_saw_them() -> None:
    a = view("The first oil slicks were noticed off the Tarn headland on Tuesday morning, the coastguard said.")
    b = view("Fishermen first spotted oil slicks near the harbour mouth on Monday night, their cooperative said.",
             cid="b")
    got = relate_across(a, b, 0.45)
    assert got is not None and got.relation == "conflict" and "first sighting" in got.reason, got
    assert "coastguard" in got.reason and "cooperative" in got.reason, got


def test_first_sightings_of_two_things_are_two_acts() -> None:
    assert first_perception("The first oil slicks were noticed", "Divers first saw the wreck") is None
    assert first_perception("Oil slicks were noticed", "Fishermen first spotted oil slicks") is None  # one not first
    assert first_perception("The first oil slicks were noticed", "Fishermen first spotted oil slicks") is not None


def test_first_sightings_on_the_same_day_are_no_conflict() -> None:
    a = view("The first oil slicks were noticed off the Tarn headland on Tuesday morning, the coastguard said.")
    b = view("Fishermen first spotted oil slicks near the harbour mouth on Tuesday, their cooperative said.", cid="b")
    got = relate_across(a, b, 0.45)
    assert got is None or got.relation != "conflict", got


def test_a_cause_stated_in_a_participle_of_result_is_contradicted_by_not_x() -> None:
    """"the pump failed, flooding the cellar" states the flooding done; "..., not flooded" says it was not."""
    from workbench.extract.acts import deed_stems

    assert "flood" in deed_stems("The pump failed at noon, flooding the cellar of the museum.")
    assert "say" not in " ".join(deed_stems("The pump failed at noon, saying nothing of the cellar."))
    a = view("The pump failed at noon, flooding the cellar of the museum, the caretaker said.")
    b = view("The cellar of the museum was damaged by a fire, not flooded, the insurers said.", cid="b")
    got = relate_across(a, b, 0.5)
    assert got is not None and got.relation == "conflict" and "not done" in got.reason, got
