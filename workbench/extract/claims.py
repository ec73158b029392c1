"""extract_claims: sentences -> attribution -> check-worthiness filter -> quantities.

A sentence becomes a claim when it is not a heading line, not boilerplate, and its
check-worthiness (with the "attributed" feature set when the attribution step found a
speaker, directly or through a quote run) reaches ``checkworthy.THRESHOLD``. A wire
dateline ("LIMA, Feb 24 (Meridian Wire) - ") stays in the sentence but not in the claim.
"""

from __future__ import annotations

from workbench.extract.attribution import attribute
from workbench.extract.checkworthy import THRESHOLD, is_boilerplate, score
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities
from workbench.extract.sentences import dateline_end, split_sentences
from workbench.models import ExtractedClaim, ExtractedDocument


def extract_claims(text: str, published: str | None = None) -> list[ExtractedClaim]:
    """Checkable, attributed sentences of ``text`` with their frames; offsets index ``text`` itself.

    ``published`` (ISO date) resolves relative times in the frames ("on Wednesday").
    """
    return extract_document(text, published).claims


def extract_document(text: str, published: str | None = None) -> ExtractedDocument:
    """The claims of ``text`` plus the facts stored with the document (sentence spans, dateline end)."""
    sentences = split_sentences(text)
    spans = [(s.start, s.end) for s in sentences]
    first = next((s for s in sentences if not s.heading), None)
    dateline = first.start + dateline_end(first.text) if first is not None and dateline_end(first.text) else 0
    attributions = attribute(sentences)
    claims: list[ExtractedClaim] = []
    for sent, attribution in zip(sentences, attributions, strict=True):
        if sent.heading or is_boilerplate(sent.text):
            continue
        worth = score(sent.text, attributed=attribution.speaker_kind != "none")
        if worth < THRESHOLD:
            continue
        start = sent.start + dateline_end(sent.text)
        claim_text = text[start : sent.end]
        quantities = extract_quantities(claim_text)
        claims.append(
            ExtractedClaim(
                sentence_index=sent.index,
                char_start=start,
                char_end=sent.end,
                text=claim_text,
                attribution=attribution,
                checkworthiness=round(worth, 4),
                quantities=quantities,
                frame=claim_frame(claim_text, quantities, attribution, published),
            )
        )
    return ExtractedDocument(claims, spans, dateline)
