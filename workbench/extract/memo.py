"""Bounded memos of pure per-sentence steps, cleared together (issue 12).

Why: syndicated wire copy repeats sentences word for word across outlets (29% of the sentences of the
seeded 10k benchmark corpus), and a step that is a pure function of its (masked) sentence gives the
same answer every time, so a repeat is served from a bounded memo instead of being recomputed. Answers
hold lists, which callers may treat as their own: each call gets fresh lists of the same (never
mutated: changes go through ``dataclasses.replace``) items.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

SENTENCES = 8192  # distinct sentences per memo (as claims.MEMO_SENTENCES): a few MB at most
_CLEARERS: list[Callable[[], None]] = []

F = TypeVar("F", bound=Callable[..., Any])


def lists_memo(fn: F) -> F:
    """Memoise ``fn`` (hashable arguments, returns a tuple of lists); every call gets fresh lists."""
    cached = lru_cache(maxsize=SENTENCES)(lambda *args: tuple(tuple(part) for part in fn(*args)))
    _CLEARERS.append(cached.cache_clear)

    @wraps(fn)
    def fresh(*args: Any) -> Any:
        return tuple(list(part) for part in cached(*args))

    return fresh  # type: ignore[return-value]


def cached(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)`` for a pure step whose answer is immutable, forgotten by ``clear``."""

    def wrap(fn: F) -> F:
        memo = lru_cache(maxsize=maxsize)(fn)
        _CLEARERS.append(memo.cache_clear)
        return memo  # type: ignore[return-value]

    return wrap


def clear() -> None:
    """Forget every memoised answer (benchmarks that must time each sentence afresh)."""
    for clear_one in _CLEARERS:
        clear_one()
