"""Claims of one event that fact clustering put apart are still compared when their frames fill one slot
(sentences written for these tests)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.fact_slots import same_slot, shared_act
from workbench.analyze.relate import relate_across


def test_one_unit_counted_by_two_sources_is_one_slot_whatever_the_wording():
    a = view("The ferry operator said 900 passengers were delayed.", cid="a")
    b = view("The sailors' union said 3,500 passengers had been left stranded on the quay.", cid="b")
    assert same_slot(a.frame, b.frame)
    got = relate_across(a, b, similarity=0.45)  # below any closeness rule: only the slot brings them together
    assert got is not None and got.relation == "conflict" and "900" in got.reason and "3,500" in got.reason, got
    assert got.method == "frames"  # a slot verdict: it joins the two claims into one fact


def test_a_bare_percent_is_no_slot_without_a_measure_named_alike():
    a = view("The Liberal list won 41% of the vote on Sunday.", cid="a")
    b = view("Turnout reached 57%, the election monitors said.", cid="b")
    assert not same_slot(a.frame, b.frame)
    assert relate_across(a, b, similarity=0.45) is None


def test_one_act_dated_twice_is_a_date_conflict_at_low_similarity():
    a = view("The fine is backdated to June 1, the league said.", published="2027-09-02", cid="a")
    b = view("The penalty is backdated to July 1, the club's lawyer said.", published="2027-09-03", cid="b")
    assert shared_act(a.frame, b.frame)
    got = relate_across(a, b, similarity=0.5)
    assert got is not None and got.relation == "conflict" and "date" in got.reason, got


def test_different_acts_are_not_one_slot():
    a = view("The council closed the pier on Monday.", cid="a")
    b = view("The council repaired the lighthouse on Monday.", cid="b")
    assert not same_slot(a.frame, b.frame)


def test_the_per_of_a_compound_unit_is_no_part_of_a_total():
    from tests.analyze.test_frame_relate import rel

    got = rel("The inspectors said the well water held 40 milligrams per litre of nitrate.",
              "The water company said the well water held 65 milligrams per litre of nitrate.", sim=0.8)
    assert got.relation == "conflict" and "40" in got.reason and "65" in got.reason, got
    got = rel("Of the 40 milligrams found, 12 came from the farm, the inspectors said.",
              "The inspectors found 65 milligrams in total.", sim=0.8)
    assert got.relation != "conflict", got


def test_spans_of_different_things_and_two_plans_are_not_one_slot():
    a = view("The port was closed for 35 days while the two sides argued over the dredging budget.", cid="a")
    b = view("The union said that in 21 days, if no deal is done, the dockers would strike again.", cid="b")
    assert not same_slot(a.frame, b.frame)
    a = view("The decree lets the governor divert $3.6 billion from road projects to the dam.", cid="a")
    b = view("The deal gives only a fraction of the governor's proposed figure of $5.7 billion for the dam.", cid="b")
    assert not same_slot(a.frame, b.frame)


def test_one_length_told_in_two_units_is_one_slot_and_agrees_across_facts():
    """A figure converted by one outlet ("about 60 metres" / "nearly 200 feet") fills the slot the other's fills."""
    a = view("The trawler dragged its anchor about 60 metres across the harbour floor, the pilot said.", cid="a")
    b = view("The boat drifted nearly 200 feet before the chain held.", cid="b")
    assert same_slot(a.frame, b.frame)
    got = relate_across(a, b, similarity=0.4)
    assert got is not None and got.relation == "agree" and "60 metres" in got.reason, got


def test_a_length_and_a_span_of_time_are_no_slot():
    a = view("The trawler dragged its anchor about 60 metres, the pilot said.", cid="a")
    b = view("The boat drifted for nearly 20 minutes before the chain held.", cid="b")
    assert not same_slot(a.frame, b.frame)
