"""Fixtures of the CLI tests: click's runner (commands run in-process, settings read per invocation)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner


@pytest.fixture
def runner():
    return CliRunner()
