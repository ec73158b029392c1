"""One place that knows where configuration comes from.

Read once at an entry point (the ``workbench`` CLI group, the TUI app) and passed
down as plain values: core functions take the value as a parameter, so library
callers and tests never depend on the process environment.

Precedence, highest first: ``WORKBENCH_*`` environment variables, then
``config.toml`` in the XDG config dir (``platformdirs.user_config_dir("workbench")``,
or ``$WORKBENCH_CONFIG``), then the built-in defaults. A malformed file is one
:class:`SettingsError` line naming the file, never a traceback.

This module imports nothing from the project except the error root.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError

CONFIG_ENV = "WORKBENCH_CONFIG"
DEFAULT_DB = "claims.db"
DEFAULT_ORGANIZATION = "workbench reviewers"
DEFAULT_MAX_INPUT_MB = 20.0

# settings field -> (environment variable, config.toml key)
_SOURCES = {
    "db_path": ("WORKBENCH_DB", "db"),
    "reviewer": ("WORKBENCH_REVIEWER", "reviewer"),
    "keymap_path": ("WORKBENCH_KEYMAP", "keymap"),
    "cache_dir": ("WORKBENCH_CACHE", "cache"),
    "organization": ("WORKBENCH_ORGANIZATION", "organization"),
    "max_input_mb": ("WORKBENCH_MAX_INPUT_MB", "max_input_mb"),
    "debug": ("WORKBENCH_DEBUG", "debug"),
    "checkworthy_model": ("WORKBENCH_CHECKWORTHY_MODEL", "checkworthy_model"),
    "ingest_workers": ("WORKBENCH_INGEST_WORKERS", "ingest_workers"),
}


class SettingsError(WorkbenchError):
    """A configuration file or value that cannot be used, in one line."""


def login_reviewer() -> str:
    """The login name, else "reviewer" (no passwd entry in some containers)."""
    try:
        return getpass.getuser() or "reviewer"
    except (OSError, KeyError):
        return "reviewer"


def config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("workbench"))


def config_file(environ: Mapping[str, str] | None = None) -> Path:
    """``$WORKBENCH_CONFIG``, else ``<user config dir>/config.toml``."""
    env = os.environ if environ is None else environ
    explicit = env.get(CONFIG_ENV)
    return Path(explicit).expanduser() if explicit else config_dir() / "config.toml"


@dataclass(frozen=True)
class Settings:
    """Every user-tunable value, already resolved; ``keymap_path`` set means explicit."""

    db_path: str = DEFAULT_DB
    reviewer: str = ""
    keymap_path: Path | None = None
    cache_dir: Path | None = None
    organization: str = DEFAULT_ORGANIZATION
    max_input_mb: float = DEFAULT_MAX_INPUT_MB
    debug: bool = False
    checkworthy_model: Path | None = None  # a model from `workbench checkworthy train`, used by ingest
    ingest_workers: int | None = None  # processes that extract during `workbench ingest`; None ("auto"): every
    # core for a large input, the command's own process for a small one (workbench.ingest.parallel.choose_workers)
    config_path: Path | None = None

    @property
    def max_input_bytes(self) -> int:
        return int(max(self.max_input_mb, 0.001) * 1024 * 1024)

    @property
    def reviewer_name(self) -> str:
        return self.reviewer or login_reviewer()

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Environment over ``config.toml`` over defaults (``environ`` defaults to ``os.environ``)."""
        env = os.environ if environ is None else environ
        path = config_file(env)
        from_file = _read_file(path)
        raw: dict[str, object] = {}
        for name, (var, key) in _SOURCES.items():
            if env.get(var, "").strip():
                raw[name] = env[var]
            elif key in from_file:
                raw[name] = from_file[key]
        where = {name: (f"${var}" if env.get(var, "").strip() else str(path)) for name, (var, _) in _SOURCES.items()}
        values = {name: _coerce(name, value, where[name]) for name, value in raw.items()}
        return cls(**values, config_path=path if from_file else None)  # type: ignore[arg-type]


def _read_file(path: Path) -> dict[str, object]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SettingsError(f"{path}: invalid TOML ({first})") from None
    known = {key for _, key in _SOURCES.values()}
    unknown = sorted(set(parsed) - known)
    if unknown:
        raise SettingsError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return parsed


_FALSE = {"", "0", "false", "no", "off"}


def _coerce(name: str, value: object, where: str) -> object:
    if name == "debug":
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() not in _FALSE
    if name == "max_input_mb":
        if isinstance(value, bool):
            raise SettingsError(f"{where}: max_input_mb must be a number")
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            if where.startswith("$"):  # a stray env value keeps the old, forgiving behaviour
                return DEFAULT_MAX_INPUT_MB
            raise SettingsError(f"{where}: max_input_mb must be a number, not {value!r}") from None
    if name == "ingest_workers":
        if isinstance(value, str) and value.strip().lower() == "auto":
            return None
        try:
            workers = int(str(value).strip()) if not isinstance(value, bool | float) else None
        except ValueError:
            workers = None
        if workers is None or workers < 1:
            raise SettingsError(f"{where}: ingest_workers must be \"auto\" or a whole number from 1, not {value!r}")
        return workers
    if not isinstance(value, str):
        raise SettingsError(f"{where}: {name} must be a string, not {value!r}")
    if name in ("keymap_path", "cache_dir", "checkworthy_model"):
        return Path(value).expanduser()
    return value
