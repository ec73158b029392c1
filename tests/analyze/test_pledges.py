"""A speaker's own pledge in a direct quote is no plan another report's deed can clash with (analyze.actors)."""

from workbench.analyze.actors import pledged
from workbench.analyze.sides import Side
from workbench.analyze.slot_values import modality_relation
from workbench.extract import extract_claims
from workbench.extract.words import content_stems


def _side(text: str) -> Side:
    claim = extract_claims(text)[-1]
    return Side(claim.text, claim.quantities, claim.frame)


def test_a_first_person_vow_in_a_quote_is_a_pledge():
    vow = _side('Orla Brandt spoke. "There is no way that I will sign false accounts for the harbour board," Brandt said.')
    assert vow.frame.modality == "planned" and pledged(vow.frame)
    plan = _side("The harbour board will sign the accounts on Friday, Orla Brandt said.")
    assert plan.frame.modality == "planned" and not pledged(plan.frame)  # a schedule, told of a third party


def test_a_pledge_does_not_clash_with_a_deed_told_of_the_same_words():
    vow = _side('Orla Brandt spoke. "There is no way that I will sign false accounts for the harbour board," Brandt said.')
    deed = _side("The harbour board was asked if it had signed false accounts, an auditor said.")
    shared = sorted(set(content_stems(vow.text)) & set(content_stems(deed.text)))
    assert modality_relation(deed, vow, shared, 0.9) is None
