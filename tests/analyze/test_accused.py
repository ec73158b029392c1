"""An accused party's denial, in its own words, against another source's charge that it did it (issue 9, reported
speech). Sentences written for these tests (not the dev corpus); vectors from the real embedder."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tests.analyze.test_denied_claims import _between, _relations, _rows
from workbench.analyze.accused import accused
from workbench.extract.denied import denied_fields


@pytest.fixture(scope="module")
def embed(onnx_embedder):
    return lambda rows: np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)


def test_a_charge_worded_otherwise_than_its_denial_is_source_vs_source(embed):
    """"dumped slag into the canal" / "denied that it had discharged any toxic material": one deed, few shared words."""
    rows = _rows("A lock keeper, Pia Strand, said the Orvel Foundry had dumped slag into the Moss canal last week.",
                 "The Orvel Foundry denied that it had discharged any toxic material from its site into the canal.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", got
    assert "source vs source" in got.reason and "Pia Strand" in got.reason


def test_the_same_charge_as_the_outlets_own_report_stays_inside_the_story(embed):
    rows = _rows("The Orvel Foundry dumped slag into the Moss canal last week.",
                 "The Orvel Foundry denied that it had discharged any toxic material from its site into the canal.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_party_is_accused_only_as_the_subject_of_a_reported_clause(embed):
    """The party named as the object of someone else's act, or a deed the party states itself, is no charge."""
    rows = _rows("The harbour master, Ole Brandt, said the coastguard had towed the Orvel Foundry barge off the canal.",
                 "The Orvel Foundry denied that it had discharged any toxic material from its site into the canal.")
    v = embed(rows)
    assert not accused(rows[1], rows[0], ["canal"], float(v[0] @ v[1]))
    rows = _rows("The Orvel Foundry shut its canal gates on Monday as the water rose, the foundry said.",
                 "The Orvel Foundry denied that it had discharged any toxic material from its site into the canal.")
    v = embed(rows)
    assert not accused(rows[1], rows[0], ["canal"], float(v[0] @ v[1]))


def test_a_gerund_complement_is_what_is_denied_and_the_deniers_own_deed() -> None:
    text = "The insurer denied refusing any farmer's flood claims this winter."
    at = text.index("denied")
    got = denied_fields(text, (at, at + len("denied")))
    assert got.get("denied_acts") == ["refus"] and got.get("denied_self") is True, got


def test_a_negation_in_a_later_clause_does_not_unsay_the_charge(embed):
    """"had refused the claims ..., leaving them with no cover": the negation is the consequence, the deed stands."""
    rows = _rows("The union leader, Ada Fenn, said the insurer had refused the flood claims of 30 farmers, "
                 "leaving them with no money for repairs.",
                 "The insurer denied refusing any farmer's flood claims this winter.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict" and "Ada Fenn" in got.reason, got


def test_a_reports_own_denial_does_not_hide_its_named_charge(embed):
    """One report carries both the charge and the party's denial: the denial elsewhere agrees with the one and
    conflicts with the other, not either/or."""
    rows = _rows("A lock keeper, Pia Strand, said the Orvel Foundry had dumped slag into the Moss canal last week.",
                 "The Orvel Foundry denied that it had discharged any toxic material from its site into the canal.")
    rows.append(_rows("The Orvel Foundry denied discharging toxic material into the canal.")[0])
    rows[2] = replace(rows[2], id="c2", document_id="doc0")  # the same report as the charge
    rels = _relations(rows, embed(rows))
    got = _between(rels, rows[0].text, rows[1].text)
    assert got is not None and got.relation == "conflict", rels


def test_a_shared_name_is_no_shared_matter(embed):
    """Another participant named in both ("to replace the coach, Berg" / "asked Berg to ...") is no sign that the
    charge is what the party denies."""
    rows = _rows("Board members said that the club chairman, Lund, had asked Berg to publicly back the new stadium plan.",
                 "Lund denied that he had been looking to replace Berg as head coach.")
    v = embed(rows)
    assert not accused(rows[1], rows[0], ["berg"], float(v[0] @ v[1]))


def test_a_denial_of_what_was_done_to_the_party_is_no_answer_to_its_own_deed(embed):
    """"denied that they had been told of the blockade": something others did to the party (a perfect passive), not a
    deed of its own, so another source's account of the party's own deed ("picked the detour") is no charge it
    answers; "denied that they had blocked the road" is."""
    rows = _rows("The police said the hauliers picked the detour themselves to keep clear of the blockade.",
                 "The hauliers denied that they had been told of the blockade.",
                 "The hauliers denied that they had chosen the detour to keep clear of the blockade.")
    cos = embed(rows)
    assert not accused(rows[1], rows[0], ["blockade"], float(cos[0] @ cos[1]))
    assert accused(rows[2], rows[0], ["detour", "blockade"], float(cos[0] @ cos[2]))


def test_a_charge_needs_more_in_common_than_the_denied_acts_own_verb(embed):
    """"received no flood alert" against "the money it had already received": one verb, two things received."""
    rows = _rows("Lunde Events said it had received no flood alert from the river authority or the county before Friday.",
                 "PassLine said it was still waiting for Lunde Events to pass on the money it had already received "
                 "from ticket sales.")
    got = _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)
    assert got is None or got.relation != "conflict", got


def test_a_word_of_a_name_and_a_party_after_a_preposition_are_no_charge(embed):
    """"had closed the North Stand after earlier complaints" shares "stand" with "ignored warnings about the stand" only
    through a name; "said it was talking to the club about ..." names the club as the one spoken to, not as the doer
    of a deed. Neither is a charge the club's denial answers; the club as the subject of the reported deed is."""
    denial = "The club denied that it had ignored earlier warnings about the stand."
    rows = _rows("The supporters' trust said the club had closed the North Stand after earlier complaints.", denial)
    v = embed(rows)
    assert not accused(rows[1], rows[0], ["stand"], float(v[0] @ v[1]))
    rows = _rows("The trust said it was talking to the club about earlier warnings on the stand.", denial)
    v = embed(rows)
    assert not accused(rows[1], rows[0], ["earlier", "warning", "stand"], float(v[0] @ v[1]))
    rows = _rows("The trust said the club had been sent earlier warnings about the stand's roof.", denial)  # guard
    v = embed(rows)
    assert accused(rows[1], rows[0], ["earlier", "warning", "stand"], float(v[0] @ v[1]))
