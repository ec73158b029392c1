"""Plans and deeds stored in the frame: computed once at extraction, compared as stems in analysis."""

from __future__ import annotations

from workbench.extract.acts import deed_stems, planned_stems
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities


def _frame(text: str):
    return claim_frame(text, extract_quantities(text), None, "2027-04-02")


def test_a_planning_cue_stores_the_words_it_governs():
    assert "reopen" in planned_stems("The library will reopen its reading room in May.")
    assert "demolish" in planned_stems("The council plans to demolish the old pier.")
    assert planned_stems("The library reopened its reading room.") == []


def test_a_deed_is_a_past_form_not_an_infinitive_or_a_noun():
    assert any(s.startswith("reopen") for s in deed_stems("The library reopened its reading room on Monday."))
    assert any(s.startswith("shut") for s in deed_stems("The pier was shut on Friday."))
    assert not any(s.startswith("reopen") for s in deed_stems("The library agreed to reopen its reading room."))
    assert not any(s.startswith("fund") for s in deed_stems("The funding for the pier is in doubt."))


def test_the_frame_stores_plans_for_a_plan_and_deeds_for_a_report():
    plan = _frame("The council will demolish the old pier next month, the mayor said.")
    done = _frame("The council demolished the old pier last week, the mayor said.")
    assert plan.modality == "planned" and "demolish" in plan.plans and not plan.deeds
    assert done.modality == "done" and any(s.startswith("demolish") for s in done.deeds) and not done.plans
    assert plan.to_dict()["plans"] and type(plan).from_dict(plan.to_dict()).plans == plan.plans
