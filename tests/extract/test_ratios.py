"""Every common ratio wording must normalise to the same value / numerator / denominator.

The relations stage flags "5:1 vs 7:1" only if all wordings of a casualty ratio agree on
orientation, so the table pins value, numerator and denominator for each wording.
"""

from __future__ import annotations

import pytest

from workbench.extract.quantities import extract_quantities
from workbench.extract.ratios import extract_ratios, normalize_entity

RU, UA = "Russian", "Ukrainian"

RATIO_CASES: list[tuple[str, float, str | None, str | None]] = [
    ("For every Ukrainian soldier killed, five Russian soldiers are killed, the estimate says.", 5.0, RU, UA),
    ("Five Russian soldiers die for every Ukrainian, according to the briefing.", 5.0, RU, UA),
    ("Intelligence suggests five Russian troops are killed for every Ukrainian soldier killed.", 5.0, RU, UA),
    ("The commander said seven Russians fall for each Ukrainian defender.", 7.0, RU, UA),
    ("Russian losses outnumber Ukrainian losses five to one around the city.", 5.0, RU, UA),
    ("Russian casualties outnumber Ukrainian ones by 5 to 1.", 5.0, RU, UA),
    ("Ukrainian troops are outnumbered five to one by Russian forces.", 5.0, RU, UA),
    ("The ratio of Russian to Ukrainian deaths is 7:1, the officer said.", 7.0, RU, UA),
    ("Officials put the Russian-to-Ukrainian casualty ratio at 5-to-1.", 5.0, RU, UA),
    ("Russian dead outnumber Ukrainian dead by a ratio of 7:1.", 7.0, RU, UA),
    ("Ukrainian losses are three times higher than Russian losses, Moscow claims.", 3.0, UA, RU),
    ("Russia has lost twice as many soldiers as Ukraine in the battle.", 2.0, RU, UA),
    ("Russian losses are roughly seven times Ukraine's.", 7.0, RU, UA),
    ("One Ukrainian dies for every five Russians, a medic said.", 5.0, RU, UA),
    ("For every two Ukrainians wounded, seven Russians are wounded.", 3.5, RU, UA),
    ("Russian losses are three times lower than Ukrainian losses, the ministry said.", 3.0, UA, RU),
    ("Officials put the ratio at 7-to-1.", 7.0, None, None),
    ("The casualty ratio was 1:3 according to the ministry.", 1 / 3, None, None),
]


@pytest.mark.parametrize(("sentence", "value", "numerator", "denominator"), RATIO_CASES,
                         ids=[c[0][:40] for c in RATIO_CASES])
def test_ratio_wordings_normalise(sentence: str, value: float, numerator: str | None, denominator: str | None) -> None:
    ratios = [q for q in extract_quantities(sentence) if q.kind == "ratio"]
    assert len(ratios) == 1, [q.to_dict() for q in extract_quantities(sentence)]
    (q,) = ratios
    assert q.value == pytest.approx(value, rel=1e-3)
    assert (q.numerator, q.denominator) == (numerator, denominator)
    assert sentence[q.start:q.end] == q.text


def test_ratio_numbers_are_not_also_counts() -> None:
    found = extract_quantities("For every Ukrainian soldier killed, five Russian soldiers are killed.")
    assert [q.kind for q in found] == ["ratio"]


def test_modifier_before_a_ratio_marks_it() -> None:
    (q,) = extract_quantities("Losses run at more than 7:1, Russian to Ukrainian.")
    assert (q.kind, q.approx, q.bound, q.text) == ("ratio", True, "lower", "more than 7:1")


@pytest.mark.parametrize("sentence", [
    "The meeting began at 10:30 and ended at 11:45.",
    "Five to ten soldiers guarded the bridge.",
    "The repairs took from one to three days.",
    "For every Ukrainian, one official said, the winter is hard.",
    "Russia and Ukraine exchanged prisoners twice this month.",
])
def test_no_ratio_where_there_is_none(sentence: str) -> None:
    assert [q for q in extract_ratios(sentence)] == []
    assert all(q.kind != "ratio" for q in extract_quantities(sentence))


@pytest.mark.parametrize(("word", "expected"), [
    ("Russians", RU), ("Russia's", RU), ("Ukraine's", UA), ("Ukrainians", UA), ("Kyiv", "Kyiv"), ("Moscow", "Moscow"),
    ("Syria's", "Syrian"), ("Kenyans", "Kenyan"), ("Italy", "Italian"),
    ("Wagner", "Wagner"), ("Poles", "Pole"), ("defenders", "defender"),
])
def test_entity_words_are_normalised(word: str, expected: str) -> None:
    assert normalize_entity(word) == expected
