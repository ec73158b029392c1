"""The layout is the architecture: one-way data flow, no Textual in core modules."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ["workbench.models", "workbench.store", "workbench.ingest", "workbench.extract", "workbench.analyze", "workbench.export"]


def test_import_contracts_hold():
    """import-linter: tui/cli -> analyze/ingest/export -> extract -> store, and no textual in core."""
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_load_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_ruff_clean():
    """The code style the team agreed on (pyproject's [tool.ruff]) holds everywhere."""
    exe = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(exe).exists():
        pytest.skip("ruff is not installed")
    result = subprocess.run([exe, "check", "workbench", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small():
    """Small modules with names that say what they hold: none grows past 300 lines."""
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "workbench").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300
    }
    assert not too_long, too_long


# Every package but workbench.store, and the top-level modules: none holds SQL.
SQL_FREE = sorted(p.name for p in (ROOT / "workbench").iterdir() if p.is_dir() and (p / "__init__.py").exists()
                  and p.name != "store")
_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|VIEW|INDEX))\b")


def test_no_sql_outside_the_store():
    """The import contract cannot see SQL in strings: this does (UI, CLI and exporters call store functions)."""
    assert {"tui", "cli", "export", "analyze", "ingest", "extract", "distributed"} <= set(SQL_FREE)
    files = [p for package in SQL_FREE for p in sorted((ROOT / "workbench" / package).rglob("*.py"))]
    files += sorted((ROOT / "workbench").glob("*.py"))
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in files
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if _SQL.search(line) or re.match(r"\s*(import sqlite3|from sqlite3 |import sqlite_utils|from sqlite_utils )", line)
    ]
    assert not found, found


# Core modules that still read the environment themselves: none. Setting Hugging Face's offline
# flags right before a model loads (os.environ.setdefault, documented in docs/architecture.md)
# is not a read and is allowed; every other value comes from Settings. Never grow this list.
ENV_READERS_LEFT: set[str] = set()
_HF_OFFLINE = re.compile(r'os\.environ\.setdefault\("(HF_HUB_OFFLINE|TRANSFORMERS_OFFLINE)", "1"\)')


def test_core_code_reads_no_environment():
    """Settings are read once at the CLI/UI entry (workbench.settings) and passed down as values."""
    readers = {
        str(p.relative_to(ROOT))
        for package in ("store", "ingest", "extract", "analyze", "export", "distributed", "tui")
        for p in (ROOT / "workbench" / package).rglob("*.py")
        for line in p.read_text(encoding="utf-8").splitlines()
        if re.search(r"os\.environ|os\.getenv", line) and not _HF_OFFLINE.search(line)
    }
    assert readers <= ENV_READERS_LEFT, sorted(readers - ENV_READERS_LEFT)
