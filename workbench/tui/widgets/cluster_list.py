"""The clusters pane: every group of claims, fed to an OptionList one page at a time.

The screen hands down the full ordered list of group *keys* (cheap strings); display rows
come in pages of ``PAGE_SIZE``: while the reviewer reads (``prefetch``, after a switch's
read-ahead), and when a scroll reaches near the end of what is loaded, the list asks for the
next page (``PageWanted``), the screen's worker reads it and hands the rows back (``add_rows``). The list never reads the database itself,
and a 100k-claim database never renders more than a few hundred entries.

On ``J`` only what changed is repainted: the entry losing the highlight and the one getting it
(OptionList's ``highlighted`` repaints every visible line, a third of the frame of a group
switch), and the list moves a page at a time: when the highlight reaches the last entry in
view, that entry goes to the top once the switch's idle work is done (``prefetch``), as a pager
turns a page, so the next screenful of ``J`` moves no line (a scroll repaints the whole list;
scrolled one entry per ``J``, every switch paid for it). Past the bottom (a fast reviewer, a
click) the new entry goes to the top at once.
"""

from __future__ import annotations

from dataclasses import replace

from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workbench.models import GroupRow
from workbench.store.review import PAGE_SIZE
from workbench.tui._compat import entry_lines, repaint_entries, replace_prompt_in_place
from workbench.tui.widgets.render import group_prompt

LOOK_AHEAD = 20  # entries loaded beyond the highlight, so J never waits on a page
SCREENS_AHEAD = 4  # screens loaded below the scroll position: the scroll watcher asks at 2, a page turn moves 1


class ClusterList(OptionList, can_focus=False):
    """Paged list of groups. Not focusable: J/K and clicks drive it, keys stay on the claims."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)  # the two entries repaint (watch_highlighted)

    class PageWanted(Message):
        """The list needs display rows for ``keys`` (the next page), to come back through ``add_rows``."""

        def __init__(self, keys: list[str]) -> None:
            super().__init__()
            self.keys = keys

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.keys: list[str] = []
        self._positions: dict[str, int] = {}  # key -> index in ``keys``: J and the title look it up per key
        self.rows: dict[str, GroupRow] = {}
        self._selected_key: str | None = None
        self._asked: list[str] | None = None  # the page asked for and not yet back
        self._wanted_index = -1  # load at least this far
        self._highlight_wanted: int | None = None  # highlight this index once loaded
        self.by_event = False  # the order is grouped by event: the first entry of each event names it
        self._headed: set[str] = set()  # entries that carry their event's header
        self.listing = False  # the order is still streaming in (``keys`` is a prefix of it)

    @property
    def loaded(self) -> int:
        return self.option_count

    def show_groups(self, keys: list[str], first_rows: list[GroupRow], listing: bool = False) -> None:
        """Replace the list: ``keys`` is the order so far (``listing``: more follow), ``first_rows`` the first page.

        ``clear_options`` resets ``scroll_y``, and on a short list the scroll watcher then asks
        for a page; with the new keys already set that page would be the first rows again, and
        listing it twice raises ``DuplicateID``. So the list is emptied with no keys at all.
        """
        self.keys, self.rows, self._positions = [], {}, {}
        self._headed = set()
        self._selected_key = None
        self._asked, self._wanted_index, self._highlight_wanted = None, -1, None
        self.clear_options()
        self.keys, self._positions = keys, {k: i for i, k in enumerate(keys)}
        self.listing = listing
        self._append(first_rows)

    def extend_keys(self, keys: list[str]) -> None:
        """Append groups to the order (their rows load with the pages as usual); the order arrives in steps."""
        if not self._positions.keys().isdisjoint(keys):  # never from one stream; kept for safety, per key
            keys = list(dict.fromkeys(k for k in keys if k not in self._positions))
        # in C: a 20k-key step of the order took 30-60 ms of the UI thread as a Python loop
        self._positions.update(zip(keys, range(len(self.keys), len(self.keys) + len(keys)), strict=True))
        self.keys.extend(keys)
        if self.loaded < PAGE_SIZE:
            self._ask()

    def _append(self, rows: list[GroupRow]) -> None:
        rows = [r for r in rows if r.key not in self.rows]  # an entry is listed once, whatever the race
        previous = self.rows[self.keys[self.loaded - 1]].event_id if self.loaded and self.keys[self.loaded - 1] in self.rows \
            else None  # pages arrive in order: the entry above is loaded
        for row in rows:
            self.rows[row.key] = row
            if self.by_event and row.event_id and row.event_id != previous:
                self._headed.add(row.key)
            previous = row.event_id
        self.add_options([Option(self._prompt(r), id=r.key) for r in rows])

    def _prompt(self, row: GroupRow, selected: bool = False):
        return group_prompt(row, selected=selected, event_header=row.key in self._headed)

    def _ask(self) -> None:
        """Ask for the next page (one at a time)."""
        if self._asked is None and self.loaded < len(self.keys):
            self._asked = self.keys[self.loaded : self.loaded + PAGE_SIZE]
            self.post_message(self.PageWanted(self._asked))

    def prefetch(self) -> None:
        """Load ahead of the highlight and the scroll position while the reviewer reads; the screen calls it
        once a switch's idle work is done (its read-ahead is in).

        Why not on ``J``: the page (a worker, then 50 new entries laid out) landed inside that key's
        frame, one ``J`` in 20-25 at twice the CPU on the replicated 1M database. Loaded this far ahead,
        neither ``J`` nor its page turn (the scroll watcher) needs a page.
        """
        if self.highlighted is not None:
            self._wanted_index = max(self._wanted_index, self.highlighted)
            self._turn_page_ahead()
        lines_ahead = self.max_scroll_y - self.scroll_y
        if self.loaded <= self._wanted_index + LOOK_AHEAD or lines_ahead < SCREENS_AHEAD * self.size.height:
            self._ask()

    def add_rows(self, keys: list[str], rows: list[GroupRow]) -> None:
        """The rows of a page asked for with ``PageWanted`` (a stale page, after a reload, is dropped)."""
        if keys != self._asked:
            return
        self._asked = None
        if len(rows) < len(keys):  # a group vanished since the keys were read (re-analysis)
            known = {r.key for r in rows}
            self.keys = [k for k in self.keys if k in known or k not in keys]
            self._positions = {k: i for i, k in enumerate(self.keys)}
        self._append(rows)
        if self._highlight_wanted is not None and self._highlight_wanted < self.loaded:
            self.highlighted, self._highlight_wanted = self._highlight_wanted, None
        if rows and self._wanted_index >= self.loaded:
            self._ask()  # still short of an entry asked for
        elif rows:
            self.call_after_refresh(self.prefetch)  # laid out first: the scroll room counts the new entries

    def select_index(self, index: int) -> None:
        """Highlight entry ``index`` now, or as soon as its page is in."""
        if not self.keys:
            return
        index = max(0, min(index, len(self.keys) - 1))
        self._wanted_index = max(self._wanted_index, index)
        if index >= self.loaded:
            self._ask()  # needed now; the look-ahead waits for ``prefetch``, in idle time
        if index < self.loaded:
            self.highlighted, self._highlight_wanted = index, None
        else:
            self._highlight_wanted = index

    def index_of(self, key: str) -> int | None:
        return self._positions.get(key)

    def mark_selected(self, key: str | None) -> None:
        """Show the ▶ marker on the open group (the highlight colour alone is not enough)."""
        previous, self._selected_key = self._selected_key, key
        for k in {previous, key}:
            if k and k in self.rows:
                self._set_prompt(k, self._prompt(self.rows[k], selected=k == key))

    def update_rows(self, rows: list[GroupRow]) -> None:
        """Fresh counts for groups already listed (after an undo or a note)."""
        for row in rows:
            if row.key in self.rows:
                self.rows[row.key] = row
                self._set_prompt(row.key, self._prompt(row, selected=row.key == self._selected_key))

    def adjust_reviewed(self, key: str, delta: int) -> GroupRow | None:
        """Move one group's reviewed count by ``delta`` after a verdict key (no query)."""
        row = self.rows.get(key)
        if row is None:
            return None
        if delta:
            row = self.rows[key] = replace(row, reviewed=max(0, min(row.n_claims, row.reviewed + delta)))
            self._set_prompt(key, self._prompt(row, selected=key == self._selected_key))
        return row

    def _set_prompt(self, key: str, prompt) -> None:
        """Replace one entry's text, repainting only that entry when Textual allows (see ``_compat``)."""
        replace_prompt_in_place(self, key, prompt)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(new)  # scrolled to it (a scroll repaints everything), OptionHighlighted posted
        repaint_entries(self, [i for i in (old, new) if i is not None and i < self.option_count])

    def _turn_page_ahead(self) -> None:
        """On the last entry of the page, turn the page now, in idle time: this entry goes to the top.

        The next ``J`` would have scrolled, and a scroll repaints every line of the list: on the
        replicated 1M database the ``J`` that turned the page cost ~1.6x the CPU of the others.
        """
        below = entry_lines(self, self.highlighted + 1) if self.highlighted + 1 < self.option_count else None
        if below is not None and sum(below) > self.scroll_offset.y + self.scrollable_content_region.height:
            self.scroll_to_highlight(top=True)

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Past the bottom of the view, the highlighted entry goes to the top: a page at a time."""
        lines = entry_lines(self, self.highlighted) if self.highlighted is not None else None
        if lines is not None and lines[0] + lines[1] > self.scroll_offset.y + self.scrollable_content_region.height:
            top = True
        super().scroll_to_highlight(top=top)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.loaded < len(self.keys) and self.max_scroll_y - new_value < self.size.height * 2:
            self._ask()  # scrolled (the mouse) near the end of what is loaded
