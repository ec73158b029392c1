"""Each report's largest count of one class, told by two sources in other nouns and verbs (``analyze.principal_counts``
via ``analyze.sole_figures``). Fictional reports written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.test_kin_counts import _event
from workbench.analyze.principal_counts import person_noun
from workbench.analyze.relate import relate_across

OPERATOR = "The ferry company said 240 passengers were aboard when the engine failed."
OPERATOR_PART = "Lifeboat crews had taken 60 people off by dusk, the ferry company said."
HARBOUR = "In all, 310 people were stranded at sea, according to the harbour authority."
HARBOUR_PART = "Nine people were treated for seasickness, the harbour authority said."


def _relation(x: list[str], y: list[str], a: int = 0, b: int = 0):
    views, block = _event(("x", x), ("y", y))
    with block:
        return relate_across(views["x"][a], views["y"][b], 0.3)


def test_each_reports_largest_count_of_one_class_conflicts_between_sources():
    """passengers / people, aboard / stranded, each report with a smaller part beside it: one principal count."""
    got = _relation([OPERATOR, OPERATOR_PART], [HARBOUR, HARBOUR_PART])
    assert got is not None and got.relation == "conflict", got
    assert "240 passengers" in got.reason and "310 people" in got.reason, got
    assert "ferry company" in got.reason and "harbour authority" in got.reason, got


def test_a_part_is_no_rival_of_the_other_reports_whole():
    """The trap: the people taken off by dusk are a part of those aboard, not the report's principal count."""
    got = _relation([OPERATOR, OPERATOR_PART], [HARBOUR, HARBOUR_PART], a=1)
    assert got is None or got.relation != "conflict", got


def test_a_wider_scope_count_neither_rivals_nor_hides_one_sites_count():
    """Two schools' pupils across the district: no rival of one school's, and no larger count of that school."""
    council = "The closure keeps 830 pupils at home, the council said."
    wide = "Two schools across the district are now shut, keeping 1,900 pupils at home, the governors said."
    site = "Some 1,000 children are stuck at home at Marlow Grammar, according to the parents' group."
    got = _relation([council], [wide, site], b=1)
    assert got is not None and got.relation == "conflict", got
    got = _relation([council], [wide, site], b=0)
    assert got is None or got.relation != "conflict", got


def test_two_roles_or_a_report_with_both_values_are_two_measures():
    killed = "Twelve people were killed in the collapse, the police said."
    injured = "At least 40 passengers were injured, the hospital said."
    got = _relation([killed], [injured])
    assert got is None or got.relation != "conflict", got
    online = "Of them, 240 passengers had bought tickets online, the harbour authority said."
    got = _relation([OPERATOR], [HARBOUR, online])
    assert got is None or got.relation != "conflict", got


def test_a_smaller_count_in_a_named_place_may_be_a_part_of_the_whole():
    """The trap: one town's account holders against the bank's customers everywhere; the larger count at a named
    place (one school's children against the council's pupils) is still compared, as above."""
    whole = "The lender had about 90,000 customers, its chairman said."
    town = "In the village of Hollow End itself, 12,000 people held accounts at the lender, the mayor said."
    got = _relation([whole], [town])
    assert got is None or got.relation != "conflict", got


def test_counts_of_things_in_two_states_are_no_principal_count():
    """Only counts of people: "damaged" / "sank" are two states of one fleet, however large each count is."""
    assert person_noun("passengers") and person_noun("pupils") and not person_noun("yachts")
    got = _relation(["Some 230 yachts were damaged in the marina, the harbour master said."],
                    ["Fewer than 90 boats sank, according to the sailing club."])
    assert got is None or got.relation != "conflict", got


def test_a_toll_is_compared_with_the_other_reports_toll_not_its_largest_count():
    """The trap: one report's only count is its dead; the other's largest count is those the fire touched (the slots
    already call the role and the predicate two measures; this keeps the principal count from overriding them)."""
    got = _relation(["Twelve people died in the fire, the police said."],
                    ["Some 300 residents were affected by the blaze, the council said.",
                     "Nine people died, the council said."])
    assert got is None or got.relation != "conflict", got


def test_a_bound_is_no_principal_count():
    """"More than 2,000" / "dozens of" state how far a count reaches, not the count a source gives."""
    got = _relation(["More than 2,000 people have backed the campaign, the organisers said."],
                    ["Some 700 residents signed the petition in its first week, the council said."])
    assert got is None or got.relation != "conflict", got
    got = _relation(["There are dozens of people who would take the post, the senator said."],
                    ["All four candidates are under review, the officials said."])
    assert got is None or got.relation != "conflict", got


def test_a_count_no_act_is_said_of_is_no_principal_count():
    """"after a breakfast with three members of his church": the count names company, not what happened."""
    got = _relation(["The pastor spoke to reporters after a breakfast with three members of his church, his office "
                     "said."],
                    ["About 2,000 people signed the petition, the organisers said."])
    assert got is None or got.relation != "conflict", got


def test_counts_an_order_of_magnitude_apart_or_of_households_are_two_measures():
    """Blind dev events (D69-D78) showed the rule's false conflicts: the staff of a site against those hurt there, the
    customers cut off against those treated, families rehoused against people hurt. Two sources' estimates of one
    count stand within a factor of a few; a count of households is no count of persons."""
    staff = "Some 450 people work at the depot, according to the owner."
    hurt = "Six workers were injured, the drivers' union said."
    got = _relation([staff], [hurt])
    assert got is None or got.relation != "conflict", got
    families = "The council said it had found rooms for 24 families."
    people = "Thirteen people were injured, the ambulance service said."
    got = _relation([families], [people])
    assert got is None or got.relation != "conflict", got


def test_a_noun_of_any_person_covers_a_person_noun_of_the_other_source():
    """"people" / "patients": MiniLM scores the pair low, but the general noun covers the specific one; each source's
    only count of the class, in its own verb, is one count told twice."""
    maker = "About 900 patients in Tarrow use the inhaler, the maker said."
    charity = "Some 1,300 people in Tarrow depend on the inhaler, according to the asthma charity."
    got = _relation([maker], [charity])
    assert got is not None and got.relation == "conflict", got
    assert "900 patients" in got.reason and "1,300 people" in got.reason, got


def test_a_person_noun_at_most_half_the_general_count_is_a_part():
    """The trap: 400 patients against 1,300 people may be the part of the people that is treated."""
    maker = "About 400 patients in Tarrow use the inhaler, the maker said."
    charity = "Some 1,300 people in Tarrow depend on the inhaler, according to the asthma charity."
    got = _relation([maker], [charity])
    assert got is None or got.relation != "conflict", got


def test_those_a_harm_befell_are_no_rival_count_of_those_present():
    """"there were 220 guests at the party" counts who was there; "94 people have fallen ill" those it befell."""
    got = _relation(["There were 220 guests at the christening party, the hotel manager, Ilse Brandt, said."],
                    ["Ninety-four people have fallen ill since the party, the district health office said on Friday."])
    assert got is None or got.relation != "conflict", got


def test_a_tally_of_things_is_the_class_as_a_whole():
    """A tally names no state of the things ("inspectors counted 41 lorries, vans and buses at the border"), so it
    counts the class as the other report's largest count of it does: two sources' figures of one class (issue 9,
    fx16a). Things in two states stay two measures (the yachts above)."""
    got = _relation(["Inspectors counted 41 lorries, vans and buses at the crossing, the customs office said."],
                    ["Some 29 vehicles were held up by the checks, according to the hauliers' guild."])
    assert got is not None and got.relation == "conflict", got
    assert "41 lorries" in got.reason and "29 vehicles" in got.reason, got
