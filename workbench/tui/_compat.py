"""The one place that touches Textual internals, behind a version bound and a test.

``OptionList.replace_option_prompt`` drops the rendered lines of *every* entry, re-measures
them all and repaints the whole list, which makes every screen row part of the next frame;
a verdict changes one count on one entry of the same height. :func:`replace_prompt_in_place`
reaches into OptionList's line and render caches to repaint only that entry. pyproject.toml
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
                         "_clear_caches")
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
