"""Figures of sorts that are no rivals (issue 9, seventh round: false conflicts and updates read on real news):
ages, ranks, thresholds against counts reached, and a share against its complement. Each in wording written for
these tests; each failed on the code before ``extract.figure_sorts``."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text
from tests.analyze.test_frame_relate import rel
from workbench.extract.figure_sorts import figure_sort
from workbench.extract.quantities import extract_quantities


def _sort(text: str) -> dict[str, str]:
    q = next(q for q in extract_quantities(text) if q.kind != "date")
    return figure_sort(text, q)


def test_ages_are_read_as_attributes_of_a_person():
    assert _sort("The 54-year-old ferry captain was questioned.") == {"sort": "age"}
    assert _sort("Orla Penhale, 39, runs the bakery.") == {"sort": "age", "whose": "Penhale"}
    assert _sort("Orla Penhale, aged 39, runs the bakery.") == {"sort": "age", "whose": "Penhale"}
    assert _sort("The poet died at 88 in her garden.") == {"sort": "age"}
    assert _sort("In March, 39 bakeries closed.") == {}


def test_two_peoples_ages_are_no_running_count():
    """One age stated as "now", in a later report: before, a running count that grew from the other age."""
    got = rel("Orla Penhale, 39, runs the bakery on the quay, a neighbour said.",
              "Tam Quill, now 71, still opens the bakery at dawn, a neighbour said.", sim=0.7, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update"), got


def test_an_age_is_no_toll_and_no_count_of_other_things():
    got = rel("About 14 boats were lost in the storm, the harbour office said on Monday.",
              "The harbour master, Brin Oakes, now 62, said the boats were lost, the harbour office said on Friday.",
              sim=0.7, pub_b="2027-03-14")
    assert got.relation not in ("conflict", "update"), got


def test_one_persons_age_in_two_reports_is_compared_as_an_age():
    got = rel("Orla Penhale, 39, runs the bakery.", "Orla Penhale, 46, runs the bakery.", sim=0.9, pub_b="2027-03-12")
    assert got.relation == "conflict" and "age of Penhale" in got.reason, got
    got = rel("Orla Penhale, 39, runs the bakery.", "Orla Penhale, 40, runs the bakery.", sim=0.9, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update"), got


def test_a_rank_is_no_count():
    got = rel("Ilse Varga, the No. 2 official of the guild, backed the plan.",
              "The guild now counts 40 officials, Ilse Varga said.", sim=0.7, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update"), got


def test_a_threshold_is_not_the_count_reached():
    got = rel("The charter change needs 60 votes to pass the assembly, the clerk said.",
              "The charter change won 52 votes in the assembly, the clerk said.", sim=0.75)
    assert got.relation not in ("conflict", "update", "agree") and "threshold" in got.reason, got


def test_thresholds_for_different_acts_are_not_rivals():
    got = rel("The opposition holds the 34 seats necessary to block the charter change.",
              "The assembly rule requires a majority of 67 seats to override such a block.", sim=0.7)
    assert got.relation not in ("conflict", "update"), got
    same = rel("The charter change needs 60 votes to pass the assembly, the clerk said.",
               "The charter change needs 67 votes to pass the assembly, a rival clerk said.", sim=0.8)
    assert same.relation == "conflict", same


def test_a_share_and_its_complement_are_one_fact():
    got = rel("The trustees warned that pensioners would face an 18 percent across-the-board cut in pensions in 2041.",
              "After 2041, the fund will only be able to pay 82 percent of promised pensions.", sim=0.7)
    assert got.relation != "conflict", got


def test_shares_of_one_part_adding_up_to_the_whole_stay_rivals():
    got = rel("The grid operator said 30% of homes lost power in the storm.",
              "The grid operator's rival said 70% of homes lost power in the storm.", sim=0.8)
    assert got.relation == "conflict", got
    got = rel("The grid operator said 30% of homes lost power in the storm.",
              "The grid operator said 70% of homes kept power in the storm.", sim=0.8)
    assert got.relation != "conflict" and "complement" in got.reason, got


def test_a_threshold_restated_in_its_claim_is_still_a_threshold():
    got = rel("If the charter change can’t reach 60 votes, could any change pass with 60 or more votes?",
              "The charter change party effectively holds only 52 votes right now, the clerk said.", sim=0.7)
    assert got.relation not in ("conflict", "update"), got


def test_a_figure_of_what_an_earlier_sentence_named_is_no_rival():
    """"That will pay for ...": the thing that pays was named before the claim; the other claim names its own."""
    got = rel("That will pay for some 140 miles of new tramway, a city official said on Friday.",
              "The bond, as drafted, is enough to lay only 35 miles of tramway.", sim=0.6)
    assert got.relation != "conflict", got
    got = rel("The bond will pay for some 140 miles of new tramway, a city official said on Friday.",
              "The bond, as drafted, is enough to lay only 35 miles of tramway.", sim=0.6)
    assert got.relation == "conflict", got


def test_a_span_needed_is_how_long_it_took_not_a_threshold():
    assert "sort" not in _sort("Crews needed nine hours to clear the landslide from the road.")
    got = rel("Crews needed nine hours to clear the landslide from the road.",
              "Crews worked for about nine hours to clear the landslide, the roads office said.", sim=0.8)
    assert got.relation == "agree", got


def test_a_persons_years_at_something_are_read_as_an_attribute_of_that_person():
    assert _sort("A retired docker who had worked at Saltmere for thirty-one years spoke first.") == \
        {"sort": "tenure", "whose": "docker"}
    assert _sort("Ada Voss, who has taught at the school for 12 years, said it would close.") == \
        {"sort": "tenure", "whose": "Voss"}
    assert _sort("The miners, who had been trapped for three days, were brought up.") == {}  # the event's own span


def test_two_peoples_years_at_something_are_no_rival_counts(onnx_embedder):
    a = "A retired docker who had worked at Saltmere for thirty-one years told the meeting that the town would not last " \
        "without its harbour."
    b = "A cafe owner who has fed the harbour's crews for twelve years said most of her customers worked there."
    got = between(relations_by_text(onnx_embedder, a, b), a, b)
    assert got is None or got.relation != "conflict", got


def test_a_margin_is_a_difference_between_two_counts_never_a_rival_of_either():
    """"finished 287 votes ahead" / "won 9,804 votes to 9,517": a lead against a total; margins still compare with
    margins, and a count near "ahead of" a happening or "the majority of" a group is no margin."""
    assert _sort("Okafor finished 287 votes ahead.") == {"sort": "margin"}
    assert _sort("The Greens won by 40 votes.") == {"sort": "margin"}
    assert _sort("Her lead stood at 251 votes after the recount.") == {"sort": "margin"}
    assert _sort("The coalition holds a 12-seat majority.") == {"sort": "margin"}
    assert _sort("Okafor was re-elected by 287 votes.") == {"sort": "margin"}
    assert _sort("The council passed the budget by 31 votes to 19.") == {}  # a tally of two counts  # guard
    assert _sort("The appeal was carried by seven of the nine trustees.") == {}  # who carried it  # guard
    assert _sort("The mill shed 200 jobs ahead of the merger.") == {}  # guard
    assert _sort("The majority of 300 tenants signed the letter.") == {}  # guard
    assert _sort("She will lead a crew of 30 divers.") == {}  # guard
    got = rel("Okafor won 9,804 votes to Lindqvist's 9,517, the returning officer said.",
              "Okafor, a former teacher, finished 287 votes ahead, the returning officer said.")
    assert got.relation != "conflict", got
    two = rel("Okafor finished 287 votes ahead, the returning officer said.",
              "Okafor's lead after the recount stood at 251 votes, the commission said.", sim=0.7)
    assert two.relation in ("conflict", "update"), two  # two margins of one race still compare  # guard


def test_a_numeral_naming_a_thing_a_share_to_reach_and_a_count_added_are_no_measures_of_the_story():
    """"Ardley's Route 9" named a count of 9 that agreed with any other 9 ("same injured: 9 = 9"); "turnout must
    reach at least 40 per cent" is a threshold like a count to reach; "three more bodies" adds to a toll."""
    assert _sort("The number hurt in the crash on Ardley's Route 9 has risen to 41.") == {"sort": "rank"}
    assert _sort("Gate 12 was opened at 8pm.") == {"sort": "rank"}
    assert _sort("It Would Take 230 Years to Clear the Backlog, Report Says") == {}  # a headline's capitals  # guard
    assert _sort("About 12 people were hurt.") == {}  # guard
    assert _sort("By Friday 12 people were hurt.") == {}  # a day before a count  # guard
    assert _sort("For the levy to pass, turnout must reach at least 40 per cent.") == {"sort": "threshold"}
    assert _sort("Turnout was 38.6 per cent.") == {}  # guard
    assert _sort("Divers found three more bodies on Monday.") == {"sort": "increment"}
    assert _sort("Six more were still missing at dusk.") == {}  # no noun: a count beside another  # guard
    assert _sort("More than 40 people died.") == {}  # guard
    got = rel("The number of people hurt on Ardley's Route 9 has risen to 41, the board said.",
              "The number of people injured on Ardley's Route 9 has risen to fifty-three, the board said.", sim=0.9)
    assert "9 ≈ 9" not in got.reason and "9 = 9" not in got.reason, got


def test_a_number_of_phrase_counts_the_figure_past_a_numeral_naming_a_thing():
    """"The number of people hurt ... on Ardley's Route 9 has risen to 41": the counted people were given to the 9
    (the first figure after the phrase) and the 41 counted nothing, so two reports' 41 and 53 read "9 vs 41"."""
    from workbench.extract.figures import measures_of

    text = "The number of people hurt in the crash on Ardley's Route 9 has risen to 41, the board said."
    by_text = {m["text"]: m for m in measures_of(text, extract_quantities(text))}
    assert by_text["41"].get("count_of") == "people"
    assert "count_of" not in by_text["9"]
    plain = "The number of people hurt on 3 routes has risen to 41."  # a real figure between still blocks  # guard
    assert "count_of" not in {m["text"]: m for m in measures_of(plain, extract_quantities(plain))}["41"]
