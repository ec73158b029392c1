"""Which rows an export holds: the filters shared by every format, validated.

The store applies them inside SQLite (``workbench.store.exports.filter_where``), never in
Python, so an export of a few rows out of 100k claims reads only those rows.

Semantics (the same in every format):

- ``verdicts``: the verdict the row carries is one of these. ``unreviewed`` matches
  claims without a verdict (never reviewed, or cleared). In per-reviewer mode the row's
  verdict is that reviewer's, so ``unreviewed`` matches nothing there.
- ``reviewer``: the row's verdict event was written by this reviewer (the current
  verdict's author; in per-reviewer mode, only that reviewer's rows).
- ``cluster``: the claim belongs to this cluster id (``workbench analyze`` fills clusters).
- ``since``: the row's verdict was recorded at or after this date/datetime (ISO 8601; a
  naive time is UTC). Implies reviewed rows only: it is meant for incremental exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from workbench.errors import WorkbenchError
from workbench.models import RowFilter
from workbench.store.exports import UNREVIEWED
from workbench.store.verdicts import VERDICT_ALIASES

REVIEWED_VERDICTS: tuple[str, ...] = ("verified", "disputed", "unattributed")
FILTER_VERDICTS: tuple[str, ...] = (*REVIEWED_VERDICTS, UNREVIEWED)


class ExportError(WorkbenchError, ValueError):
    """A bad export request (filter value, format, output path), said in one line."""


def normalize_filter_verdict(value: str) -> str:
    """``verified`` / ``disputed`` / ``unattributed`` / ``unreviewed`` (``clear``, ``cleared``, ``none`` alias it)."""
    v = value.strip().lower()
    v = VERDICT_ALIASES.get(v, v)
    if v == "cleared":
        v = UNREVIEWED
    if v not in FILTER_VERDICTS:
        raise ExportError(f"unknown verdict {value!r} (use {', '.join(FILTER_VERDICTS)})")
    return v


def normalize_since(value: str) -> str:
    """An ISO date or datetime as the UTC text stored in ``verdict_events.created_at``.

    Stored times are ``datetime.isoformat(timespec="microseconds")`` in UTC, so plain text
    comparison orders them; a bare date ``2023-05-01`` already sorts before every time on it.
    """
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ExportError(f"--since {value!r} is not an ISO date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class ExportFilters(RowFilter):
    """Row filters; empty means everything. Values are validated on construction."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "verdicts", tuple(dict.fromkeys(normalize_filter_verdict(v) for v in self.verdicts)))
        if self.since:
            object.__setattr__(self, "since", normalize_since(self.since))
