"""Counts of one noun that count different groups of it (issue 9, seventh round, class 6): sentences written for
these tests, not the dev corpus. The act or state that picks the group out is part of the measure, and a report
that gives two figures under two group words shows they are two groups."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.count_groups import distinct_groups, known_groups

# one outlet's report: two figures of swimmers under two group words
_REPORT = ["Lifeguards pulled 45 swimmers from the water off the north beach on Saturday.",
           "Nine swimmers were flown to hospital, the coastguard said."]
_OTHER = ["Lifeguards pulled 52 swimmers from the water, a council spokesman said.",
          "About 300 swimmers were still in the sea when the flag went up, the council said."]


def _event(*docs: list[str]) -> list[tuple[str, object]]:
    return [(f"doc{k}", view(text).frame) for k, texts in enumerate(docs) for text in texts]


def test_two_figures_under_two_group_words_in_one_report_are_two_groups():
    known = distinct_groups(_event(_REPORT))
    assert any(unit == "swimmer" for unit, _, _ in known), known


def test_another_outlets_figure_of_the_other_group_is_no_rival():
    with known_groups(_event(_REPORT, _OTHER)):
        got = rel("Lifeguards pulled 52 swimmers from the water, a council spokesman said.",
                  "Nine swimmers were flown to hospital, the coastguard said.", sim=0.7)
    assert got.relation == "different_measure" and "pulled" in got.reason and "flown" in got.reason, got


def test_the_same_group_in_two_outlets_is_still_compared():
    with known_groups(_event(_REPORT, _OTHER)):
        got = rel("Lifeguards pulled 45 swimmers from the water off the north beach on Saturday.",
                  "Lifeguards pulled 52 swimmers from the water, a council spokesman said.", sim=0.8)
    assert got.relation == "conflict", got


def test_group_words_no_report_keeps_apart_are_one_measure_reworded():
    """"had been flooded" / "now covers": two outlets' verbs for one count; no report of the event tells them
    apart, so the figures stay rivals."""
    one = "The relief agency said 60 villages had been flooded."
    two = "Floodwater covers 25 villages, an army spokesman said."
    with known_groups(_event([one], [two])):
        got = rel(one, two, sim=0.7)
    assert got.relation == "conflict", got


def test_one_figure_under_two_words_in_one_report_parts_nothing():
    """A report that words one figure twice ("rescued 40 hikers" / "the 40 hikers were airlifted") names one group."""
    known = distinct_groups(_event(["Crews rescued 40 hikers from the ridge.", "All 40 hikers were airlifted out."]))
    assert not known, known


def test_one_group_counted_in_a_specific_and_a_general_noun_is_one_measure():
    got = rel("Some 2,300 cyclists finished the hill stage, the race office said.",
              "Fewer than 1,500 people finished the hill stage, the police said.", sim=0.75)
    assert got.relation == "conflict" and "finished" in got.reason, got
    got = rel("Some 2,300 cyclists finished the hill stage, the race office said.",
              "About 2,300 people finished the hill stage, the police said.", sim=0.75)
    assert got.relation == "agree", got


def test_two_specific_nouns_of_one_group_word_stay_two_measures():
    got = rel("Some 2,300 cyclists finished the hill stage, the race office said.",
              "About 900 motorbikes finished the hill stage, the police said.", sim=0.75)
    assert got.relation != "conflict", got


def test_a_part_of_one_group_beside_another_figure_is_narrower_not_a_rival():
    """"At the 12-mile checkpoint alone": the checkpoint's number must not hide that 35 is a part of the 300."""
    got = rel("At the first-aid tent by the 12-mile checkpoint alone, nurses treated 35 walkers.",
              "Nurses treated 300 walkers along the route, the charity said.", sim=0.7)
    assert got.relation == "narrower" and "part vs total" in got.reason, got


def test_a_part_of_another_group_is_not_narrower():
    with known_groups(_event(["Nurses treated 300 walkers along the route.", "Forty walkers were taken to hospital."])):
        got = rel("At the 12-mile checkpoint alone, 35 walkers were taken to hospital.",
                  "Nurses treated 300 walkers along the route, the charity said.", sim=0.7)
    assert got.relation == "different_measure", got


def test_those_present_against_those_an_act_befell_are_two_groups():
    # "were in the hall" counts who was there; "were injured" / "were taken to hospital" count whom it befell
    got = rel("Around 60 cooks were in the hall when the ceiling fell, the guild said.",
              "Six cooks were injured, the ambulance service said.", sim=0.7)
    assert got.relation != "conflict" and "in hall" in got.reason, got
    got = rel("Around 60 cooks were in the hall when the ceiling fell, the guild said.",
              "Three cooks who had walked home were taken to a clinic with cuts.", sim=0.7)
    assert got.relation != "conflict", got


def test_two_counts_of_those_present_are_still_compared():
    got = rel("Around 60 cooks were in the hall when the ceiling fell, the guild said.",
              "Some 25 cooks were inside the hall at the time, the fire brigade said.", sim=0.7)
    assert got.relation == "conflict", got
def test_two_verbs_of_taking_part_count_one_crowd():
    """"joined the vigil" / "took part": one crowd counted by two sources, so the figures are rivals; a general noun
    under another predicate ("people were hurt") stays another group."""
    got = rel("Roughly 4,000 people joined the vigil, the organisers said.",
              "Some 900 people took part, according to the town council.", sim=0.7)
    assert got.relation == "conflict", got
    got = rel("Roughly 4,000 people attended the vigil, the organisers said.",
              "Some 900 people participated, according to the town council.", sim=0.7)
    assert got.relation == "conflict", got
    got = rel("Roughly 4,000 people joined the vigil, the organisers said.",
              "Some 90 people were hurt, according to the town council.", sim=0.7)
    assert got.relation != "conflict", got


def test_took_is_taking_part_only_with_part():
    """The stored group keeps the verb only: "took shelter" is another act than joining the vigil."""
    got = rel("Roughly 4,000 people joined the vigil, the organisers said.",
              "Some 900 people took shelter in the church, according to the town council.", sim=0.7)
    assert got.relation != "conflict", got
