"""``described_sources.officer_of``: a party's officer named in apposition, read with its compiled patterns and the
possessive gate (sentences written for these tests)."""

from __future__ import annotations

from workbench.analyze.described_sources import officer_of
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _row(text: str) -> ClaimRow:
    c = extract_claims(text, "2027-05-04")[0]
    return ClaimRow("c0", "doc0", c.text, c.quantities, c.attribution.speaker, 0.9, None, (0,), c.frame)


def test_the_partys_officer_in_apposition():
    row = _row("The county's chief engineer, Mira Tolland, said the bridge had passed every load test.")
    assert officer_of("the county", row)
    assert officer_of("County Roads Office", row)  # any word of the party's name, any case
    assert not officer_of("the harbour board", row)  # another party's officer


def test_no_possessive_no_officer():
    row = _row("Mira Tolland, a chief engineer, said the bridge had passed every load test.")
    assert not officer_of("the county", row)


def test_the_possessive_in_capitals_still_counts():
    row = _row("THE COUNTY'S chief engineer, Mira Tolland, said the bridge had passed every load test.")
    assert officer_of("the county", row)
