"""The one place that touches Textual internals, behind a version bound and a test.

``OptionList.replace_option_prompt`` drops the rendered lines of *every* entry, re-measures
them all and repaints the whole list, which makes every screen row part of the next frame;
a verdict changes one count on one entry of the same height. :func:`replace_prompt_in_place`
reaches into OptionList's line and render caches to repaint only that entry; :func:`entry_lines`
and :func:`repaint_entries` let the clusters pane repaint only the two entries a highlight move
changes (the ``highlighted`` reactive repaints the whole list). pyproject.toml
bounds textual below the next major version, and ``tests/tui/test_tui_compat.py`` fails loudly
when an installed Textual no longer has :data:`OPTION_LIST_INTERNALS`; at run time any
surprise falls back to the public call, so a changed Textual is slower, never broken.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.visual import VisualType
from textual.widgets import OptionList

# What replace_prompt_in_place relies on (checked by tests/tui/test_tui_compat.py).
OPTION_LIST_INTERNALS = ("_heights", "_index_to_line", "_option_render_cache", "_get_left_gutter_width", "_get_visual",
                         "_clear_caches", "_update_lines")
OPTION_INTERNALS = ("_set_prompt", "_divider")


def replace_prompt_in_place(option_list: OptionList, key: str, prompt: VisualType) -> None:
    """``option_list.replace_option_prompt(key, prompt)``, repainting only that entry's lines."""
    try:
        index = option_list.get_option_index(key)
        option = option_list.get_option_at_index(index)
        height, first_line = option_list._heights[index], option_list._index_to_line[index]
        padding = option_list.get_component_styles("option-list--option").padding
        region = option_list.scrollable_content_region
        width = region.width - option_list._get_left_gutter_width() - padding.width
        option._set_prompt(prompt)
        cache = option_list._option_render_cache
        for cache_key in [k for k in cache.keys() if k[0] is option]:
            cache.discard(cache_key)
        if option_list._get_visual(option).get_height(option_list.styles, width) + option._divider != height:
            option_list._clear_caches()  # a taller or shorter entry moves the ones below it
            return
        top = first_line - round(option_list.scroll_offset.y)
        if top + height > 0 and top < region.height:
            option_list.refresh(Region(0, top, region.width, height))
    except (AttributeError, KeyError, TypeError):
        option_list.replace_option_prompt(key, prompt)


def entry_lines(option_list: OptionList, index: int) -> tuple[int, int] | None:
    """Entry ``index``'s first line in the list's virtual lines and its height; None when not laid out yet."""
    try:
        option_list._update_lines()  # what render_lines and scroll_to_highlight do first: lines of new entries
        return option_list._index_to_line[index], option_list._heights[index]
    except (AttributeError, KeyError, TypeError):
        return None


def repaint_entries(option_list: OptionList, indexes: list[int]) -> None:
    """Repaint the on-screen lines of the entries ``indexes`` (all of the list when Textual surprises)."""
    region = option_list.scrollable_content_region
    scroll_y = round(option_list.scroll_offset.y)
    regions = []
    for index in indexes:
        lines = entry_lines(option_list, index)
        if lines is None:
            option_list.refresh()
            return
        top = lines[0] - scroll_y
        if top + lines[1] > 0 and top < region.height:
            regions.append(Region(0, top, region.width, lines[1]))
    if regions:
        option_list.refresh(*regions)
