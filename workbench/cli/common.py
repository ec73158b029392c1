"""Shared CLI plumbing: the settings, the ``--db`` and ``--reviewer`` options, one-line errors.

Nothing heavy is imported here: the CLI must start fast (no torch, no textual).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from workbench.errors import WorkbenchError
from workbench.settings import Settings, SettingsError
from workbench.store import Database, open_db
from workbench.store.db import SqliteError, read_only_reason, translate_write_error
from workbench.textnorm import printable

console = Console()
err_console = Console(stderr=True)


def settings() -> Settings:
    """The settings the ``workbench`` group loaded (loaded here when a command runs on its own)."""
    ctx = click.get_current_context(silent=True)
    found = ctx.find_object(Settings) if ctx is not None else None
    if found is None:
        found = Settings.load()
        if ctx is not None:
            ctx.find_root().obj = found
    return found


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH`` after the subcommand; default ``$WORKBENCH_DB`` or ``./claims.db``."""
    return click.option(
        "--db",
        "db_path",
        default=None,
        metavar="PATH",
        help="SQLite database (default: $WORKBENCH_DB or ./claims.db).",
    )(func)


def reviewer_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--reviewer",
        default=None,
        metavar="NAME",
        help="Reviewer name (default: $WORKBENCH_REVIEWER or your login name).",
    )(func)


def resolve_db_path(db_path: str | None) -> str:
    """``--db``, else the settings' database (``$WORKBENCH_DB``, config file, ``./claims.db``)."""
    return db_path or settings().db_path


def reviewer_name(reviewer: str | None) -> str:
    """``--reviewer``, else the settings' reviewer (``$WORKBENCH_REVIEWER``, config file, login name)."""
    return reviewer or settings().reviewer_name


def open_existing(db_path: str | None) -> Database:
    """Open a DB that must already exist (readers never create an empty one).

    A database that cannot be written here (a read-only directory or file) opens read-only,
    with a one-line notice on stderr saying so.
    """
    path = resolve_db_path(db_path)
    db = open_db(path, create=False)
    reason = read_only_reason(db)
    if reason:
        err_console.print(
            shown(f"note: {path} opened read-only ({reason}); nothing can be recorded"), highlight=False, soft_wrap=True
        )
    return db


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 claim``, ``2 claims`` (``many`` for irregular plurals)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def shown(text: object) -> Text:
    """Untrusted or user-typed text for the terminal: never markup, no control characters."""
    return Text(printable(str(text)))


def print_recorded(claim_id: str, event: dict[str, Any], kind: str = "") -> None:
    """``<claim>: <verdict>[ (kind)] by <reviewer> (event <id>)`` for a just-recorded event (verdict, adjudication)."""
    line = shown(f"{claim_id}: ")
    line.append(f"{event['verdict']} ({kind})" if kind else event["verdict"], style="bold")
    line.append_text(shown(f" by {event['reviewer']} (event {event['id']})"))
    console.print(line, highlight=False)


def fail(message: str, code: int = 1) -> None:
    """``message`` is plain text (never markup): paths and values in it are shown as typed."""
    line = Text("error: ", style="bold red")
    line.append_text(shown(message))
    err_console.print(line, highlight=False, soft_wrap=True)
    sys.exit(code)


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn any exception into one line on stderr; ``debug`` in the settings shows the traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except WorkbenchError as exc:  # every expected failure: its message is the one line
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except SqliteError as exc:  # a write outside write_transaction: a full disk is still one clear line
            translated = translate_write_error(exc)
            if translated is None:
                if _debugging():
                    raise
                fail(f"{type(exc).__name__}: {exc} (set WORKBENCH_DEBUG=1 for details)")
            fail(str(translated))
        except Exception as exc:  # a bug: the user still sees one line unless debugging
            if _debugging():
                raise
            fail(f"{type(exc).__name__}: {exc} (set WORKBENCH_DEBUG=1 for details)")

    return wrapper


def _debugging() -> bool:
    try:
        return settings().debug
    except SettingsError:  # a broken config file must not hide the error being reported
        return False
