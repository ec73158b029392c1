"""What a document has named so far, so follow-ons ("Kamin added", "she said", "the ministry") resolve.

A pronoun is resolved against the people the document has *mentioned*, not only those it has
quoted, because news often introduces a person in one sentence and quotes them with "he said"
in the next. Three cues choose among them, as a reader does:

* number: "he"/"she" is a person, "they"/"it" a group or institution;
* gender: from the person's title (Mr., Mrs., Ms.), a gendered role noun (spokeswoman,
  chairman) or a common first name; unknown gender is compatible with both;
* recency: the latest compatible speaker wins, then the latest compatible person mentioned.

Everything is bounded (the last ``KEEP`` people and sources), so cost stays linear in the
document length however many names it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.extract.given_names import FEMALE_NAMES, MALE_NAMES, NAMES
from workbench.extract.speakers import ROLE_NOUNS, head_noun

KEEP = 48
ROLE_ABBREVIATIONS = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "lt.": "lieutenant",
    "atty.": "attorney",
    "supt.": "superintendent",
}
# a qualifier that makes the title another office: "Lt. Gov.", "Vice President", "Deputy Mayor", "former Gov."
_HOUSE_MEMBER = {"congressman": "representative", "congresswoman": "representative"}
_SECOND_OFFICE = frozenset("lt. lieutenant vice deputy assistant associate former ex-".split())
PRONOUNS_PERSON = {"he": "m", "she": "f"}
PRONOUNS_GROUP = frozenset({"they", "we", "it"})
MALE_CUES = frozenset(
    "mr. mr sir spokesman chairman congressman businessman father son brother king widower husband".split()
)
FEMALE_CUES = frozenset(
    "mrs. mrs ms. ms miss madam spokeswoman chairwoman congresswoman businesswoman mother daughter sister "
    "queen first lady widow wife".split()
)


# Singular person nouns that a definite description can use for someone already quoted ("the communications pro").
PERSON_HEADS = frozenset(
    "pro veteran official spokesman spokeswoman lawmaker politician businessman businesswoman congressman "
    "congresswoman senator candidate nominee hopeful contender incumbent challenger republican democrat "
    "conservative liberal activist strategist lawyer attorney aide adviser advisor executive host anchor "
    "commentator columnist pundit".split()
)
ROLE_GENDER = {
    "spokesman": "m",
    "businessman": "m",
    "congressman": "m",
    "chairman": "m",
    "spokeswoman": "f",
    "businesswoman": "f",
    "congresswoman": "f",
    "chairwoman": "f",
}


def gender_cue(words: list[str]) -> str | None:
    """'m' / 'f' from titles, gendered role nouns or a common first name among ``words``; else None."""
    for word in words:
        low = word.lower().strip(",;:()")
        if low in MALE_CUES or low in MALE_NAMES:
            return "m"
        if low in FEMALE_CUES or low in FEMALE_NAMES:
            return "f"
    return None




def _word_before(context: str, first: str) -> list[str]:
    """The word right before the name's first word in its context ("9/11 widow Terry Strada" -> ["widow"])."""
    words = context.split()
    at = words.index(first) if first in words else 0
    return words[at - 1 : at] if at else []


@dataclass
class SpeakerMemory:
    """People and sources named so far in one document, newest last, at most ``KEEP`` of each."""

    persons: list[str] = field(default_factory=list)
    strong: list[str] = field(default_factory=list)  # speakers, newest last
    seen: dict[str, int] = field(default_factory=dict)  # person -> tick of the latest mention
    tick: int = 0
    genders: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    holders: dict[str, list[str]] = field(default_factory=dict)
    by_name: set[str] = field(default_factory=set)  # people whose gender only a given-name list told  # role -> the (up to 8) people titled with it
    others: list[tuple[str, str]] = field(default_factory=list)  # (phrase, kind) of non-person sources
    last: tuple[str, str] | None = None
    topic: str | None = None  # the person the sentence before was about, when it quoted no one
    addressee: str | None = None  # the person the sentence before put a question to ("X asked Trump")

    def mention(self, name: str, context: str = "", strong: bool = False) -> None:
        """A person named in the text; ``context`` is the phrase around it (title, role); ``strong``: a speaker."""
        context_cue = gender_cue([w for w in context.split() if w.lower() not in NAMES])  # read once, used twice
        full = self._full(name, context_cue)
        if strong:
            if full in self.strong:
                self.strong.remove(full)
            self.strong.append(full)
            del self.strong[:-KEEP]
        if full in self.persons:
            self.persons.remove(full)
        self.persons.append(full)
        for dropped in self.persons[:-KEEP]:
            self.seen.pop(dropped, None)
        del self.persons[:-KEEP]
        self.tick += 1
        self.seen[full] = self.tick
        # the person's own first name, else a title or gendered role in the context ("Mrs.", "spokeswoman");
        # never another name in the context ("..., director for Rep. Stephen Fincher")
        by_name = gender_cue(full.split()[:1])
        # ... but a gendered word right before the name beats a given-name list's guess ("widow Terry Strada")
        titled = gender_cue(_word_before(context, full.split()[0]))
        cue = titled or by_name or context_cue
        if cue and full not in self.genders:
            self.genders[full] = cue
            if by_name and not titled and not gender_cue(context.split()[:1]):
                self.by_name.add(full)  # a guess from a given-name list ("Jordan" is not always a man)
        raw = context.split()
        words = [w.lower() for w in raw]
        for i, word in enumerate(words):  # "Gov. Rick Perry" -> "the governor" resolves to him later
            if i + 1 < len(raw) and raw[i + 1][:1].isupper() and raw[i + 1].strip(",;:()") not in full.split():
                continue  # "Mary Ruiz, daughter of former Gov. Tom Ruiz": the title is another person's
            role = ROLE_ABBREVIATIONS.get(word, word.strip(",;:()"))
            if role in ROLE_NOUNS and not (i and words[i - 1] in _SECOND_OFFICE):  # "Lt. Gov. X" is not "the governor"
                self.roles[role] = full
            if role in ROLE_NOUNS:  # "the governor" and "the lieutenant governor" are told apart by their holders
                office = f"{ROLE_ABBREVIATIONS.get(words[i - 1], words[i - 1])} {role}" if i and words[i - 1] in _SECOND_OFFICE else role
                holders = self.holders.setdefault(office, [])
                if full not in holders:
                    holders.append(full)
                    del holders[:-8]

    def remember(self, speaker: str, kind: str, role_text: str = "") -> None:
        if kind == "named":
            self.mention(speaker, role_text, strong=True)
        else:
            self.others.append((speaker, kind))
            del self.others[:-KEEP]
        self.last = (speaker, kind)

    def full(self, name: str) -> str:
        """The full name a lone surname stands for, else the name itself."""
        return self._full(name)

    def _full(self, name: str, gender: str | None = None) -> str:
        """A lone surname becomes the full name mentioned earlier ("Kamin" -> "Robert Kamin").

        ``gender`` comes from the surname's own title: "Mrs. Kamin" is never the "Robert Kamin" of a
        household where both were named, so a full name known to have the other gender is skipped.
        """
        tokens = name.split()
        if len(tokens) == 1:
            for full in reversed(self.persons):
                if full.split()[-1] == tokens[0] and (gender is None or self.genders.get(full) in (None, gender)):
                    return full
        return name

    def pronoun(self, gender: str) -> str | None:
        """The person "he"/"she" most likely names.

        "he said" follows the person being quoted far more often than someone named in passing, so
        speakers come first: the speaker just quoted when nothing contradicts the pronoun (a gender not
        known is no contradiction: given-name lists miss many names), else the speaker before if known to
        have that gender; else the latest speaker whose gender does not contradict the pronoun -- unless
        someone known to have that gender was mentioned after them ("Enter Ms. Lauten ... she wrote");
        else the latest person known to have that gender, then the latest of unknown gender.
        """
        if self.topic and self.genders.get(self.topic) in (None, gender):
            return self.topic
        matching = next((p for p in reversed(self.persons) if self.genders.get(p) == gender), None)
        for person in reversed(self.strong[-2:]):
            known = self.genders.get(person)
            if known == gender:
                return person
            if known is None and person == self.strong[-1] and not (
                matching and self.seen[matching] > self.seen.get(person, -1)
            ):
                return person  # the speaker just quoted, whose gender nothing contradicts
            if known is None:
                break
        for person in reversed(self.strong):
            known = self.genders.get(person)
            if known == gender or (
                known is None and not (matching and self.seen[matching] > self.seen.get(person, -1))
            ):
                return person
            if known is None:
                break
        if matching is not None:
            return matching
        unknown = next((p for p in reversed(self.persons) if p not in self.genders), None)
        # nobody fits: the speaker just quoted, when only a given-name list gave them the other gender
        return unknown or (self.strong[-1] if self.strong and self.strong[-1] in self.by_name else None)

    def resolve(self, phrase: str, kind: str, gender: str | None = None) -> tuple[str, str]:
        """Map a follow-on mention to the source it names; unknown mentions come back unchanged.

        ``gender`` is what the mention's own title says ("Mrs." -> "f"), for surnames shared in a family.
        """
        low = phrase.lower()
        if low in PRONOUNS_PERSON:
            person = self.pronoun(PRONOUNS_PERSON[low])
            return (person, "named") if person else (phrase, "anonymous")
        if low in PRONOUNS_GROUP:
            if self.last and self.last[1] != "named":
                return self.last
            if low == "it":  # "it added": the latest institution, never a person
                for prev, prev_kind in reversed(self.others):
                    if prev_kind == "organization":
                        return prev, prev_kind
            return phrase, "anonymous"
        if kind == "named":  # "Beck's stood out": the possessor, not a name that ends in 's
            return self._full(re.sub(r"(?<=\w)['’]s$", "", phrase), gender), kind
        tokens = low.split()
        if tokens and tokens[0] in {"the", "this"} and len(tokens) <= 4:
            head = head_noun(phrase)
            # every word that qualifies the head must be the earlier source's too: "the Obama campaign" is not "the
            # Romney campaign", and "the national weather service" is not "the ambulance service"
            qualifiers = {w.lower() for w in phrase.split()[1:] if w.lower() != head}
            for prev, prev_kind in reversed(self.others):
                if head_noun(prev) == head and prev.lower() != low and qualifiers <= set(prev.lower().split()):
                    return prev, prev_kind
            qualifier = tokens[-2] if len(tokens) > 2 and tokens[-1] == head else ""
            qualifier = "former" if tokens[-1].startswith("ex-") else qualifier  # "the ex-congressman"
            # a former office holder is rare enough that "the former congressman" may name a former "Rep."
            role = _HOUSE_MEMBER.get(head, head) if qualifier == "former" else head
            office = f"{ROLE_ABBREVIATIONS.get(qualifier, qualifier)} {role}" if qualifier in _SECOND_OFFICE else head
            if office != head and office in self.holders:  # "the vice president", "the former governor"
                return max(self.holders[office], key=lambda n: self.seen.get(n, 0)), "named"
            if office == head and head in self.roles:  # of two governors, the one mentioned last
                return max(self.holders.get(head) or [self.roles[head]], key=lambda n: self.seen.get(n, 0)), "named"
            if head in ROLE_NOUNS or head in PERSON_HEADS:
                return self._role_only(phrase, head, kind)
        return phrase, kind

    def _role_only(self, phrase: str, head: str, kind: str) -> tuple[str, str]:
        """ "the Texas governor continues" right after a named person's quote is that person (newsroom
        variation); otherwise the role itself speaks, and is remembered as a person so a later
        "she said" can name it ("the House speaker ... she said")."""
        role_gender = ROLE_GENDER.get(head)
        # "the town's mayor", "the clinic's director": a role anchored to a place or body the text has not tied to
        # the last speaker is someone new, not a variation on that speaker's name
        possessed = any(word.endswith(("'s", "’s", "s'", "s’")) for word in phrase.split()[1:-1])
        if (
            not possessed
            and self.last
            and self.last[1] == "named"
            and (role_gender is None or self.genders.get(self.last[0]) in (None, role_gender))
        ):
            return self.last
        self.roles.setdefault(head, phrase)
        # "the House speaker" names one office holder; "the spokesman" stays an unnamed source
        office = any(word[:1].isupper() for word in phrase.split()[1:])
        return phrase, "named" if office else kind
