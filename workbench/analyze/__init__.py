"""Analysis stage: embed claims, cluster them across outlets, relate pairs (agree/conflict/related).

``run_analysis`` and ``AnalysisSummary`` are loaded lazily so that importing this package
(e.g. for its constants) stays cheap; model libraries are imported only inside the
functions that run a model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.analyze.pipeline import AnalysisSummary, run_analysis

__all__ = ["AnalysisSummary", "run_analysis"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from workbench.analyze import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'workbench.analyze' has no attribute {name!r}")
