"""Two record claims of one thing with different base years conflict ("worst since records began" / "worst since
1994").

Why: a record is a claim about every earlier case: "the worst hailstorm since records began in 1951" says none was
worse since 1951; "the worst storm since 1994" says one was worse in (or before) 1994. Two sources that state the
same superlative of one thing from different bases disagree, whatever else their sentences say. Read only from the
stored slot (``Frame.record``, ``extract.records``); the things are one where their head nouns share a stem or one
ends with the other ("hailstorm" / "storm"), or the bundled MiniLM puts them close.
"""

from __future__ import annotations

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.running_counts import one_source
from workbench.analyze.sides import Side
from workbench.extract.words import same_stem

THING_SIMILARITY = 0.6  # as ``one_measure``: two head nouns this close under MiniLM name one thing


def _one_thing(x: str, y: str) -> bool:
    hx, hy = x.split()[-1], y.split()[-1]
    if same_stem(hx, hy) or hx.endswith(hy) or hy.endswith(hx):
        return True
    close = phrase_similarity(hx, hy)
    return close is not None and close >= THING_SIMILARITY


def _base(r: dict) -> str:
    return "records began" + (f" in {r['began']}" if r.get("began") else "") if r["since"] == "records" else r["since"]


def record_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """("conflict", reason) for one superlative of one thing from two bases, ("agree", reason) from one base;
    None where either claim states no record, the superlatives or things differ, or one source states both."""
    fa, fb = a.frame, b.frame
    ra, rb = (fa.record if fa is not None else None), (fb.record if fb is not None else None)
    if not ra or not rb or ra.get("sup") != rb.get("sup") or one_source(fa, fb) or not _one_thing(ra["thing"], rb["thing"]):
        return None
    what = f"{ra['sup']} {ra['thing']}"
    if ra["since"] == rb["since"]:
        return "agree", f"same record: {what} since {_base(ra)}"
    return "conflict", (f"source vs source: {fa.speaker or 'unattributed'} {what} since {_base(ra)} vs "
                        f"{fb.speaker or 'unattributed'} {rb['sup']} {rb['thing']} since {_base(rb)}")
