"""Test-wide settings: offline model loading, a fixed reviewer, shared fixtures."""

from __future__ import annotations

import os

# Nothing may download at test time: the bundled model loads from site-packages.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["WORKBENCH_REVIEWER"] = "tester"
os.environ.pop("WORKBENCH_DB", None)

# Tests are organised like the code (tests/store, tests/extract, tests/ingest, tests/analyze,
# tests/export, tests/tui, tests/cli, tests/benchmarks), each folder's conftest.py holding the
# fixtures of that area. The session-wide embedders and analysed samples are used by several
# areas, so they are registered here (pytest_plugins is only allowed in the root conftest).
pytest_plugins: list[str] = ["tests.analyze.fixtures_embed", "tests.analyze.fixtures_analyze"]
