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


def test_the_speed_gates_never_hide_a_match_of_the_patterns_they_skip():
    """speed14: _rejected skips its three end-anchored scans unless the head's last token ends in one of their last
    words, and _against skips its scan without a figure noun; a closed gate must mean no match at all."""
    from workbench.extract import rejected_figures as rf
    from workbench.extract.gates import words_of

    heads = ["The kiln fired 80 pots, NOT ", "counted 12 crates rather than\t", "well above the ferrymen's tally of ",
             "far UNDER  ", "higher than the\n", "some 40 lamps (not ", "the auditors' count of", "a quiet pier ",
             "exceeding an ", "instead of the figures of ", "ran short of ", "an apronnot ", ""]
    for head in heads:
        last = head.rsplit(None, 1)
        gate = bool(last and head[-1:].isspace() and rf._LAST_WORD.fullmatch(last[-1]))
        found = any(p.search(head) for p in (rf._CONTRAST, rf._COMPARED, rf._OWNED))
        assert gate or not found, head
    texts = ["The club sold 900 tickets, far above the Tally given by the league.", "Some 60 boats sailed, well below "
             "the harbour office's own estimates.", "It rained 40 mm, above the forecast.", "We counted 7, over the "
             "counts_x given by them."]
    for text in texts:
        if rf._FIGURE_BY.search(text):
            assert rf._G_FIGURE_NOUN.may_match(words_of(text)), text
    assert not rf._G_FIGURE_NOUN.may_match(words_of("It rained 40 mm, above the forecast."))
