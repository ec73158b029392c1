"""Two participation verbs name one act: "1,200 people joined the protest" / "300 people took part" count one crowd.

Why: ``count_groups.roles_apart`` keeps two counts of a general noun ("people") under two predicates apart, since
"people" may name any group of the story (hurt, evacuated, employed), and ``one_measure`` asks for positive evidence
of one measure. Joining, attending, taking part and participating are one relation of a person to one gathering,
whatever the gathering is called, so two reports that count people under two of these verbs count the same group
and their figures are rivals. The class is closed (verbs of taking part), read on the stored group word
(``Frame.measures[...]["group"]``, ``extract.count_groups``), never on the topic. The stored group keeps the verb
only, so "took" counts only where the claim's act phrase says "took part" ("took shelter" is another act).
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems

# Stems of the verbs of taking part in a gathering
_TAKING_PART = frozenset({"join", "attend", "participat"})
_TAKE = frozenset({"took", "take", "taken"})  # only with "part" after it
_PART = re.compile(r"\b(?:took|take|takes|taken|taking)\s+part\b", re.IGNORECASE)
# Nouns that count any person (closed class, as ``count_groups``)
_PERSON = frozenset({"people", "persons", "person", "individuals", "individual"})


def _taking_part(word: str, text: str | None) -> bool:
    return word in _TAKING_PART or (word in _TAKE and bool(text) and _PART.search(str(text)) is not None)


def one_gathering(word_a: str, word_b: str, texts: tuple[str | None, str | None]) -> bool:
    """True when both group words (stems, as ``count_groups._word``) are verbs of taking part in a gathering;
    ``texts``: each claim's act phrase (or text), read only for "took part"."""
    return _taking_part(word_a, texts[0]) and _taking_part(word_b, texts[1])


def _verb(group: str) -> str:
    """The stem of a stored predicate group's first content word ("predicate:took" -> took), else ""."""
    kind, _, words = group.partition(":")
    stems = content_stems(words) if kind == "predicate" else []
    return stems[0] if stems else ""


def gathering_of(ma: dict, mb: dict, texts: tuple[str | None, str | None]) -> str | None:
    """"same gathering: joined / took" when both stored counts are of a person noun, each the subject of a verb of
    taking part (a predicate group: read after the figure); else None."""
    if not all(str(m.get("unit") or "").casefold() in _PERSON for m in (ma, mb)):
        return None
    ga, gb = str(ma.get("group") or ""), str(mb.get("group") or "")
    if not one_gathering(_verb(ga), _verb(gb), texts):
        return None
    return f"same gathering: {ga.partition(':')[2]} / {gb.partition(':')[2]}"
