"""``workbench.store`` imports sqlite_utils without pandas/numpy, and sqlite_utils still maps their types.

Each check runs in a fresh interpreter: this test process has long since imported numpy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_probe(code: str) -> object:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_cli_and_store_import_neither_pandas_nor_numpy():
    code = "import workbench.cli, workbench.store, workbench.ingest\nimport json, sys\n" \
           "print(json.dumps([n for n in ('pandas', 'numpy') if n in sys.modules]))"
    assert run_probe(code) == []


def test_numpy_and_pandas_import_normally_afterwards_and_sqlite_utils_maps_their_types():
    code = (
        "import workbench.store\nimport json, numpy as np, pandas as pd, sqlite_utils\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'i': np.int64(3), 'u': np.uint8(2), 'f': np.float32(1.5), 'ts': pd.Timestamp('2020-01-02')})\n"
        "from sqlite_utils.db import COLUMN_TYPE_MAPPING as m\n"
        "print(json.dumps({c.name: c.type for c in db['t'].columns} | {'get': m.get(np.int16), 'str': m[str]}))"
    )
    assert run_probe(code) == {"i": "INTEGER", "u": "INTEGER", "f": "REAL", "ts": "TEXT", "get": "INTEGER",
                               "str": "TEXT"}


def test_unknown_types_still_raise_as_in_sqlite_utils():
    code = (
        "import workbench.store, json\nfrom sqlite_utils.db import COLUMN_TYPE_MAPPING as m\n"
        "try:\n    m[complex]\n    out = 'no error'\nexcept KeyError:\n    out = 'KeyError'\n"
        "print(json.dumps([out, m.get(complex, 'dflt')]))"
    )
    assert run_probe(code) == ["KeyError", "dflt"]
