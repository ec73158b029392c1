""""by <weekday>" in a claim told in the past is a day gone by, not a deadline ahead (issue 9, fx16a): "had been called off by
Monday evening" in a Tuesday report is the Monday before it. Before, "by" always looked ahead, so the figure was dated
six days after its report and read as a later reading of the other source's count. Sentences invented here."""

from __future__ import annotations

from datetime import date

from workbench.extract.quantities import extract_quantities
from workbench.extract.reftime import resolve_time

THURSDAY = date(2027, 4, 15)


def _time(text: str, future: bool = False) -> str | None:
    return resolve_time(text, extract_quantities(text), THURSDAY, future=future)[0]


def test_a_past_perfect_by_a_weekday_is_the_last_one():
    assert _time("About 300 lorries had crossed the border by Tuesday, the customs office said.") == "2027-04-13"


def test_a_deadline_stays_ahead():
    assert _time("The ferry will be back in service by Tuesday.", future=True) == "2027-04-20"
    assert _time("Engineers aim to reopen the line by Tuesday.") == "2027-04-20"


def test_a_figure_told_in_the_past_by_a_weekday_is_the_last_one():
    """No perfect: "the amount cleared by Tuesday" in a past-tense claim is the Tuesday gone by, as its rival's is."""
    assert _time("The council put the amount cleared by Tuesday evening at 40 tonnes.") == "2027-04-13"
