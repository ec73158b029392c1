"""A party's denial against what another named source asserts, across fact clusters (issue 9, reported speech):
sentences written for these tests, not the dev corpus. Vectors from the real embedder."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.denied_claims import denial_relations
from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per sentence, each sentence its own report (document)."""
    out = []
    for k, text in enumerate(docs):
        c = extract_claims(text, "2027-05-04")[0]
        out.append(ClaimRow(f"c{k}", f"doc{k}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (k,), c.frame))
    return out


@pytest.fixture(scope="module")
def embed(onnx_embedder):
    return lambda rows: np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)


def _relations(rows, vectors):
    members = list(range(len(rows)))
    _, rels = relate_event(members, rows, vectors, claim_features(rows), 0.75)
    return {(rows[i].text[:25], rows[j].text[:25]): r for i, j, r in rels}


def _between(rels, a: str, b: str):
    return rels.get((a[:25], b[:25])) or rels.get((b[:25], a[:25]))


def test_a_denial_conflicts_with_what_another_named_source_asserts(embed):
    rows = _rows("Two crew members were detained for questioning after the ferry ran aground off Tessholm, "
                 "the coastguard said.",
                 "Inspectors found rust on three of the davits, the maritime agency said.",
                 "Three lifeboats had been removed from the ferry for repairs in March, the coastguard said.",
                 "The shipping line denied that any lifeboat had been removed from the ferry before the voyage.")
    rels = _relations(rows, embed(rows))
    got = _between(rels, rows[2].text, rows[3].text)
    assert got is not None and got.relation == "conflict", rels
    assert "source vs source" in got.reason and "coastguard" in got.reason and "shipping line" in got.reason
    assert all(r.relation != "conflict" for k, r in rels.items() if rows[3].text[:25] in k and rows[2].text[:25] not in k)


def test_a_denial_against_the_outlets_own_report_stays_a_dispute_inside_the_story(embed):
    """No named source asserts it: the denial answers the story, not another outlet's source."""
    rows = _rows("Three lifeboats had been removed from the ferry for repairs in March.",
                 "The shipping line denied that any lifeboat had been removed from the ferry before the voyage.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_denial_against_the_deniers_own_words_is_no_conflict(embed):
    rows = _rows("Three lifeboats had been removed from the ferry for repairs in March, the shipping line said.",
                 "The shipping line denied that any lifeboat had been removed from the ferry before the voyage.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_denied_act_worded_otherwise_conflicts_when_most_of_the_clause_is_stated(embed):
    """"postponed" vs "delayed": no shared act, but a verb of denial, most of the clause and close wording."""
    rows = _rows("The hearing into the quarry licence had been postponed three times, the planning inspectorate said.",
                 "The quarry owners rejected claims that the licence hearing had been delayed.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", got


def test_two_reports_of_one_denial_agree(embed):
    rows = _rows("The shipping line denied that any lifeboat had been removed from the ferry before the voyage.",
                 "The shipping line again rejected reports that lifeboats were removed from the ferry.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "agree", got


def test_a_negated_universal_is_a_denial_but_only_of_its_own_act(embed):
    """"insisted that no patient had been X" denies X; the target must state that act, not just share nouns."""
    rows = _rows("Four patients had been discharged too early, the health inspectorate said.",
                 "The hospital insisted that no patient had been discharged early.",
                 "Forty patients were moved to other wards, the health inspectorate said.")
    rels = _relations(rows, embed(rows))
    got = _between(rels, rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", rels
    moved = _between(rels, rows[1].text, rows[2].text)
    assert moved is None or moved.relation != "conflict", moved


def test_a_target_that_negates_the_act_itself_is_no_conflict(embed):
    rows = _rows("The owner said she had no objection to the tenants subletting the flat.",
                 "The tenants denied that they had sublet the flat.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_no_denial_leaves_the_relations_as_they_were():
    rows = _rows("The ferry ran aground off Tessholm, the coastguard said.")
    rels = [(0, 0, None)]
    assert denial_relations([0], rows, np.zeros((1, 4), dtype=np.float32), rels) is rels


def test_a_denial_of_the_deniers_own_deed_is_answered_only_by_a_claim_about_the_denier(embed):
    """"denied that he had met the developer": the developer meeting someone else is another deed."""
    denial = "The harbour commissioner denied that he had met the developer."
    other = _rows("The developer met council planners twice in May, the council said.", denial)
    got = _between(_relations(other, embed(other)), other[0].text, denial)
    assert got is None or got.relation != "conflict", got
    named = _rows("The harbour commissioner met the developer twice in May, the council said.", denial)
    got = _between(_relations(named, embed(named)), named[0].text, denial)
    assert got is not None and got.relation == "conflict", got


def test_a_denied_deed_of_the_deniers_own_side_needs_only_its_act_and_the_party_named(embed):
    """"rejected suggestions that he had been drinking": one content word, the pronoun named by the denier."""
    rows = _rows("Police said the lorry driver had been drinking before the collision.",
                 "The lorry driver's family rejected suggestions that he had been drinking.",
                 "Witnesses said the lorry driver had been speeding.")
    rels = _relations(rows, embed(rows))
    got = _between(rels, rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", rels
    other = _between(rels, rows[1].text, rows[2].text)
    assert other is None or other.relation != "conflict", other


def test_a_long_denied_clause_that_shares_only_the_events_topic_is_no_conflict(embed):
    """Without its act, most of a long clause is the topic every sentence of the event shares."""
    rows = _rows("Parliament will approve the budget deal struck with the opposition despite criticism from farmers over "
                 "fuel subsidies, the clerk of the chamber said.",
                 "The prime minister disputed that farmers feel cheated by his budget deal with the opposition over "
                 "fuel subsidies.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_reports_called_unfounded_are_a_denial_of_what_they_report(embed):
    """"Reports that X were unfounded": the copula denial follows the clause it denies."""
    rows = _rows("The hospital had run out of oxygen on Sunday night, two nurses told the Courier.",
                 "Reports that the hospital had run out of oxygen were unfounded, the health ministry said.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict" and "health ministry" in got.reason, got


def test_two_denials_of_different_things_by_one_party_do_not_agree(embed):
    rows = _rows("The brewery denied that its vats had leaked into the river.",
                 "The brewery denied that workers had been ordered to skip safety drills.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "agree", got


def test_a_denial_shares_the_denied_clause_not_just_the_story_with_what_it_contradicts():
    """Within one fact too: words shared outside the denied clause (the denier, the topic) are no contradiction."""
    from tests.analyze.test_frame_relate import rel

    got = rel("The coach, whose team was booed by its own fans, dismissed the idea that the club could no longer win "
              "titles under him.", "The coach has led the club's first team since 2015.", sim=0.7)
    assert got.relation != "conflict", got
    denied = rel("Investigators said two cup matches had been fixed in March.",
                 "The federation denied that any cup matches had been fixed.", sim=0.7)
    assert denied.relation == "conflict", denied


def _report_rows(*reports: tuple[str, ...]) -> list[ClaimRow]:
    """One claim per sentence; the sentences of one tuple are one report, in their order."""
    out = []
    for d, sentences in enumerate(reports):
        for k, text in enumerate(sentences):
            c = extract_claims(text, "2027-05-04")[0]
            out.append(ClaimRow(f"c{d}{k}", f"doc{d}", c.text, c.quantities, c.attribution.speaker, 0.9, None,
                                ("", k, f"c{d}{k}"), c.frame))
    return out


DENIAL = "Velmarsh denied that the cooling pumps had been shut down before the flood."
PUMPS = "The company again said its cooling pumps had been shut down for repairs before the flood."


def test_a_claimant_described_by_its_kind_is_the_party_its_report_named_last(embed):
    """"the company said" in a report whose last named source of that kind is Velmarsh: Velmarsh's own words, so
    its denial elsewhere sets no source against another; a union named last is another kind of body, and the
    description stays a source of its own."""
    own = _report_rows((DENIAL,), ("The flood began in the basement of the plant, Velmarsh said.", PUMPS))
    got = _between(_relations(own, embed(own)), DENIAL, PUMPS)
    assert got is None or got.relation != "conflict", got
    other = _report_rows((DENIAL,), ("The flood began in the basement of the plant, Velmarsh said.",
                                     "The strike had left the plant short of fitters, the Harbour Fitters' Union said.",
                                     PUMPS))
    got = _between(_relations(other, embed(other)), DENIAL, PUMPS)
    assert got is not None and got.relation == "conflict", got


def test_a_described_denier_is_the_named_party_the_event_s_denials_name(embed):
    """deny13: "The company denied that it had cut X" against "<insurer> said <Name> had cut X": the described
    denier is the one company the event's denials name, which the target names as the doer."""
    rows = _rows("Veltrona said Ardenfield had cut its staff pension by a third in March.",
                 "Ardenfield denied cutting the pension.",
                 "The company again denied that it had cut its staff pension this year.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[2].text)
    assert got is not None and got.relation == "conflict", got


def test_a_negated_universal_with_ever_conflicts_with_the_deed_stated(embed):
    """deny13: "No gate was ever left unlocked" took "ever" as its act and "gates" did not match "gate"."""
    rows = _rows("Three gates at the depot were left unlocked overnight, one of the guards said.",
                 "No gate was ever left unlocked, said Hanna Veld, a spokeswoman for the depot.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", got


def test_a_target_that_does_not_speak_of_the_denied_clause_s_subject_is_none(embed):
    """deny13: "denied that schools had been included in the blackouts" shares "included" and "cut" with a claim
    about factories; the clause is about schools, which the target never names."""
    rows = _rows("Factories, including two breweries, have agreed to cut their output in the evening, the trade "
                 "body said.",
                 "Vardel Power denied that schools had been included in the power cuts.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_word_of_the_sources_own_description_is_no_sign_of_the_charge(embed):
    """deny13: "Shipping lines that diverted vessels to other ports said they would return to <party>": "port"
    stands in the source's description, not in what it says the party did."""
    rows = _rows("Ferry firms that moved sailings to other harbours said they would come back to Marrow Docks in June.",
                 "Marrow Docks denied that it had asked other harbours to send it pilots.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_source_of_the_named_party_s_name_still_answers_the_described_denier(embed):
    """deny13: reading "the company" as the event's named denier only widens whom a target may name; a former
    employee who carries the party's name in his description is still another source."""
    rows = _rows("Ardenfield denied cutting the pension.",
                 "A former Ardenfield clerk said the staff pension fund had been emptied in March.",
                 "The company repeated that the staff pension fund had never been emptied.")
    got = _between(_relations(rows, embed(rows)), rows[1].text, rows[2].text)
    assert got is not None and got.relation == "conflict", got


def test_the_described_denier_s_own_words_by_its_name_are_no_target(embed):
    """deny13: "The operator denied cutting off any streets deliberately" against "<the operator by name> said 900
    homes were still cut off": the party's own words, once "the operator" is read as the named party."""
    rows = _rows("Lindqvist Power denied that it had switched off the pumps.",
                 "Lindqvist Power said on Friday that 900 homes in Orsa were still cut off after the storm.",
                 "The operator denied cutting off any streets deliberately.")
    got = _between(_relations(rows, embed(rows)), rows[1].text, rows[2].text)
    assert got is None or got.relation != "conflict", got


def test_a_denial_whose_act_the_target_states_in_no_act_of_its_own_is_answered_by_nothing(embed):
    # the target speaks of the denied clause's subject and place ("ice sensors on the pass") but its own act is a
    # call for speed limits: it never says the sensors were faulty
    rows = _rows("The roads agency denied that its ice sensors on the mountain pass had been faulty.",
                 "Hauliers have renewed calls for lower speed limits on the mountain pass, which they say would slow "
                 "lorries when the sensors detect ice, the Hauliers' Federation said.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_denial_whose_act_the_target_words_otherwise_still_conflicts(embed):
    rows = _rows("The roads agency denied that its ice sensors on the mountain pass had been faulty.",
                 "The ice sensors on the mountain pass had been broken for a month, the Hauliers' Federation said.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", got
