"""A party's denial that it was ever told, against another source saying it told (or wrote to) that party.

Why: "The utility denied that anyone had reported a burst main" / "The tenants' group said it had told <utility>
in May that water was pouring into the cellar": the two share no content word (what was told is worded by each
side in its own way) and the denial's act, a verb of telling, is no content word either, so ``denied_claims``
found no target. What ties them is the roles of one act of communication: the denial says the party was never its
recipient ("it had never been warned", "no one had told them", "anyone had reported ..."), and another source names
the party as the recipient of such an act ("told <party>", "a letter sent to <party>'s owners ... warned"). Structure
only, closed-class words (verbs of telling, pronouns, indefinite agents):

* the denied clause has the party as the recipient: a passive of a verb of telling about the denier itself ("it had
  never been warned"), or an indefinite agent telling ("anyone had reported", "no one had told them");
* the target's reported clause has a verb of telling whose recipient is the party by name ("told <Name>", "wrote to
  <Name>") with the claims reading as about one matter (``PARAPHRASE``), or is a description that owns no proper
  name and is possessive ("sent to the supermarket's owners": the party in its role) where the target tells with
  the very verb the party denies ("warned" / "never been warned"): the role is no name, so the act must be one.

The named-source rule is ``denied_claims._verdict``'s: the outlet's own report stays inside the story.
"""

from __future__ import annotations

import re

from workbench.analyze.accused import PARAPHRASE
from workbench.analyze.akin import root
from workbench.analyze.party_role import _reported
from workbench.extract.words import content_stems, same_stem
from workbench.store.analysis import ClaimRow

# closed class: verbs of telling (the act whose recipient is in question)
_TELL = (r"told|tell|tells|warned|warns|informed|informs|notified|alerted|reported|complained|contacted|"
         r"wrote|written|sent|raised")
# "it had never been warned", "they were not told": the denier, by pronoun, as the passive's subject
_TOLD_SELF = re.compile(rf"\b(?:it|they|we|he|she)\s+(?:had|has|have|was|were)\s+(?:(?:never|not|ever)\s+)?"
                        rf"(?:been\s+)?(?:(?:never|not|ever)\s+)?(?P<verb>{_TELL})\b", re.IGNORECASE)
# "denied being warned", "denied having been told": a passive gerund, whose subject is the denier itself
_TOLD_GERUND = re.compile(rf"^\s*(?:having\s+been|being)\s+(?:(?:ever|never|once)\s+)?(?P<verb>{_TELL})\b",
                          re.IGNORECASE)
# "anyone had reported a leak", "no one had told them": an indefinite agent tells (the denier is the recipient)
_TOLD_BY_ANYONE = re.compile(rf"\b(?:anyone|anybody|no\s+one|nobody|someone|somebody)\s+(?:had|has|have|was|were|"
                             rf"did)?\s*(?:(?:ever|never|not|once)\s+)?(?P<verb>{_TELL})\b", re.IGNORECASE)
# the target's recipient: "told Dornwater-like Name", "sent to the X's owners", "wrote to its chief executive"
_RECIPIENT = re.compile(rf"\b(?P<verb>{_TELL})\s+(?:[a-z]+\s+){{0,2}}?(?:to\s+)?"
                        rf"(?P<who>(?:the\s+|a\s+|an\s+)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+)",
                        re.IGNORECASE)
# a noun phrase: up to four words before a preposition, a connective, an auxiliary (the reported clause's verb:
# "told the mayor Dornwater had ...") or the end
_HEAD = re.compile(r"(?:(?!(?:about|that|of|in|on|at|by|for|with|to|from|over|after|before|and|but|which|who|had|"
                   r"has|have|was|were|is|are|would|will|could|did)\b)[\w'’-]+ ?){1,4}", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|them|him|her|us|me|you|they|we|that|this|reporters|journalists)\b", re.IGNORECASE)
_POSSESSED = re.compile(r"^(?:the\s+|a\s+|an\s+)?[a-z][\w-]*['’]s?\s+[a-z]", re.IGNORECASE)  # "the supermarket's owners"


def _denied_telling(denial: ClaimRow) -> str | None:
    """The root of the verb of telling whose recipient the denial says the denier never was, else None."""
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    if not span:
        return None
    clause = denial.text[span[0]:span[1]]
    m = _TOLD_SELF.search(clause) or _TOLD_GERUND.match(clause) or _TOLD_BY_ANYONE.search(clause)
    return root(m.group("verb")) if m is not None else None


def how_told(denial: ClaimRow, target: ClaimRow, cos: float, party: str | None) -> str | None:
    """How ``target`` names ``party`` (who issues ``denial``) as the recipient of the telling it denies: "name",
    "role" (a possessive description with no proper name, told with the very verb denied), else None."""
    verb = _denied_telling(denial)
    names = [s for s in content_stems(party or "") if len(s) > 2]
    clause = _reported(target)
    if verb is None or not names or not clause:
        return None
    roots = {root(m.group("verb")) for m in re.finditer(rf"\b(?P<verb>{_TELL})\b", clause, re.IGNORECASE)}
    for m in _RECIPIENT.finditer(clause):
        who = m.group("who")
        if _PRONOUN.match(who):
            continue
        if _POSSESSED.match(who) and not re.search(r"\b[A-Z]", who[1:]):
            if verb in roots:
                return "role"  # the party in its role ("the bakery's managers"), told with the very verb it denies
        elif cos >= PARAPHRASE and any(same_stem(w, n) for w in content_stems(_named(clause, m)) for n in names):
            return "name"
    return None


def _named(clause: str, m: re.Match[str]) -> str:
    """The recipient's noun phrase up to its head: "the roads authority about ..." -> "the roads authority" (the
    lazy ``who`` stops at its first word; a description may run a few words to its head)."""
    head = _HEAD.match(clause, m.start("who"))
    return head.group(0) if head is not None else m.group("who")


def told_party(denial: ClaimRow, target: ClaimRow, cos: float, party: str | None) -> bool:
    """Whether ``target`` names ``party`` (who issues ``denial``) as the recipient of the telling it denies."""
    return how_told(denial, target, cos, party) is not None


def by_role(denial: ClaimRow, target: ClaimRow, cos: float, party: str | None) -> bool:
    """``told_party`` by the party's role: its verdict does not ask for the party's name in the target."""
    return how_told(denial, target, cos, party) == "role"
