"""Import ``sqlite_utils`` without dragging in pandas and numpy (a third of a second per process).

Why: ``sqlite_utils.db`` imports pandas and numpy at module load whenever they are installed,
for one purpose only: so that ``COLUMN_TYPE_MAPPING`` (the Python type -> SQL column type map
it uses when it creates or alters a table from sample values) knows ``numpy.int64``,
``pandas.Timestamp`` and friends. The store never needs that (its tables come from explicit
migrations, its values are plain Python), yet every ``workbench ingest`` paid about 0.35 CPU-s
for the two imports (issue 12), a twentieth of ingesting 10k claims.

So the first import of ``sqlite_utils`` (always through ``workbench.store``, which imports this
module first) runs with pandas and numpy marked absent, and the marks are removed at once: any
later ``import numpy`` / ``import pandas`` works as usual. The type map is then made lazy: a
lookup of a type it does not know adds the numpy and pandas entries ``sqlite_utils`` would have
added, from whichever of the two is loaded by then (a numpy or pandas value can only exist once
its module is loaded), so ``sqlite_utils`` answers exactly as before for every caller.
"""

from __future__ import annotations

import sys
from typing import Any

_HEAVY = ("pandas", "numpy")


def _numpy_pandas_types() -> dict[Any, str]:
    """The entries ``sqlite_utils.db`` adds for numpy and pandas, for the ones loaded now."""
    extra: dict[Any, str] = {}
    np = sys.modules.get("numpy")
    if np is not None:
        try:
            extra.update({np.int8: "INTEGER", np.int16: "INTEGER", np.int32: "INTEGER", np.int64: "INTEGER",
                          np.uint8: "INTEGER", np.uint16: "INTEGER", np.uint32: "INTEGER", np.uint64: "INTEGER",
                          np.float16: "REAL", np.float32: "REAL", np.float64: "REAL"})
        except AttributeError:  # as sqlite_utils: a numpy without one of these types adds none
            extra = {}
    pd = sys.modules.get("pandas")
    if pd is not None and getattr(pd, "Timestamp", None) is not None:
        extra[pd.Timestamp] = "TEXT"
    return extra


class LazyTypeMapping(dict):
    """``COLUMN_TYPE_MAPPING`` that learns the numpy/pandas types on the first lookup that misses."""

    def _learn(self) -> bool:
        new = {k: v for k, v in _numpy_pandas_types().items() if not dict.__contains__(self, k)}
        self.update(new)
        return bool(new)

    def __missing__(self, key: Any) -> str:
        if self._learn() and dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            self._learn()
        return dict.get(self, key, default)


def import_sqlite_utils() -> None:
    """Import ``sqlite_utils`` (once) with pandas and numpy hidden unless already loaded; see the module doc."""
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in _HEAVY if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" raises ImportError meanwhile
    try:
        import sqlite_utils.db as sdb
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    if hidden:
        sdb.COLUMN_TYPE_MAPPING = LazyTypeMapping(sdb.COLUMN_TYPE_MAPPING)


import_sqlite_utils()
