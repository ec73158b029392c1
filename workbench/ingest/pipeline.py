"""Ingest pipeline: read inputs -> extract claims -> save, in batches of whole documents.

Documents are saved ``SAVE_BATCH`` at a time in one transaction (``save_documents``), each
whole or absent: a bad document rolls back alone, a crash loses at most the batch in flight,
and nothing is ever half-written. One commit per document used to be a fifth of ingest.
Problems never stop the batch: they are collected in the summary, one line each, for the CLI
to print. With ``workers`` > 1 the extraction runs in worker processes (``parallel``) and
everything else stays here, in input order, so the database is the same.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from workbench.ingest.encoding import input_limit
from workbench.ingest.parallel import ToExtract, choose_workers, extract_in_order
from workbench.ingest.process import process_article
from workbench.ingest.readers import Overrides, read_source
from workbench.ingest.sources import InputSource, expand_paths
from workbench.models import Article, ExtractedClaim, IngestProblem, ProgressFn
from workbench.store import Database
from workbench.store.db import StoreFull, StoreReadOnly
from workbench.store.documents import CORRECTABLE, DocumentRows, correct_metadata, save_documents, stored_digest
from workbench.textnorm import document_id, document_key, normalize_text, sha256_hex

# A bar for one or two files only flickers: the CLI shows the "ingest" stage from this many inputs on.
PROGRESS_MIN_INPUTS = 4
# Documents per transaction: 128 to 256 took 0.1 CPU-s less than 64 at 10k claims (fewer FTS segment flushes and
# commits); a killed run still loses only the batch in flight, each document whole or absent.
SAVE_BATCH = 128


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


def article_id(article: Article) -> str:
    """The document id ``save_document`` will store ``article`` under."""
    return document_id(document_key(article.url, article.source_path, article.text, record=article.fmt == "jsonl",
                                    outlet=article.outlet, title=article.title))


def _label(src: InputSource, article: Article) -> str:
    """How to name ``article`` in a message: the path as the user gave it, plus ``:line`` for JSONL."""
    path = str(src.path) if src.path is not None else None
    source = article.source_path or ""
    if path and source.startswith(path):
        return src.display + source[len(path) :]
    return src.display


class DocumentSaver:
    """Extracted documents waiting for their batch's transaction, with the labels to report them by.

    Used by the local ingest and by the distributed engine's merge, so both record outcomes alike.
    """

    def __init__(self, db: Database, summary: IngestSummary) -> None:
        self.db, self.summary = db, summary
        self.items: list[DocumentRows] = []
        self.labels: list[str] = []

    def add(self, rows: DocumentRows, label: str) -> None:
        self.items.append(rows)
        self.labels.append(label)
        if len(self.items) >= SAVE_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.items:
            return
        items, labels = self.items, self.labels
        self.items, self.labels = [], []
        try:
            results: list = save_documents(self.db, items)
        except (StoreFull, StoreReadOnly):  # every later batch would fail the same way: stop the run here
            raise
        except Exception as exc:  # noqa: BLE001 - the commit failed: the whole batch rolled back
            results = [exc] * len(items)
        for rows, label, result in zip(items, labels, results, strict=True):
            if isinstance(result, Exception):
                self.summary.fail(label, f"not saved, nothing written ({type(result).__name__}: {result})")
                continue
            doc_id, outcome = result
            self.summary.document_ids.append(doc_id)
            if outcome == "unchanged":
                self.summary.unchanged += 1
                continue
            self.summary.claims += len(rows.claims)
            if outcome == "added":
                self.summary.added += 1
            else:
                self.summary.updated += 1


def ingest_article(
    db: Database,
    article: Article,
    summary: IngestSummary,
    label: str,
    saver: DocumentSaver | None = None,
    corrected: tuple[str, ...] = (),
    rescore: Callable[[list[ExtractedClaim]], None] | None = None,
) -> None:
    """Extract one article and save it (through ``saver``'s batch when given), recording the outcome in ``summary``.

    ``corrected`` names the metadata fields the user set on the command line: on unchanged
    text they are applied to the stored document (counted as updated), not ignored.
    """
    doc_id = article_id(article)
    if stored_digest(db, doc_id) == sha256_hex(normalize_text(article.text)):
        summary.document_ids.append(doc_id)
        if corrected and correct_metadata(db, doc_id, {k: getattr(article, k) for k in corrected}):
            summary.updated += 1
        else:
            summary.unchanged += 1
        return
    try:
        rows = process_article(article, rescore)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        summary.fail(label, f"claim extraction failed ({type(exc).__name__}: {exc})")
        return
    own = saver is None
    saver = saver or DocumentSaver(db, summary)
    saver.add(rows, label)
    if own:
        saver.flush()


def ingest_paths(
    db: Database,
    paths: list[str],
    overrides: Overrides | None = None,
    progress: ProgressFn | bool | None = None,
    stdin: IO[Any] | None = None,
    max_input_bytes: int | None = None,
    rescore: Callable[[list[ExtractedClaim]], None] | None = None,
    workers: int | None = 1,
) -> IngestSummary:
    """Ingest files, folders (recursive) and ``-`` (``stdin``, default ``sys.stdin``) into ``db``.

    Re-ingesting unchanged documents writes nothing; an edited file replaces its text and
    claims, and claims whose sentence survived keep their ids and verdicts.
    ``progress("ingest", inputs done, inputs)`` is called after each input (a bool, the old
    way to ask for a bar, means no callback: the CLI draws bars from the callback).
    ``max_input_bytes`` caps each input (None: 20 MB; the CLI passes ``Settings.max_input_bytes``).
    ``rescore`` re-scores each document's claims with a trained check-worthiness model before saving.
    ``workers`` > 1 extracts in that many processes (``workbench.ingest.parallel``) and stores exactly
    what one process stores (None: ``parallel.choose_workers`` decides from the inputs' size); metadata corrections of unchanged text (``overrides`` on one article) and
    a ``rescore`` that cannot be sent to a process run in this one.
    """
    report = progress if callable(progress) else None
    summary = IngestSummary()
    corrected = tuple(k for k, v in (overrides or {}).items() if k in CORRECTABLE and v is not None and str(v).strip())
    items = expand_paths(paths)
    sources = [item for item in items if isinstance(item, InputSource)]
    for item in items:
        if isinstance(item, IngestProblem):
            summary.fail(item.source, item.message)
    saver = DocumentSaver(db, summary)
    workers = choose_workers(sources, workers)
    if workers > 1 and not corrected and _picklable(rescore):
        with input_limit(max_input_bytes):
            _ingest_parallel(db, sources, overrides, stdin, summary, saver, report, workers, rescore)
        return summary
    with input_limit(max_input_bytes):
        for done, src in enumerate(sources, 1):
            for item in read_source(src, overrides, stdin):
                if isinstance(item, IngestProblem):
                    summary.fail(item.source, item.message)
                else:
                    ingest_article(db, item, summary, _label(src, item), saver, corrected, rescore)
            if report is not None:
                report("ingest", done, len(sources))
        saver.flush()
    return summary


@dataclass
class _Unchanged:
    document_id: str


@dataclass
class _InputDone:
    done: int


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - a lambda, a closure, an open model: extract in this process
        return False
    return True


def _ingest_parallel(db: Database, sources: list[InputSource], overrides: Overrides | None, stdin: IO[Any] | None,
                     summary: IngestSummary, saver: DocumentSaver, report: ProgressFn | None, workers: int,
                     rescore: Callable[[list[ExtractedClaim]], None] | None) -> None:
    """``ingest_paths`` with extraction in ``workers`` processes; reading, checks and writes here, in input order."""

    def items() -> Iterator[object]:
        for done, src in enumerate(sources, 1):
            for item in read_source(src, overrides, stdin):
                if isinstance(item, IngestProblem):
                    yield item
                    continue
                doc_id = article_id(item)
                if stored_digest(db, doc_id) == sha256_hex(normalize_text(item.text)):
                    yield _Unchanged(doc_id)
                else:
                    yield ToExtract(item, _label(src, item))
            yield _InputDone(done)

    def consume(item: object, result: DocumentRows | str | None) -> None:
        if isinstance(item, IngestProblem):
            summary.fail(item.source, item.message)
        elif isinstance(item, _Unchanged):
            summary.document_ids.append(item.document_id)
            summary.unchanged += 1
        elif isinstance(item, _InputDone):
            if report is not None:
                report("ingest", item.done, len(sources))
        elif isinstance(result, str):
            summary.fail(str(item), result)
        elif result is not None:
            saver.add(result, str(item))

    extract_in_order(items(), consume, workers, rescore)
    saver.flush()
