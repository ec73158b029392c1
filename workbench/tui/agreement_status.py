"""Reviewer agreement for the status line, from ``workbench.export.agreement`` (which owns the math).

The issue asks for Cohen's kappa per pair and Fleiss' kappa for more than two reviewers,
"also shown in the UI's status area when more than one reviewer exists". The status line
has one short slot, so it shows one figure: Cohen's kappa for two reviewers, Fleiss' kappa
(complete cases: claims every reviewer rated) for more; ``workbench agreement`` has every
pair. Kappa is undefined when chance agreement is total or nothing is shared: "κ n/a".
No textual import: runs in a worker thread and is tested on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.store import Database
from workbench.store.claim_history import reviewer_count

if TYPE_CHECKING:
    from workbench.export.agreement import AgreementReport


def _kappa(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def agreement_text(report: AgreementReport) -> str | None:
    """``agreement κ 0.64 (ann·bob, 4 shared)`` / ``Fleiss κ 0.55 (3 reviewers, 3 shared)``; None for one reviewer."""
    if len(report.reviewers) < 2:
        return None
    if len(report.reviewers) == 2 and report.pairs:
        pair = report.pairs[0]
        return f"agreement κ {_kappa(pair.kappa.kappa)} ({pair.first}·{pair.second}, {pair.kappa.n:,} shared)"
    fleiss = report.fleiss
    kappa, shared = (fleiss.kappa, fleiss.n) if fleiss is not None else (None, 0)
    return f"Fleiss κ {_kappa(kappa)} ({len(report.reviewers)} reviewers, {shared:,} shared)"


def agreement_status(db: Database) -> str | None:
    """The status-line text, or None while fewer than two reviewers have verdicts.

    One cheap count first: a single-reviewer database (the common case) never builds the
    report. Reviewers whose verdicts were all cleared or undone drop out in the report.
    """
    if reviewer_count(db) < 2:
        return None
    from workbench.export.agreement import agreement_report

    return agreement_text(agreement_report(db))
