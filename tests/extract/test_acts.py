"""Plans and deeds stored in the frame: computed once at extraction, compared as stems in analysis."""

from __future__ import annotations

from workbench.extract.acts import act_subject, deed_stems, planned_stems
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


def test_reported_speech_shifts_a_plan_back_to_would():
    plan = _frame("The harbour master, Ida Kern, said the port would reopen the north quay.")
    assert plan.modality == "planned" and "reopen" in plan.plans
    refused = _frame("The harbour master, Ida Kern, said the port would not reopen the north quay.")
    assert refused.modality == "done" and not refused.plans


def test_a_deed_named_by_its_noun_stores_the_act():
    assert "complaint" in deed_stems("The tenants lodged a complaint with the ombudsman on Monday.")
    assert "appeal" in deed_stems("The club filed an appeal against the fine.")
    assert "pier" not in deed_stems("The council closed the pier.")  # a definite object is a thing, not the act


def test_a_name_ending_like_a_past_form_is_not_a_deed():
    assert deed_stems("Voters in Harlen backed the Green list.") == ["back"]


def test_a_noun_that_modifies_the_object_is_not_the_act():
    assert "harbour" not in deed_stems("The council approved a harbour plan on Monday.")


def test_what_an_auxiliary_or_a_modal_reaches_is_read_as_before():
    # an "-ly" adverb may sit between the auxiliary and the deed; a word without -ed/-en counts only after one
    assert any(s.startswith("shut") for s in deed_stems("The pier had quietly shut its gates."))
    # a modal with at most one word between blocks the deed ("will be reopened"), two words do not
    assert not any(s.startswith("reopen") for s in deed_stems("The pier will be reopened."))
    assert any(s.startswith("reopen") for s in deed_stems("The pier said it may well be reopened."))
    # a figure glued to a word is not a word after the auxiliary ("was 5kg"), case does not matter ("WAS shut")
    assert deed_stems("The parcel was 5kg.") == []
    assert any(s.startswith("shut") for s in deed_stems("the pier WAS shut"))


def test_a_long_sentence_is_read_in_one_pass():
    """The auxiliaries' and modals' reach is found once per sentence (it used to search the whole text
    before every word: 4.6 s for a 4,000-word sentence). Same stems for each repeated clause."""
    clause = "the ferry was halted and will be restarted"
    stems = deed_stems(" ".join([clause] * 500))
    assert stems == deed_stems(clause)


def test_an_act_told_still_pending_is_a_plan_of_that_act():
    """"still has to be ratified", "has yet to sign", "must still be endorsed": the act is not done yet, so the
    claim plans it (modality and plan stems), as "will ratify" would."""
    for text, verb in (("The harbour accord still has to be ratified by the regional assembly, an aide said.", "ratif"),
                       ("The governor has yet to sign the water levy, her office said.", "sign"),
                       ("The pay offer must still be endorsed by the drivers.", "endors"),
                       ("The new timetable is yet to be approved.", "approv")):
        frame = _frame(text)
        assert frame.modality == "planned" and frame.plans[0].startswith(verb), (text, frame.modality, frame.plans)
    assert _frame("It is not yet clear how the fire started.").modality == "done"


def test_the_subject_of_a_reported_act_is_read_after_the_verb_of_saying():
    """"X said the ferry had been sold": what was sold is the ferry; the speaker is no part of the act's subject."""
    frame = _frame("Harbour master Ines Kolle said the old ferry had been sold on Friday.")
    assert frame.act_subject == ["old", "ferry"], frame.act_subject
    assert not any(s.lower().startswith(("kolle", "ine", "master")) for s in frame.act_subject), frame.act_subject


def test_an_adverb_between_the_auxiliary_and_the_verb_is_no_deed():
    """"has already stopped", "was just reopened": the deed is the verb; "already" and "just" say when, not what."""
    assert deed_stems("The ferry service has already stopped.") == ["stopp"]
    assert deed_stems("The east pier was just reopened on Friday.") == ["reopen"]
    assert "also" not in deed_stems("The mill has also shut its gates.")


def test_an_object_relative_clause_stores_no_agent_as_the_acts_subject():
    """"a draft that ministers will sign": what is signed is the draft; "ministers" is the agent, so nothing is stored
    (an agent compared with another claim's passive subject would read as two actors). A "that" after a verb of
    telling opens a reported clause, whose subject is stored as before."""
    assert act_subject("The pact is only a draft that the ministers will sign next week, an aide said.", True) == []
    assert act_subject("The old ferry, which the council will sell in May, is moored at Ost Quay.", True) == []
    assert act_subject("The union told the members that the strike will continue.", True) == ["strike"]


def test_readiness_now_is_a_plan_and_readiness_then_is_not():
    """"is prepared to sign" plans the signing (it is not done yet); "was ready to take 40 families" told a capacity."""
    ready = _frame("The mayor is prepared to sign the harbour levy, aides said.")
    assert ready.modality == "planned" and ready.plans[:1] == ["sign"], (ready.modality, ready.plans)
    assert _frame("The shelter was ready to take 40 families on Friday.").modality == "done"
