"""A party's own deed stated undone (``extract.own_denials``): sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.own_denials import own_denial
from workbench.extract.polarity import polarity_fields


@pytest.mark.parametrize(("text", "act", "party"), [
    ("The orchestra has received no grant, its treasurer said.", "receiv", "The orchestra"),
    ("The museum said it had never been asked to return the mask.", "asked", None),
    ("The climbers' guide told reporters that they had not signed the waiver.", "sign", None),
    ("The hospital has not closed any ward, the hospital's director said.", "clos", "The hospital"),
])
def test_a_party_denying_its_own_deed_is_a_denial(text, act, party):
    got = polarity_fields(text, [])
    assert got.get("denied_self") and got.get("denied_acts") == [act] and got.get("party") == party


@pytest.mark.parametrize("text", [
    "The ferry did not sail, the harbour master said.",  # a third party's deed, reported
    "No one was hurt, the fire crew said.",  # a zero role denies nobody's deed
    "The mayor said it was not clear whether the gate had been shut.",  # a state, not a deed
    "The bakery has sold no more than 40 loaves, its owner said.",  # a bound, not a negation
    "She has never flinched from a fight with the board.",  # the outlet's narration, no statement of hers
    "The network said it does not hide posts from its users.",  # a standing practice, a stance
    "Wardens said they had not seen more poachers this year.",  # a perception, no deed denied
])
def test_no_own_denial_where_no_party_denies_its_deed(text):
    assert own_denial(text) == {}
