"""Start-up stays light: model and UI libraries are imported only where they are used.

Each check runs in a fresh interpreter, because this test process itself has long since
imported torch and friends.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "transformers", "sentence_transformers", "onnxruntime")


def loaded_after(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` are in ``sys.modules`` after running ``code`` in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([n for n in {list(names)!r} if n in sys.modules]))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_cli_import_loads_no_model_or_ui_library():
    assert loaded_after("import workbench.cli", (*HEAVY, "textual")) == []


def test_embed_modules_import_nothing_heavy():
    code = "import workbench.analyze.embed, workbench.analyze.embed_cache, workbench.analyze.onnx_backend"
    assert loaded_after(code, (*HEAVY, "tokenizers", "textual")) == []


def test_cached_onnx_encoding_never_imports_torch(onnx_embedder, embed_cache_dir):
    code = (
        "from workbench.analyze.embed import get_embedder\n"
        f"vec = get_embedder('onnx', cache_dir={str(embed_cache_dir)!r}).encode(['Wagner claims 52% of Bakhmut.'])\n"
        "assert vec.shape == (1, 384)"
    )
    loaded = loaded_after(code, HEAVY)
    assert "onnxruntime" in loaded  # the probe really ran the model
    assert [n for n in loaded if n != "onnxruntime"] == []
