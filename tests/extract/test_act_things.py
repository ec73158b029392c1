"""What a timed act happened to (``Frame.onset["thing"]``, acts11): sentences written for these tests, not the dev
corpus."""

from __future__ import annotations

from workbench.extract.act_things import deed_of, thing_of
from workbench.extract.claims import extract_claims


def _thing(text: str) -> str | None:
    return (extract_claims(text, "2027-05-08")[0].frame.onset or {}).get("thing")


def test_the_head_of_a_changed_subject_is_stored_however_the_act_is_worded():
    assert _thing("The ferry ran aground at 4.10am on Tuesday, the coastguard said.") == "ferry"
    assert _thing("The cattle had wandered off late on Monday night, a neighbour said.") == "cattle"
    assert _thing("The lanterns in the old watchtower went dark at about 10pm.") == "lanterns"
    assert _thing("The vault that held the deeds was opened at noon on Friday, the bank said.") == "vault"


def test_someone_a_deed_done_to_another_thing_a_state_or_a_plan_is_no_change_of_a_thing():
    assert thing_of("A ranger spotted") is None  # someone, by the agent suffix
    assert thing_of("Wardens put up barriers on the bridge") is None  # done to another thing
    assert thing_of("Crews spent most of the day at the site") is None
    assert thing_of("the square had been empty") is None  # a state
    assert thing_of("The pier could still be reached") is None  # a possibility
    assert thing_of("The pier") is None  # no act


def test_an_untimed_act_stores_no_thing():
    assert _thing("The ferry ran aground near the harbour wall, the coastguard said.") is None


def _onset(text: str) -> dict:
    return extract_claims(text, "2027-05-08")[0].frame.onset or {}


def test_a_timed_deed_to_another_thing_or_place_is_stored_by_its_doer():
    """"left Varnby", "lowered the gates": the subject acted on another, no change of its own state (``"deed"``, the
    head of the subject); a change of its own state, passive or intransitive, is none."""
    assert _onset("The barge Tolla left Varnby quay at 16:10, the harbour master said.").get("deed") == "tolla"
    assert _onset("The lock keepers lowered the flood gates at about 3am.").get("deed") == "keepers"
    assert "deed" not in _onset("The barge sank at 17:25 on Friday, the river police said.")
    assert "deed" not in _onset("The barge was refloated at noon on Monday.")
    assert deed_of("The lock keepers would lower the gates") is None  # a plan: no deed done
    assert deed_of("Water was pouring out of the culvert") is None  # an ongoing state, no deed
