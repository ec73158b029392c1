"""Negation between two claims: one that moves the speaker's own earlier statement is no denial of another source's
(issue 9); a negated bound is no agreement with a value inside it. Sentences written for these tests, not the dev
corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.negation import denial_conflict


def test_a_negation_that_moves_the_speakers_own_statement_is_no_denial_of_another():
    moved = ("The museum said on Tuesday that the east wing would not open before June, "
             "rather than in April as it had announced last year.")
    plain = "The east wing of the museum will open in April, a museum spokesman said."
    assert denial_conflict(moved, plain) is None
    assert denial_conflict("The museum said the east wing of the museum would not open in April.", plain) is not None


def test_a_figure_agreement_on_a_bound_negated_on_one_side_is_no_agreement():
    got = rel("The reptile house never fell below 12 degrees Celsius, the aquarium said.",
              "The keepers' union said the temperature in the reptile house fell to 5 degrees.", sim=0.6)
    assert got.relation != "agree", got
    assert "negated" in got.reason, got
    exact = rel("Forty-one flights left without their passengers' checked bags.",
                "41 departures took off with no passenger luggage on board, the association said.", sim=0.6)
    assert exact.relation == "agree", exact  # a negation near an exact count leaves the count as it is  # guard
