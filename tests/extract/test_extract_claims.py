"""extract_claims end to end on short documents: offsets, indexes, filters, quantities."""

from __future__ import annotations

from workbench.extract import extract_claims, split_sentences
from workbench.extract.checkworthy import THRESHOLD
from workbench.models import ExtractedClaim

DOC = """Why Bakhmut still matters

KYIV, Feb 24 (Meridian Wire) - The Ukrainian military denied on Friday that Wagner controls the eastern districts.

Is the city still worth defending?

Kyrylenko said Ukraine controls 52% of the Donetsk region. He told CNN that about 500,000 civilians remain.

Share this article: Facebook | Twitter | Telegram

Subscribe to our morning briefing for 40% off.
"""


def test_offsets_and_text_match() -> None:
    claims = extract_claims(DOC)
    assert claims
    for claim in claims:
        assert isinstance(claim, ExtractedClaim)
        assert DOC[claim.char_start : claim.char_end] == claim.text
        assert claim.checkworthiness >= THRESHOLD


def test_sentence_index_counts_all_sentences() -> None:
    sentences = split_sentences(DOC)
    for claim in extract_claims(DOC):
        sent = sentences[claim.sentence_index]
        assert sent.start <= claim.char_start and claim.char_end == sent.end


def test_filters_drop_headline_question_and_boilerplate() -> None:
    texts = [c.text for c in extract_claims(DOC)]
    assert not any("Why Bakhmut" in t or "worth defending" in t or "Share this" in t or "Subscribe" in t for t in texts)
    assert len(texts) == 3


def test_dateline_is_left_out_of_the_claim() -> None:
    first = extract_claims(DOC)[0]
    assert first.text.startswith("The Ukrainian military denied")
    assert first.attribution.speaker == "the Ukrainian military"
    assert first.attribution.speaker_kind == "organization"


def test_attribution_and_quantities_are_filled() -> None:
    claims = extract_claims(DOC)
    share = next(c for c in claims if "52%" in c.text)
    assert share.attribution.speaker == "Kyrylenko"  # nobody named in full yet: kept as written
    percent = [q for q in share.quantities if q.kind == "percent"]
    assert percent and percent[0].value == 52.0
    assert share.text[percent[0].start : percent[0].end] == percent[0].text
    civilians = next(c for c in claims if "500,000" in c.text)
    assert (civilians.attribution.speaker, civilians.attribution.via) == ("Kyrylenko", "CNN")
    counts = [q for q in civilians.quantities if q.kind == "count"]
    assert counts and counts[0].value == 500000


def test_unattributed_claim_has_kind_none() -> None:
    claims = extract_claims("Ukraine still holds just over half of the Donetsk region, and Bakhmut sits on the road.")
    assert len(claims) == 1
    assert claims[0].attribution.speaker_kind == "none" and claims[0].attribution.speaker is None


def test_quote_run_claims_share_the_speaker() -> None:
    doc = (
        '"They tried to cut the road twice this week," a Ukrainian soldier told the Ledger. '
        '"If they take the highway, the whole garrison of 3,000 men will be surrounded."'
    )
    claims = extract_claims(doc)
    assert len(claims) == 2
    assert {c.attribution.speaker for c in claims} == {"a Ukrainian soldier"}


def test_empty_text_has_no_claims() -> None:
    assert extract_claims("") == []
    assert extract_claims("\n\n   \n") == []


def test_a_sentence_repeated_across_documents_gives_equal_but_unshared_claims():
    """Syndicated copy is served from the sentence memo (issue 12): same answer, never the same objects."""
    from workbench.extract import extract_document

    sentence = "Officials said on Monday that 1,200 people were evacuated and 31 were hurt in the storm."
    first = extract_document(f"The council met.\n\n{sentence}", "2024-03-04").claims[-1]
    again = extract_document(f"A different lead paragraph.\n\n{sentence}", "2024-03-04").claims[-1]
    assert first.text == again.text and first.quantities == again.quantities
    assert first.checkworthiness == again.checkworthiness and first.frame == again.frame
    assert all(a is not b for a, b in zip(first.quantities, again.quantities, strict=True))
    again.quantities[0].value = -1.0
    assert first.quantities[0].value != -1.0
