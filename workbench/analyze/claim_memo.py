"""Per-claim values the pair rules read, computed once per claim instead of once per pair.

Why: an event of n claims relates up to 30·n pairs, and each rule used to re-derive the same
facts about each side for every pair it sits in (its numeric figures, its stems, whether it is
negated, which scope and event words it names). Those are pure functions of one claim, so
caching them changes no verdict; it only stops the relations stage paying for them 30 times.

Two kinds of cache:

* **by text** (:func:`by_text`): a pure function of a claim's text is memoised on the string,
  bounded like ``extract.words.content_stems`` (an LRU), safe anywhere;
* **by claim object** (:func:`per_claim`): a function of a claim's stored frame and quantities
  (an ``analyze.sides.Side``) is memoised on those objects' identity, only inside :func:`claim_scope` (one event of
  ``analyze.facts.relate_event``). Identity is safe there because the scope holds every
  cached object alive until it closes, so an id is never reused inside it; outside a scope
  (tests, evaluations, one-off calls) the function simply runs.

:data:`COMPUTED` counts computations per cached function, so a test can pin that a value is
derived once per claim, not per pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")
TEXT_CACHE = 65536  # texts kept per cached function (events are related one at a time; this spans many)

COMPUTED: Counter[str] = Counter()  # function name -> times its value was computed (not served from a cache)
_open: list[object] = []  # one token per open scope, innermost last
_memos: list[list[Any]] = []  # each per_claim function's [scope token, {id(frame): (frame, quantities, value)}]


@contextmanager
def claim_scope() -> Iterator[None]:
    """Cache per-claim values for the duration of the block (one event's relations)."""
    _open.append(object())
    try:
        yield
    finally:
        _open.pop()
        for state in _memos:  # the claims of the block are released with it
            state[0], state[1] = None, {}


def per_claim(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """Memoise ``fn(side)`` on the identity of ``side.frame`` and ``side.quantities`` (a claim's stored
    frame and quantities) inside :func:`claim_scope`. The value is shared between callers: never mutate it.

    A token per scope, compared by identity, keeps the per-pair cost to one dict lookup."""
    name = fn.__qualname__
    state: list[Any] = [None, {}]
    _memos.append(state)

    @wraps(fn)
    def cached(side: Any) -> T:
        if not _open:
            COMPUTED[name] += 1
            return fn(side)
        if state[0] is not _open[-1]:
            state[0], state[1] = _open[-1], {}
        frame = side.frame
        hit = state[1].get(id(frame))
        if hit is not None and hit[0] is frame and hit[1] is side.quantities:
            return hit[2]
        COMPUTED[name] += 1
        value = fn(side)
        state[1][id(frame)] = (frame, side.quantities, value)
        return value

    return cached


def by_text(fn: Callable[..., T]) -> Callable[..., T]:
    """Memoise a pure function of a text (and hashable constants) in a bounded LRU; counted in :data:`COMPUTED`."""
    name = fn.__qualname__

    @lru_cache(maxsize=TEXT_CACHE)
    def cached(*args: Any) -> T:
        COMPUTED[name] += 1
        return fn(*args)

    return wraps(fn)(cached)
