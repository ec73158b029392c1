"""Documents grouped into events before any claim is compared.

Why: two reports of the same *kind* of event (a fire, an election, a phone launch) read
alike sentence by sentence, so claim similarity alone mixes a 2009 launch with a 2013 one
and calls "two years" in one story a match for "two years" in another. A fact-checker first
asks "is this the same event?" and answers it with three checkable signals:

* **when**: the published date (else the year most mentioned in the lead): reports more
  than ``MAX_SPAN_DAYS`` apart, or of different years, are different events, however alike;
* **who/where**: distinctive names shared between title and lead, each weighted by its
  inverse document frequency (a name every document uses tells nothing apart);
* **what**: the similarity of the documents' mean claim vectors.

Documents are merged strongest pair first, and two groups join only when the *average*
score over all their document pairs stays above ``EVENT_FLOOR`` and their joint date span
stays inside the window (average link: no chaining from one story to the next through a
shared name), and :func:`workbench.analyze.event_evidence.two_events` does not find them two
happenings of one kind (places named apart, dated apart, nobody and nowhere in common). The result
depends only on the input order, which the caller fixes.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from workbench.analyze.event_evidence import two_events
from workbench.analyze.event_names import joined, place_key, proper_names
from workbench.extract.words import content_stems, entities, stem, tokens

MAX_SPAN_DAYS = 21  # a running story spans up to three weeks; a report further out is a later, different event
EVENT_THRESHOLD = 0.42  # score of the pair that starts an event
EVENT_FLOOR = 0.30  # average score that every member pair of an event keeps
VECTOR_WEIGHT = 0.6  # score = VECTOR_WEIGHT * mean-vector cosine + (1 - VECTOR_WEIGHT) * name overlap
NEIGHBOURS = 30  # candidate partners per document (keeps grouping near-linear at scale)
# The exact search below is O(n^2) (16.6 CPU-s at 22k documents, ~1,700 projected at 220k); from this many
# documents on the candidates come from the HNSW index of ``analyze.neighbours``. Smaller corpora (tests, the
# dev corpus) keep the exact path, so their events do not change. See benchmarks/ann_recall.py --events.
ANN_MIN_DOCUMENTS = 20_000
# Neighbours asked of the index per document, and its search breadth, before exact rescoring keeps NEIGHBOURS.
# On the 22k documents of a 100k-claim pipeline run (one thread): 60/256 recall 0.9999 in 13.7 CPU-s,
# 45/128 0.9997 in 9.0, 40/96 0.9995 in 8.7, 31/64 0.9991 in 6.5; the exact search took 11.4 (benchmarks/
# ann_recall.py --events). 45/128 keeps margin for larger indexes, where HNSW recall falls.
ANN_ASK = 45
ANN_EF_SEARCH = 128

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class DocSignal:
    """What event grouping knows about one document (slotted: one per document, 220k at 1M claims)."""

    id: str
    title: str
    day: date | None  # published day
    year: int | None  # published year, else the year most mentioned in title and lead
    names: frozenset[str]
    forms: tuple[tuple[str, str], ...] = ()  # stem -> the word as written, for readable labels
    proper: str = ""  # whole proper names of title and lead, joined (``event_names``): who and where
    places: str = ""  # the places its claims locate themselves in (stored ``Frame.place``), joined: where


@dataclass
class Event:
    documents: list[int]  # row indices into the signals
    label: str
    date_start: str | None
    date_end: str | None


def signal(doc_id: str, title: str, published: str | None, lead: str, places: Sequence[str] = ()) -> DocSignal:
    """``places``: the document's claims' stored places (``store.event_places``), read by ``event_evidence``."""
    day = None
    if published:
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            day = None
    year = day.year if day else None
    if year is None:
        years = Counter(int(y) for y in _YEAR.findall(f"{title}\n{lead}"))
        year = years.most_common(1)[0][0] if years else None
    # names from the lead, plus the headline's content words: a headline names its event ("pension march")
    # interned: the same names recur across documents, and at 220k documents (1M claims) one copy per
    # document was a third of the signals' memory (issue 12)
    names = frozenset(map(sys.intern, entities(title) + entities(lead) + content_stems(title)))
    forms: dict[str, str] = {}
    for word in tokens(f"{lead} {title}"):  # the lead's spelling first: headlines capitalise every word
        forms.setdefault(stem(word.lower()), word)
    proper = joined(proper_names(title) + proper_names(lead))
    return DocSignal(doc_id, title, day, year, names,
                     tuple((k, sys.intern(forms[k])) for k in sorted(names) if k in forms), proper,
                     joined([k for k in map(place_key, places) if k]))


def _compatible(a: Sequence[DocSignal]) -> bool:
    days = [s.day for s in a if s.day]
    if days and (max(days) - min(days)).days > MAX_SPAN_DAYS:
        return False
    years = {s.year for s in a if s.year}
    return len(years) <= 1


class _Scorer:
    def __init__(self, signals: Sequence[DocSignal], vectors: np.ndarray) -> None:
        self.signals = signals
        self.vectors = vectors
        df: Counter[str] = Counter()
        for s in signals:
            df.update(s.names)
        n = len(signals)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items() if c >= 2}
        self.mass = [math.sqrt(sum(self.idf.get(w, 0.0) ** 2 for w in s.names)) for s in signals]

    def names(self, i: int, j: int) -> float:
        a, b = self.signals[i].names, self.signals[j].names
        if not self.mass[i] or not self.mass[j]:
            return 0.0
        shared = sum(self.idf.get(w, 0.0) ** 2 for w in a & b)
        return shared / (self.mass[i] * self.mass[j])

    def score(self, i: int, j: int) -> float:
        if not _compatible((self.signals[i], self.signals[j])):
            return -1.0
        cos = float(self.vectors[i] @ self.vectors[j])
        return VECTOR_WEIGHT * cos + (1 - VECTOR_WEIGHT) * self.names(i, j)


def _candidates(vectors: np.ndarray, ann: bool | None = None) -> list[tuple[int, int]]:
    """Pairs (i < j) where j is among i's ``NEIGHBOURS`` most similar documents, or i among j's, sorted.

    ``ann`` None picks the HNSW index from ``ANN_MIN_DOCUMENTS`` on (when faiss is installed);
    True/False forces it (the recall benchmark compares both on the same vectors).
    """
    n = len(vectors)
    keys = _candidate_keys(vectors, ann)
    return list(zip((keys // n).tolist(), (keys % n).tolist(), strict=True))


def _candidate_keys(vectors: np.ndarray, ann: bool | None = None) -> np.ndarray:
    """:func:`_candidates` as sorted unique int64 keys ``i * n + j``: 8 bytes a pair, not a tuple of two ints
    (~120 bytes; 4.7M pairs at 220k documents, the 1M-claim corpus, issue 12)."""
    n = len(vectors)
    k = min(NEIGHBOURS, n - 1)
    if ann is None:
        ann = n >= ANN_MIN_DOCUMENTS
    if ann:
        from workbench.analyze.neighbours import ann_top_k, have_ann

        if have_ann():
            i, j, _ = ann_top_k(vectors, k, min(ANN_ASK, n - 1), ANN_EF_SEARCH)
            return np.unique(np.minimum(i, j) * n + np.maximum(i, j))
    parts = []
    for start in range(0, n, 1024):
        sims = vectors[start : start + 1024] @ vectors.T
        for r in range(sims.shape[0]):
            sims[r, start + r] = -np.inf
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < n else np.argsort(-sims, axis=1)
        i = np.repeat(np.arange(start, start + sims.shape[0], dtype=np.int64), top.shape[1])
        j = top.reshape(-1).astype(np.int64)
        ok = j != i
        parts.append(np.minimum(i, j)[ok] * n + np.maximum(i, j)[ok])
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


def _name_keys(signals: Sequence[DocSignal], scorer: _Scorer) -> np.ndarray:
    """Keys ``i * n + j`` of documents sharing a name that at most ``NEIGHBOURS`` documents use.

    Names alone can link documents whose mean vectors are not close (a short wire vs a feature).
    """
    n = len(signals)
    by_name: dict[str, list[int]] = {}
    for i, s in enumerate(signals):
        for w in s.names:
            if scorer.idf.get(w, 0.0) > 0:
                by_name.setdefault(w, []).append(i)
    parts = []
    for rows in by_name.values():
        if 2 <= len(rows) <= NEIGHBOURS:
            a, b = np.triu_indices(len(rows), 1)
            idx = np.asarray(rows, dtype=np.int64)  # ascending: documents were enumerated in order
            parts.append(idx[a] * n + idx[b])
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


SCORE_CHUNK = 65_536  # pairs scored per Python list (the scores themselves go to one float array)


def _scored_pairs(keys: np.ndarray, n: int, scorer: _Scorer) -> tuple[list[int], list[int]]:
    """Pairs scoring at least ``EVENT_THRESHOLD``, strongest first (ties by i, then j)."""
    scores = np.empty(len(keys), dtype=np.float64)
    for start in range(0, len(keys), SCORE_CHUNK):
        part = keys[start : start + SCORE_CHUNK]
        scores[start : start + len(part)] = [scorer.score(i, j) for i, j in
                                             zip((part // n).tolist(), (part % n).tolist(), strict=True)]
    keep = scores >= EVENT_THRESHOLD
    keys, scores = keys[keep], scores[keep]
    i, j = keys // n, keys % n
    order = np.lexsort((j, i, -scores))
    return i[order].tolist(), j[order].tolist()


def group_events(signals: Sequence[DocSignal], vectors: np.ndarray, ann: bool | None = None) -> list[Event]:
    """Events of >= 2 documents (row indices), biggest first; documents that join none are left out.

    ``ann`` is passed to :func:`_candidates` (None: the index from ``ANN_MIN_DOCUMENTS`` on).
    """
    n = len(signals)
    if n < 2:
        return []
    vectors = np.asarray(vectors, dtype=np.float32)
    scorer = _Scorer(signals, vectors)
    keys = np.union1d(_candidate_keys(vectors, ann), _name_keys(signals, scorer))  # sorted by (i, j)
    first, second = _scored_pairs(keys, n, scorer)
    del keys
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    root = list(range(n))
    # (root, size, root, size) of two groups already refused: a group only grows under a root that never
    # comes back once merged away, so the same key is the same two groups and the same refusal. Many
    # candidate pairs link one pair of groups; each used to recompute its |a| x |b| mean (issue 12).
    refused: set[tuple[int, int, int, int]] = set()
    for i, j in zip(first, second, strict=True):
        ri, rj = root[i], root[j]
        if ri == rj:
            continue
        a, b = groups[ri], groups[rj]
        state = (ri, len(a), rj, len(b))  # in this order: the mean sums the pair's scores in this order
        if state in refused:
            continue
        if not _compatible([signals[x] for x in a + b]):
            refused.add(state)
            continue
        mean = sum(scorer.score(x, y) for x in a for y in b) / (len(a) * len(b))
        if mean < EVENT_FLOOR or two_events(a, b, signals, vectors):
            refused.add(state)
            continue
        keep, gone = (ri, rj) if len(a) >= len(b) else (rj, ri)
        groups[keep] = sorted(groups[keep] + groups.pop(gone))
        for x in groups[keep]:
            root[x] = keep
    events = [Event(m, _label(signals, m, scorer), *_span(signals, m)) for m in groups.values() if len(m) >= 2]
    events.sort(key=lambda e: (-len(e.documents), e.documents[0]))
    return events


def _span(signals: Sequence[DocSignal], members: list[int]) -> tuple[str | None, str | None]:
    days = sorted(signals[m].day for m in members if signals[m].day)
    if days:
        return days[0].isoformat(), days[-1].isoformat()
    years = sorted(signals[m].year for m in members if signals[m].year)
    return (str(years[0]), str(years[-1])) if years else (None, None)


def _label(signals: Sequence[DocSignal], members: list[int], scorer: _Scorer) -> str:
    """The names most of the event's documents share (by weight), else the earliest title."""
    counts: Counter[str] = Counter()
    for m in members:
        counts.update(signals[m].names)
    shared = [w for w, c in counts.items() if c >= max(2, (len(members) + 1) // 2)]
    shared.sort(key=lambda w: (-counts[w] * scorer.idf.get(w, 0.0), w))
    first = min(members, key=lambda m: (signals[m].day or date.max, m))
    title = " ".join(signals[first].title.split())[:80]
    spelled = {k: v for m in members for k, v in signals[m].forms}
    names = " · ".join(spelled.get(w, w) for w in shared[:3])
    if names and title:
        return f"{names} — {title}"
    return names or title or signals[first].id
