"""Two acts that share only a named participant: two acts of the story, however alike their phrases read.

Why: a name weighs heavily in a short act phrase's embedding, so two different acts done to or by one named person
read as one act ("Mara Tenk resigned from the harbour trust" / "Mara Tenk was detained at her flat": 0.63, over
``act_identity.PHRASE_SIMILARITY``), and two reports dating them to two days were set against each other as "day of
one act" (dev D110: an arrest, a resignation, a dismissal and a charge of one director, each on its own day). A
named person or body is a participant, who does and undergoes many things in one story; what makes two acts one is
their predicate: what was done (a deed both claims state: ``Frame.deeds``) or what it was done to or by, in words
that are no name (a common noun: "came across the asbestos" / "turned up the asbestos"; "the regional court ruled"
/ "the regional court handed down its judgment"). Where the two act phrases share words and every shared word is
part of a name in both (a name in one and a common noun in the other, "the Brisby Harbour Trust" / "the harbour trust",
may be the thing acted on), and the two claims state no deed in common, the acts are two: no time of one is a time of
the other.
A phrase that keeps only a name ("Mara Tenk", where extraction kept no verb) names no act of its own at all.
"""

from __future__ import annotations

import re

from workbench.extract.words import STOPWORDS, content_stems, same_stem
from workbench.models import Frame

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _name_stems(phrase: str) -> set[str]:
    """Stems of the words written as part of a name: capitalised, other than the phrase's first word unless the word
    after it is capitalised too ("Mara Tenk resigned": both; "Workmen turned up ...": none)."""
    words = _WORD.findall(phrase)
    out: set[str] = set()
    for k, w in enumerate(words):
        if not w[:1].isupper() or w.casefold() in STOPWORDS:
            continue
        if k == 0 and not (len(words) > 1 and words[1][:1].isupper()):
            continue
        out.update(content_stems(w))
    return out


def names_only(fx: Frame, fy: Frame) -> bool:
    """The two acts share a participant's name and nothing else: every word their phrases share is written with a
    capital in both and as part of a name in at least one, and the two claims state no deed in common (module
    docstring)."""
    x, y = fx.act_text or "", fy.act_text or ""
    shared = [s for s in content_stems(x) if any(same_stem(s, t) for t in content_stems(y))]
    if not shared or any(same_stem(d, e) for d in fx.deeds for e in fy.deeds):
        return False
    names, cx, cy = _name_stems(x) | _name_stems(y), _capitals(x), _capitals(y)
    return all(any(same_stem(s, n) for n in names) and any(same_stem(s, c) for c in cx)
               and any(same_stem(s, c) for c in cy) for s in shared)


def _capitals(phrase: str) -> set[str]:
    """Stems of the capitalised words: a surname opening one phrase ("Tenk was held") is the name the other phrase
    writes in full ("Mara Tenk resigned"), though alone at the start it cannot be told from a common word."""
    return {s for w in _WORD.findall(phrase) if w[:1].isupper() and w.casefold() not in STOPWORDS
            for s in content_stems(w)}
