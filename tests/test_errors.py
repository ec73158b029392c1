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
