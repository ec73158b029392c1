"""A count with its million abbreviated ("41m crowns") is 41 million of what it counts, as "41 million crowns" is;
an "m" with no counted noun after it ("a 30m mast") stays unread as a count. Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(q.kind, q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_an_abbreviated_million_before_a_counted_noun_is_a_count_of_millions():
    assert _figures("The cooperative said 7.5m florins had been lost.") == [("count", "7.5m florins", 7.5e6, "florins")]
    assert _figures("Some 3mn tickets were sold.") == [("count", "Some 3mn tickets", 3e6, "tickets")]


def test_an_m_with_no_counted_noun_is_no_count_of_millions():
    assert all(v != 30e6 for _, _, v, _ in _figures("The 30m mast came down in the storm."))
    assert all(v != 30e6 for _, _, v, _ in _figures("The mast is 30m tall."))


def test_one_sum_abbreviated_and_written_out_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("The cooperative told the court that 7.5m florins had been lost.",
              "Auditors put the cooperative's losses at 7.5 million florins.", sim=0.6)
    assert got.relation == "agree", got
