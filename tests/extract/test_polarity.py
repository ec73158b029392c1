"""Denial and negation stored in the frame at extraction; analysis reads the stored fields."""

from __future__ import annotations

from dataclasses import replace

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import _opposite
from workbench.extract.polarity import polarity_fields


def test_the_fields_name_the_denial_the_negation_and_the_word_it_governs():
    text = "The operator denied that the ferry had sailed overloaded."
    got = polarity_fields(text, [])
    assert text[got["denial"][0] : got["denial"][1]] == "denied" and "neg" not in got
    got = polarity_fields("The ferry did not sail on Sunday, the harbour master said.", [])
    assert got["negated"] == "sail" and not got.get("figure")
    assert polarity_fields("There is no question that the ferry sailed late.", []) == {}


def test_a_negation_next_to_a_figure_is_stored_as_such():
    text = "Some 40% of residents are not worried about the ferry, a survey found."
    start = text.index("40%")
    assert polarity_fields(text, [(start, start + 3)])["figure"] is True


def test_claim_frames_store_polarity_and_analysis_reads_it_not_the_words():
    neg = view("The ferry did not sail to Vorn on Sunday, the harbour master said.")
    pos = view("The ferry sailed to Vorn on Sunday, the harbour master said.", cid="b")
    assert neg.frame.polarity and neg.frame.polarity["negated"] == "sail" and pos.frame.polarity == {}
    assert _opposite(neg, pos)
    # the stored field decides: the same words with a plain frame are not read again
    plain = replace(neg, frame=replace(neg.frame, polarity={}))
    assert not _opposite(plain, pos)


def test_gated_denial_and_mask_answer_as_the_plain_patterns():
    """polarity_fields' gates (issue 12) find DENIAL's first match and HARMLESS's mask exactly as the plain scans do."""
    from workbench.extract import polarity
    from workbench.extract.gates import words_of

    texts = [
        "The ministry denied that 40 people died.", "The report was false, the ministry said.",
        "There is no doubt the claims were untrue, and he denied it.", "Officials rejected claims of 300 deaths.",
        "The figure is NOT TRUE, a spokesman denied on Monday.", "It was fake news; she dismissed the reports.",
        "He could not be reached. The rumours were propaganda.", "Nothing denies it", "İt was false.",
        "The claim is falsehood, was disputed by the agency.", "", "It is not true that 5 died, but not only that.",
    ]
    for text in texts:
        words = words_of(text)
        cleaned = polarity.masked(text)
        fast = polarity.HARMLESS.sub(polarity._blank, text) if polarity._G_HARMLESS.may_match(words) else text
        assert fast == cleaned
        plain, gated = polarity.DENIAL.search(cleaned), polarity._denial(cleaned, words)
        assert (plain.span() if plain else None) == (gated.span() if gated else None), text


def test_a_denying_verb_in_the_passive_is_no_denial():
    """"The appeal may soon be dismissed," / "the charges were dismissed on Monday": a court's act on a thing, not
    a party denying what someone said; the active "the board denied on Monday that ..." still denies."""
    from workbench.extract.claims import extract_claims

    for text in ("The appeal may soon be dismissed, considering how the hearing went on Monday.",
                 "The charges against the skipper were dismissed on Monday, the court said."):
        assert not (extract_claims(text, "2026-03-30")[0].frame.polarity or {}).get("denial"), text
    frame = extract_claims("The harbour board denied on Monday that it had sold the quay.", "2026-03-30")[0].frame
    assert frame.polarity and frame.polarity.get("denial")
