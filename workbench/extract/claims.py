"""extract_claims: sentences -> attribution -> check-worthiness filter -> quantities.

A sentence becomes a claim when it is not a heading line, not boilerplate, and its
check-worthiness (with the "attributed" feature set when the attribution step found a
speaker, directly or through a quote run) reaches ``checkworthy.THRESHOLD``, or, below it, when
it is a speaker's direct quote or the outlet's own deed stated with a figure, a harm, a time or a
place (:mod:`kept`; its low score is kept, so it ranks low). A dependent sentence ("He denied it.",
see :mod:`context`) takes the score of the claim it answers and keeps that claim's text as ``context``. A wire
dateline ("LIMA, Feb 24 (Meridian Wire) - ") stays in the sentence but not in the claim.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.attribution import attribute, is_reported
from workbench.extract.checkworthy import THRESHOLD, is_boilerplate, score
from workbench.extract.context import answered, is_dependent
from workbench.extract.frames import claim_frame
from workbench.extract.gates import words_of
from workbench.extract.kept import quoted_claim, reported_fact
from workbench.extract.memo import clear as clear_step_memos
from workbench.extract.quantities import extract_quantities
from workbench.extract.rejected_figures import split_rejected
from workbench.extract.sentences import Sentence, dateline_end, split_sentences
from workbench.models import Attribution, ExtractedClaim, ExtractedDocument, Quantity

# Syndicated wire copy repeats sentences word for word across outlets (29% of the sentences of
# the seeded 10k benchmark corpus; 0.5% of BASIL's, whose outlets write their own stories). These
# facts are pure functions of the sentence text, so a bounded memo serves a repeat without
# recomputing it: same answers, less work (issue 12). Frames also read the attribution and the
# published date, and are always computed. 8,192 sentences hold a few MB.
MEMO_SENTENCES = 8192
_is_boilerplate = lru_cache(maxsize=MEMO_SENTENCES)(is_boilerplate)
_score = lru_cache(maxsize=MEMO_SENTENCES)(score)
_is_dependent = lru_cache(maxsize=MEMO_SENTENCES)(is_dependent)


@lru_cache(maxsize=MEMO_SENTENCES)
def _quantities(claim_text: str, words: frozenset[str] | None) -> tuple[Quantity, ...]:
    return tuple(extract_quantities(claim_text, words))


def clear_memo() -> None:
    """Forget the memoised sentences (benchmarks that must time every sentence afresh)."""
    for memo in (_is_boilerplate, _score, _is_dependent, _quantities):
        memo.cache_clear()
    clear_step_memos()


def _quantities_of(claim_text: str, words: frozenset[str] | None) -> list[Quantity]:
    """``extract_quantities(claim_text)``, each Quantity a fresh copy (its fields are scalars): never shared."""
    return [_copy(q) for q in _quantities(claim_text, words)]


def _copy(q: Quantity) -> Quantity:
    """``copy.copy(q)`` without its pickle-protocol detour (a plain dataclass of scalars; issue 12)."""
    fresh = object.__new__(Quantity)
    fresh.__dict__.update(q.__dict__)
    return fresh


def _kept_below(sent: Sentence, attribution: Attribution) -> bool:
    """A sentence under the threshold kept all the same: a speaker's direct quote, or the outlet's own deed with a
    figure, a harm, a time or a place (:mod:`kept`). Its score stays as it is, so it ranks low."""
    body = sent.text[dateline_end(sent.text):]
    return quoted_claim(body, attribution) or reported_fact(body, attribution, lambda: _quantities(body, words_of(body)))


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
    skipped = [s.heading or _is_boilerplate(s.text) for s in sentences]
    worths = [
        0.0 if skip else _score(s.text, is_reported(a))
        for s, a, skip in zip(sentences, attributions, skipped, strict=True)
    ]
    dependent = [not skip and _is_dependent(s.text) for s, skip in zip(sentences, skipped, strict=True)]
    claim_like = [
        w >= THRESHOLD or (not skip and not dep and _kept_below(s, a))
        for s, a, w, skip, dep in zip(sentences, attributions, worths, skipped, dependent, strict=True)
    ]
    headings = [s.heading for s in sentences]
    claims: list[ExtractedClaim] = []
    for k, (sent, attribution) in enumerate(zip(sentences, attributions, strict=True)):
        if skipped[k]:
            continue
        worth = worths[k]
        target = answered(k, dependent, claim_like, headings) if dependent[k] else None
        if target is not None:  # "He denied it.": as worth checking as the claim it answers, kept when it is
            worth = max(worth, worths[target])
        if not (claim_like[k] or target is not None):
            continue
        start = sent.start + dateline_end(sent.text)
        claim_text = text[start : sent.end]
        words = words_of(claim_text)  # once for the gated patterns of quantities and frame
        quantities, rejected = split_rejected(claim_text, list(_quantities_of(claim_text, words)), words)  # figures it rejects
        frame = claim_frame(claim_text, quantities, attribution, published, words)
        frame.rebuts = rejected or frame.rebuts
        claims.append(
            ExtractedClaim(
                sentence_index=sent.index,
                char_start=start,
                char_end=sent.end,
                text=claim_text,
                attribution=attribution,
                checkworthiness=round(worth, 4),
                quantities=quantities,
                frame=frame,
                context=sentences[target].text if target is not None else None,
                context_sentence=sentences[target].index if target is not None else None,
            )
        )
    return ExtractedDocument(claims, spans, dateline)
