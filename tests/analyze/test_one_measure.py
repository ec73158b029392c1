"""A conflict between two figures needs positive evidence that they measure one thing (``analyze.one_measure``)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_two_sums_of_one_currency_for_different_deeds_are_no_rivals():
    """Nothing says the price paid and the sum collected are one measure: one unit is not one thing."""
    got = rel("The mansion sold for 4.6 million guilders at Tuesday's sale, the estate agent said.",
              "A neighbourhood fund has collected 1.9 million guilders so far, its treasurer said.", sim=0.5)
    assert got.relation != "conflict", got


def test_two_counts_of_one_noun_under_different_predicates_are_no_rivals():
    got = rel("The ferry operator said 240 pilgrims were on the ferry when it broke down.",
              "Four pilgrims were flown to a clinic with burns, the coastguard said.", sim=0.5)
    assert got.relation != "conflict", got


def test_a_sum_per_unit_and_a_total_estimate_are_no_rivals():
    got = rel("The county will give farmers 900 guilders for every acre flooded, the county clerk said.",
              "Losses across the county could reach 40 million guilders, the farmers' union estimated.", sim=0.5)
    assert got.relation != "conflict", got


def test_a_mass_and_a_head_count_of_one_noun_are_two_quantities():
    got = rel("Rangers hauled 3.5 tonnes of dead seabirds off the beach, the park authority said.",
              "Roughly 12,000 seabirds had died, the park authority said.", sim=0.6)
    assert got.relation != "conflict", got


def test_a_figure_in_the_speaker_phrase_counts_the_sources():
    got = rel("The painting went to a private buyer, three dealers who were in the room said.",
              "Organisers said over 9,000 dealers had registered for the fair.", sim=0.5)
    assert got.relation != "conflict", got


def test_one_act_in_two_verbs_is_one_measure_and_may_conflict():
    """The evidence is positive: one act worded twice ("fell" / "came down") still conflicts."""
    got = rel("The gavel fell at 640,000 guilders, the saleroom said.",
              "The gavel came down at 910,000 guilders, a bidder said.", sim=0.6)
    assert got.relation == "conflict" and "640,000" in got.reason and "910,000" in got.reason, got


def test_one_predicate_under_two_nouns_still_conflicts():
    got = rel("The housing charity said 3,100 families were sleeping in their cars.",
              "Some 7,400 people are sleeping in their cars, the city's social office said.", sim=0.6)
    assert got.relation == "conflict", got


def test_one_thing_measured_in_one_unit_under_two_words_may_conflict():
    """"of riverbank" / "of river bank": a length of one thing is one measure, whatever verb each source uses."""
    got = rel("Sludge has smothered 12 miles of riverbank, the water authority said.",
              "An anglers' club said 30 miles of the river's banks had been buried in sludge.", sim=0.5)
    assert got.relation == "conflict" and "12" in got.reason and "30" in got.reason, got


def test_two_shares_of_one_stated_whole_are_one_measure():
    got = rel("The motion was carried by eight of the eleven judges, the court's clerk said.",
              "Nine of the court's eleven judges voted for the motion, a lawyer said.", sim=0.5)
    assert got.relation == "conflict", got


def test_two_exact_figures_written_to_one_place_that_differ_are_two_values():
    """"6.3 million" stands for 6.25-6.35 million, not +-2%: two sources' exact figures a tenth apart disagree."""
    got = rel("The gavel fell at 6.3 million guilders, the saleroom said.",
              "The gavel came down at 6.5 million guilders, according to a bidder.", sim=0.7)
    assert got.relation == "conflict" and "6.3 million" in got.reason, got
    got = rel("The gavel fell at 6.3 million guilders, the saleroom said.",
              "The gavel came down at 6,300,000 guilders, according to a bidder.", sim=0.7)
    assert got.relation == "agree", got


def test_two_areas_of_one_deed_conflict_whatever_else_each_claim_names():
    """An area unit names its dimension ("of orchards" in one claim, none in the other is no second dimension); the
    deed stated as done in both ("were flooded") shows one measure."""
    got = rel("The farmers' union says 5,200 acres of orchards were flooded, far more than the official tally.",
              "Orchards flooded in the storm now cover 4,100 acres, the land office said on Friday.", sim=0.6)
    assert got.relation == "conflict" and "5,200" in got.reason and "4,100" in got.reason, got


def test_one_deed_done_by_two_groups_is_two_measures():
    """"Rangers hauled" / "students had carried": one role and one thing, but each group's own haul."""
    got = rel("Rangers hauled 3.5 tonnes of dead seabirds off the beach, the park authority said.",
              "Students had carried nearly 7 tonnes of dead seabirds from the dunes, their teacher said.", sim=0.67)
    assert got.relation != "conflict" and "two groups" in got.reason, got
    got = rel("Rangers hauled 3.5 tonnes of dead seabirds off the beach, the park authority said.",
              "Rangers had carried nearly 7 tonnes of dead seabirds from the beach, a warden said.", sim=0.67)
    assert got.relation == "conflict", got


def test_a_stated_largest_size_is_a_point_and_converts_between_units():
    """"up to 6 centimetres across" is the largest size seen, and "an inch and a half" is 3.8 cm: they differ."""
    got = rel("The biggest pearl was about an inch and a half across, the diver said.",
              "Pearls up to 6 centimetres across were recovered, the museum said.", sim=0.6)
    assert got.relation == "conflict" and "inch and a half" in got.reason, got
    got = rel("The biggest pearl was about an inch and a half across, the diver said.",
              "Pearls up to 4 centimetres across were recovered, the museum said.", sim=0.6)
    assert got.relation == "agree", got


def test_a_size_measured_fits_the_attribute_the_other_names():
    """"the widest measures 12 metres" names its attribute by a superlative and a verb of measuring; against
    "up to 8 metres wide" it is the same width, and larger."""
    got = rel("The widest sinkhole measures 12 metres, the surveyor said.",
              "Sinkholes up to 8 metres wide have opened in the car park, the council said.", sim=0.6)
    assert got.relation == "conflict", got


def test_the_subject_of_a_verb_of_measure_is_no_doer():
    """"The largest shard weighs 3 kg" / "the vase weighs 1.1 kg": what is weighed is not a group doing a deed, so
    the two are not set apart as two groups' deeds (one object weighed by two sources)."""
    got = rel("The recovered vase weighs 1.1 kilograms, the museum said.",
              "The largest shard weighs 3 kilograms, a dealer said.", sim=0.6)
    assert "two groups" not in got.reason, got


def test_two_sums_an_order_of_magnitude_apart_are_two_measures_not_two_estimates():
    """"manages assets of about 43 billion crowns" / "puts its loss at 2.1 billion crowns": rival estimates of one
    sum stand within a few times each other (police 8,000 / organisers 40,000 marchers), not twenty times."""
    got = rel("The fund manages assets of about 43 billion crowns, its board said.",
              "The fund now puts its first-half loss at 2.1 billion crowns, the union said.", sim=0.6)
    assert got.relation != "conflict" and "order of magnitude" in got.reason, got
    got = rel("The city was charged 400 million euros for the new tram line, the auditor said.",  # guard: a misreport
              "The city was charged 3 million euros for the new tram line, the council said.", sim=0.9)
    assert got.relation == "conflict", got
    got = rel("Police said about 8,000 people marched through the city on Saturday.",  # guard: 5x apart
              "Organisers said 40,000 people marched through the city on Saturday.", sim=0.8)
    assert got.relation == "conflict", got
    got = rel("Fewer than 10 people were hurt, the police said.",  # guard: a bound is no estimate
              "More than 200 people were hurt, the hospital said.", sim=0.8)
    assert "order of magnitude" not in got.reason, got
