"""Figures that state themselves as a later state of a count (issue 9, seventh round, class 5): sentences
written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_perfect_toll_rising_in_a_later_report_of_another_source_is_an_update():
    got = rel("Four climbers have died on the glacier, the mountain rescue service said.",
              "Six climbers have died on the glacier, the regional governor's office said.",
              sim=0.8, pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "update" and "2027-03-12" in got.reason, got


def test_a_perfect_toll_falling_in_a_later_report_of_another_source_still_conflicts():
    got = rel("Six climbers have died on the glacier, the mountain rescue service said.",
              "Four climbers have died on the glacier, the regional governor's office said.",
              sim=0.8, pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "conflict", got


def test_two_perfect_tolls_in_reports_of_one_day_conflict():
    got = rel("Four climbers have died on the glacier, the mountain rescue service said.",
              "Six climbers have died on the glacier, the regional governor's office said.", sim=0.8)
    assert got.relation == "conflict", got


def test_a_value_raised_to_in_a_later_report_is_an_update_of_the_earlier_value():
    got = rel("Auditors put the cost of the bridge repairs at about 2 million florins.",
              "Auditors have revised their figure for the bridge repairs to 3.1 million florins, the council said.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-14")
    assert got.relation == "update" and "revised" in got.reason, got


def test_a_share_offered_then_raised_in_a_later_report_is_an_update():
    """A percentage moved to ("raised its offer to 4 per cent") develops the earlier offer as a sum would."""
    got = rel("The hauliers' association has offered a rise of 3 per cent.",
              "The association raised its offer to 4 per cent on Wednesday.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-14")
    assert got.relation == "update" and "raised" in got.reason, got


def test_a_share_another_source_moves_stays_a_rival_of_the_first_sources():
    """The mover revised its own estimate, not the first source's figure: the two sources still disagree."""
    got = rel("Inflation reached 5 per cent in March, the statistics bureau said.",
              "The central bank raised its estimate of March inflation to 6 per cent.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-14")
    assert got.relation != "update", got


def test_a_perfect_count_of_a_deed_in_another_noun_in_a_later_report_is_an_update():
    """"Two cottages were flooded" (Monday) / "nine dwellings have been flooded" (Thursday): one toll of one deed,
    the later report's count standing at its day, whatever noun each report counts in."""
    got = rel("A total of nine dwellings have been flooded, all of them along the lower quay.",
              "Two cottages along the lower quay were flooded.",
              sim=0.8, pub_a="2027-03-14", pub_b="2027-03-10")
    assert got.relation == "update" and "2027-03-14" in got.reason, got


def test_a_later_perfect_count_below_the_earlier_one_of_another_deed_noun_is_no_update():
    got = rel("A total of two dwellings have been flooded, all of them along the lower quay.",
              "Nine cottages along the lower quay were flooded.",
              sim=0.8, pub_a="2027-03-14", pub_b="2027-03-10")
    assert got.relation != "update", got


def test_a_perfect_reported_on_a_later_stated_day_is_the_count_standing_then():
    # "said on Friday that 27 pupils had been confirmed": the backshifted perfect of a count as it stood on Friday;
    # the place in the source's description ("officials in Brenner County") is no place of the count
    got = rel("Nineteen pupils have caught mumps in an outbreak in Orvik, the Brenner County Health Office said on "
              "Tuesday.",
              "Health officials in Brenner County said on Friday that 27 pupils had been confirmed with mumps.",
              pub_a="2027-04-13", pub_b="2027-04-16")
    assert got.relation == "update" and "2027-04-16" in got.reason, got


def test_a_past_act_reported_later_with_no_stated_day_stays_a_rival():
    got = rel("Police said some 600 residents had been moved to safety overnight on Thursday.",
              "The organisers said nearly 900 residents had been moved out of the valley.",
              pub_a="2027-04-13", pub_b="2027-04-16")
    assert got.relation != "update", got


_DAY_TOLL = "Four people died on Sunday night when a coach left the road near Harrel, police said."


def test_a_larger_undated_toll_in_a_later_report_updates_a_toll_dated_to_its_day():
    got = rel(_DAY_TOLL, "The accident killed seven people, the county prosecutor's office said.",
              pub_a="2027-04-12", pub_b="2027-04-15")
    assert got.relation == "update" and "toll only grows" in got.reason, got


def test_a_smaller_later_toll_or_one_of_the_same_day_still_conflicts():
    got = rel(_DAY_TOLL, "The accident killed three people, the county prosecutor's office said.",
              pub_a="2027-04-12", pub_b="2027-04-15")
    assert got.relation == "conflict", got
    got = rel(_DAY_TOLL, "Seven people died in Sunday night's crash, the county prosecutor's office said.",
              pub_a="2027-04-12", pub_b="2027-04-15")
    assert got.relation != "update" or "toll only grows" not in got.reason, got
