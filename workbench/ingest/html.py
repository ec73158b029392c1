"""HTML articles: main text and metadata via trafilatura, with a plain lxml fallback.

trafilatura already knows how to drop navigation, ads, asides, footers and comment
sections and how to read og:/schema.org metadata, so we do not second-guess it. It gives
up (returns None) on very short or badly broken pages; then we fall back to the visible
text of the page minus the obvious furniture, so a truncated file still yields what it has.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

# trafilatura and htmldate log a WARNING for every page they discard; the user gets our
# one-line IngestProblem instead. (Levels are set by name: the libraries need not be loaded.)
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def _lxml() -> tuple[Any, Any]:
    """``lxml.html`` and ``lxml.etree``, imported at the first HTML page.

    Why not at module level: trafilatura and lxml take 0.15 CPU-s to import, paid by every
    ``workbench ingest`` even of JSONL or text feeds that hold no HTML (issue 12).
    """
    import lxml.html
    from lxml import etree

    return lxml.html, etree

FURNITURE_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "footer", "header", "form", "iframe")
# Pruned before trafilatura runs: on short pages its recall retry otherwise keeps menus.
PRUNE_XPATH = ["//nav", "//aside", "//footer", "//form"]
BLOCK_TAGS = frozenset(
    "p div section article main li ul ol blockquote pre table tr td th h1 h2 h3 h4 h5 h6 br hr figcaption dd dt".split()
)


@dataclass
class HtmlDoc:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    used_fallback: bool = False


def _paragraphs(text: str) -> str:
    """One paragraph per line from the extractor -> blank-line separated, whitespace folded."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _fallback_text(html: str) -> str:
    """Visible text of ``html`` without scripts, navigation, asides, headers and footers."""
    lxml_html, etree = _lxml()
    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    for el in list(root.iter(*FURNITURE_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.text = ""
    head = root.find("head")
    if head is not None:
        head.drop_tree()
    return _paragraphs(root.text_content())


def _title_from_html(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    if match is None:
        return None
    return " ".join(match.group(1).split()) or None


# htmldate's default upper bound is the machine's clock: a page whose stated date lies after it (a clock set behind,
# an archive of pages dated ahead) lost its date to some earlier one (its URL's month), and every "on Sunday" in it
# resolved to the wrong day. The page's own date is evidence; the machine's clock is none.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2999-12-31"}


def parse_html(html: str, url: str | None = None) -> HtmlDoc:
    """Main text and metadata (title, outlet from sitename, author, date, url)."""
    import trafilatura  # here, not at module level: see _lxml

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, prune_xpath=PRUNE_XPATH,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # noqa: BLE001 - a parser bug on one page must not stop the batch
        doc = None
    if doc is not None and (doc.text or "").strip():
        meta = {
            "title": doc.title,
            "outlet": doc.sitename,
            "author": doc.author,
            "published": doc.date,
            "url": doc.url,
        }
        text = _paragraphs(doc.text or "")
        used_fallback = False
    else:
        meta = {"title": _title_from_html(html)}
        text = _fallback_text(html)
        used_fallback = True
    title = meta.get("title")
    if title and text.split("\n", 1)[0].casefold() == " ".join(title.split()).casefold():
        text = text.split("\n", 1)[1].lstrip("\n") if "\n" in text else ""
    return HtmlDoc(text=text, meta={k: v for k, v in meta.items() if v}, used_fallback=used_fallback)
