"""How a thing came into the authorities' hands (``extract.recoveries``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.recoveries import recovery_of


def test_taken_by_force_names_the_thing_not_the_place():
    got = recovery_of("Customs agents confiscated the bronze statuette at a warehouse in Dunmore.")
    assert got is not None and got["how"] == "forced" and got["thing"] == ["bronze", "statuette"]
    got = recovery_of("Detectives found the missing ledger during a search of the accountant's office.")
    assert got is not None and got["how"] == "forced" and any(s.startswith("ledger") for s in got["thing"])


def test_freely_given_needs_a_word_that_says_so():
    got = recovery_of("The bronze statuette was surrendered voluntarily by a collector in Dunmore.")
    assert got is not None and got["how"] == "voluntary" and any(s.startswith("statuett") for s in got["thing"])
    assert recovery_of("Police handed the statuette over to the museum on Friday.") is None  # passed on, not given up


def test_a_negated_seizure_is_no_recovery():
    assert recovery_of("The ledger was never seized, the accountant's lawyer said.") is None
