"""Text normalization and the stable ids derived from it.

Ids must not change when the same article is ingested again, or when an edited version
keeps a sentence: verdicts hang off claim ids.
"""

from __future__ import annotations

import hashlib
import unicodedata


def normalize_text(text: str) -> str:
    """NFC, unix newlines, no trailing spaces, no leading/trailing blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# Each control character becomes one visible stand-in, so offsets into the text (quantity
# spans) still hold: C0 -> its Control Pictures symbol, DEL -> ␡, C1 -> U+FFFD.
_PRINTABLE = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\n\t"}
_PRINTABLE[0x7F] = 0x2421
_PRINTABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def printable(text: str | None) -> str:
    """``text`` safe to show on a terminal: no escape sequence or control character survives.

    Article text and metadata are untrusted; an ESC or OSC sequence in an outlet name could
    clear the screen or hide a link. Newlines and tabs are kept; the length is unchanged.
    """
    return text.translate(_PRINTABLE) if text else (text or "")


def squash(text: str) -> str:
    """Whitespace-folded, case-folded form used for hashing sentences."""
    return " ".join(text.split()).casefold()


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_hash(claim_text: str) -> str:
    """Key of the embedding cache: identical wire copy in two outlets is embedded once."""
    return sha256_hex(" ".join(claim_text.split()))


def document_key(
    url: str | None,
    source_path: str | None,
    text: str,
    *,
    record: bool = False,
    outlet: str | None = None,
    title: str | None = None,
) -> str:
    """What makes two ingests 'the same document': url, else path, else the text itself.

    A ``record`` (one line of a feed) without a url is identified by its content, outlet,
    title and text: its line number changes whenever the feed gains or loses a line, and an
    id built from it would detach every verdict below the change.
    """
    if url:
        return "url:" + url.strip()
    if record:
        return "rec:" + sha256_hex("\n".join([squash(outlet or ""), squash(title or ""), normalize_text(text)]))
    if source_path and source_path != "<stdin>":
        return "path:" + source_path
    return "sha:" + sha256_hex(normalize_text(text))


def document_id(doc_key: str) -> str:
    return "d" + sha256_hex(doc_key)[:12]


def claim_id(doc_id: str, sentence_text: str, occurrence: int = 0) -> str:
    """Stable id from the document and the sentence; ``occurrence`` separates repeats."""
    basis = f"{doc_id}\n{squash(sentence_text)}" + (f"\n{occurrence}" if occurrence else "")
    return "c" + sha256_hex(basis)[:12]
