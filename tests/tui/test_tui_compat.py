"""Textual internals the UI relies on (workbench/tui/_compat.py): fail loudly when Textual changes them."""

from __future__ import annotations

from importlib.metadata import version

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workbench.tui._compat import OPTION_INTERNALS, OPTION_LIST_INTERNALS


def test_option_list_still_has_the_internals_replace_prompt_in_place_uses():
    listing = OptionList(Option("a", id="a"))
    missing = [name for name in OPTION_LIST_INTERNALS if not hasattr(listing, name)]
    missing += [f"Option.{name}" for name in OPTION_INTERNALS if not hasattr(Option("x"), name)]
    assert not missing, f"textual {version('textual')} changed OptionList internals: {missing}; update tui/_compat.py"


def test_textual_is_within_the_bound_the_compat_layer_was_written_for():
    major = int(version("textual").split(".")[0])
    assert major < 9, "tui/_compat.py was written against textual 8: check it, then raise the bound in pyproject.toml"
