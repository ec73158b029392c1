"""Whole-or-absent export files: write beside the target, rename over it on success.

A killed export must not leave its half-written temporary behind (ten ``kill -9`` of a
large export once left 267 MB of hidden ``.tmp`` files). Three layers:

* the temporary is removed on any exception, including ``KeyboardInterrupt``;
* while it is open in the main thread, SIGTERM is turned into an exception, so a plain
  ``kill`` also cleans up;
* ``kill -9`` cannot be caught, so every export first removes stale temporaries of the
  same target: the temporary's name carries its writer's pid, and one whose writer is
  gone is stale. (Names without a pid, from older releases, are stale after an hour.)
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from workbench.errors import WorkbenchError
from workbench.export.filters import ExportError

LEGACY_STALE_SECONDS = 3600


class _Terminated(WorkbenchError):
    """SIGTERM arrived while a temporary export file was open."""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def clean_stale_temps(path: Path) -> int:
    """Remove temporaries of ``path`` left by dead writers; return how many went."""
    parent = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(?:(\d+)\.)?[^.]+\.tmp$")
    removed = 0
    try:
        entries = list(parent.iterdir())
    except OSError:
        return 0
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        try:
            if match.group(1) is not None:
                stale = int(match.group(1)) != os.getpid() and not _pid_alive(int(match.group(1)))
            else:
                stale = time.time() - entry.stat().st_mtime > LEGACY_STALE_SECONDS
            if stale and entry.is_file():
                entry.unlink()
                removed += 1
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Within the block, SIGTERM raises (main thread, default handler only), so cleanup runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.getsignal(signal.SIGTERM)
    except (ValueError, OSError):
        yield
        return
    if previous not in (signal.SIG_DFL, None):
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise _Terminated("terminated")

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A temporary file beside ``path``, renamed over it only when writing succeeded."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(f"{path}: directory {parent} does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    clean_stale_temps(path)
    with _sigterm_raises():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=parent)
        try:
            with open(fd, "w", encoding="utf-8", newline="") as fh:
                yield fh
            # mkstemp makes 0600; an export is meant to be shared like any file the user writes.
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
            os.replace(tmp, path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if isinstance(exc, _Terminated):
                raise SystemExit(128 + signal.SIGTERM) from None
            raise
