"""deny10: a party's denial against another source's assertion told in other words (issue 9 section 3). Sentences
written for these tests, unlike the dev corpus; vectors from the real embedder. Each test failed on main bfc4a9e."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.analyze.event_relations import between, relate_rows, relations_by_text, report_rows
from workbench.analyze.akin import akin, root


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    return lambda *texts: relations_by_text(onnx_embedder, *texts)


def test_roots_join_a_verb_and_its_noun_but_not_unrelated_words():
    assert akin("paying", "payment") and akin("paid", "payment") and akin("inspected", "inspection")
    assert akin("runn", "run") and root("warning") == root("warned")
    assert not akin("station", "stated") and not akin("pay", "part")


def test_a_denied_gerund_conflicts_with_another_source_stating_the_deed_as_a_noun(relations):
    denial = "The guild denied bribing the inspectors."
    other = "A former clerk said the guild had handed a bribe to two inspectors in June."
    got = between(relations(denial, other), denial, other)
    assert got is not None and got.relation == "conflict", got
    assert "former clerk" in got.reason and "guild" in got.reason


def test_a_party_stating_its_own_deed_undone_conflicts_with_a_source_stating_it_done(relations):
    own = "The orchestra has signed no sponsorship deal, its treasurer, Ines Valbrek, told reporters."
    other = "The orchestra had signed a sponsorship deal with a brewery in March, a local banker said."
    got = between(relations(own, other), own, other)
    assert got is not None and got.relation == "conflict", got


def test_one_denial_reported_as_a_denying_verb_and_as_the_partys_own_negation_agrees(relations):
    denial = "The orchestra denied signing a sponsorship deal."
    own = "The orchestra has signed no sponsorship deal, its treasurer, Ines Valbrek, told reporters."
    got = between(relations(denial, own), denial, own)
    assert got is not None and got.relation == "agree", got


def test_a_third_partys_deed_negated_is_no_denial_by_the_speaker(relations):
    """The harbour master reports the ferry's deed; he denies nothing of his own."""
    neg = "The ferry did not sail on Sunday, the harbour master said."
    other = "The ferry sailed on Sunday with forty passengers, a deckhand said."
    got = between(relations(neg, other), neg, other)
    assert got is None or "denies it" not in got.reason, got


def test_a_claim_that_negates_the_act_itself_does_not_hide_the_target_of_its_report(onnx_embedder):
    """The other report quotes the party negating the deed as well as a source stating it: the statement is still
    the denial's target (the negation, the closer sentence, had taken its place and left the pair unflagged)."""
    denial = "The guild denied bribing the inspectors."
    quote = "'Nobody at the guild will be bribing anyone,' said Oda Renk."
    other = "A former clerk said the guild had handed a bribe to two inspectors in June."
    rows = report_rows(denial, quote, other)
    rows[2] = replace(rows[2], document_id=rows[1].document_id)
    found = {(rows[i].text, rows[j].text): r for i, j, r in relate_rows(onnx_embedder, rows)}
    hit = between(found, denial, other)
    assert hit is not None and hit.relation == "conflict", found


def test_two_denials_of_one_thing_in_other_words_agree(relations):
    a = "The landlord denied that repairs to the boiler had been postponed."
    b = "The landlord rejected claims that maintenance of the heating had been delayed."
    got = between(relations(a, b), a, b)
    assert got is not None and got.relation == "agree", got


def test_a_denied_deed_of_the_partys_own_is_answered_only_by_a_claim_naming_that_deed(relations):
    """"denied conspiring with the mayor" / "met the mayor twice": the same people, another deed (real news showed
    the pair flagged through the denial's paraphrase path, which reads only shared nouns and closeness)."""
    denial = "The developer has denied conspiring with the city council."
    other = "The developer met the city council twice in May, a planning clerk said."
    got = between(relations(denial, other), denial, other)
    assert got is None or got.relation != "conflict", got


# deny10b (round 2): one party's denial told twice, the party named in full, by a short name or by its kind


def test_a_denial_repeated_by_the_party_described_by_its_kind_agrees(relations):
    """"The guild" of the second report is the one party the event names; both deny the pump ran dry."""
    first = "Tollmark Guild denied that the reserve pump had run dry."
    again = "The guild reiterated on Tuesday that the reserve pump had never run dry."
    got = between(relations(first, again), first, again)
    assert got is not None and got.relation == "agree", got


def test_a_party_repeating_its_denial_in_other_words_agrees(relations):
    """A short form of the name is the party; "repeated that it had carried out no X" is a denial too."""
    first = "Fenwright Haulage said none of its drivers had loaded the crates that night."
    again = "Fenwright repeated that it had done no loading of the crates before the audit."
    got = between(relations(first, again), first, again)
    assert got is not None and got.relation == "agree", got


def test_two_parties_denying_one_thing_do_not_become_one_party(relations):
    first = "Tollmark Guild denied that the reserve pump had run dry."
    other = "Oskan Mills repeated that the reserve pump had never run dry."
    got = between(relations(first, other), first, other)
    assert got is None or got.relation != "agree" or "Tollmark" not in got.reason, got


def test_a_source_naming_the_party_in_its_role_is_answered_by_the_partys_denial(relations):
    """deny10b: the party is named in apposition to its role inside the deed ("the port's supplier, Name,"), the
    source's attribution last."""
    charge = "The crane outage came after a patch that the port's contractor, Halvard Fittings, loaded overnight, Ostrova said."
    denial = "Halvard Fittings said none of its staff had worked on the cranes before the outage."
    got = between(relations(charge, denial), charge, denial)
    assert got is not None and got.relation == "conflict", got
    assert "Ostrova" in got.reason and "Halvard" in got.reason


def test_a_party_named_only_as_a_word_of_the_story_is_no_charge(relations):
    """"Halvard harbour" is a place that shares the party's name, not its role in the deed."""
    place = "Halvard harbour stayed shut on Sunday after the outage of the cranes, the port authority said."
    denial = "Halvard Fittings said none of its staff had worked on the cranes before the outage."
    got = between(relations(place, denial), place, denial)
    assert got is None or got.relation != "conflict", got


def test_a_source_naming_the_party_as_the_holder_of_the_thing_it_denies_conflicts(relations):
    """holder10: the party is named only as the one a thing was made for ("an audit done for the trust"), and it
    denies what its own thing stated ("its audits had never recorded ...")."""
    charge = ("An audit done for the hospital trust in 2024 found mould in the walls of the east wing, said Orla Penn, "
              "a representative of the nurses.")
    denial = "A hospital trust spokeswoman insisted its audits had never recorded mould in that part of the building."
    got = between(relations(charge, denial), charge, denial)
    assert got is not None and got.relation == "conflict", got
    assert "Orla Penn" in got.reason


def test_a_possessive_holder_names_the_party_too(relations):
    """"the trust's own audit": the party named as the holder by a possessive."""
    charge = "The hospital trust's own audit found mould in the walls of the east wing, said Orla Penn, a nurse."
    denial = "A hospital trust spokeswoman insisted its audits had never recorded mould in that part of the building."
    got = between(relations(charge, denial), charge, denial)
    assert got is not None and got.relation == "conflict", got


def test_a_third_partys_thing_is_no_holder_of_the_denied_thing(relations):
    """The audit was done for someone else: the trust's denial of its own audits does not answer it."""
    charge = ("An audit done for the cleaning contractor in 2024 found mould in the walls of the east wing, said Orla Penn, "
              "a representative of the nurses.")
    denial = "A hospital trust spokeswoman insisted its audits had never recorded mould in that part of the building."
    got = between(relations(charge, denial), charge, denial)
    assert got is None or got.relation != "conflict", got


def test_two_denials_of_one_held_thing_are_no_conflict(relations):
    """A second report of the party's denial names the party as holder too; it is no assertion."""
    one = "Audits done for the hospital trust had never recorded mould in the east wing, a trust official said."
    denial = "A hospital trust spokeswoman insisted its audits had never recorded mould in that part of the building."
    got = between(relations(one, denial), one, denial)
    assert got is None or got.relation != "conflict", got


def test_a_name_after_an_opening_phrase_is_no_apposition_of_a_role():
    """"After the outage, Halvard Fittings' crane engineers were sent home": the comma closes an opening phrase, so the
    name is the clause's subject, not the party named in a role of the deed ("the port's contractor, Halvard
    Fittings, loaded ...", which still is)."""
    from tests.analyze.test_denied_claims import _rows
    from workbench.analyze.party_role import in_role

    denial = "Halvard Fittings denied that its staff had worked on the cranes before the outage."
    opening = _rows("After the outage, Halvard Fittings' crane engineers were sent home, the port authority said.", denial)
    assert not in_role(opening[1], opening[0], ["outage", "crane"], 0.6, "Halvard Fittings")
    role = _rows("The crane outage came after a patch that the port's contractor, Halvard Fittings, loaded overnight, "
                 "Ostrova said.", denial)
    assert in_role(role[1], role[0], ["outage", "crane"], 0.6, "Halvard Fittings")  # guard
