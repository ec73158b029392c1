"""Whether one person came to harm, and whether no one at all did (extract.harms).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from workbench.extract.harms import harm_of, nobody_of


def test_an_indefinite_person_harmed_is_marked_and_no_one_is_read() -> None:
    got = harm_of("A deckhand was taken to hospital with burns.")
    assert got is not None and got["state"] == "hurt" and got.get("indef"), got
    assert nobody_of("No one was hurt, the harbour police said.")
    assert nobody_of("The police said nobody was injured.")
    assert not nobody_of("No passengers were hurt, the ferry line said.")
