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
