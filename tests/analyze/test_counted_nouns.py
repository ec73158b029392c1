"""Two counted nouns of one class in other words, and two figures dated to one day by a part of that day.

Fictional pairs written for these tests (not the dev corpus); each failed before its rule existed."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.counted_nouns import event_nouns
from workbench.analyze.quantity_match import compare_quantities
from workbench.extract.claims import extract_claims
from workbench.extract.quantities import extract_quantities


def _numbers(a: str, b: str):
    return compare_quantities(a, extract_quantities(a), b, extract_quantities(b))


def test_one_figure_of_one_class_counted_in_two_nouns_agrees():
    got = _numbers("Nine lorries were queuing at the border post on Monday.", "Customs saw 9 trucks in the queue on Monday.")
    assert got.agree and "lorries" in got.agree and "trucks" in got.agree, got
    assert _numbers("The blaze destroyed 14 cars in the depot.", "Firefighters said 14 vehicles burnt out.").agree


def test_two_values_of_two_nouns_never_become_rivals():
    got = _numbers("Nine lorries were queuing at the border post.", "Customs saw 14 trucks in the queue.")
    assert not got.conflict and not got.agree, got


def test_nouns_that_sort_people_or_that_one_report_counts_apart_stay_two_groups():
    assert not _numbers("Eleven boys were rescued from the cave.", "Eleven girls were rescued from the cave.").agree
    assert not _numbers("Four men were hurt.", "Four women were hurt.").agree
    # a claim naming both nouns counts two groups
    assert not _numbers("Nine lorries and three vans waited.", "Nine vans waited at the gate.").agree
    # a report of the event that counts both nouns with different figures shows they are two groups there
    report = extract_claims("Nine lorries and 14 trucks were stopped at the border post, customs said.", "2027-02-01")
    with event_nouns([("r1", report[0].frame)]):
        assert not _numbers("Nine lorries were queuing at the border post.", "Customs saw 9 trucks in the queue.").agree


def test_a_part_of_the_day_named_with_the_date_is_no_period_of_its_own():
    got = rel("About 600 passengers were stranded at the terminal on Sunday evening, the airline said.",
              "Some 1,500 passengers were stuck at the terminal on Sunday night, the airport operator said.", sim=0.7)
    assert got.relation == "conflict", got
