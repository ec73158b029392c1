"""The reviewer's keymap file: binding id -> keys, read with tomllib.

Every binding of the review UI carries an ``id`` (see the widgets' ``BINDINGS``); Textual's
``App.set_keymap`` swaps the keys of a binding by that id. This module only finds and parses
the file, so a broken keymap degrades to the defaults with a one-line warning instead of
stopping a reviewer's day. No textual import: it is tested on its own.

File format (``Settings.keymap_path``: ``$WORKBENCH_KEYMAP`` or ``keymap`` in config.toml;
else ``keymap.toml`` in the user config dir, e.g. ``~/.config/workbench/keymap.toml``)::

    "verdict.verified" = "1"          # one key
    "claim.down" = ["j", "down"]      # several keys
    [keymap]                          # a [keymap] table is accepted too
    "verdict.disputed" = "2"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from workbench.settings import config_dir


def default_keymap_path() -> Path:
    """``keymap.toml`` in the user config dir (``$XDG_CONFIG_HOME/workbench`` or ``~/.config/workbench``)."""
    return config_dir() / "keymap.toml"


def parse_keymap(data: dict, known_ids: set[str] | None = None) -> tuple[dict[str, str], list[str]]:
    """Turn parsed TOML into a Textual keymap ({id: "key1,key2"}) plus warnings."""
    table = dict(data)
    nested = table.pop("keymap", None)
    if isinstance(nested, dict):
        table.update(nested)
    keymap: dict[str, str] = {}
    warnings: list[str] = []
    for binding_id, keys in table.items():
        if isinstance(keys, str):
            parts = [k.strip() for k in keys.split(",")]
        elif isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            parts = [k.strip() for k in keys]
        else:
            warnings.append(f"keymap: {binding_id!r} must be a key string or a list of keys")
            continue
        parts = [p for p in parts if p]
        if not parts:
            warnings.append(f"keymap: {binding_id!r} has no keys")
            continue
        if known_ids is not None and binding_id not in known_ids:
            warnings.append(f"keymap: unknown binding id {binding_id!r} (press ? for the list)")
            continue
        keymap[binding_id] = ",".join(parts)
    return keymap, warnings


def load_keymap(path: str | os.PathLike[str] | None = None, known_ids: set[str] | None = None) -> tuple[dict[str, str], list[str]]:
    """Read the keymap file; a missing file is an empty keymap, a broken one a warning.

    ``path`` is an explicit choice (``Settings.keymap_path``): missing, it is worth a warning;
    None looks at the default place, where no file just means the default keys.
    """
    p = Path(path).expanduser() if path is not None else default_keymap_path()
    if not p.exists():
        if path is not None:
            return {}, [f"keymap: {p}: no such file, using the default keys"]
        return {}, []
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"keymap: {p}: {exc}; using the default keys"]
    except OSError as exc:
        return {}, [f"keymap: {p}: {exc.strerror or exc}; using the default keys"]
    keymap, warnings = parse_keymap(data, known_ids)
    return keymap, [w.replace("keymap:", f"keymap: {p}:", 1) for w in warnings]
