"""One count told by two sources in other nouns and other verbs (``analyze.kin_counts`` via ``analyze.sole_figures``).
Fictional reports written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_counts import kept_apart
from workbench.analyze.sole_figures import event_figures
from workbench.extract.figure_states import figure_state
from workbench.models import Quantity


def _event(*reports: tuple[str, list[str]]):
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in reports}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    return views, event_figures(claims)


RANGERS = "About 700 sheep were stranded on the fells, the park rangers said."
FARMERS = "More than 2,000 ewes were trapped on the hills, according to the farmers' union."


def test_one_class_in_other_nouns_and_verbs_by_two_sources_conflicts():
    """sheep / ewes, stranded / trapped: no shared noun, no shared predicate, one count."""
    views, block = _event(("x", [RANGERS]), ("y", [FARMERS]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "700 sheep" in got.reason and "2,000 ewes" in got.reason, got
    assert "park rangers" in got.reason and "farmers' union" in got.reason, got


def test_a_report_counting_the_class_twice_keeps_them_apart():
    """The trap: a report that gives a second count of one of the nouns (a part, one valley) is no sole count."""
    views, block = _event(("x", [RANGERS, "Some 150 sheep were stranded in the lower valley, the park rangers said."]),
                          ("y", [FARMERS]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_a_place_against_a_wider_scope_is_no_rival():
    """"in <town>" / "across the province": the town's count is part of the province's; "in the town" is not wider."""
    town = view("Six bakeries in Dunmore had sold the flour, the inspectors said.", "2027-05-04", "x")
    wide = view("The food agency said 31 bakeries across the province had sold the flour.", "2027-05-04", "y")
    assert kept_apart(town.frame, wide.frame, town.quantities[0], wide.quantities[0])
    same = view("The food agency said 31 bakeries in the town had sold the flour.", "2027-05-04", "y")
    assert not kept_apart(town.frame, same.frame, town.quantities[0], same.quantities[0])


def test_a_sum_per_person_is_no_rival_of_a_total():
    views, block = _event(("x", ["Guests may reclaim up to 80 dollars each for meals, the hotel said."]),
                          ("y", ["The hotel group has put aside 3 million dollars for refunds, its owner said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def _q(text: str, figure: str, kind: str = "money") -> Quantity:
    start = text.index(figure)
    return Quantity(text=figure, value=80.0, unit="USD", kind=kind, start=start, end=start + len(figure))


def test_each_marks_a_value_per_unit_but_a_rate_over_time_is_left_to_holders():
    text = "Guests may reclaim up to 80 dollars each for meals."
    assert figure_state(text, _q(text, "up to 80 dollars")).get("per") == "unit"
    text = "Guests pay 80 dollars per night."
    assert not figure_state(text, _q(text, "80 dollars")).get("per")
    text = "Guests pay 80 dollars a year."
    assert not figure_state(text, _q(text, "80 dollars")).get("per")


def test_a_smaller_count_of_one_kind_against_a_count_of_any_animal_is_no_rival():
    """"25 animals" across the park and "the park's other two camels": the kind may be a part of the whole (a general
    noun names any animal or person), so the smaller count of the kind is no rival figure."""
    views, block = _event(("x", ["Keepers have weighed 25 animals across the farm park since Monday, the council "
                                 "said."]),
                          ("y", ["Keepers weighed the farm park's other two camels on Monday morning and found them "
                                 "well, the park said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got
def test_a_figure_after_an_apposition_is_read_in_its_own_clause():
    """"The harbour town, Ostvik, now has 42,000 residents": the stored act phrase stops at the apposition and holds
    no figure; the words up to the figure are its predicate, so "has residents" / "counted people" of one town are
    one count told by two sources in other nouns and other verbs."""
    views, block = _event(("x", ["The harbour town, Ostvik, now has 42,000 residents, the land registry said."]),
                          ("y", ["Ostvik itself counted 47,500 people, the town council said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "42,000 residents" in got.reason and "47,500 people" in got.reason, got


def test_a_count_under_another_predicate_is_another_group_not_a_second_value():
    """The town council's report also counts people who were missed: that count is stated with a predicate, the
    town's own count is not, so it is another group of people and the report still states one count of the town."""
    views, block = _event(("x", ["The harbour town, Ostvik, now has 42,000 residents, the land registry said."]),
                          ("y", ["Ostvik itself counted 47,500 people, the town council said.",
                                 "About 3,000 people were missed by the survey, the town council said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got


def _pair(x: str, y: str):
    views, block = _event(("x", [x]), ("y", [y]))
    with block:
        return relate_across(views["x"][0], views["y"][0], 0.3)


def test_two_person_nouns_in_one_act_are_one_class_whatever_minilm_scores_the_nouns():
    """households / customers (MiniLM 0.42): people counted in one act, by two sources, are one count."""
    got = _pair("About 52,000 households lost power on Friday evening, the utility said.",
                "Some 90,000 customers were left without electricity, the energy watchdog said.")
    assert got is not None and got.relation == "conflict", got
    assert "52,000 households" in got.reason and "90,000 customers" in got.reason, got


def test_two_nouns_of_things_in_one_act_stay_two_measures():
    """The trap the person rule must not open: cars and greenhouses damaged by one storm are two counts."""
    got = _pair("About 40 cars were damaged by the hail, the insurer said.",
                "Some 120 greenhouses were smashed by the hail, the growers' association said.")
    assert got is None or got.relation != "conflict", got


def test_a_noun_in_the_speakers_name_is_no_second_group_of_the_claim():
    """"observers from the Fair Ballot League": the source's name holds "ballot", the claim counts votes only."""
    got = _pair("Some 700 postal votes arrived after the deadline, according to observers from the Fair Ballot League.",
                "About 1,100 postal ballots were delivered after the deadline, the mail service said.")
    assert got is not None and got.relation == "conflict", got



def test_two_person_nouns_far_apart_in_size_stay_two_sets():
    """The trap: households cut off against a count thirty times larger is two sets, not two estimates of one."""
    got = _pair("About 300 households lost power on Friday evening, the utility said.",
                "Some 9,000 customers were left without electricity, the energy watchdog said.")
    assert got is None or got.relation != "conflict", got


def test_a_number_of_phrase_names_the_counted_noun():
    """"put the number of trapped walkers at 14": a bare figure counting the noun its "number of" phrase names,
    against another source's count of trapped hikers."""
    views, block = _event(("x", ["The rescue service put the number of trapped walkers at 14."]),
                          ("y", ["Twenty-two hikers are trapped, the Ramblers' Federation said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "14" in got.reason and "Twenty-two" in got.reason, got


def test_the_reports_acts_are_compared_only_for_a_pair_the_cheap_tests_let_through(monkeypatch):
    """Picking a report's rival counts compares acts under the embedder (``rival_figures.further``), the costly part
    of the pass at scale: a pair the structure already rules out (one side names no source) must not pay for it."""
    import workbench.analyze.sole_figures as sole_figures

    calls = []
    monkeypatch.setattr(sole_figures, "further", lambda *args: calls.append(args) or set())
    views, block = _event(("x", ["About 40 cars were damaged by the hail on the ring road.",
                                 "Its depot holds 300 cars on most days."]),
                          ("y", ["Some 120 vehicles were dented by the hail, the insurer said."]))
    with block:
        relate_across(views["x"][0], views["y"][0], 0.3)
    assert calls == []
