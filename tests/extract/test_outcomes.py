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
