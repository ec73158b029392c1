"""A plan told in a subordinate clause of time ("hours before the doors were due to open") is about another act:
a done act with such a clause is done, and its weekday resolves to the past (``extract.later_plans``). Sentences
written for these tests."""

from __future__ import annotations

from workbench.extract.claims import extract_claims
from workbench.extract.frames import modality_of


def test_a_done_act_with_a_later_plan_clause_is_done():
    assert modality_of("The regatta was scrapped on Sunday, an hour before the boats were set to launch.")[0] == "done"
    assert modality_of("Before the polls were due to close, the count was halted.")[0] == "done"
    assert modality_of("The quarry shut last week, days after it was expected to reopen.")[0] == "done"


def test_a_plan_in_the_main_clause_stays_a_plan():
    assert modality_of("The regatta will be scrapped on Sunday, before the boats are set to launch.")[0] == "planned"
    assert modality_of("The boats are due to launch on Sunday.")[0] == "planned"


def test_the_weekday_of_the_done_act_resolves_to_the_past():
    claims = extract_claims("The regatta was scrapped at 8am on Sunday, hours before the boats were due to launch, "
                            "the harbour master said.", "2027-05-12")
    assert claims and claims[0].frame.modality == "done"
    assert claims[0].frame.time == "2027-05-09"
