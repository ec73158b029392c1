"""Each report's only figure of one dimension: the event's evidence that two sources state one measure
(``analyze.sole_figures``). Fictional reports written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_figures import event_figures, figure_key
from workbench.extract.quantities import extract_quantities


def _event(*reports: tuple[str, list[str]]):
    """The views of each report's claims, and the block that makes the event's reports known."""
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in reports}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    return views, event_figures(claims)


DIVERS = "Club members had dragged roughly 3 tonnes of rubbish out of the canal by Friday, the club's secretary said."
PORT = "The council put the amount collected by Friday at 1.8 tonnes."


def test_each_reports_only_mass_from_two_sources_conflicts():
    """No shared verb, role or measure key: the two reports each give one mass of the day, so they state one."""
    views, block = _event(("x", [DIVERS, "The towpath reopened to walkers on Saturday."]),
                          ("y", [PORT, "Dredging will start next month, the council said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "3 tonnes" in got.reason and "1.8 tonnes" in got.reason and "secretary" in got.reason, got


def test_without_the_event_nothing_shows_one_measure():
    """The same pair outside an event's block: the sentences alone do not show one measure (no conflict)."""
    got = relate_across(view(DIVERS, "2027-05-04", "x"), view(PORT, "2027-05-04", "y"), 0.3)
    assert got is None or got.relation != "conflict", got


def test_a_report_with_two_masses_of_the_day_shows_two_measures():
    """The trap: a report stating a second mass for the same day (another site) keeps the dimension ambiguous."""
    views, block = _event(("x", [DIVERS, "At the north lock alone, 600 kilograms of rubbish were lifted by Friday."]),
                          ("y", [PORT]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_one_source_in_both_reports_is_no_conflict_between_sources():
    views, block = _event(("x", [DIVERS]),
                          ("y", ["The amount collected by Friday came to 1.8 tonnes, the club's secretary told reporters."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_one_height_in_three_wordings_and_units():
    """A height stated by its noun, by "the top of", by a verb of rising, in km, metres and feet."""
    views, block = _event(("x", ["The smoke plume rose to a height of 6 km, the fire service said."]),
                          ("y", ["Air traffic control put the top of the smoke at 11,000 metres."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got


def test_one_height_without_a_stated_day():
    """No day on either side: the two acts' phrases are close enough to be one act measured."""
    views, block = _event(("x", ["Its plume had climbed to about 20,000 feet, the fire service said."]),
                          ("y", ["Air traffic control put the top of the smoke at 11,000 metres."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict" and "20,000 feet" in got.reason, got


def test_a_radius_and_a_distance_are_two_lengths():
    assert figure_key(*_first("Homes within 5 km of the depot were cleared.")) != \
        figure_key(*_first("The depot stands 800 metres short of the river, the council said."))


def _first(text: str):
    return extract_quantities(text)[0], text


def test_each_reports_only_mass_of_two_different_things_is_no_conflict():
    """Both figures say what they weigh ("of rubbish" / "of diesel"): one stated day is no evidence of one measure."""
    views, block = _event(("x", [DIVERS]),
                          ("y", ["Barges had spilled 1.8 tonnes of diesel into the canal by Friday, the council said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_a_bound_size_against_one_in_other_units_and_words():
    """"at least 30 metres across" / "nearly 60 feet wide": a bound is still the report's one width (across = wide),
    and feet convert; the intervals do not meet, so the two sources conflict."""
    views, block = _event(("x", ["The crater measures at least 30 metres across, said Ida Voss, a county surveyor."]),
                          ("y", ["The crater, nearly 60 feet wide, has been fenced off, the mayor said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "at least 30 metres" in got.reason and "nearly 60 feet" in got.reason, got


def test_a_size_that_names_its_attribute_is_that_attribute_not_any_size():
    """ "measures ... across" is a width: set against another report's only depth it is no rival figure."""
    views, block = _event(("x", ["The crater measures at least 30 metres across, a geologist, Ana Pell, said."]),
                          ("y", ["The crater is roughly 9 metres deep, the county surveyor said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.4)
    assert got is None or got.relation != "conflict", got


def _dated_event(*reports: tuple[str, str, list[str]]):
    """As ``_event``, each report with its own day of publication."""
    views = {doc: [view(t, day, doc) for t in texts] for doc, day, texts in reports}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    return views, event_figures(claims)


SCORCHED = "By dusk 700 hectares of heath had burned, according to the park rangers."


def test_a_later_reports_own_larger_figure_with_no_source_is_the_measure_grown():
    """Two days on, the outlet states the area in its own voice: no rival source, the amount has grown."""
    views, block = _dated_event(("x", "2027-05-04", [SCORCHED]),
                                ("y", "2027-05-06", ["The scorched area reached 1,600 hectares."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.5)
    assert got is not None and got.relation == "update" and "no source" in got.reason, got


def test_a_later_unsourced_smaller_figure_still_disputes_the_earlier_source():
    views, block = _dated_event(("x", "2027-05-04", [SCORCHED]),
                                ("y", "2027-05-06", ["The scorched area reached 300 hectares."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.5)
    assert got is not None and got.relation == "conflict", got


def test_a_later_larger_figure_of_another_named_source_stays_a_rival():
    views, block = _dated_event(("x", "2027-05-04", [SCORCHED]),
                                ("y", "2027-05-06", ["The scorched area reached 1,600 hectares, the farmers' union said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.5)
    assert got is not None and got.relation == "conflict", got


def test_two_sources_forecasting_one_future_sum_conflict():
    """Two sources each forecast the one sum a new charge will bring in: two forecasts of one thing to come, at odds."""
    views, block = _event(("x", ["The council expects the new parking charge to raise 6.5 million dollars a year, "
                                 "mayor Ilse Marren said."]),
                          ("y", ["The charge will yield at most 3.1 million dollars a year, the Shopkeepers' Guild said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "6.5 million" in got.reason and "3.1 million" in got.reason, got


def test_a_forecast_against_a_sum_spent_is_no_conflict_of_sources():
    """A forecast and a report of what was taken in: a plan and its outcome, not two readings of one sum."""
    views, block = _event(("x", ["The council expects the new parking charge to raise 6.5 million dollars a year, "
                                 "mayor Ilse Marren said."]),
                          ("y", ["The charge yielded 3.1 million dollars last year, the Shopkeepers' Guild said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got
