"""The date from which a measure applies (``extract.effective``): sentences written for these tests."""

from __future__ import annotations

from workbench.extract.claims import extract_claims


def _effective(text: str) -> dict | None:
    return (extract_claims(text, "2027-06-15")[0].frame.outcome or {}).get("effective")


def test_closed_class_verbs_of_applying_store_the_date_and_the_measure():
    got = _effective("The fare increase will take effect on August 1, the transit authority said.")
    assert got is not None and got["day"] == "2027-08-01" and got["of"].startswith("increas") and got["text"] == "August 1"
    got = _effective("The 3% levy charged on hotel rooms will be backdated to February 1, the treasury said.")
    assert got is not None and got["day"] == "2027-02-01" and got["of"].startswith("levy")


def test_a_date_stated_as_moved_or_no_verb_of_applying_stores_nothing():
    assert _effective("The fare increase will now apply from October 1, the transit authority said.") is None
    assert _effective("The fare increase was announced on August 1, the transit authority said.") is None
