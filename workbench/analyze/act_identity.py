"""Whether two claims report one act, however differently worded: the condition for comparing their times.

Why: outlets time one happening in different verbs ("the draw was halted at 20:15" / "the draw was stopped
shortly before 9pm"; "the baboons escaped" / "the baboons got out"), and the whole claims, with their times,
sources and asides, read too far apart for any similarity cut ("The roof fell in shortly before 2am, the union
said" / "A tunnel roof gave way ... at 03:15 on Monday, Carrick Minerals said": 0.30). Extraction stores each
claim's act without those (``Frame.act_text``, ``extract.act_phrases``); here they are compared:

* one stem stated as done in one claim and written in the other ("was closed" / "closed"), in claims that read
  as about one happening at all (``DEED_SIMILARITY``), is one act;
* otherwise the two act phrases, embedded with the bundled MiniLM, must be close (``PHRASE_SIMILARITY``: chosen
  on the timed pairs of dev events D1-D48 as a whole, where two reports of one act scored 0.61-0.94 and two acts
  of one story (rescued / collapsed, broadcast / stopped) at most 0.64, mostly under 0.59);
  where both acts' subjects have one head noun ("the draw was halted" / "the Saturday draw ... was stopped") the
  phrases need only be closer than ``SUBJECT_PHRASE_SIMILARITY``;
* either way, two subjects that are different common nouns ("the tower was built" / "the chapel was built") are
  two things, and an act told as one of several in one phrase only ("a second bus overturned" / "a bus
  overturned") is another happening.

Cost stays linear: a phrase is embedded once, when a rule first compares it, and kept (a bounded cache across
events). Phrases are embedded with the model's fp32 graph (``Embedder.phrase_embedder``), each alone
(:func:`_embed`): the int8 graph the claims use erred by up to 0.03 cosine on short phrases and quantizes its
activations with one scale per batch, so a phrase read differently beside other batch mates; which phrases met in a
batch followed the order rules asked in, and the same database analyzed twice gave different verdicts. Now a
phrase's vector is the published model's, a function of its words alone. The model loads on first use, in the
process that needs it (never on the CLI's start-up path); where it cannot load, only the shared-deed test speaks.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from workbench.analyze.embed import BUNDLED_NAME
from workbench.analyze.sides import Side
from workbench.errors import WorkbenchError
from workbench.extract.words import content_stems, same_stem
from workbench.models import Frame

DEED_SIMILARITY = 0.35  # a shared deed: the claims must read as about one happening at least this much
PHRASE_SIMILARITY = 0.6  # two act phrases at least this close name one act (module docstring)
SUBJECT_PHRASE_SIMILARITY = 0.45  # ... or this close, where both acts are done to or by one thing (one head noun)
# words that make an act one instance of several ("a second bus overturned", "the last miner was brought up",
# "another fire broke out"): two phrases that differ in them are two happenings, however alike (closed class)
_INSTANCE = frozenset("first second third fourth fifth another again last latest final next new further".split())
# verbs of perception (closed class): with "first", the act is a first sighting, one happening whoever reports it
_PERCEIVE = frozenset("saw seen see sees spotted spot spots noticed notice notices sighted detected observed "
                      "discovered found heard smelled smelt".split())
_KEEP = 8192  # phrase vectors kept (least recently used dropped first: memory stays bounded, ~12 MB)
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
_vectors_of: list[object] = [None]  # the model whose vectors ``_vectors`` holds
_model: dict[int, object] = {}  # process id -> embedder (a forked worker loads its own)
_cache: list[str | Path | None] = [None]  # the export cache the pipeline named (None: the user cache)


def use_embedder(embedder: object, cache_dir: str | Path | None = None) -> None:
    """Compare act phrases with the pipeline's loaded model when it is the bundled MiniLM the thresholds were chosen
    on; ``cache_dir`` is where a worker process (or another model's run) finds the bundled model's export."""
    _cache[0] = cache_dir
    if str(getattr(embedder, "model_id", "")).startswith(BUNDLED_NAME):
        _model[os.getpid()] = embedder


def _embedder():
    pid = os.getpid()
    if pid not in _model:
        try:
            from workbench.analyze.embed import get_phrase_embedder

            _model[pid] = get_phrase_embedder(cache_dir=_cache[0])
        except (WorkbenchError, OSError, ImportError):
            _model[pid] = None  # no model here: phrases are not compared, shared deeds still are
    model = _model[pid]
    exact = getattr(model, "phrase_embedder", None)  # the unquantized graph of the same model, where there is one
    return exact() if exact is not None else model


def _embed(phrases: Iterable[str]) -> None:
    """Encode each phrase not yet known, alone (module docstring: why alone), and keep its vector."""
    wanted = [p for p in dict.fromkeys(phrases) if p]
    model = _embedder()
    if model is None or not wanted:
        return
    if _vectors_of[0] is not model:
        _vectors.clear()
        _vectors_of[0] = model
    todo = [p for p in wanted if p not in _vectors]
    for p in wanted:
        if p in _vectors:
            _vectors.move_to_end(p)
    if todo:
        _vectors.update(zip(todo, model.encode(todo, batch_size=1), strict=True))  # type: ignore[attr-defined]
    while len(_vectors) > _KEEP:
        _vectors.popitem(last=False)


def phrase_similarity(x: str, y: str) -> float | None:
    """Cosine of two act phrases, or None where no model is at hand."""
    _embed((x, y))
    vx, vy = _vectors.get(x), _vectors.get(y)
    return None if vx is None or vy is None else float(vx @ vy)


def _heads(fa: Frame, fb: Frame) -> tuple[str, str] | None:
    """The two acts' subjects' head nouns, where both are common nouns (a name is an actor, who does many things)."""
    ha, hb = fa.act_subject[-1:], fb.act_subject[-1:]
    return (ha[0], hb[0]) if ha and hb and ha[0].islower() and hb[0].islower() else None


def _instances(phrase: str | None) -> set[str]:
    return {w for w in (phrase or "").casefold().split() if w in _INSTANCE}


def first_perception(x: str | None, y: str | None) -> str | None:
    """Both acts are the first perception of one thing ("the first dead X were spotted" / "Y first saw dead X"):
    a first sighting is one act however worded and whoever saw it, so its times compare; the two must share a
    content word besides the closed-class ones (what was seen), else they are first sightings of two things."""
    if not x or not y:
        return None
    wx, wy = x.casefold().split(), y.casefold().split()
    if not all("first" in w and not _PERCEIVE.isdisjoint(w) for w in (wx, wy)):
        return None
    closed = _PERCEIVE | _INSTANCE
    sx = [s for s in content_stems(x) if s not in closed]
    if any(same_stem(s, t) for s in sx for t in content_stems(y) if t not in closed):
        return f"first sighting: {x} / {y}"
    return None


def _act_deeds(f: Frame, text: str) -> list[str]:
    """The deeds of the claim's act: less those written only in the words before its act phrase (a clause about the
    speaker, "a driver who was parked nearby said ...", tells no deed of the act reported)."""
    at = text.find(f.act_text) if f.act_text else -1
    if at <= 0:
        return f.deeds
    lead, act = content_stems(text[:at]), content_stems(text[at:])
    return [d for d in f.deeds if not any(same_stem(d, w) for w in lead) or any(same_stem(d, w) for w in act)]


def _said(s: Side) -> list[str]:
    """The claim's stems less its source's name: "the museum's insurers estimated" writes no deed of insuring."""
    source = set(content_stems(s.frame.speaker or ""))
    return [w for w in content_stems(s.text) if w not in source]


def shared_deed(a: Side, b: Side) -> list[str]:
    """The deeds one claim states and the other writes ("buri" / "burial"), not only in the name of who says it."""
    fa, fb = a.frame, b.frame
    sa, sb = _said(a), _said(b)
    da, db = _act_deeds(fa, a.text), _act_deeds(fb, b.text)
    return [d for d in da if any(same_stem(d, t) for t in sb)] + \
        [d for d in db if d not in da and any(same_stem(d, t) for t in sa)]


def _deed_and_change(fa: Frame, fb: Frame) -> bool:
    """One act is a thing's change of its own state, the other that thing's deed to another thing or place
    (``Frame.onset``'s ``"thing"`` and ``"deed"``, ``extract.act_things``): two acts of one thing, however alike
    their phrases read ("the ferry went over" / "the ferry had left Brenn")."""
    oa, ob = fa.onset or {}, fb.onset or {}
    return any(x.get("thing") and y.get("deed") and same_stem(x["thing"], y["deed"]) for x, y in ((oa, ob), (ob, oa)))


def same_act(a: Side, b: Side, sim: float) -> str | None:
    """What shows that two claims report one act (a shared deed, or both act phrases), else None."""
    fa, fb = a.frame, b.frame
    seen = first_perception(fa.act_text, fb.act_text)
    if seen:  # "the first X were spotted" / "Y first saw X": one happening, whoever saw it
        return seen
    heads = _heads(fa, fb)
    if heads and not same_stem(*heads) or _instances(fa.act_text) != _instances(fb.act_text):
        return None  # "the tower was built" / "the chapel was built": two things; "a bus" / "a second bus": two acts
    if _deed_and_change(fa, fb):
        return None  # "the ferry had left Brenn" / "the ferry went over": what it did, then what befell it
    deed = shared_deed(a, b) if sim >= DEED_SIMILARITY else []
    if deed:
        return deed[0]
    if fa.act_text and fb.act_text and fa.act_text.casefold() != fb.act_text.casefold():
        close = phrase_similarity(fa.act_text, fb.act_text)
        if close is not None and close >= (SUBJECT_PHRASE_SIMILARITY if heads else PHRASE_SIMILARITY):
            return f"{fa.act_text} / {fb.act_text}"
    elif fa.act_text and fb.act_text:
        return fa.act_text
    return None
