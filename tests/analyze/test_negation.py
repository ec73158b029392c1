"""A negation that moves the speaker's own earlier statement is no denial of another source's (issue 9): sentences
written for these tests, not the dev corpus."""

from __future__ import annotations

from workbench.analyze.negation import denial_conflict


def test_a_negation_that_moves_the_speakers_own_statement_is_no_denial_of_another():
    moved = ("The museum said on Tuesday that the east wing would not open before June, "
             "rather than in April as it had announced last year.")
    plain = "The east wing of the museum will open in April, a museum spokesman said."
    assert denial_conflict(moved, plain) is None
    assert denial_conflict("The museum said the east wing of the museum would not open in April.", plain) is not None
