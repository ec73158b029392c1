"""A figure a claim rejects is stored as rejected and never among its asserted quantities (issue 9): sentences
written for these tests, not the dev corpus."""

from __future__ import annotations

from workbench.extract.claims import extract_claims


def _claim(text: str):
    return extract_claims(text, "2027-03-02")[0]


def test_a_contrasted_figure_is_rejected_with_its_origin():
    c = _claim("The orchard board weighed 340 tonnes of apples, not the 410 reported by growers, it said on Friday.")
    assert [q.value for q in c.quantities] == [340.0]
    fig = c.frame.rebuts["figure"]
    assert (fig["value"], fig["own"], fig["unit"], fig["by"]) == (410.0, 340.0, "tonnes", "growers")
    assert all("410" not in m["text"] for m in c.frame.measures)


def test_a_figure_the_other_party_gave_is_rejected_rather_than_asserted():
    c = _claim("The ferry company said 1,250 passengers had crossed, rather than the 900 that Portside Watch gave.")
    assert [q.value for q in c.quantities] == [1250.0]
    assert c.frame.rebuts["figure"]["by"] == "Portside Watch"


def test_a_possessive_figure_and_an_unnamed_one_are_set_against():
    owned = _claim("The guild said 75 stalls stayed open, well below the mayor's figure of 120.")
    assert owned.frame.rebuts["figure"]["value"] == 120.0 and owned.frame.rebuts["figure"]["sign"] == -1
    unnamed = _claim("Some 3,400 people signed the petition, the organisers said, far above the number given by the council.")
    fig = unnamed.frame.rebuts["figure"]
    assert (fig["value"], fig["own"], fig["sign"], fig["by"]) == (None, 3400.0, 1, "the council")


def test_a_negated_bound_or_a_lone_figure_rejects_nothing():
    for text in ("Not one of the 30 riders was hurt, the organisers said.",
                 "The hall holds not more than 400 people, the council said."):
        c = _claim(text)
        assert not (c.frame.rebuts and c.frame.rebuts.get("how") == "figure"), text
        assert c.quantities, text


def test_a_comparison_with_another_measure_rejects_no_figure():
    """Real news compares two measures with "more than the N that X had asked for": no one's figure is rejected."""
    for text in ("The strike cost the port at least $9 million, more than the $7 million that the union had sought.",
                 "The club would have about 900 seats in all, significantly more than the 600 it had asked for."):
        c = _claim(text)
        assert not (c.frame.rebuts and c.frame.rebuts.get("how") == "figure"), text
        assert len(c.quantities) == 2, text
