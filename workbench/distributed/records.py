"""The JSONL records of an archive, as the units a distributed ingest hands to its workers.

Files are the unit of distribution (a worker reads its file line by line), so the driver
never reads an archive's text; each record keeps where it came from, so a bad line is
reported as ``file:line`` exactly as the local ingest reports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.ingest.meta import outlet_from_filename
from workbench.ingest.sources import InputSource


def file_item(src: InputSource) -> dict[str, Any]:
    """What a worker needs to read one JSONL file of the archive."""
    assert src.path is not None
    return {"path": str(src.path), "display": src.display, "outlet": outlet_from_filename(src.path)}


def file_records(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Every non-blank line of one JSONL file as a record for ``process_document``."""
    out = []
    with Path(item["path"]).open("rb") as fh:
        for line, raw in enumerate(fh, start=1):
            if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.strip():
                out.append({**item, "line": line, "raw": raw})
    return out
