"""The review screen's event view: the clusters pane listed event by event (``g`` toggles it).

Why: analysis groups documents into events before it groups claims into facts
(``analyze.events``), so a reviewer can work one story at a time. In the grouped view the
clusters come event by event (``store.review.iter_cluster_keys(by_event=True)``, read lazily
like the plain order) and the first cluster of each event carries the event's label and date span
(``widgets.cluster_list``). The view survives filters and searches.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding

from workbench.tui.screens.reviewers import ReviewerScreen
from workbench.tui.widgets.cluster_list import ClusterList


class EventViewScreen(ReviewerScreen):
    """The ``g`` key; ``ReviewScreen`` supplies ``clusters`` and ``reload``."""

    BINDINGS = [Binding("g", "group_by_event", "By event", show=False, id="group.event")]

    clusters: ClusterList
    reload: Callable[..., None]

    def action_group_by_event(self) -> None:
        """Toggle the grouped view; the open group and claim stay open."""
        self.clusters.by_event = not self.clusters.by_event
        self.notify("Clusters grouped by event" if self.clusters.by_event else "Clusters in review order")
        self.reload(keep=True)
