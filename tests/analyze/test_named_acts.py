"""Two acts sharing only a named participant are two acts: their days do not disagree (issue 9, dev D110).
Sentences written for these tests, not the dev corpus; relations from ``facts.relate_event`` with the real embedder."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text
from workbench.analyze.named_acts import names_only
from workbench.extract.claims import extract_claims

RESIGNED = "Mara Tenk resigned from the Brisby Harbour Trust on Friday, the mayor told councillors."
DETAINED = "Mara Tenk, finance director of the Brisby Harbour Trust, was detained at her flat on Thursday morning, police said."
SACKED = "The trust's board sacked Mara Tenk at a late-night session on Friday evening, its chairman Ole Brask said."
CHARGED = "Mara Tenk, the trust's former finance director, was charged on Saturday with fraud, prosecutors said."
QUIT = "Tenk quit her post at the harbour trust late on Wednesday, a trust spokesman said."


def _frame(text: str):
    return extract_claims(text, "2027-05-04")[0].frame


def test_acts_of_one_named_person_on_different_days_are_no_conflict(onnx_embedder):
    """Detained, sacked and charged on three days: one person, three acts; no "day of one act"."""
    rels = relations_by_text(onnx_embedder, RESIGNED, DETAINED, SACKED, CHARGED)
    for a, b in ((DETAINED, SACKED), (DETAINED, CHARGED), (SACKED, CHARGED)):
        got = between(rels, a, b)
        assert got is None or got.relation != "conflict", (a, b, got)


def test_one_act_worded_otherwise_of_a_named_thing_still_conflicts_on_the_day(onnx_embedder):
    """"the Brisby Harbour Trust" / "the harbour trust": a name in one phrase, a common noun in the other, may be the
    thing acted on; the phrases decide as before."""
    got = between(relations_by_text(onnx_embedder, RESIGNED, QUIT), RESIGNED, QUIT)
    assert got is not None and got.relation == "conflict" and "day of one act" in got.reason, got


def test_names_only_reads_the_shared_words_and_the_deeds():
    assert names_only(_frame(SACKED), _frame(DETAINED))
    assert not names_only(_frame(RESIGNED), _frame(QUIT))  # "harbour trust" is no name in QUIT
    same = _frame("Mara Tenk resigned from the Brisby Harbour Trust on Wednesday, a trust spokesman said.")
    assert not names_only(_frame(RESIGNED), same)  # one deed stated by both


def test_a_surname_opening_one_phrase_is_the_name_the_other_writes_in_full(onnx_embedder):
    """"Tenk was charged" / "Mara Tenk was detained at her flat": the surname alone at the start is still the name;
    two acts of one person on two days, no "day of one act"."""
    charged = "Tenk was charged on Saturday with fraud, prosecutors said."
    assert names_only(_frame(charged), _frame(DETAINED))
    got = between(relations_by_text(onnx_embedder, DETAINED, charged), DETAINED, charged)
    assert got is None or got.relation != "conflict", got
