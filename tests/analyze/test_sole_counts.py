"""Each report's only count of one predicate: the event's evidence that two sources count one thing in two nouns
(``analyze.sole_counts`` via ``analyze.sole_figures``). Fictional reports written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_figures import event_figures


def _event(*reports: tuple[str, list[str]]):
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in reports}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    return views, event_figures(claims)


PORT = "The harbour master said 230 yachts had been damaged in the marina."
CLUB = "Fewer than 90 boats were damaged, according to the sailing club."


def test_one_predicate_counted_in_two_nouns_by_two_sources_conflicts():
    """yachts / boats: no shared noun or key; one predicate (damaged), each report's only count of it."""
    views, block = _event(("x", [PORT, "The marina reopened on Saturday."]), ("y", [CLUB]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "230 yachts" in got.reason and "90 boats" in got.reason and "harbour master" in got.reason, got


def test_a_report_with_two_counts_of_the_predicate_shows_two_measures():
    """The trap: a report that gives a second count of the predicate (a part: one pontoon) keeps it ambiguous."""
    views, block = _event(("x", [PORT, "On the east pontoon alone, 40 yachts were damaged, the harbour master said."]),
                          ("y", [CLUB]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_two_predicates_stay_two_measures():
    """damaged / sunk: one thing in two states is two counts, whatever the nouns."""
    views, block = _event(("x", [PORT]), ("y", ["Fewer than 90 boats sank, according to the sailing club."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_an_unattributed_count_names_no_second_source():
    views, block = _event(("x", [PORT]), ("y", ["Fewer than 90 boats were damaged."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_one_state_worded_alike_is_one_predicate():
    """"were on watch" / "had been on watch": the state the counted people are in, stated alike by two sources, is
    one predicate, as a verb is (issue 9, fx16a); before, a state named no predicate and the pair was never compared."""
    crew = "Only three guards were on watch at the depot that night, the guards' union said."
    firm = "Seven guards had been on watch, the security firm said."
    views, block = _event(("x", [crew]), ("y", [firm]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "three guards" in got.reason and "Seven guards" in got.reason, got


def test_a_report_with_two_counts_in_the_state_shows_two_measures():
    """The trap: a report that gives a second count of the state (one gate) keeps the state ambiguous."""
    crew = "Only three guards were on watch at the depot that night, the guards' union said."
    part = "At the north gate, two guards were on watch, the union said."
    views, block = _event(("x", [crew, part]), ("y", ["Seven guards had been on watch, the security firm said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got
