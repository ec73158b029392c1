"""``workbench ingest --workers N``: extraction in N worker processes, writes in input order.

Why this shape: extraction is nine tenths of ingest's CPU and pure (``process_article``: an
article in, its rows out, no database), so it is what moves to the workers. Everything whose
order or outcome the database depends on stays in this process, in input order: reading (so a
hostile input is the same one line naming its file and line), the "unchanged text" check, and
every write, through the same ``DocumentSaver`` batches as one process. The rows of each
document are written in the order the inputs hold them, so the database and the summary are
those of ``--workers 1`` (tested with the full dump), whatever order the workers finish in.

Articles go to the workers ``CHUNK`` at a time (one pickling round trip per chunk, not per
article), and at most ``AHEAD`` chunks per worker are in flight, so memory stays bounded on
an archive of any size. Workers ignore Ctrl-C: the command's own process stops them and
writes nothing of the batch it was filling, so no document is ever half written.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from workbench.errors import WorkbenchError
from workbench.ingest.process import process_article
from workbench.ingest.sources import InputSource
from workbench.machine import cpu_count
from workbench.models import Article, ExtractedClaim
from workbench.store.documents import DocumentRows

CHUNK = 8  # articles per task: 2,201 articles of the 10k corpus in 276 round trips
AHEAD = 4  # chunks in flight per worker: enough to keep them busy while this process writes

Rescore = Callable[[list[ExtractedClaim]], None] | None
# Below this much input, starting workers (forking, one pickling round trip per chunk) costs about what the
# second core saves: 1 MB is ~1,000 wire articles or ~200 long ones, a few CPU-seconds of extraction.
MIN_PARALLEL_BYTES = 1_000_000


def choose_workers(sources: list[InputSource], workers: int | None, min_bytes: int | None = None) -> int:
    """``workers`` when given; else ("auto") every core this process may use for an input of at least
    ``min_bytes`` on disk, one process for less or for stdin (its size is unknown). Same rule as analyze's
    relation workers: the database is the same for any number, so only the time depends on the choice."""
    if workers is not None:
        return max(1, workers)
    min_bytes = MIN_PARALLEL_BYTES if min_bytes is None else min_bytes
    size = 0
    for src in sources:
        if src.path is None:  # stdin: its size is unknown until it is read
            continue
        try:
            size += src.path.stat().st_size
        except OSError:  # vanished since it was listed: reading it reports that, in order
            continue
        if size >= min_bytes:
            return cpu_count()
    return 1



class WorkersFailed(WorkbenchError):
    """A worker process died (killed, out of memory): the batches already written stay, whole."""


def extract_chunk(articles: list[Article], rescore: Rescore) -> list[DocumentRows | str]:
    """In a worker: each article's rows, or the one-line reason its extraction failed."""
    out: list[DocumentRows | str] = []
    for article in articles:
        try:
            out.append(process_article(article, rescore))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            out.append(f"claim extraction failed ({type(exc).__name__}: {exc})")
    return out


def _ignore_interrupt() -> None:
    """Worker initializer: Ctrl-C is the command's to handle (it stops the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class ToExtract:
    """What the reading side hands over for a worker: an article, and how to name it in a message."""

    article: Article
    label: str


@dataclass
class _Chunk:
    articles: list[Article] = field(default_factory=list)
    future: Future | None = None


@dataclass
class _Waiting:
    label: str
    chunk: _Chunk
    index: int


def _context() -> multiprocessing.context.BaseContext:
    """fork where the platform has it: the workers start with every extraction pattern compiled."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def extract_in_order(items: Iterable[object], consume: Callable[[object, DocumentRows | str | None], None],
                     workers: int, rescore: Rescore) -> None:
    """Extract each ``ToExtract`` of ``items`` in ``workers`` processes; call ``consume`` on every item in order.

    ``consume(label, rows or the failure's one-line reason)`` for an article, ``consume(item,
    None)`` for anything else (a reading problem, an unchanged document, the end of an input),
    each once every item before it has been consumed.
    """
    queue: deque[object] = deque()
    submitted: deque[_Chunk] = deque()  # chunks sent and not yet consumed, oldest first
    filling = _Chunk()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_ignore_interrupt)

    def drain(limit: int) -> None:
        """Consume what is done; wait for the oldest chunk while more than ``limit`` are in flight."""
        while queue:
            head = queue[0]
            if not isinstance(head, _Waiting):
                consume(queue.popleft(), None)
                continue
            future = head.chunk.future
            if future is None or (not future.done() and len(submitted) <= limit):
                return
            try:
                result = future.result()[head.index]
            except BrokenProcessPool as exc:
                raise WorkersFailed(f"an extraction worker process stopped ({exc}); "
                                    "the documents written before it are kept") from None
            queue.popleft()
            if head.index == len(head.chunk.articles) - 1:
                submitted.popleft()
            consume(head.label, result)

    def submit(chunk: _Chunk) -> None:
        """Send a chunk; a pool a dead worker already broke refuses it (which of submit or result sees the
        death first is a race), so the finished chunks before it are consumed and the same one line raised."""
        try:
            chunk.future = pool.submit(extract_chunk, chunk.articles, rescore)
        except BrokenProcessPool as exc:
            drain(0)  # consumes the chunks finished before the dead one, raises WorkersFailed at it
            raise WorkersFailed(f"an extraction worker process stopped ({exc}); "
                                "the documents written before it are kept") from None
        submitted.append(chunk)

    try:
        for item in items:
            if not isinstance(item, ToExtract):
                queue.append(item)
            else:
                queue.append(_Waiting(item.label, filling, len(filling.articles)))
                filling.articles.append(item.article)
                if len(filling.articles) >= CHUNK:
                    submit(filling)
                    filling = _Chunk()
            drain(workers * AHEAD)
        if filling.articles:
            submit(filling)
        drain(0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
