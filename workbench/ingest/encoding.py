"""Bytes to text: size cap, binary sniffing, encoding detection.

Newsroom folders hold whatever people saved: UTF-8, old Windows-1252 exports, the odd
PDF or image with a .txt name. Decoding must never crash and never silently turn a
binary file into garbage "text" that then pollutes the claim list, so every input goes
through :func:`decode_bytes`, which either returns text or a one-line reason.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.utils import is_multi_byte_encoding

from workbench.errors import WorkbenchError

# Inputs above this size are refused: one article is never tens of megabytes, and a file
# that big is almost always a dump or a binary. Raise it with $WORKBENCH_MAX_INPUT_MB.
DEFAULT_MAX_INPUT_MB = 20
SNIFF_BYTES = 8192
# Share of control characters (other than tab/newline/CR/form feed) above which decoded
# "text" is really a binary file that happened to decode.
MAX_CONTROL_SHARE = 0.05
# charset-normalizer cannot tell single-byte code pages apart on short Western text and
# happily picks cp775 or cp1250 ("café" -> "cafķ"). cp1252 (a superset of latin-1's
# printable range) is by far the most common legacy encoding of English-language news,
# so mostly-ASCII text that decodes as cp1252 is read as cp1252 unless the detector
# found a multi-byte encoding. Text in another script (Cyrillic, Greek) is mostly
# non-ASCII and so is still left to the detector.
PREFERRED_LEGACY = "cp1252"
MAX_NON_ASCII_SHARE = 0.1

# A valid UTF-8 multi-byte sequence. Legacy single-byte text almost never forms one by
# chance in mostly-ASCII prose, so finding one beside bytes that are not UTF-8 means a file
# pasted together from UTF-8 and cp1252/latin-1 parts.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MIXED_ENCODING = "utf-8+cp1252"


def _legacy_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as cp1252 (latin-1 for its holes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode(PREFERRED_LEGACY, errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("workbench-legacy-fallback", _legacy_fallback)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputRefused(WorkbenchError):
    """Raised with a one-line, user-facing reason (empty, binary, too large)."""


@dataclass
class Decoded:
    text: str
    encoding: str


# The cap of the ingest run in progress: set by ``ingest_paths`` (from ``Settings.max_input_bytes``,
# which reads $WORKBENCH_MAX_INPUT_MB) for the readers below it, without threading it through each.
_LIMIT: ContextVar[int | None] = ContextVar("max_input_bytes", default=None)


@contextmanager
def input_limit(max_bytes: int | None) -> Iterator[None]:
    """Inputs read inside this block are capped at ``max_bytes`` (None: the default 20 MB)."""
    token = _LIMIT.set(max_bytes)
    try:
        yield
    finally:
        _LIMIT.reset(token)


def max_input_bytes() -> int:
    """The per-file cap in bytes: the enclosing :func:`input_limit`, else 20 MB."""
    limit = _LIMIT.get()
    return int(DEFAULT_MAX_INPUT_MB * 1024 * 1024) if limit is None else max(int(limit), 1)


def too_large_message(size: int | None, limit: int) -> str:
    """One line; ``size`` None when only "more than the limit" is known (a pipe read up to the cap)."""
    what = f"is {size / 1024 / 1024:.1f} MB," if size is not None else "is"
    return (
        f"input {what} over the {limit / 1024 / 1024:g} MB limit per input (split it, or raise $WORKBENCH_MAX_INPUT_MB)"
    )


def check_size(size: int) -> None:
    limit = max_input_bytes()
    if size > limit:
        raise InputRefused(too_large_message(size, limit))


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


# Below 32, except tab, newline, form feed and carriage return.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:SNIFF_BYTES]
    controls = len(CONTROL_CHARS.findall(sample))  # one regex pass instead of a Python loop per character
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def _mostly_ascii_cp1252(data: bytes) -> str | None:
    non_ascii = sum(1 for byte in data if byte > 0x7F)
    if non_ascii / len(data) > MAX_NON_ASCII_SHARE:
        return None
    try:
        return data.decode(PREFERRED_LEGACY)
    except UnicodeDecodeError:
        return None


def _mixed(data: bytes) -> Decoded | None:
    """Mostly-ASCII bytes holding both UTF-8 sequences and other high bytes: decode each run.

    A whole-file guess must pick one code page and garbles the other half ("cafﾃｩ" read as
    cp932), so UTF-8 runs are read as UTF-8 and every other byte as cp1252.
    """
    non_ascii = sum(1 for byte in data if byte > 0x7F)
    if non_ascii / len(data) > MAX_NON_ASCII_SHARE or not _UTF8_MULTIBYTE.search(data):
        return None
    return Decoded(data.decode("utf-8", errors="workbench-legacy-fallback"), MIXED_ENCODING)


def _detect(data: bytes) -> Decoded | None:
    """Decode non-UTF-8 bytes: per run when UTF-8 and legacy bytes are mixed, else
    charset-normalizer, with cp1252 preferred for Western text."""
    mixed = _mixed(data)
    if mixed is not None:
        return mixed
    best = from_bytes(data).best()
    if best is None or not is_multi_byte_encoding(best.encoding):
        text = _mostly_ascii_cp1252(data)
        if text is not None:
            return Decoded(text, PREFERRED_LEGACY)
    if best is None:
        return None
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text or raise :class:`InputRefused` ("empty", "binary file, skipped").

    Order: byte-order mark, then strict UTF-8, then charset-normalizer. NUL bytes without a
    UTF-16/32 byte-order mark mean binary.
    """
    if not data.strip():
        raise InputRefused("empty")
    bom = _bom_encoding(data)
    if bom is None and b"\x00" in data[:SNIFF_BYTES]:
        raise InputRefused("binary file, skipped")
    decoded: Decoded | None
    try:
        decoded = Decoded(data.decode(bom or "utf-8"), bom or "utf-8")
    except UnicodeDecodeError:
        decoded = None if bom else _detect(data)
    if decoded is None or _looks_binary(decoded.text):
        raise InputRefused("binary file, skipped")
    if not decoded.text.strip():
        raise InputRefused("empty")
    return decoded
