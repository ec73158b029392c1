"""Claim extraction: sentences, check-worthiness, attribution, quantities (see docs/extraction.md)."""

from workbench.extract.claims import extract_claims, extract_document
from workbench.extract.sentences import Sentence, split_sentences

__all__ = ["Sentence", "extract_claims", "extract_document", "split_sentences"]
