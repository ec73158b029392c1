"""An agreement on one figure is no agreement while the claims' other figures of one kind and unit differ
(``analyze.unpaired_figures``, read by ``analyze.quantity_match``). Fictional claims written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate
from workbench.analyze.unit_sizes import unit_key
from workbench.analyze.unpaired_figures import unpaired_rivals
from workbench.extract.quantities import extract_quantities

PUBLISHED = "2027-03-10"


def _rel(a: str, b: str):
    return relate(view(a, PUBLISHED, "a"), view(b, PUBLISHED, "b"), similarity=0.8)


def test_a_shared_span_does_not_make_two_offers_agree():
    """Before: "over three years" paired with "over three years" and the pair was called agree."""
    got = _rel("The council has offered its cleaners 3.5 per cent over three years.",
               "The council raised its offer to its cleaners to 5 per cent over three years on Monday.")
    assert got.relation == "related", got
    assert "3.5 per cent vs 5 per cent" in got.reason and got.reason.endswith("; review"), got


def test_a_bare_number_is_no_rival():
    """The trap: "aged 33" / "aged 36" carry no unit: an age, a score or a rank pairs with anything."""
    got = _rel("Two women, aged 33 and 60, were detained.", "The two women detained on Friday are aged 36 and 60.")
    assert "33 vs 36" not in got.reason, got


def test_the_same_figures_still_agree():
    got = _rel("The council has offered its cleaners 5 per cent over three years.",
               "The council raised its offer to its cleaners to 5 per cent over three years on Monday.")
    assert got.relation == "agree", got


def test_a_figure_of_the_agreed_kind_and_unit_is_no_rival():
    """The trap: once one count of people is paired, the others may be further items of a list."""
    qa = extract_quantities("Police said 4 people died and 12 people were hurt.")
    qb = extract_quantities("Police said 4 people died and 15 people were hurt.")
    assert [q.value for q in qa] == [4, 12] and [q.value for q in qb] == [4, 15]
    agreed = {(qa[0].kind, unit_key(qa[0]))}
    assert unpaired_rivals(qa, qb, {0}, {0}, agreed) is None
    assert unpaired_rivals(qa, qb, {0}, {0}, set()) == "12 people vs 15 people"


def test_close_wording_with_one_figure_of_a_kind_each_that_cannot_meet_is_no_paraphrase():
    """A side's other figure ("the biggest fall in six years") kept ``figures_differ`` from reading the pair, and the
    paraphrase rule called "fell 9 per cent" and "about 14 per cent" one assertion."""
    got = relate(view("Harlow Mills shares fell 9 per cent on Tuesday, their biggest one-day fall in six years.", PUBLISHED),
                 view("Harlow Mills shares have fallen about 14 per cent since Monday.", PUBLISHED, "b"), similarity=0.89)
    assert got.relation != "agree" and "9 per cent vs about 14 per cent" in got.reason, got
    same = relate(view("Harlow Mills shares fell 9 per cent on Tuesday, their biggest one-day fall in six years.", PUBLISHED),
                  view("Harlow Mills shares fell 9% on Tuesday.", PUBLISHED, "b"), similarity=0.89)
    assert same.relation == "agree", same  # guard
