"""One document in, its rows out: the pure step both ingest engines run.

``process_article`` (extract claims, compute ids and rows) is what the local ingest runs for
every article; ``process_document`` wraps it for a distributed worker, which gets one JSONL
record (the raw line plus where it came from) instead of an ``Article``, and turns it into
the article with the very readers the local ingest uses. Neither touches a database, so the
rows a worker returns merge into ``claims.db`` by id exactly as a local ingest writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.extract import extract_document
from workbench.ingest.encoding import InputRefused
from workbench.ingest.jsonl import parse_line
from workbench.ingest.meta import canonical_meta
from workbench.ingest.readers import make_article, parse_text
from workbench.models import Article, ExtractedClaim
from workbench.store.documents import DocumentRows, document_rows


def process_article(article: Article, rescore: Callable[[list[ExtractedClaim]], None] | None = None) -> DocumentRows:
    """Extract ``article``'s claims and compute the rows it is stored as.

    ``rescore`` (a trained check-worthiness model, ``workbench checkworthy train``) resets the claims'
    check-worthiness in place before they are stored.
    """
    extracted = extract_document(article.text, article.published)
    if rescore is not None:
        rescore(extracted.claims)
    return document_rows(article, extracted.claims, sentence_spans=extracted.sentence_spans,
                         dateline_end=extracted.dateline_end)


def article_from_record(record: dict[str, Any]) -> Article:
    """The ``Article`` of one JSONL record: ``{"raw": line, "path": file, "line": n, "outlet": fallback}``.

    Raises ValueError (or InputRefused) with a one-line reason, as the local reader reports it.
    """
    obj = parse_line(record["raw"].encode("utf-8") if isinstance(record["raw"], str) else record["raw"])
    body, meta = parse_text(obj["text"], "jsonl", None, known=canonical_meta(obj))
    article = make_article(body, meta, fmt="jsonl", source_path=f"{record['path']}:{record['line']}",
                           fallback_outlet=record["outlet"], overrides=None)
    if article is None:
        raise ValueError("no article text")
    return article


def process_document(record: dict[str, Any],
                     rescore: Callable[[list[ExtractedClaim]], None] | None = None) -> dict[str, Any]:
    """One JSONL record -> ``{"rows": DocumentRows | None, "problem": str | None, "where": "file:line"}``.

    Never raises: a bad record becomes its one-line problem, and the other records go on.
    ``rescore``: as for ``process_article``.
    """
    where = f"{record['display']}:{record['line']}"
    try:
        return {"rows": process_article(article_from_record(record), rescore), "problem": None, "where": where}
    except (InputRefused, ValueError) as exc:
        return {"rows": None, "problem": str(exc), "where": where}
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return {"rows": None, "problem": f"claim extraction failed ({type(exc).__name__}: {exc})", "where": where}
