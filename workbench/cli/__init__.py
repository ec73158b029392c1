"""The ``workbench`` command: a thin click layer over the library.

Each area registers its commands from its own module so the CLI stays small and the
heavy parts (models, Textual) are imported only inside the command that needs them. The
group reads :class:`workbench.settings.Settings` once (environment, config file, defaults)
and every command takes its defaults from it (``cli.common.settings``).
"""

from __future__ import annotations

import click

from workbench import __version__
from workbench.cli import analyze_cmds, checkworthy, core_cmds, export_cmds, record_cmds, review_cmd
from workbench.cli.common import fail
from workbench.settings import Settings, SettingsError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Source-claim fact-checking workbench.

    Ingest articles, extract attributed claims, find where outlets agree or conflict,
    review each claim, and export the verdicts.
    """
    try:
        ctx.obj = Settings.load()
    except SettingsError as exc:
        fail(str(exc))


for module in (core_cmds, analyze_cmds, review_cmd, export_cmds, record_cmds, checkworthy):
    for command in module.COMMANDS:
        main.add_command(command)
