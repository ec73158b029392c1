"""Relate the events' claims on every core: one event is one task, results taken in event order.

Why processes: relating is pure Python per pair (the frame and wording rules of ``analyze.relate``),
so one process uses one core, and at 1M claims relations were 1,410 s of a 33-minute analysis
(issue 12). An event depends on nothing but its own claims, their vectors, the corpus-wide
common names and the threshold, so events are independent tasks. The results are consumed in
submission order and staged exactly as the one-process loop stages them: the stored analysis
is the same whatever the number of workers (``benchmarks.diff_analysis`` checks it).

Memory stays bounded: at most ``2 x workers`` events are in flight (read, sent, not yet
staged), so the reader never runs ahead of the workers with the whole corpus. Workers are
forked on Linux (they only compute: the database connection and the model stay the parent's)
and spawned elsewhere, and started only for a corpus large enough to repay their start-up
(:data:`MIN_PARALLEL_CLAIMS`).
"""

from __future__ import annotations

import gc
import sys
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np

from workbench.analyze.facts import claim_features, relate_event
from workbench.analyze.label import cluster_label, common_words
from workbench.analyze.threads import cpu_count
from workbench.store.analysis import ClaimRow, ClusterRow

# below this many claims starting workers (and copying each event to one) costs more
# than it saves: relating 2,000 claims takes a few seconds on one core
MIN_PARALLEL_CLAIMS = 2000
IN_FLIGHT_PER_WORKER = 2  # events sent ahead per worker: enough to keep it busy, few enough to bound memory

Staged = list[tuple[str, str, str, str, str]]  # (claim_a, claim_b, relation, reason, method), claim_a < claim_b


class EventResult(NamedTuple):
    """What relating one event gives: its clusters, its relations to stage, and why it failed (None when it did not)."""

    clusters: list[ClusterRow]
    staged: Staged
    failure: str | None = None


def _failure(exc: BaseException) -> str:
    """One line a person can act on: the error and the innermost place in the project that raised it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "workbench" in f.filename] \
        or traceback.extract_tb(exc.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {str(exc)[:200]}{where}"


def relate_one(event_id: str, rows: list[ClaimRow], vectors: np.ndarray, common: set[str], thr: float,
               judge=None) -> EventResult:
    """One event's fact clusters (ids unset) and its relations as rows to stage: a pure function of its claims.

    Why a failure is kept to its event: a rule that breaks on one unforeseen sentence must not cost a
    newsroom the analysis of every other event in the database. The event's claims are then left
    unclustered and unrelated, and the failure is returned for the run's summary to name."""
    members = list(range(len(rows)))
    try:
        groups, rels = relate_event(members, rows, vectors, claim_features(rows, common), thr)
        if judge is not None and rels:
            from workbench.analyze.nli import apply_nli

            judged = apply_nli(judge, [(rows[i].text, rows[j].text) for i, j, _ in rels], [r for _, _, r in rels])
            rels = [(i, j, r) for (i, j, _), r in zip(rels, judged, strict=True)]
    except Exception as exc:  # noqa: BLE001 - kept to this event and reported by name (see the docstring)
        return EventResult([], [], _failure(exc))
    common_words_ = common_words([r.text for r in rows])
    clusters = []
    for g in groups:
        mrows = [rows[m] for m in g]
        clusters.append(ClusterRow(
            id="", label=cluster_label([r.text for r in mrows], [r.quantities for r in mrows], common_words_),
            members=[r.id for r in mrows], n_outlets=len({r.outlet or r.document_id for r in mrows}),
            max_checkworthiness=max(r.checkworthiness for r in mrows), event_id=event_id,
            earliest=min(mrows, key=lambda r: r.order).id,
        ))
    staged = []
    for i, j, rel in rels:
        a, b = sorted((rows[i].id, rows[j].id))
        staged.append((a, b, rel.relation, rel.reason, rel.method))
    return EventResult(clusters, staged)


_COMMON: set[str] = set()
_THRESHOLD = 0.0


def _init_worker(common: set[str], thr: float) -> None:
    """Each worker receives the corpus-wide values once, not with every event."""
    global _COMMON, _THRESHOLD
    _COMMON, _THRESHOLD = common, thr


def _work(event_id: str, rows: list[ClaimRow], vectors: np.ndarray) -> EventResult:
    return relate_one(event_id, rows, vectors, _COMMON, _THRESHOLD)


def _start_method() -> str:
    """Fork where it is safe and cheap (Linux: no re-import, and no ``__main__`` guard needed in a caller's
    script); spawn elsewhere (macOS frameworks and Windows do not survive a fork)."""
    import multiprocessing

    return "fork" if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def choose_workers(claims: int, workers: int | None = None) -> int:
    """Processes for relating ``claims`` claims: ``workers`` when given, else every core for a large corpus."""
    if workers is not None:
        return max(1, workers)
    return cpu_count() if claims >= MIN_PARALLEL_CLAIMS else 1


def relate_events(
    stream: Iterable[tuple[str, list[ClaimRow], np.ndarray]], common: set[str], thr: float, workers: int = 1,
    judge=None,
) -> Iterator[EventResult]:
    """The :class:`EventResult` of each (event id, rows, vectors) of ``stream``, in the stream's order.

    ``workers`` > 1 relates on that many processes (an NLI ``judge`` keeps it in this
    process: its model is loaded once, here). Either way the values and their order are the same.
    """
    if workers <= 1 or judge is not None:
        for event_id, rows, vectors in stream:
            yield relate_one(event_id, rows, vectors, common, thr, judge)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = _start_method()
    if method == "fork":
        # the parent's objects go to the permanent generation: a forked worker's garbage collector then
        # never writes to their headers, so their pages stay shared instead of being copied into each worker
        gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                                 initializer=_init_worker, initargs=(common, thr)) as pool:
            pending: deque = deque()
            for event_id, rows, vectors in stream:
                pending.append(pool.submit(_work, event_id, rows, vectors))
                del rows, vectors  # held by the pool until sent: only the events in flight stay in this process
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        if method == "fork":
            gc.unfreeze()


def count_kinds(staged: Staged, kinds: Counter[str]) -> None:
    for row in staged:
        kinds[row[2]] += 1
