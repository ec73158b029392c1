"""Whether a decision binds or only advises (extract.bindings).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.bindings import binding_of


@pytest.mark.parametrize(("text", "kind", "head"), [
    ("The ballot is binding on the harbour board, the dockers' union said.", "binding", "ballot"),
    ("The ballot is not legally binding, the harbour board said.", "advisory", "ballot"),
    ("The ballot is only advisory, a board member said.", "advisory", "ballot"),
    ("The board is not bound by the ballot, its chairwoman said.", "advisory", "ballot"),
    ("The board will be bound by the result of the ballot, the union said.", "binding", "result"),
])
def test_the_force_of_a_decision_is_read_with_the_decision(text: str, kind: str, head: str) -> None:
    got = binding_of(text)
    assert got is not None and (got["kind"], got["head"]) == (kind, head), got


@pytest.mark.parametrize("text", [
    "The two ferry lines signed a binding agreement on Monday.",  # a kind of thing, not a decision's force
    "An advisory panel met the harbour board on Monday.",
])
def test_a_kind_of_thing_is_no_force_of_a_decision(text: str) -> None:
    assert binding_of(text) is None
