"""Speaker phrases: trim the noun phrase before/after a cue, tell its kind, resolve follow-ons.

News names sources in a few fixed shapes, so word lists carry most of the weight:
a person is a run of capitalized words after any title ("U.S. Defense Secretary Lloyd
Austin" -> "Lloyd Austin"); an organization has an institutional head noun ("ministry",
"General Staff", "police", "Kremlin") or is a state ("Russia"); an anonymous source is a
common-noun source ("an unnamed official", "analysts", "a Ukrainian soldier").
:class:`SpeakerMemory` keeps what a document has named so that "Kyrylenko", "he" and
"the soldier" resolve to the source named first in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_GROUP = frozenset({"they", "we"})
LEADING_JUNK = re.compile(
    r"^(?:(?:however|but|and|meanwhile|still|instead|separately|later|also|yet|so|which|who|whom|where|while|as|"
    r"in a statement|in an interview|in a post|on monday|on tuesday|on wednesday|on thursday|on friday|"
    r"on saturday|on sunday)\b[\s,]*)+",
    re.I,
)
VERBISH = frozenset(
    "is are was were has have had will would can could be been being do does did not that this it its there "
    "if when because though although since until after before what how why "
    # time phrases are adjuncts, never sources ("Last month, the secretary noted ...")
    "month week year day today yesterday tonight morning evening last monday tuesday wednesday thursday friday "
    "saturday sunday january february march april june july august september october november december".split()
)
CUT_WORDS = frozenset({"who", "which", "whose", "that", "whom"})
DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many", "two", "three", "four", "most", "other"})
ANON_NOUNS = frozenset(
    "official officials analyst analysts source sources soldier soldiers commander commanders expert experts "
    "resident residents witness witnesses observer observers diplomat diplomats lawmaker lawmakers people "
    "person man woman fighter fighters troops officer officers spokesman spokeswoman spokesperson aide aides "
    "volunteer volunteers doctor doctors medic medics serviceman servicemen activist activists insider insiders "
    "authorities investigators researchers reporters journalists blogger bloggers correspondent monitors "
    "member members leader leaders veteran veterans driver".split()
)
ANON_ADJECTIVES = frozenset("unnamed anonymous local regional senior military some".split())
ORG_NOUNS = frozenset(
    "ministry military army staff police institute intelligence kremlin government agency administration council "
    "command forces office department pentagon service services committee commission parliament nato press "
    "company group court navy guard brigade battalion regiment embassy house center centre university "
    "foundation union party bank newspaper channel network wire news times post agency bureau authority "
    "directorate headquarters operator media outlet outlets organization organisation alliance coalition "
    "mission secretariat cabinet presidency duma rada assembly senate congress corporation watchdog".split()
)
STATES = frozenset(
    "russia ukraine moscow kyiv kiev washington nato kremlin wagner pentagon us u.s. usa uk britain france germany "
    "poland china belarus iran turkey eu un west america europe donetsk luhansk crimea".split()
)
TITLE_WORDS = frozenset(
    "president prime minister secretary defense defence foreign interior sen. senator rep. gen. general col. "
    "colonel lt. maj. major capt. captain adm. admiral sgt. mr. mrs. ms. dr. prof. gov. governor mayor "
    "spokesman spokeswoman chief head commander deputy vice ambassador coordinator director chairman "
    "chairwoman leader founder owner u.s. us uk ukrainian russian british american national security council "
    "white house state chancellor king queen pope rev. reverend representative assemblyman councilman".split()
)
ROLE_NOUNS = frozenset(
    "president minister secretary senator general governor mayor spokesman spokeswoman chief head commander "
    "founder owner leader coordinator ambassador director chairman official".split()
)
GENERIC_AUDIENCE = re.compile(
    r"^(?:reporters|journalists|us|me|the (?:agency|newspaper|paper|outlet|broadcaster|channel|station|magazine|"
    r"publication|site|network)|(?:a|an|the) (?:briefing|news conference|press conference|interview|audience|"
    r"parliament|lawmakers|crowd)|lawmakers|parliament|state media|state television|local media|the media)\b",
    re.I,
)
OUTLET = re.compile(
    r"^(?:the )?(?:CNN|BBC|Reuters|AP|AFP|NPR|ABC|CBS|NBC|MSNBC|Fox News|Bloomberg|Al Jazeera|TASS|Interfax|RIA|"
    r"Ukrinform|Ukrainska Pravda|Kyiv Independent|Associated Press|Agence France-Presse|"
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:News|Times|Post|Journal|Wire|Press|Ledger|Courier|Guardian|Telegraph|"
    r"Herald|Tribune|Gazette|Examiner|Independent|Economist|Radio|Television|TV|Agency|Pravda))$"
)
WORD = re.compile(r"\S+")


def _tokens(phrase: str) -> list[str]:
    return WORD.findall(phrase)


def _bare(token: str) -> str:
    return token.strip(",;:()\"'“”‘’").lower()


def _is_cap(token: str) -> bool:
    core = token.strip(",;:()\"'“”‘’")
    return bool(core) and core[0].isupper()


def is_outlet(phrase: str) -> bool:
    return bool(OUTLET.match(phrase.strip()))


def is_generic_audience(phrase: str) -> bool:
    return bool(GENERIC_AUDIENCE.match(phrase.strip()))


def clean_speaker(chunk: str) -> str | None:
    """The source noun phrase inside a chunk of text next to a cue, or None when it is not one."""
    text = LEADING_JUNK.sub("", chunk.strip(' \t\n,;:-–—█"“”')).strip(" ,")
    tokens = _tokens(text)
    if not tokens or len(tokens) > 14:
        return None
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        low = _bare(tok)
        if i > 0 and (low in CUT_WORDS or (low.endswith("ing") and not _is_cap(tok))):
            break
        kept.append(tok)
    if any(_bare(t) in VERBISH or _bare(t).endswith(("n't", "n’t")) for t in kept):
        return None
    if len(kept) > 10:
        return None
    phrase = " ".join(kept).strip(" ,.")
    if not phrase:
        return None
    first = _bare(kept[0])
    if first in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return first if len(kept) == 1 else None
    has_cap = any(_is_cap(t) for t in kept[1:]) or (
        _is_cap(kept[0]) and first not in DETERMINERS and first not in ANON_NOUNS and first not in ANON_ADJECTIVES
    )
    has_source_noun = any(_bare(t) in ANON_NOUNS or _bare(t) in ORG_NOUNS or _bare(t) in ROLE_NOUNS for t in kept)
    if not (has_cap or has_source_noun):
        return None
    if first in DETERMINERS or first in ANON_NOUNS or first in ANON_ADJECTIVES:
        phrase = kept[0].lower() + phrase[len(kept[0]) :]
    return phrase


def head_noun(phrase: str) -> str:
    """The last word before a post-modifier ("official" in "an official within the alliance")."""
    head = ""
    for tok in _tokens(phrase):
        low = _bare(tok)
        if low in {"of", "for", "within", "in", "at", "from", "with", "on"} and head:
            break
        head = low.removesuffix("'s")
    return head


def person_name(phrase: str) -> str | None:
    """The personal name ending a phrase ("U.S. Defense Secretary Lloyd Austin" -> "Lloyd Austin"), else None."""
    tokens = _tokens(phrase)
    run: list[str] = []
    for tok in reversed(tokens):
        if not _is_cap(tok) or _bare(tok) in TITLE_WORDS:
            break
        run.insert(0, tok)
    if not run or len(run) > 4:
        return None
    if any(_bare(t).removesuffix("'s") in ORG_NOUNS or _bare(t) in STATES for t in run):
        return None
    return " ".join(run)


def classify(phrase: str) -> str:
    """Speaker kind of a cleaned phrase: named, organization or anonymous."""
    tokens = _tokens(phrase)
    lows = [_bare(t) for t in tokens]
    head = head_noun(phrase)
    if head in ORG_NOUNS or phrase.lower().removeprefix("the ") in STATES or is_outlet(phrase):
        return "organization"
    if any(t in {"unnamed", "anonymous", "anonymity"} for t in lows) or head in ANON_NOUNS:
        return "anonymous"
    name = person_name(phrase)
    if name and lows[0] not in DETERMINERS:
        return "named"
    if all(t in STATES or t in {"and", "the", "its", "allies"} for t in lows):
        return "organization"
    return "organization" if _is_cap(tokens[0]) and lows[0] not in DETERMINERS else "anonymous"


def canonical(speaker: str | None) -> str:
    """Lowercase, no determiners or punctuation: how gold speakers are compared."""
    if not speaker:
        return ""
    words = [w for w in re.findall(r"[\w.'’-]+", speaker.lower()) if w not in {"the", "a", "an"}]
    return " ".join(words)


@dataclass
class SpeakerMemory:
    """What a document has named so far, for surnames, pronouns and definite descriptions."""

    persons: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    others: list[tuple[str, str]] = field(default_factory=list)  # (phrase, kind) of non-person sources
    last: tuple[str, str] | None = None

    def remember(self, speaker: str, kind: str, role_text: str = "") -> None:
        if kind == "named":
            if speaker not in self.persons:
                self.persons.append(speaker)
            else:
                self.persons.remove(speaker)
                self.persons.append(speaker)
            for word in _tokens(role_text.lower()):
                if _bare(word) in ROLE_NOUNS:
                    self.roles[_bare(word)] = speaker
        else:
            self.others.append((speaker, kind))
        self.last = (speaker, kind)

    def resolve(self, phrase: str, kind: str) -> tuple[str, str]:
        """Map a follow-on mention to the source it names; unknown mentions come back unchanged."""
        low = phrase.lower()
        if low in PRONOUNS_PERSON:
            return (self.persons[-1], "named") if self.persons else (phrase, "anonymous")
        if low in PRONOUNS_GROUP:
            if self.last and self.last[1] != "named":
                return self.last
            return phrase, "anonymous"
        if kind == "named":
            tokens = _tokens(phrase)
            if len(tokens) == 1:
                for full in reversed(self.persons):
                    if full.split()[-1] == tokens[0]:
                        return full, "named"
            return phrase, kind
        tokens = _tokens(low)
        if tokens and tokens[0] in {"the", "this"} and len(tokens) <= 4:
            head = head_noun(phrase)
            for prev, prev_kind in reversed(self.others):
                if head_noun(prev) == head and prev.lower() != low:
                    return prev, prev_kind
            if head in self.roles and len(tokens) <= 3:
                return self.roles[head], "named"
        return phrase, kind
