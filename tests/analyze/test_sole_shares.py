"""Each report's only share of one whole: the event's evidence that two sources state one percent
(``analyze.sole_shares``, issue 9, fx16a). Fictional reports written for these tests, not the dev corpus."""

from __future__ import annotations

from contextlib import ExitStack

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_figures import event_figures
from workbench.analyze.sole_shares import event_shares


def _related(a: tuple[str, list[str]], b: tuple[str, list[str]]):
    """The relation of the first claims of two reports, related as one event's claims are."""
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in (a, b)}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    with ExitStack() as stack:
        stack.enter_context(event_figures(claims))
        stack.enter_context(event_shares((doc, f, q) for doc, f, _, q in claims))
        return relate_across(views[a[0]][0], views[b[0]][0], 0.3)


GROWERS = "Fully 68 per cent of the valley's growers have joined the cooperative, its chairwoman Ilse Marrow said."
WORDS = "Fewer than three in five growers in the valley belong to the cooperative, farmer Jonas Pell said."


def test_each_reports_only_share_of_one_whole_conflicts():
    """A percent and a share in words, of one whole, in one act: the two sources disagree."""
    got = _related(("x", [GROWERS, "The cooperative was founded in 2011."]), ("y", [WORDS]))
    assert got is not None and got.relation == "conflict", got
    assert "68 per cent" in got.reason and "three in five" in got.reason, got


def test_one_share_told_twice_agrees():
    got = _related(("x", [GROWERS]), ("y", ["About 68% of growers in the valley are cooperative members, Pell said."]))
    assert got is not None and got.relation == "agree", got


def test_without_the_event_nothing_is_concluded():
    got = relate_across(view(GROWERS, "2027-05-04", "x"), view(WORDS, "2027-05-04", "y"), 0.3)
    assert got is None or got.relation != "conflict", got


def test_a_report_with_two_shares_of_the_whole_shows_two_measures():
    """The trap: a report that gives a second share of the growers (another group of them) keeps the whole ambiguous."""
    second = "Only 20 per cent of the growers sell abroad, Marrow added."
    got = _related(("x", [GROWERS, second]), ("y", [WORDS]))
    assert got is None or got.relation != "conflict", got


def test_shares_of_two_wholes_or_two_acts_are_not_compared():
    other_whole = "Some 48 per cent of the valley's orchards have joined the cooperative, Marrow said."
    got = _related(("x", [other_whole]), ("y", [WORDS]))
    assert got is None or got.relation != "conflict", got
    other_act = "Some 35 per cent of the valley's growers sold their land last year, Marrow said."
    got = _related(("x", [other_act]), ("y", [WORDS]))
    assert got is None or got.relation != "conflict", got


def test_a_change_is_no_share_level():
    fell = "The number of growers fell by 40 per cent of growers in a decade, Marrow said."
    got = _related(("x", [fell]), ("y", [WORDS]))
    assert got is None or got.relation != "conflict", got
