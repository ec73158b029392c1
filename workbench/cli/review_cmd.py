"""``workbench review``: open the review UI on a database.

Textual and the app are imported inside the command, so ``workbench --help`` and the other
commands never pay for them. A missing or foreign database is a one-line error.
"""

from __future__ import annotations

import click

from workbench.cli.common import (
    db_option,
    friendly_errors,
    open_existing,
    resolve_db_path,
    reviewer_name,
    reviewer_option,
    settings,
)


@click.command("review")
@db_option
@reviewer_option
@click.option("--keymap", "keymap_path", default=None, metavar="PATH", help="Keymap TOML (default: $WORKBENCH_KEYMAP or ~/.config/workbench/keymap.toml).")
@click.option("--blind", is_flag=True, help="Hide other reviewers' verdicts on a claim until you decide (b toggles).")
@friendly_errors
def review(db_path: str | None, reviewer: str | None, keymap_path: str | None, blind: bool) -> None:
    """Review claims side by side, one column per outlet; one key per verdict.

    Verdicts are saved the moment you press v (verified), d (disputed), u (unattributed)
    or x (clear); z undoes your last one; A records an adjudicator's final verdict. With
    --blind the others' verdicts stay hidden until you decide. Press ? inside for every key.
    """
    path = resolve_db_path(db_path)
    open_existing(path).close()  # fail here, in one line, before the terminal switches mode
    from workbench.tui.app import WorkbenchApp

    keymap = keymap_path or settings().keymap_path
    WorkbenchApp(path, reviewer_name(reviewer), keymap_path=keymap, blind=blind).run()


COMMANDS: list[click.Command] = [review]
