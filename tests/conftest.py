"""Test-wide settings: offline model loading, a fixed reviewer, shared fixtures."""

from __future__ import annotations

import os

# Nothing may download at test time: the bundled model loads from site-packages.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["WORKBENCH_REVIEWER"] = "tester"
os.environ.pop("WORKBENCH_DB", None)

# Area fixtures live in their own modules; list them here.
pytest_plugins: list[str] = ["tests.fixtures_embed", "tests.fixtures_analyze"]
