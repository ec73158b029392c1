"""When an act happened against another happening the claim names: before it or after it.

Why: outlets time one happening against another instead of a clock ("the crush began eight minutes before kick-off"
/ "the crush began shortly after kick-off"; "the roof fell in before the evacuation" / "after the evacuation"). Such
a time is no clock, day or date, so no time slot holds it and the two accounts were never compared. Stored once per
claim as ``Frame.anchor``: ``{"side": "before"|"after", "of": head, "thing": head, "verb": word}`` -- which side of
the named happening (``of``, the head noun of the phrase after "before" / "after") the act lies on, what the act
happened to (``thing``, ``extract.act_things.thing_of``: a thing, not someone) and its verb. Analysis
(``analyze.anchored_acts``) sets two claims of one act against one happening on opposite sides.

Closed class only, conservatively: the phrase after "before" / "after" is a noun phrase of lower-case words closed by
punctuation or the sentence's end (a clause, "after the gate opened", has a verb; a name, a day, a figure or a clock
time belongs to the time slots), whose head is no pronoun, adverb or part of the day; the act is stated done and not
negated once the phrase is set aside ("the scheduled kick-off" plans nothing of the act itself).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from workbench.extract.act_kinds import verb_form
from workbench.extract.act_things import _PAST, thing_of
from workbench.extract.daytimes import DAY_PARTS

_ANCHOR = re.compile(r"\b(before|after)\s+((?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z-]*)\s*(?=[,.;:]|$)")
_DETS = frozenset("the a an its their his her this that these those our my your".split())
# heads that make "before" / "after" an adverb or a clause, not a happening: closed class
_NOT_HEADS = frozenset("long then now ago ever once all that this it them him her us me you which what whom".split())
_PRONOUNS = frozenset("he she they we i you it someone nobody everyone".split())
_AUX = frozenset("was were is are be been being has have had did does do".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _clause(words: list[str]) -> bool:
    """The phrase holds a verb or a pronoun after its first word: "the gate opened", "it collapsed"."""
    return any(w in _PRONOUNS for w in words) or any(
        w in _PAST or w in _AUX or verb_form(w, [words[k - 1]]) is not None for k, w in enumerate(words) if k > 0)


def _verb(act_text: str, thing: str) -> str | None:
    """The act's verb: the first word after its subject's head that is no auxiliary ("was opened": "opened")."""
    words = [w.lower() for w in _WORD.findall(act_text)]
    if thing not in words:
        return None
    rest = [w for w in words[words.index(thing) + 1:] if w not in _AUX and not w.endswith("ly")]
    if rest[:2] == ["took", "place"] or rest[:2] == ["broke", "out"]:
        return " ".join(rest[:2])  # the verb with its particle: "took place" times the happening itself
    return rest[0] if rest else None


def anchor_of(text: str, act_text: str | None, polarity: dict[str, Any] | None,
              modality: Callable[[str], str]) -> dict[str, Any] | None:
    """``{"side", "of", "thing", "verb"}`` (module docstring), or None: no happening named before or after the act,
    the act is no done change of a thing, or it is negated. ``modality`` reads the claim's modality from a text."""
    if polarity and (polarity.get("neg") or polarity.get("denial")):
        return None
    m = _ANCHOR.search(text)
    if m is None:
        return None
    words = m.group(2).split()
    if _clause(words):
        return None
    head = words[-1]
    if head in _NOT_HEADS or head in _DETS or head in DAY_PARTS:
        return None
    thing = thing_of(act_text)
    if thing is None or modality(text[:m.start()] + text[m.end():]) != "done":
        return None
    verb = _verb(act_text or "", thing)
    return {"side": m.group(1), "of": head, "thing": thing, "verb": verb} if verb else None
