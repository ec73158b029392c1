"""The CLI's progress bars: one rich style, drawn from the core's ``ProgressFn`` callbacks.

Core stages (ingest, analyze, export) only call ``progress(stage, done, total)``; this is the
one place that turns those calls into bars on stderr, one bar per stage label, all with the
same columns, removed when the command ends. Nothing is drawn when stderr is not a
terminal (pipes, tests) or for a stage below its ``min_total`` (a bar for two files only
flickers).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from workbench.models import ProgressFn


def _columns() -> tuple:
    return (
        TextColumn("[bold]{task.description:<11}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )


@contextmanager
def progress_bars(
    console: Console, *, enabled: bool = True, min_total: Mapping[str, int] | None = None
) -> Iterator[ProgressFn | None]:
    """Yield a ``ProgressFn`` drawing bars on ``console`` (None when disabled or not a terminal)."""
    if not (enabled and console.is_terminal):
        yield None
        return
    limits = dict(min_total or {})
    bars = Progress(*_columns(), console=console, transient=True)
    tasks: dict[str, TaskID] = {}

    def report(stage: str, done: int, total: int | None) -> None:
        if total is not None and total < limits.get(stage, 0):
            return
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield report


def ingest_bars(console: Console, enabled: bool = True):
    """Bars for ``ingest_paths``: the "ingest" stage from ``PROGRESS_MIN_INPUTS`` inputs on."""
    from workbench.ingest.pipeline import PROGRESS_MIN_INPUTS

    return progress_bars(console, enabled=enabled, min_total={"ingest": PROGRESS_MIN_INPUTS})
