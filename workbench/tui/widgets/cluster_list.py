"""The clusters pane: every group of claims, fed to an OptionList one page at a time.

The screen hands down the full ordered list of group *keys* (cheap strings); display rows
are fetched in pages of ``PAGE_SIZE`` as the highlight or the scroll position approaches
the end of what is loaded, so a 100k-claim database never renders more than a few
hundred entries.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from textual.geometry import Region
from textual.visual import VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workbench.models import GroupRow
from workbench.store.review import PAGE_SIZE, group_row, group_rows
from workbench.tui.widgets.render import group_prompt

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class ClusterList(OptionList, can_focus=False):
    """Paged list of groups. Not focusable: J/K and clicks drive it, keys stay on the claims."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.keys: list[str] = []
        self.rows: dict[str, GroupRow] = {}
        self._selected_key: str | None = None

    @property
    def loaded(self) -> int:
        return self.option_count

    def show_groups(self, keys: list[str], first_rows: list[GroupRow]) -> None:
        """Replace the list: ``keys`` is the full order, ``first_rows`` the first page."""
        self.keys = keys
        self.rows = {}
        self._selected_key = None
        self.clear_options()
        self._append(first_rows)

    def extend_keys(self, keys: list[str]) -> None:
        """Append groups to the order (their rows load with the pages as usual)."""
        known = set(self.keys)
        self.keys.extend(k for k in keys if k not in known)
        if self.loaded < len(self.keys) and self.loaded < PAGE_SIZE:
            self.ensure_loaded(self.loaded)

    def _append(self, rows: list[GroupRow]) -> None:
        for row in rows:
            self.rows[row.key] = row
        self.add_options([Option(group_prompt(r), id=r.key) for r in rows])

    def ensure_loaded(self, index: int) -> None:
        """Fetch pages until ``index`` (plus a little look-ahead) is in the list."""
        db = cast("WorkbenchApp", self.app).db
        while self.loaded < len(self.keys) and self.loaded <= index + 20:
            page = self.keys[self.loaded : self.loaded + PAGE_SIZE]
            rows = group_rows(db, page)
            if len(rows) < len(page):  # a group vanished since the keys were read (re-analysis)
                known = {r.key for r in rows}
                self.keys = [k for k in self.keys if k in known or k not in page]
            self._append(rows)
            if not rows:
                break

    def select_index(self, index: int) -> None:
        if not self.keys:
            return
        index = max(0, min(index, len(self.keys) - 1))
        self.ensure_loaded(index)
        self.highlighted = min(index, self.loaded - 1)

    def index_of(self, key: str) -> int | None:
        try:
            return self.keys.index(key)
        except ValueError:
            return None

    def mark_selected(self, key: str | None) -> None:
        """Show the ▶ marker on the open group (the highlight colour alone is not enough)."""
        previous, self._selected_key = self._selected_key, key
        for k in {previous, key}:
            if k and k in self.rows:
                self._set_prompt(k, group_prompt(self.rows[k], selected=k == key))

    def refresh_row(self, key: str) -> GroupRow | None:
        """Re-read one group's counts after a verdict (one small query)."""
        if key not in self.rows:
            return None
        row = group_row(cast("WorkbenchApp", self.app).db, key)
        if row is not None:
            self.rows[key] = row
            self._set_prompt(key, group_prompt(row, selected=key == self._selected_key))
        return row

    def adjust_reviewed(self, key: str, delta: int) -> GroupRow | None:
        """Move one group's reviewed count by ``delta`` after a verdict key (no query)."""
        row = self.rows.get(key)
        if row is None:
            return None
        if delta:
            row = self.rows[key] = replace(row, reviewed=max(0, min(row.n_claims, row.reviewed + delta)))
            self._set_prompt(key, group_prompt(row, selected=key == self._selected_key))
        return row

    def _set_prompt(self, key: str, prompt: VisualType) -> None:
        """Replace one entry's text and repaint only that entry's lines.

        ``OptionList.replace_option_prompt`` drops the rendered lines of *every* entry,
        re-measures them all and repaints the whole list, which makes every screen row part
        of the next frame; a verdict changes one count on one entry of the same height. This
        reaches into OptionList's line and render caches (Textual 8), so any surprise falls
        back to the public call.
        """
        try:
            index = self.get_option_index(key)
            option = self.get_option_at_index(index)
            height, first_line = self._heights[index], self._index_to_line[index]
            padding = self.get_component_styles("option-list--option").padding
            width = self.scrollable_content_region.width - self._get_left_gutter_width() - padding.width
            option._set_prompt(prompt)
            cache = self._option_render_cache
            for cache_key in [k for k in cache.keys() if k[0] is option]:
                cache.discard(cache_key)
            if self._get_visual(option).get_height(self.styles, width) + option._divider != height:
                self._clear_caches()  # a taller or shorter entry moves the ones below it
                return
            top = first_line - round(self.scroll_offset.y)
            if top + height > 0 and top < self.scrollable_content_region.height:
                self.refresh(Region(0, top, self.scrollable_content_region.width, height))
        except (AttributeError, KeyError, TypeError):
            self.replace_option_prompt(key, prompt)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.loaded < len(self.keys) and self.max_scroll_y - new_value < self.size.height * 2:
            self.ensure_loaded(self.loaded)
