"""Which named body a source described only by its kind ("the company said") stands for in its own report.

Why: a report names a body once ("Carrowgate said the fire began in the battery room") and then describes it
("the company again said its sprinklers had worked"). Read as two sources, the body's denial in another report
("Carrowgate denied that the system had been switched off") is set against its own words as a dispute between
sources (issue 9, dev D73). Within one report the description stands for the body named last before it, where
that body is of the description's kind: a name that ends in another kind of body ("the Harbour Fitters' Union"
is no "company") ends the search with no referent, as does none at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.heads import ORG_NOUNS
from workbench.store.analysis import ClaimRow

# a party described by its kind: "the company", "a company spokesman", "the firm's statement"
DESCRIPTION = re.compile(r"(?:the|a|an)\s+([a-z]+)(?:\s+(?:spokes\w+|official|officials|statement))?", re.IGNORECASE)


# a pronoun or a bare quantifier as the source ("it said", "some called for"): it names no one, and may stand for the
# very party a denial speaks for (closed class)
NAMELESS = frozenset("it they he she we i you some others many most several few one".split())


def named_source(r: ClaimRow) -> str | None:
    """The named source a claim is attributed to; None for the outlet's own report, or a source that is a pronoun
    or a bare quantifier ("it", "some"): no party is named to set against another."""
    f = r.frame
    if f is None or f.speaker_kind == "none" or not f.speaker or f.speaker.casefold() in NAMELESS:
        return None
    return f.speaker


def _named_body(r: ClaimRow) -> str | None:
    """The claim's source as a name ("Carrowgate", "the Harbour Fitters' Union" -> "Harbour Fitters' Union"): an
    organisation, or a one-word name (a person is named in two); None for a description or no source."""
    who = named_source(r) or ""
    name = re.sub(r"^the\s+", "", who, flags=re.IGNORECASE)
    if not name[:1].isupper() or DESCRIPTION.fullmatch(who):
        return None
    return name if r.frame.speaker_kind == "organization" or len(name.split()) == 1 else None  # type: ignore[union-attr]


def referents(rows: list[ClaimRow]) -> dict[str, str]:
    """Claim id -> the named body its described claimant stands for (module docstring), for the claims of
    ``rows`` (one event's) whose source is an organisation described by its kind."""
    out: dict[str, str] = {}
    reports: dict[str, list[ClaimRow]] = {}
    for r in sorted(rows, key=lambda r: (r.document_id, r.order)):
        reports.setdefault(r.document_id, []).append(r)
    for report in reports.values():
        for k, r in enumerate(report):
            desc = DESCRIPTION.fullmatch(named_source(r) or "")
            if desc is None or r.frame.speaker_kind != "organization":  # type: ignore[union-attr]
                continue
            name = next((n for n in map(_named_body, reversed(report[:k])) if n), None)
            head = name.split()[-1].casefold() if name else ""
            if name and (head == desc.group(1).casefold() or head not in ORG_NOUNS):
                out[r.id] = name
    return out


_FUNCTION = frozenset({"the", "its", "his", "her", "their", "and", "for"})


def same_party(a: str | None, b: str | None) -> bool:
    """One party named twice ("Lottavest" / "a Lottavest spokeswoman", "the zoo" / "zoo officials")."""
    if not a or not b:
        return False
    wa = {w for w in a.casefold().split() if len(w) > 2 and w not in _FUNCTION}
    wb = {w for w in b.casefold().split() if len(w) > 2 and w not in _FUNCTION}
    return bool(wa & wb)


def names_party(claimant: str, party: str | None) -> bool:
    """The claimant is the party itself ("Vantera Grid" of "Vantera"), not its people ("a former Vantera engineer")."""
    wc = {w for w in claimant.casefold().split() if w not in _FUNCTION and w not in ("a", "an")}
    wp = {w for w in (party or "").casefold().split() if w not in _FUNCTION}
    return bool(wc and wp) and (wc <= wp or wp <= wc and all(w[:1].isupper() for w in claimant.split()))


def officer_of(party: str, target: ClaimRow) -> bool:
    """The target's named source is introduced as the party's officer ("the port's harbour master, Ann Lee, said"):
    the party's word, its possessive, a role of up to four words, then the source's name in apposition. Why: the
    party speaks through a person there, who is no other source to set against its denial (issue 9)."""
    source = named_source(target)
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", party) if len(w) > 2 and w.casefold() != "the"]
    if not source or not words or not _POSSESSIVE.search(target.text):
        return False  # speed: no possessive, no officer (the patterns below compile per word and source)
    return any(_officer_pattern(w, source).search(target.text) for w in words)


# the possessive every officer pattern holds, as IGNORECASE reads its "s" (the long s too): a text without it has none
_POSSESSIVE = re.compile(r"['’][sSſ]\s")


@lru_cache(maxsize=4096)
def _officer_pattern(word: str, source: str) -> re.Pattern[str]:
    """"<word>'s <role of up to four words>, <source>", compiled once per word and source: ``re``'s own cache of 512
    patterns churned through thousands of them per event (3 of 39 profiled seconds on the dev corpus)."""
    return re.compile(r"\b" + re.escape(word) + r"['’]s\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*,\s+" + re.escape(source),
                      re.IGNORECASE)
