"""Session-wide embedders for the embedding tests: the real bundled model, exported once.

The ONNX export (a few seconds plus a torch import) is built a single time per test
session into a temporary cache folder, so no test touches the user's own cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analyze.embed import Embedder, get_embedder


@pytest.fixture(scope="session")
def embed_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embed-cache")


@pytest.fixture(scope="session")
def onnx_embedder(embed_cache_dir: Path) -> Embedder:
    return get_embedder("onnx", cache_dir=embed_cache_dir)


@pytest.fixture(scope="session")
def torch_embedder() -> Embedder:
    return get_embedder("torch")
