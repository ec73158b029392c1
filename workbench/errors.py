"""One root for every error the workbench raises on purpose.

Each layer keeps its own exception class (``StoreError``, ``ExportError``,
``EmbedError``, ...) so callers can catch precisely, but all of them derive from
:class:`WorkbenchError`. The CLI's ``friendly_errors`` and the TUI's workers
catch this root to show one line to the user; anything else is a bug and keeps
its traceback under ``WORKBENCH_DEBUG``.

This module imports nothing from the project, so every layer may import it.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """An expected failure with a message fit to show the user on one line."""
