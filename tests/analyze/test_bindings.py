"""One decision stated binding by one source and advisory by another (analyze.bindings).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_one_decision_binding_and_advisory_from_two_sources_conflicts() -> None:
    got = rel("The ballot result is binding on the harbour board, union organiser Ines Falk said.",
              "The ballot was advisory, and the board is not bound by the result, chairwoman Ada Lind said.",
              sim=0.5)
    assert got.relation == "conflict" and "force of one decision" in got.reason, got


def test_two_decisions_or_one_source_are_no_conflict() -> None:
    got = rel("The first ballot is binding on the board, union organiser Ines Falk said.",
              "The second ballot is only advisory, said the board's chairwoman, Ada Lind.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("The ballot is binding on the board, the union said.",
              "The ballot is only advisory, a union spokesman said.", sim=0.5)
    assert got.relation != "conflict", got
