"""A feed of JSONL or text never pays for the HTML parser's import (issue 12: ingest start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_ingest_of_jsonl_imports_neither_trafilatura_nor_lxml(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "https://news.example/1", "text": "The mayor said 40 homes were damaged."}) + "\n")
    code = (
        "import json, sys\nfrom workbench.cli import main\n"
        f"sys.argv = ['workbench', 'ingest', {str(feed)!r}, '--db', {str(tmp_path / 'c.db')!r}, '-q']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps([n for n in ('trafilatura', 'lxml', 'pandas', 'numpy') if n in sys.modules]))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_html_pages_still_parse_with_the_lazy_import():
    from workbench.ingest.html import parse_html

    page = "<html><head><title>T</title></head><body><nav>Menu</nav><p>The mayor said 40 homes were hit.</p></body></html>"
    assert "40 homes" in parse_html(page).text
