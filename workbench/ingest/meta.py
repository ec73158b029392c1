"""Metadata clean-up shared by every reader: dates, outlet fallback, user overrides.

Reviewers compare outlets side by side, so every document needs an outlet a person can
tell apart from the others, even when the file carried none; and dates from front matter,
JSON, HTML and datelines arrive in a dozen shapes but must sort and compare as ISO text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

from workbench.models import Article

OVERRIDE_KEYS = ("outlet", "url", "published", "title")
# Metadata keys (front matter, JSON lines) we understand, with the aliases people actually write.
KEY_ALIASES = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "author": "author",
    "authors": "author",
    "byline": "author",
}
# Words that end the name of a news outlet ("Harbor Post", "Steppe Times", "Meridian Wire").
OUTLET_WORDS = re.compile(
    r"\b(news|post|times|herald|daily|journal|tribune|gazette|examiner|telegraph|chronicle|observer|monitor|"
    r"press|wire|today|insider|express|guardian|mail|dispatch|bulletin|courier|ledger|sentinel|review|report)\b",
    re.I,
)
SMALL_WORDS = frozenset({"of", "the", "and", "on", "in", "for", "at"})
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Two far-apart defaults: a field that differs between the two parses was not in the text.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 12, 28)


def to_iso_date(value: Any) -> str | None:
    """ISO date of "7 February 2023", "2023-02-07T10:00Z" or a YAML date: "2023-02-07".

    A value naming only a month gives "2023-02", only a year "2023". Anything without a
    four-digit year, or unparseable, gives None: a guessed date is worse than none.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text or not YEAR_RE.search(text):
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        a = date_parser.parse(text, default=_DEFAULT_A)
        b = date_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return a.date().isoformat()


# Parts of a file name that identify, not name: counters, hashes, uuids, dates ("000", "badd188a384b6117").
_ID_LIKE = re.compile(r"\d+|[0-9a-f]*\d[0-9a-f]*|[0-9a-f]{8,}", re.I)


def outlet_from_filename(path: str | Path) -> str:
    """Readable outlet for a file that names none: its stem, cut after the outlet name when
    there is one. ``harbor_post_analysis.txt`` -> "Harbor Post", ``field_notes.txt`` -> "Field Notes".

    The cut keeps the first run of outlet words ("post", "times", "daily mail") and what comes
    before it; the rest of a stem is usually the story slug.
    """
    words = [w for w in re.split(r"[\s_\-.]+", Path(path).stem) if w and not _ID_LIKE.fullmatch(w)]
    if not words:  # "000_badd188a384b6117.txt": only ids -- name the folder, never show the hash
        folder = [w for w in re.split(r"[\s_\-.]+", Path(path).parent.name) if w and not _ID_LIKE.fullmatch(w)]
        return "Unknown outlet" + (f" ({' '.join(folder).title()})" if folder else "")
    hits = [i for i, w in enumerate(words) if OUTLET_WORDS.fullmatch(w)]
    if hits:
        end = hits[0]
        while end + 1 < len(words) and OUTLET_WORDS.fullmatch(words[end + 1]):
            end += 1
        words = words[: end + 1]
    shown = [w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(shown) or Path(path).name


def clean_str(value: Any) -> str | None:
    """A metadata value as a one-line string, or None when blank."""
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    text = " ".join(str(value).split())
    return text or None


def canonical_meta(data: dict[str, Any]) -> dict[str, Any]:
    """Keep the known metadata keys of ``data`` under their canonical names (first alias wins)."""
    meta: dict[str, Any] = {}
    for key, value in data.items():
        canonical = KEY_ALIASES.get(str(key).strip().lower())
        if canonical and canonical not in meta and value not in (None, ""):
            meta[canonical] = value
    return meta


def apply_overrides(article: Article, overrides: dict[str, str | None] | None) -> Article:
    """Overwrite outlet/url/published/title with the values the user gave (None keeps the file's)."""
    for key in OVERRIDE_KEYS:
        value = (overrides or {}).get(key)
        if value is None or not str(value).strip():
            continue
        if key == "published":
            setattr(article, key, to_iso_date(value) or str(value).strip())
        else:
            setattr(article, key, str(value).strip())
    return article
