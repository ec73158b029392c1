""""half their fare", "half the members": a share whose "of" is dropped (issue 9, session 17; invented sentences)."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _shares(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text) if q.kind == "percent"]


def test_half_before_a_determiner_is_a_share():
    assert _shares("Members will get back half their annual dues.") == [50.0]
    assert _shares("Half the orchestra signed the letter.") == [50.0]


def test_half_before_an_article_or_a_number_word_is_no_share():
    assert _shares("The meeting lasted half an hour.") == []
    assert _shares("The fund raised half a million crowns.") == []


def test_half_before_a_measure_noun_compares_sizes_and_is_no_share():
    """"half the size" / "half their price" compare two measures; no group is split, so no share is read."""
    assert _shares("The new reservoir is half the size of the old one.") == []
    assert _shares("Tickets sold at half their usual price.") == []
    assert _shares("Half the volunteers stayed overnight.") == [50.0]
