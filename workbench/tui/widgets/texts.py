"""The sentences the review screen shows in place of claims: empty database, no match, not analyzed."""

from __future__ import annotations

from workbench.models import DbState
from workbench.tui.widgets.render import FILTER_LABELS


def empty_db_message(db_path: str) -> str:
    return (
        "This database has no claims yet.\n\nIngest articles first, for example:\n\n"
        f"  workbench ingest articles/ --db {db_path}\n"
        f"  workbench analyze --db {db_path}\n\n"
        "or load the bundled samples with `workbench demo`. Then press r here to refresh."
    )


def no_match_message(filter_name: str, search: str | None) -> str:
    return (
        f"No group matches (filter: {FILTER_LABELS[filter_name]}"
        + (f", search: {search!r}" if search else "")
        + ").\n\nPress f to change the filter, / to search again (an empty search clears it)."
    )


def not_analyzed_hint(state: DbState, db_path: str) -> str:
    if state.empty or state.analyzed:
        return ""
    return (
        "Not analyzed yet: claims are grouped per document. "
        f"Run `workbench analyze --db {db_path}` to compare outlets side by side, then press r."
    )
