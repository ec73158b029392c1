"""Classes of error found on fresh dev events (issue 9, fifth round), each tested in wording of its own
(sentences written for these tests, not the dev corpus)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.relate import relate


def test_two_months_for_one_planned_act_from_two_sources_conflict():
    got = rel("The new ferry terminal will open in May, the port authority said.",
              "The new ferry terminal will open in September, the contractor said.", sim=0.7)
    assert got.relation == "conflict" and "May" in got.reason and "September" in got.reason, got


def test_a_day_moved_to_a_later_month_is_an_update_that_says_so():
    got = rel("The museum's east wing will reopen on June 3, the curator said.",
              "The reopening of the museum's east wing has been postponed until October, the trust said.",
              sim=0.7, pub_b="2027-03-12")
    assert got.relation == "update" and "moved" in got.reason and "June 3" in got.reason, got


def test_a_day_inside_the_month_named_elsewhere_is_no_clash():
    got = rel("The new ferry terminal will open in May, the port authority said.",
              "The new ferry terminal will open on May 20, the port authority said.", sim=0.8)
    assert got.relation != "conflict", got


def test_a_phrasal_move_split_by_its_object_says_the_date_moved():
    got = rel("The opera house's gala remains set for December 12, its director said.",
              "The opera house has pushed its gala back to March 2028, the board said.", sim=0.7, pub_b="2027-03-13")
    assert got.relation == "update" and "moved" in got.reason and "December 12" in got.reason, got


def test_a_figures_month_is_not_the_date_of_an_act_the_same_speaker_moved():
    got = rel("The transport office reported that 3,100 lorries crossed the pass at the end of January.",
              "The reopening of the pass road has been delayed until May, the transport office said.",
              sim=0.5, pub_b="2027-03-12")
    assert got.relation != "update" and "moved" not in got.reason, got


def test_a_price_for_each_share_is_not_the_total_it_adds_up_to():
    got = rel("The rival bid puts a price of £8.20 on each Norwick Mills share, its backers said.",
              "The rival bid values Norwick Mills at 410 million pounds, the buyer's chairman said.", sim=0.7)
    assert got.relation != "conflict", got
    got = rel("Under the bid, investors get 8.20 pounds in cash for every Norwick Mills share, the two firms said.",
              "The bid values Norwick Mills at 410 million pounds, the buyer's chairman said.", sim=0.7)
    assert got.relation != "conflict", got


def test_one_price_per_share_in_two_wordings_agrees():
    got = rel("Under the bid, investors get 8.20 pounds in cash for every Norwick Mills share, the two firms said.",
              "The bid values each Norwick Mills share at £8.20, the offer document says.", sim=0.7)
    assert got.relation == "agree", got


def test_a_general_noun_and_a_specific_one_of_one_predicate_are_one_count():
    got = rel("The prison service said 4,200 inmates were sharing cells built for one.",
              "Some 6,900 people are sharing cells built for one, the prisoners' aid league said.", sim=0.6)
    assert got.relation == "conflict" and "4,200" in got.reason and "6,900" in got.reason, got
    assert "source vs source" in got.reason, got


def test_two_specific_nouns_of_one_predicate_stay_apart():
    got = rel("The fire service said 40 houses were destroyed in the storm.",
              "About 120 cars were destroyed in the storm, the insurers' association said.", sim=0.6)
    assert got.relation != "conflict", got


def test_a_count_marked_as_one_part_is_narrower_not_a_revision_by_its_source():
    got = rel("The couriers' union estimates that 400 parcels will be sent back to senders.",
              "In the Ostby warehouse alone, 60 parcels will be sent back, the union said.", sim=0.6, pub_b="2027-03-12")
    assert got.relation == "broader" and "part" in got.reason, got


def test_one_site_of_a_plan_is_narrower_than_the_planned_total():
    got = rel("At its Lerwick depot alone, 90 drivers will be laid off, the firm said.",
              "The firm will lay off 350 drivers by the spring, its chief executive said.", sim=0.6)
    assert got.relation == "narrower", got


def test_a_time_offset_after_a_particle_is_no_change_and_a_name_is_no_scope():
    a = view("The lift cable snapped 40 seconds after the doors closed, the operator said.", cid="a")
    b = view("Records from the National Safety Board showed the cable broke up 55 seconds after departure.", cid="b")
    assert not str(b.frame.measures[0].get("role") or "").endswith("change"), b.frame
    assert b.frame.scope is None, b.frame  # "National" opens the board's name
    got = relate(a, b, similarity=0.6)
    assert got.relation == "conflict" and "40" in got.reason and "55" in got.reason, got


def test_a_scope_word_outside_a_name_still_scopes():
    f = view("Hospital admissions rose 4% nationally, the National Health Office said.").frame
    assert f.scope == "country", f


def test_a_place_marked_as_one_part_is_narrower_than_another_places_total():
    got = rel("At Brennan Clinic alone, 800 patients are waiting for scans, its director said.",
              "Some 5,000 people are waiting for scans in Ostreva, the patients' league said.", sim=0.6)
    assert got.relation == "narrower" and "part" in got.reason, got
    got = rel("In Brennan, 800 patients are waiting for scans, its director said.",
              "Some 5,000 people are waiting for scans in Ostreva, the patients' league said.", sim=0.6)
    assert got.relation == "different_measure", got  # two places, neither marked a part of the other


def test_a_plan_then_the_dated_deed_is_an_update_at_any_closeness():
    got = rel("The port authority said the stranded ferry would be towed off the sandbank soon.",
              "The stranded ferry was towed off the sandbank on Thursday, the port authority said.",
              sim=0.55, pub_b="2027-03-13")
    assert got.relation == "update" and "planned, then done" in got.reason, got


def test_a_deed_dated_before_the_plan_was_reported_is_no_update():
    got = rel("The port authority said the stranded ferry would be towed off the sandbank soon.",
              "The stranded ferry was towed off the sandbank on Thursday, the port authority said.",
              sim=0.55, pub_a="2027-03-20", pub_b="2027-03-13")
    assert got.relation != "update", got


def test_a_past_month_named_as_background_is_no_date_slot():
    got = rel("The ministry on Friday released the report on the floods of Sept. 9, 2026, in the Tarn valley.",
              "A report released by the ministry on Friday criticised the response to last September's floods in the Tarn valley.",
              sim=0.75, pub_a="2027-03-10", pub_b="2027-03-10")
    assert got.relation != "conflict", got


def test_an_act_noun_inside_the_subjects_phrase_is_not_the_figures_act():
    got = rel("Investors holding 30% of Norwick Mills have tendered their shares, the bidder said on Monday.",
              "Acceptances for the Norwick Mills bid have climbed to 55%, the bidder said on Thursday.",
              sim=0.6, pub_a="2027-03-09", pub_b="2027-03-12")
    assert got.relation == "update" and "30%" in got.reason and "55%" in got.reason, got
    f = view("Members voted for the offer of 4% on Monday, the union said.").frame
    assert f.measures[0].get("act") == "offer", f  # the act noun right before its figure is still its act


def test_a_figure_comparison_does_not_hang_on_which_claim_comes_first():
    a = view("Investors holding 30% of Norwick Mills have tendered their shares, the bidder said on Monday.",
             published="2027-03-09", cid="a")
    b = view("Acceptances for the Norwick Mills bid have climbed to 55%, the bidder said on Thursday.",
             published="2027-03-12", cid="b")
    ab, ba = relate(a, b, similarity=0.78), relate(b, a, similarity=0.78)
    assert ab.relation == ba.relation == "update", (ab, ba)
