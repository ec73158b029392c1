"""Outcomes of one act compared across reports (``analyze.outcomes``), in wording of their own (issue 9)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.relate import relate, relate_across


def test_one_named_person_fired_and_stepping_down_conflict_however_unalike_the_sentences():
    a = view("The orchestra's trustees fired principal conductor Ilse Brandauer on Monday.", "2027-03-10", "a")
    b = view("Ilse Brandauer, who had conducted the orchestra for nine seasons, stepped down, her agent said.",
             "2027-03-11", "b")
    got = relate_across(a, b, 0.35)  # not one fact cluster, not close: the person and the departure kind decide
    assert got is not None and got.relation == "conflict" and "Brandauer" in got.reason and "review" in got.reason, got


def test_two_people_leaving_in_different_ways_is_no_conflict():
    a = view("The club fired head coach Tomas Reiner on Monday.", "2027-03-10", "a")
    b = view("Assistant coach Lena Vogt resigned on Monday, the club said.", "2027-03-10", "b")
    got = relate(a, b, similarity=0.7)
    assert got.relation != "conflict", got


def test_done_on_a_day_against_not_before_a_later_month_conflicts():
    a = view("Compensation was paid to stranded passengers on Friday, the ferry operator said.", "2027-03-13", "a")
    b = view("Stranded passengers will not be compensated until December, the regulator said.", "2027-03-14", "b")
    got = relate(a, b, similarity=0.6)
    assert got.relation == "conflict" and "not before" in got.reason and "December" in got.reason, got


def test_a_mere_mention_of_the_bound_act_is_no_deed():
    a = view("Passengers complained about compensation on Friday, a consumer group said.", "2027-03-13", "a")
    b = view("Stranded passengers will not be compensated until December, the regulator said.", "2027-03-14", "b")
    assert relate(a, b, similarity=0.6).relation != "conflict"


def test_a_reopening_inside_a_closure_of_at_least_weeks_conflicts():
    a = view("The northern runway will reopen on Friday, the airport operator said.", "2027-05-03", "a")
    b = view("Aviation inspectors have closed the northern runway for at least three weeks.", "2027-05-04", "b")
    got = relate_across(a, b, 0.4)
    assert got is not None and got.relation == "conflict" and "runway" in got.reason and "2027-05-25" in got.reason, got


def test_a_reopening_after_the_closure_ends_is_no_conflict():
    a = view("The northern runway will reopen on May 28, the airport operator said.", "2027-05-03", "a")
    b = view("Aviation inspectors have closed the northern runway for at least three days.", "2027-05-04", "b")
    got = relate_across(a, b, 0.4)
    assert got is None or got.relation != "conflict", got


def test_a_ban_expected_lifted_inside_the_span_another_source_keeps_it_in_force_conflicts():
    a = view("The county fire chief said he expected the burning ban to be lifted on Friday.", "2027-05-03", "a")
    b = view("The burning ban will remain in force for at least another week, the forestry agency said on Monday.",
             "2027-05-04", "b")
    assert b.frame.time == "2027-05-03"  # the day of the statement lies behind the report, not ahead
    got = relate_across(a, b, 0.4)
    assert got is not None and got.relation == "conflict" and "ban" in got.reason and "2027-05-10" in got.reason, got


def test_one_source_keeping_a_ban_longer_than_it_first_said_or_naming_two_things_is_no_conflict():
    a = view("The burning ban will be lifted on May 6, the forestry agency said.", "2027-05-03", "a")
    b = view("The burning ban will remain in force for at least two weeks, the forestry agency said.", "2027-05-04", "b")
    got = relate_across(a, b, 0.4)  # its own later word: an update of its date, never a clash between sources
    assert got is None or got.relation != "conflict", got
    a = view("The ferry terminal is expected to reopen on Thursday, the harbour board said.", "2027-05-03", "a")
    b = view("Pier 2 will stay shut for at least a month, a spokesman for the harbour board said.", "2027-05-04", "b")
    got = relate_across(a, b, 0.4)  # the words they share are the source's name: two things
    assert got is None or got.relation != "conflict", got


def test_a_date_its_own_source_now_moves_is_an_update():
    a = view("The commission said it would publish its findings by March 31.", "2027-02-01", "a")
    b = view("The commission will now publish its findings by May 15, a commission spokeswoman said.", "2027-03-02", "b")
    got = relate(a, b, similarity=0.7)
    assert got.relation == "update" and "now" in got.reason and "March 31" in got.reason, got


def test_two_routes_out_with_no_word_in_common_conflict_and_a_shared_word_agrees():
    over = view("The prisoners escaped over the perimeter wall on Sunday night, the warden said.", cid="a")
    tunnel = view("The prisoners got out through a tunnel dug under the laundry, a guard said.", cid="b")
    wall = view("The prisoners climbed out over the wall of the exercise yard, police said.", cid="c")
    got = relate_across(over, tunnel, 0.4)
    assert got is not None and got.relation == "conflict" and "perimeter wall" in got.reason, got
    same = relate_across(over, wall, 0.4)
    assert same is not None and same.relation == "agree" and "wall" in same.reason, same


def test_two_actors_ways_in_are_not_compared():
    a = view("The firefighters got in through a side door, the brigade said.", cid="a")
    b = view("The burglars entered through a first-floor window, police said.", cid="b")
    got = relate(a, b, similarity=0.6)
    assert "route" not in got.reason, got


def test_a_year_one_side_states_makes_it_another_departure():
    a = view("In 2019 the trustees fired principal conductor Ilse Brandauer.", "2027-03-10", "a")
    b = view("Principal conductor Ilse Brandauer stepped down on Monday, her agent said.", "2027-03-10", "b")
    got = relate(a, b, similarity=0.7)
    assert got.relation != "conflict", got


def test_a_reopening_before_the_stated_end_of_a_closure_conflicts():
    a = view("The ferry line will reopen on March 15, the operator said.", "2027-03-10", "a")
    b = view("The ferry line will stay closed until at least March 20, the harbour office said.", "2027-03-11", "b")
    got = relate_across(a, b, 0.5)
    assert got is not None and got.relation == "conflict" and "ferry" in got.reason, got


def test_one_person_leaving_the_same_way_on_one_day_agrees_and_two_days_are_left_to_the_date_rules():
    a = view("Harbour master Piet van Loon stood down on Monday, the port council said.", "2027-03-10", "a")
    b = view("Piet van Loon, who ran the harbour for twenty years, resigned on Monday.", "2027-03-10", "b")
    got = relate_across(a, b, 0.4)
    assert got is not None and got.relation == "agree" and "same departure" in got.reason, got
    c = view("Piet van Loon resigned on Friday, his lawyer said.", "2027-03-10", "c")
    assert "same departure" not in relate(a, c, similarity=0.6).reason


def test_suspended_against_stepping_aside_of_one_person_conflicts():
    a = view("The harbour master, Odile Rensk, was suspended on Tuesday, the port board said.", "2027-03-10", "a")
    b = view("Odile Rensk stepped aside at her own request on Tuesday, her union representative said.",
             "2027-03-10", "b")
    got = relate_across(a, b, 0.4)
    assert got is not None and got.relation == "conflict" and "was suspended" in got.reason, got


def test_a_surname_alone_opening_the_claim_is_the_named_leaver_of_the_other_report():
    a = view("The harbour master, Odile Rensk, was suspended on Tuesday, the port board said.", "2027-03-10", "a")
    b = view("Rensk stepped aside at her own request, her union representative said.", "2027-03-11", "b")
    got = relate_across(a, b, 0.4)
    assert got is not None and got.relation == "conflict" and "Odile Rensk" in got.reason, got


def test_suspended_then_sacked_and_things_suspended_are_no_departure_conflict():
    a = view("The harbour master, Odile Rensk, was suspended on Tuesday, the port board said.", "2027-03-10", "a")
    b = view("The port board sacked harbour master Odile Rensk, its chairman said.", "2027-03-12", "b")
    got = relate(a, b, similarity=0.7)
    assert got.relation != "conflict", got
    # a licence or a service is suspended, no person leaves a post
    assert view("The port board suspended Brenmark Shipping's licence on Tuesday.").frame.departure is None
    assert view("Ferries to Holm were suspended on Tuesday, the operator said.").frame.departure is None


def test_a_site_s_work_restarting_inside_its_stated_closure_conflicts() -> None:
    a = view("The quarry will stay shut for at least two months, the safety board said.", "2027-03-10", "a")
    b = view("Production will restart in the lower pit on Monday, Granvik Stone said.", "2027-03-11", "b")
    got = relate(a, b, similarity=0.4)
    assert got.relation == "conflict" and "restarts" in got.reason, got


def test_work_restarting_at_another_place_is_no_conflict() -> None:
    a = view("The Orvik quarry will stay shut for at least two months, the safety board said.", "2027-03-10", "a")
    b = view("Production will restart at Granvik on Monday, the company said.", "2027-03-11", "b")
    assert relate(a, b, similarity=0.4).relation != "conflict"


def test_one_role_suspended_and_resigning_conflicts_where_no_name_is_given():
    a = view("The chief ranger of the park was suspended on Tuesday, the county said.", "2027-03-10", "a")
    b = view("The chief ranger resigned on Tuesday, his union representative said.", "2027-03-10", "b")
    got = relate(a, b, similarity=0.7)
    assert got.relation == "conflict" and "was suspended vs resigned" in got.reason, got


def test_a_thing_suspended_is_no_departure_of_a_role_that_resigned():
    a = view("The park's camping licence was suspended on Tuesday, the county said.", "2027-03-10", "a")
    b = view("The park's chief ranger resigned on Tuesday, the county said.", "2027-03-10", "b")
    assert relate(a, b, similarity=0.7).relation != "conflict"


def test_one_unnamed_role_suspended_and_resigning_conflicts_across_facts():
    a = view("The chief ranger of the park was suspended on Tuesday, the county said.", "2027-03-10", "a")
    b = view("The chief ranger resigned on Tuesday, his union representative said.", "2027-03-10", "b")
    got = relate_across(a, b, 0.45)  # not one fact cluster: the role and the departure kinds decide
    assert got is not None and got.relation == "conflict" and "chief ranger" in got.reason, got


def test_two_roles_of_one_head_are_two_people():
    a = view("The finance minister was dismissed on Tuesday, the palace said.", "2027-03-10", "a")
    b = view("The health minister resigned on Tuesday, her office said.", "2027-03-10", "b")
    got = relate_across(a, b, 0.45)
    assert got is None or got.relation != "conflict", got


def test_a_thing_intact_against_the_same_thing_damaged_conflicts() -> None:
    got = rel("The mast is undamaged, the skipper said.",
              "A long crack runs down the mast, the harbour surveyor said.", sim=0.3)
    assert got.relation == "conflict" and "intact" in got.reason and "damaged" in got.reason, got
    # a damaged thing may still work: no conflict with a working one
    got = rel("The pump worked all night, the skipper said.", "The pump was damaged, the harbour surveyor said.", sim=0.3)
    assert got.relation != "conflict", got
