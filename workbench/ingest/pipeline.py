"""Ingest pipeline: read inputs -> extract claims -> save, one document at a time.

Each document is its own transaction (``save_document``), so a crash or a bad document
leaves every other document whole and nothing half-written. Problems never stop the
batch: they are collected in the summary, one line each, for the CLI to print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

from sqlite_utils import Database

from workbench.extract import extract_document
from workbench.ingest.encoding import input_limit
from workbench.ingest.readers import Overrides, read_source
from workbench.ingest.sources import InputSource, expand_paths
from workbench.models import Article, IngestProblem, ProgressFn
from workbench.store import save_document
from workbench.store.db import StoreFull, StoreReadOnly
from workbench.store.documents import CORRECTABLE, correct_metadata
from workbench.textnorm import document_id, document_key, normalize_text, sha256_hex

# A bar for one or two files only flickers: the CLI shows the "ingest" stage from this many inputs on.
PROGRESS_MIN_INPUTS = 4


@dataclass
class IngestSummary:
    """What one ingest run did. ``failed`` counts inputs (files or JSONL lines) that gave a problem."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0  # claims extracted from added and updated documents
    problems: list[IngestProblem] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.updated + self.unchanged

    def fail(self, source: str, message: str) -> None:
        self.failed += 1
        self.problems.append(IngestProblem(source, message))


def _stored_digest(db: Database, article: Article) -> tuple[str, str | None]:
    """(document id, sha256 of the stored text or None): the same identity ``save_document`` uses."""
    doc_id = document_id(document_key(article.url, article.source_path, article.text, record=article.fmt == "jsonl", outlet=article.outlet, title=article.title))
    row = db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
    return doc_id, (row[0] if row else None)


def _label(src: InputSource, article: Article) -> str:
    """How to name ``article`` in a message: the path as the user gave it, plus ``:line`` for JSONL."""
    path = str(src.path) if src.path is not None else None
    source = article.source_path or ""
    if path and source.startswith(path):
        return src.display + source[len(path) :]
    return src.display


def ingest_article(
    db: Database, article: Article, summary: IngestSummary, label: str, corrected: tuple[str, ...] = ()
) -> None:
    """Extract and save one article, recording the outcome (or the problem) in ``summary``.

    ``corrected`` names the metadata fields the user set on the command line: on unchanged
    text they are applied to the stored document (counted as updated), not ignored.
    """
    doc_id, stored = _stored_digest(db, article)
    if stored == sha256_hex(normalize_text(article.text)):
        summary.document_ids.append(doc_id)
        if corrected and correct_metadata(db, doc_id, {k: getattr(article, k) for k in corrected}):
            summary.updated += 1
        else:
            summary.unchanged += 1
        return
    try:
        extracted = extract_document(article.text, article.published)
        claims = extracted.claims
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        summary.fail(label, f"claim extraction failed ({type(exc).__name__}: {exc})")
        return
    try:
        doc_id, result = save_document(
            db, article, claims, sentence_spans=extracted.sentence_spans, dateline_end=extracted.dateline_end
        )
    except (StoreFull, StoreReadOnly):  # every later document would fail the same way: stop here
        raise
    except Exception as exc:  # noqa: BLE001 - the transaction rolled back; report and go on
        summary.fail(label, f"not saved, nothing written ({type(exc).__name__}: {exc})")
        return
    summary.document_ids.append(doc_id)
    if result == "unchanged":
        summary.unchanged += 1
        return
    summary.claims += len(claims)
    if result == "added":
        summary.added += 1
    else:
        summary.updated += 1


def ingest_paths(
    db: Database,
    paths: list[str],
    overrides: Overrides | None = None,
    progress: ProgressFn | bool | None = None,
    stdin: IO[Any] | None = None,
    max_input_bytes: int | None = None,
) -> IngestSummary:
    """Ingest files, folders (recursive) and ``-`` (``stdin``, default ``sys.stdin``) into ``db``.

    Re-ingesting unchanged documents writes nothing; an edited file replaces its text and
    claims, and claims whose sentence survived keep their ids and verdicts.
    ``progress("ingest", inputs done, inputs)`` is called after each input (a bool, the old
    way to ask for a bar, means no callback: the CLI draws bars from the callback).
    ``max_input_bytes`` caps each input (None: 20 MB; the CLI passes ``Settings.max_input_bytes``).
    """
    report = progress if callable(progress) else None
    summary = IngestSummary()
    corrected = tuple(k for k, v in (overrides or {}).items() if k in CORRECTABLE and v is not None and str(v).strip())
    items = expand_paths(paths)
    sources = [item for item in items if isinstance(item, InputSource)]
    for item in items:
        if isinstance(item, IngestProblem):
            summary.fail(item.source, item.message)
    with input_limit(max_input_bytes):
        for done, src in enumerate(sources, 1):
            for item in read_source(src, overrides, stdin):
                if isinstance(item, IngestProblem):
                    summary.fail(item.source, item.message)
                else:
                    ingest_article(db, item, summary, _label(src, item), corrected)
            if report is not None:
                report("ingest", done, len(sources))
    return summary
