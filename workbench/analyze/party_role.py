"""A source's claim that names the denying party in a role of the deed it denies, wherever the name stands.

Why: ``analyze.accused`` finds a charge whose reported clause opens with the party ("X said the firm had ...").
A source as often names the party as the agent of a deed inside a longer clause, by an apposition that gives its
role ("the update that the airport's contractor, Qorvex-like Name, installed"; "reached shops through a
wholesaler, Name"), often with its own attribution last ("..., Marrin said"), where the reported clause is what comes before it. Either way the source says the party did or held what it denies;
the party's denial of its own deed answers it. Structure only:

* the denial is about the denier's own deed or thing (``denied_self`` or a possessive in the denied clause);
* the target's reported clause (before a trailing "..., X said" / "according to X", else after an opening
  reporting verb) names the party in apposition to a role noun ("a/the/its/X's <noun>, <Name>"): the role it
  played in the deed. The party merely among the clause's words is not enough (on dev, "Skellen airport will
  stay closed" / "Skellen Air denied ..." and "The volunteers had been given ..." / "Families of the volunteers
  said they had not been told ..." were false conflicts of that looser rule);
* the two share a common word that is not the party's name, and read as about one matter (``PARAPHRASE``).

``holds`` (holder10): the party named only as the holder of a thing ("a survey carried out for <party>",
"<party>'s survey") that its denial calls its own ("its surveys had never ...").
"""

from __future__ import annotations

import re

from workbench.analyze.accused import PARAPHRASE
from workbench.extract.words import content_stems, same_stem
from workbench.store.analysis import ClaimRow

# closed class: reporting verbs, determiners and possessives
_TRAILING = re.compile(r",\s*(?:(?:[\w'’.-]+\s+){0,6}?(?:said|says|told\s+\w+|claimed|wrote|added)\b|(?:said|says|"
                       r"according\s+to)\b)", re.IGNORECASE)
_OPENING = re.compile(r"\b(?:said|says|told\s+\w+|claimed|claims|alleged|alleges|stated|states|wrote|writes)\b"
                      r"(?:\s+that)?\s+", re.IGNORECASE)
_APPOSED = re.compile(r"\b(?:a|an|the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]+,\s+"
                      r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_POSSESSIVE = re.compile(r"\b(?:its|his|her|their|our)\b", re.IGNORECASE)
_OWNER = re.compile(r"\bof\s+$")  # the apposition follows "of": the named party is the owner of a thing
# a preposition that opens the clause: "After the recount, Mayor <Name>'s lead stood at ...": the comma closes an
# opening phrase, and the name after it is the clause's subject, no apposition to the noun before it (closed class)
_OPENING_PHRASE = re.compile(r"\s*(?:after|before|during|following|since|until|in|on|at|by|with|without|under|"
                             r"despite|amid|from|for|over|through|as)\s+", re.IGNORECASE)


def _reported(target: ClaimRow) -> str:
    """What the target's source reports: the clause before its trailing attribution, else after its opening one."""
    trailing = _TRAILING.search(target.text)
    if trailing is not None and trailing.start() > 0:
        return target.text[: trailing.start()]
    opening = _OPENING.search(target.text)
    return target.text[opening.end():] if opening is not None else ""


def _own(denial: ClaimRow) -> bool:
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    return bool(p.get("denied_self")) or bool(span) and _POSSESSIVE.search(denial.text, span[0], span[1]) is not None


def in_role(denial: ClaimRow, target: ClaimRow, shared: list[str], cos: float, party: str | None) -> bool:
    """Whether ``target`` names ``party`` (who issues ``denial``) as the agent or holder of what it denies."""
    if cos < PARAPHRASE or not party or not _own(denial):
        return False
    names = [s for s in content_stems(party) if len(s) > 2]
    clause = _reported(target)
    if not names or not clause:
        return False
    # "closed the kitchen of the caterer, Name": the party owns the thing another's deed was done to, no role in it
    apposed = {s for m in _APPOSED.finditer(clause) if not _OWNER.search(clause, 0, m.start())
               and not _OPENING_PHRASE.fullmatch(clause, 0, m.start()) for s in content_stems(m.group("name"))}
    if not apposed.intersection(names):
        return False  # the name itself, not a word that begins like it ("Pharma" / "pharmacies")
    words = {s for w in re.findall(r"[a-z][\w'’-]*", denial.text) for s in content_stems(w)}  # common words only
    return any(w in words and not any(same_stem(w, n) for n in names) for w in shared)


# the thing the denier calls its own in the denied clause ("its surveys", "their records")
_OWN_THING = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?P<thing>[a-z][\w-]*)", re.IGNORECASE)
# the party's kind ("a council spokesman"): the party is the word before it, the kind no name of it
_KIND = re.compile(r"^(?:spokes|official|officer|statement|representative)", re.IGNORECASE)


def holds(denial: ClaimRow, target: ClaimRow, shared: list[str], cos: float, party: str | None) -> bool:
    """Whether ``target`` asserts of a thing that ``party`` holds what ``party`` denies its thing said or did.

    Why: "A survey carried out for the council listed X, said Y" / "A council spokesman insisted its surveys had
    never flagged X": the party is named only as the one the thing was made for ("for/by/of <party>") or as its
    owner ("<party>'s <thing>"), and the denial is about its own thing ("its surveys"). The thing and one more
    content word are shared, and the claims read as about one matter (``PARAPHRASE``); a thing of a third party
    ("done for the contractor") is no thing of the party's.
    """
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    if cos < PARAPHRASE or not party or not span:
        return False
    own = _OWN_THING.search(denial.text, span[0], span[1])
    names = [s for s in content_stems(party) if len(s) > 2 and not _KIND.match(s)]
    clause = _reported(target)
    if own is None or not names or not clause:
        return False
    thing = content_stems(own.group("thing"))
    if not thing or not any(same_stem(thing[0], s) for s in shared):
        return False
    if not any(w not in thing and not any(same_stem(w, n) for n in names) for w in shared):
        return False  # the thing and the party's name alone are no content of what was denied
    return any(_holder(clause, m, names) for m in re.finditer(r"[A-Za-z][\w-]*", clause)
               if content_stems(m.group(0)) and same_stem(content_stems(m.group(0))[0], thing[0]))


def _holder(clause: str, thing: re.Match[str], names: list[str]) -> bool:
    """The party named as the holder of the thing at ``thing``: "<thing> (carried out) for/by/of (the) <party>"
    within a few words after it, or "<party>'s (own) <thing>" just before it."""
    after = re.match(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:for|by|of)\s+(?:the\s+|a\s+|an\s+)?(?P<who>(?:[\w-]+\s+){0,2}[\w-]+)",
                     clause[thing.end():])
    before = re.search(r"(?P<who>[\w-]+)['’]s?\s+(?:own\s+)?(?:[a-z][\w-]*\s+)?$", clause[: thing.start()])
    for m in (after, before):
        if m is not None and any(same_stem(w, n) for w in content_stems(m.group("who")) for n in names):
            return True
    return False
