"""A scale and a noun joined to a number by hyphens ("a 40-million-kuna grant") are one amount of that noun
(``extract.sizes``), so it meets the same amount written "40m kuna" or "40 million euros". Sentences written for
these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(q.kind, q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_a_scaled_compound_is_that_many_of_its_noun():
    assert _figures("The council approved a 40-million-florin bridge.") == [
        ("count", "40-million-florin", 40e6, "florins")]


def test_a_scaled_compound_of_a_currency_word_is_money():
    assert _figures("The club took out a 12-billion-euro loan.") == [("money", "12-billion-euro", 12e9, "EUR")]


def test_a_plain_hyphenated_count_stays_a_count():
    assert _figures("A 52-seat coach was hired.") == [("count", "52", 52.0, None)]


def test_one_amount_as_a_compound_and_as_a_short_scale_agrees_and_another_does_not():
    from tests.analyze.test_frame_relate import rel

    a = "Auditors questioned a 75-million-florin order for new ferries placed by the harbour board."
    assert rel(a, "The ferry order is worth 75m florins.", sim=0.7).relation == "agree"
    assert rel(a, "The ferry order is worth 95m florins.", sim=0.7).relation != "agree"
