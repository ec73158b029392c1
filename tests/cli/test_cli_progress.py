"""Core stages report through ProgressFn; the CLI alone draws the bars (workbench/cli/progress.py)."""

from __future__ import annotations

import io

from rich.console import Console

from workbench.cli.progress import progress_bars
from workbench.ingest import ingest_paths
from workbench.store import open_db

STORY = "The council approved 40 new buses on Tuesday, the mayor said.\n"


def test_ingest_reports_each_input_to_the_callback(tmp_path):
    for i in range(3):
        (tmp_path / f"s{i}.txt").write_text(STORY.replace("40", str(40 + i)), encoding="utf-8")
    calls: list[tuple[str, int, int | None]] = []
    ingest_paths(open_db(tmp_path / "c.db"), [str(tmp_path)], progress=lambda *call: calls.append(call))
    assert calls == [("ingest", 1, 3), ("ingest", 2, 3), ("ingest", 3, 3)]


def test_bars_are_drawn_on_a_terminal_and_never_into_a_pipe():
    out = io.StringIO()
    with progress_bars(Console(file=out, force_terminal=True, width=80), min_total={"ingest": 4}) as report:
        report("ingest", 1, 2)  # below its minimum: no bar
        report("embedding", 5, 10)
    assert "embedding" in out.getvalue() and "ingest" not in out.getvalue()
    with progress_bars(Console(file=io.StringIO(), force_terminal=False)) as report:
        assert report is None
