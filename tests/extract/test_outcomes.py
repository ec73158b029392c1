"""Outcome slots stored at extraction (``extract.outcomes``, ``extract.departures``), in wording of their own."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.extract.departures import leaver_of


def test_the_object_of_an_active_removal_is_the_leaver():
    assert leaver_of("The orchestra's trustees fired principal conductor Ilse Brandauer after the tour.") == "Ilse Brandauer"


def test_the_subject_before_a_relative_clause_is_the_leaver():
    text = "Ilse Brandauer, who had conducted the orchestra for nine seasons, stepped down, her agent said."
    assert leaver_of(text) == "Ilse Brandauer"


def test_a_passive_removal_takes_the_name_before_it_not_the_agent_after_it():
    text = "The harbour master, Piet van Loon, was ousted by the port council."
    assert leaver_of(text) == "Piet van Loon"


def test_the_frame_stores_the_leaver_with_the_departure():
    f = view("Chief curator Noor Haddad resigned on Friday, the gallery said.").frame
    assert f.departure == "resigned" and f.outcome == {"leaver": "Noor Haddad"}


def test_not_before_a_date_stores_the_bound_and_the_negated_act():
    f = view("Stranded passengers will not be compensated until December, the regulator said.").frame
    assert f.outcome is not None and f.outcome["not_before"].endswith("-12") and f.outcome["act"].startswith("compens")


def test_a_closure_with_a_lower_bounded_span_stores_its_earliest_end():
    f = view("Aviation inspectors have closed the northern runway for at least three weeks.", "2027-05-04").frame
    assert f.outcome == {"closed_until": "2027-05-25"}


def test_a_planned_restart_on_a_day_is_stored():
    f = view("The northern runway will reopen on Friday, the operator said.", "2027-05-04").frame
    assert f.outcome == {"resumes": "2027-05-07"}


def test_now_on_a_planned_date_marks_it_changed_and_plain_plan_does_not():
    assert view("The commission will now publish its findings by May 15, a spokeswoman said.").frame.outcome == {"now": True}
    assert view("The commission will publish its findings by May 15, a spokeswoman said.").frame.outcome is None


def test_a_way_out_is_stored_with_its_actor_and_cut_before_the_source():
    f = view("Two inmates broke out through a tunnel under the laundry, guards said.").frame
    assert f.outcome == {"route": {"dir": "out", "text": "a tunnel under the laundry", "stems": ["tunnel", "laundry"],
                                   "who": ["inmat"]}}


def test_a_pronoun_actor_is_left_open_and_a_time_ends_the_route():
    route = view("They crept in through the cellar door at about 2am, a neighbour said.").frame.outcome["route"]
    assert route["dir"] == "in" and route["text"] == "the cellar door" and route["who"] == []


def test_an_attributive_participle_reports_no_departure():
    f = view("Mr. Okafor, a retired harbour pilot, was asked to testify.").frame
    assert f.departure is None and f.outcome is None


def test_a_pronoun_subject_is_not_the_name_before_it():
    assert leaver_of("Dana Whitlock sued the insurer and said she was fired after the audit.") is None


def test_an_appositive_with_names_inside_is_skipped_for_the_subject():
    text = "Finance minister Rui Abelho, a former banker who served under President Soto, resigned on Monday."
    assert leaver_of(text) == "Rui Abelho"


def test_forced_to_resign_words_a_removal_and_stood_down_a_resignation():
    assert view("Coach Ilse Brandauer was forced to resign on Monday.").frame.departure == "was removed"
    assert view("Coach Ilse Brandauer stood down on Monday.").frame.departure == "resigned"


def test_a_closure_until_a_stated_date_stores_that_date_as_its_end():
    f = view("The ferry line will stay closed until at least March 20, the operator said.", "2027-03-10").frame
    assert f.outcome == {"closed_until": "2027-03-20"}


def test_one_capitalised_word_modifying_a_noun_is_no_leaver_but_one_right_before_its_verb_is():
    assert leaver_of("The Brekka lighthouse keeper was dismissed after the storm.") is None
    assert leaver_of("A week later Okafor had resigned, the paper said.") == "Okafor"


def test_a_planned_act_within_a_span_stores_its_deadline_from_the_report():
    f = view("Grants will be paid out within three weeks, the mayor's office said.", "2027-09-01").frame
    assert f.outcome is not None and f.outcome.get("due_by") == "2027-09-22"


def test_a_negated_or_done_act_within_a_span_states_no_deadline():
    for text in ("Grants will not be paid out within three weeks, the treasurer said.",
                 "The grants were paid out within three weeks, the treasurer said."):
        assert "due_by" not in (view(text, "2027-09-01").frame.outcome or {}), text


def test_a_surname_opening_the_sentence_right_before_its_verb_is_the_leaver():
    assert leaver_of("Okonjo stepped aside at his own request, the club said.") == "Okonjo"
    assert leaver_of("Later the coach resigned.") is None  # a closed-class opener names no one
    assert leaver_of("Okonjo said the coach had resigned.") is None  # not right before the verb


def test_a_departure_called_a_sacking_is_a_removal_of_the_person_it_names():
    f = view("The union said the exit of Tomas Wrede was a sacking in all but name.").frame
    assert f.departure == "was removed" and f.outcome == {"leaver": "Tomas Wrede"}
    assert view("The board said the exit of Tomas Wrede was not a sacking.").frame.departure is None
    # a noun of no named person's departure ("a resignation letter", "an amicable resignation") characterises none
    assert view("The club described it as an amicable resignation.").frame.departure is None


def test_a_clock_time_before_the_bounds_day_still_bounds_the_act_by_that_day():
    f = view("The ferry company did not cancel the crossing until 9.30pm on Friday, the harbour office said.",
             "2027-03-10").frame
    assert f.outcome is not None and f.outcome.get("not_before") == "2027-03-05" and f.outcome["act"].startswith("cancel")


def test_a_restart_at_the_earliest_on_a_day_is_no_restart_on_that_day():
    assert "resumes" not in (view("The burning ban will be lifted on May 6 at the earliest, the agency said.",
                                  "2027-05-03").frame.outcome or {})
    assert view("The burning ban will be lifted on May 6, the agency said.", "2027-05-03").frame.outcome == {
        "resumes": "2027-05-06"}
