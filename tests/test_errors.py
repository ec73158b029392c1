"""One error root: every deliberate failure is a WorkbenchError that the CLI shows as one line."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import click
from click.testing import CliRunner

import workbench
from workbench.cli.common import friendly_errors
from workbench.errors import WorkbenchError
from workbench.store.db import StoreError

# Heavy or optional modules are imported lazily by the pipeline; their error classes are
# checked by name through the modules that define them.
SKIP = {"workbench.analyze.onnx_backend"}


def _project_exceptions() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(workbench.__path__, "workbench."):
        if info.name in SKIP or info.name.startswith("workbench.tui"):
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found.append(obj)
    return found


def test_every_project_exception_derives_from_the_root():
    classes = _project_exceptions()
    names = {c.__name__ for c in classes}
    assert {"StoreError", "ExportError", "EmbedError", "NliError", "InputRefused", "FrontMatterError"} <= names
    assert [c.__name__ for c in classes if not issubclass(c, WorkbenchError)] == []


def _command(exc: BaseException) -> click.Command:
    @click.command()
    @friendly_errors
    def cmd() -> None:
        raise exc

    return cmd


def test_friendly_errors_shows_any_workbench_error_as_its_message():
    class Custom(WorkbenchError):
        pass

    for exc in (Custom("the thing is missing"), StoreError("the thing is missing")):
        result = CliRunner().invoke(_command(exc), [])
        assert result.exit_code == 1
        assert "error: the thing is missing" in result.output
        assert "Traceback" not in result.output and "DEBUG" not in result.output


def test_friendly_errors_names_an_unexpected_exception_type():
    result = CliRunner().invoke(_command(ZeroDivisionError("boom")), [])
    assert result.exit_code == 1
    assert "ZeroDivisionError: boom" in result.output and "WORKBENCH_DEBUG" in result.output


def test_importing_the_embedder_leaves_the_environment_alone():
    """No module changes the process environment on import (the offline flags are set at load time)."""
    import os
    import subprocess
    import sys

    code = (
        "import os; os.environ.pop('HF_HUB_OFFLINE', None); os.environ['TRANSFORMERS_OFFLINE'] = '0'\n"
        "import workbench.analyze.embed as e, workbench.analyze.pipeline, workbench.analyze.nli\n"
        "print(os.environ.get('HF_HUB_OFFLINE'), os.environ.get('TRANSFORMERS_OFFLINE'))\n"
        "e.offline_hub(); print(os.environ.get('HF_HUB_OFFLINE'), os.environ.get('TRANSFORMERS_OFFLINE'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["None 0", "1 0"]  # set only when loading, never overriding the user
