"""A court's verdict on one named person (extract.verdicts).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.verdicts import verdict_of


@pytest.mark.parametrize(("text", "kind", "who", "charge"), [
    ("The bank's former treasurer, Lone Vidal, was convicted of all charges.", "convicted", "Lone Vidal", ["all"]),
    ("Vidal was found not guilty of bribery.", "acquitted", "Vidal", ["bribery"]),
    ("Vidal, who was cleared on Friday, thanked her family.", "acquitted", "Vidal", []),
])
def test_a_verdict_is_read_with_the_person_and_charge(text: str, kind: str, who: str, charge: list[str]) -> None:
    got = verdict_of(text)
    assert got is not None and (got["kind"], got["who"], got["charge"]) == (kind, who, charge), got


@pytest.mark.parametrize("text", [
    "The goalkeeper was cleared to play on Saturday.",  # cleared for something, no verdict
    "Vidal was not convicted, her lawyer said.",
    "Vidal's lawyer said the bank was cleared of wrongdoing.",  # the name is not the verdict's subject
])
def test_no_verdict_of_a_named_person(text: str) -> None:
    assert verdict_of(text) is None
