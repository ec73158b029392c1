"""``workbench review`` on the command line, and the app module's import weight."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "transformers", "sentence_transformers", "onnxruntime")


def test_missing_db_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["review", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no such database" in lines[0]
    assert "Traceback" not in result.output


def test_foreign_file_is_one_line_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "--db", str(junk)])
    assert result.exit_code == 1
    assert "not a workbench database" in result.output and "Traceback" not in result.output


def test_review_help_names_the_options():
    result = CliRunner().invoke(main, ["review", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--reviewer", "--keymap", "--blind"):
        assert option in result.output


def test_app_module_imports_no_model_library():
    probe = (
        "import workbench.tui.app, workbench.tui.screens.review, workbench.tui.screens.help\n"
        "import json, sys\n"
        f"print(json.dumps([n for n in {list(HEAVY)!r} if n in sys.modules]))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
