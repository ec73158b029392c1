"""A time that dates a noun of saying ("an April 3, 2019, interview") dates a statement, not the deed (said_times)."""

from workbench.extract import extract_claims
from workbench.extract.said_times import statement_time


def test_a_date_before_a_noun_of_saying_dates_the_statement():
    text = ("The harbour master, who in an April 3, 2019, interview with a local radio station said the quay was safe, "
            "resigned on Friday, the port said.")
    assert statement_time(text, "April 3, 2019")
    assert statement_time("In her Tuesday speech the warden praised the crews.", "Tuesday")


def test_a_date_of_the_deed_stays_the_deeds():
    assert not statement_time("The quay was closed on April 3, 2019, after an inspection.", "April 3, 2019")
    frame = extract_claims("The harbour master closed the quay on April 3, 2019, the port said.", "2019-04-05")[0].frame
    assert frame.time == "2019-04-03" and not frame.time_said


def test_a_time_before_its_reporting_verb_dates_the_statement():
    # the verb after the time's words ("Officials on Tuesday said"): the pattern is matched at the time's end,
    # where an anchor to the string's start never held
    assert statement_time("The harbour board on Tuesday said the quay would reopen in May.", "on Tuesday")
    assert statement_time("Port officials Monday confirmed that two cranes had failed.", "Monday")
    assert not statement_time("The quay closed on Tuesday after an inspection, officials said.", "on Tuesday")


def test_the_day_a_plan_was_stated_lies_behind_the_report_not_ahead():
    # published on a Wednesday: "said on Monday" is two days before, though the claim's act is planned
    frame = extract_claims("The quay will stay closed for at least a fortnight, the harbour board said on Monday.",
                           "2027-03-10")[0].frame
    assert frame.time_said and frame.time == "2027-03-08"


def test_a_publishing_verb_still_to_come_is_the_planned_act_not_a_statement():
    """"will be published in October": the month dates the publication the claim plans, not a statement about it;
    "a survey published on Monday" still dates a statement."""
    assert not statement_time("The audit will be published in October, the committee said.", "in October")
    assert not statement_time("The shortlist is to be announced on Friday.", "on Friday")
    assert statement_time("A survey published on Monday found damp in 40 flats.", "on Monday")  # guard
