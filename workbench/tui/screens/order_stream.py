"""The group order arriving in steps after the first screen, and the clusters pane saying so.

The first screen needs one page of the order; the rest (up to every cluster and document of a
1M-claim database) is listed by the same worker afterwards, 20k keys a step (``GroupsExtended``),
then ``GroupsListed``. Until then the clusters pane's count ends in "+" and says "listing…", and
the group title's total does too, so a count that keeps growing is not mistaken for the total.
"""

from __future__ import annotations

from textual.screen import Screen

from workbench.tui import messages as msg


class OrderStream(Screen):
    """Mixin of the review screen (which provides ``clusters``, ``wb``, ``_groups_request``, ``_show_title``)."""

    def on_groups_extended(self, message: msg.GroupsExtended) -> None:
        if message.request != self._groups_request:
            return
        self.clusters.extend_keys(message.keys)
        self._show_count()
        self._show_title()

    def on_groups_listed(self, message: msg.GroupsListed) -> None:
        if message.request != self._groups_request:
            return
        self.clusters.listing = False
        self._show_count()
        self._show_title()
        self.wb.freeze_heap()  # the order's keys are long-lived too

    def _show_count(self) -> None:
        """The clusters pane's count; while the order still streams in, "+" and "listing…" say more is coming."""
        n = len(self.clusters.keys)
        self.clusters.border_subtitle = f"{n:,}+ groups · listing…" if self.clusters.listing else f"{n:,} groups"
