"""Speaker phrases: trim the noun phrase before/after a cue, tell its kind, resolve follow-ons.

News names sources in a few fixed shapes, so word lists carry most of the weight: a person is a run of capitalized
words after any title ("U.S. Defense Secretary Lloyd Austin" -> "Lloyd Austin"); an organization has an institutional
head noun ("ministry", "General Staff", "police") or is a state ("Canada"); an anonymous source is a common-noun
source ("an unnamed official", "analysts"). :class:`memory.SpeakerMemory` resolves follow-ons ("Ruiz", "he").
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.given_names import HONORIFICS, is_given_name, joined_body_name, place_in_name
from workbench.extract.heads import ANON_ADJECTIVES, ANON_NOUNS, ORG_NOUNS, ROLE_NOUNS, TITLE_WORDS, experts_at
from workbench.extract.outlets import is_generic_audience, is_outlet  # noqa: F401 (is_generic_audience: re-exported for subjects)
from workbench.extract.places import STATES

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_GROUP = frozenset({"they", "we", "it"})
NAME_PARTICLES = frozenset("de da di del della der van von den le la al el bin ibn ben dos das du".split())  # "de Blasio"
LEADING_JUNK = re.compile(
    r"^(?:(?:to which|to that|in response|in reply|however|but|and|meanwhile|still|instead|separately|later|also|yet|so|which|who|whom|where|while|as|now|then|"
    r"in a statement|in an interview|in a post|on monday|on tuesday|on wednesday|on thursday|on friday|"
    r"on saturday|on sunday)\b[\s,]*)+",
    re.I,
)
VERBISH = frozenset(
    "is are was were has have had will would can could be been being do does did not that this it its there "
    "if when whether because though although since until after before what how why "
    # time phrases are adjuncts, never sources ("Last month, the secretary noted ...")
    "month week year day today yesterday tonight morning evening last monday tuesday wednesday thursday friday "
    "saturday sunday january february march april june july august september october november december".split()
)
CUT_WORDS = frozenset({"who", "which", "whose", "that", "whom"})
DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many", "two", "three", "four", "most", "other"})
QUANTIFIERS = frozenset("some many most others few all both someone everyone nobody somebody several".split())
DEFINITE = DETERMINERS | frozenset("this these those his her their its our each every both all no one".split())

WORD = re.compile(r"\S+")


def _tokens(phrase: str) -> list[str]:
    return WORD.findall(phrase)


def _bare(token: str) -> str:
    return token.strip(",;:()\"'“”‘’").lower()


def _is_cap(token: str) -> bool:
    """Capitalised, or a name written lower case first ("diGenova", "al-Assad", "dePasquale")."""
    core = token.strip(",;:()\"'“”‘’")
    return bool(core) and (core[0].isupper() or bool(_LOWER_NAME.match(core)))


_LOWER_NAME = re.compile(r"^(?:[a-z]{1,3}[A-Z]|[a-z]{1,3}[-’'][A-Z])")


_REFLEXIVE = re.compile(r"\s+(?:himself|herself|itself|themselves)\s*$", re.I)
# "Senator Kamala Harris of California", "Rep. Ana Ruiz of Texas": the place is not part of the name
_OF_PLACE = re.compile(r"(?<=[a-z])\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*$")
_FIRST_OF = re.compile(r"(?<=[a-z])\s+(?:of|at)\s+(?=[A-Z]|the\s)")  # "Ana Ruiz at the Tribune": her workplace


def _drop_place(text: str) -> str:
    """ "Kamala Harris of California" -> "Kamala Harris"; "the Institute for the Study of War" stays; "Ana Ruiz of
    the harbor authority" -> "Ana Ruiz" (a person's affiliation, when the head is a full personal name)."""
    first = _FIRST_OF.search(text)  # "Rev. Ana Ruiz of Our Lady of Lourdes": the first "of" after the full name
    if first and (name := person_name(text[: first.start()])) and len(name.split()) >= 2:
        return text[: first.start()] if classify(text[: first.start()]) == "named" else text
    m = _OF_PLACE.search(text)
    if not m:
        return text
    head = text[: m.start()]
    if any(_bare(t) in ORG_NOUNS or _bare(t) in ANON_NOUNS for t in _tokens(head)) or not _is_cap(_tokens(head)[-1]):
        return text
    return head


# Closed-class words that open sentences and are never a speaker on their own (numbers, determiners,
# adverbs), and AP state abbreviations, which follow a city as an appositive ("Austin, Tex., posted").
NEVER_ALONE = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "his her its their our my your this that these those there here down up once rather from then now also "
    "even still however meanwhile instead later earlier today yesterday i’ll i'll "
    # a preposition or an approximator alone is the start of an adjunct or a figure, never a source: "Outside the
    # town hall, ..."; "About €2.1m of that is insured, it said" (a capital letter made them read as names)
    "about around nearly almost roughly outside inside across near beyond within between behind along".split()
)
US_STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J "
    "N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C DC".split()
)
_OPENING_PREPOSITIONS = frozenset(
    "at in on during from with by for after before under over into since amid among despite without through "
    "outside inside across near beyond within between behind along".split()
)
_PREPOSITIONS = frozenset("in on at by from for with to during last this over since".split())
_PARTICIPLES = frozenset("taken given made held written seen known done shown drawn begun chosen run".split())
_NAME_WORDS = frozenset("Will May June April August".split())
_DANGLING_WORDS = frozenset("and or of the a an to on in with for".split())


# a lower-case noun phrase followed at once by another determiner phrase: "the dose the company", "the price a buyer"
_REDUCED_RELATIVE = re.compile(
    r"^(?:[a-z][\w'’-]*\s+)*?(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+)*?"
    r"(?!(?:of|and|or|to|for|at|in|on|with|from|by|than|as|like|about|after|before|against|over|under|but|nor|within|"
    r"without|among|amongst|between|behind|near|across|through|into|onto|upon|inside|outside|toward|towards|during|"
    r"per|via|despite|amid|including|beyond|around|below|above|beside|besides|except|plus|versus|throughout|until|"
    r"along|alongside|off|up|down|out|past|since|like|unlike|is|was|are|were|be|been|has|had|have)\s)"
    r"[a-z][\w'’-]*\s+(?:the|a|an)\s+[\w'’-]+$"
)
# Plural nouns of people told by their suffix ("environmentalists", "economists", "historians", "Republicans"):
# the closed list of source nouns cannot hold every profession or following.
_AGENT_PLURAL = re.compile(r"^[a-z]{3,}(?:ists|ians)$")


@lru_cache(maxsize=8192)
def clean_speaker(chunk: str) -> str | None:
    """The source noun phrase inside a chunk of text next to a cue, or None when it is not one.

    This and :func:`head_noun`, :func:`person_name`, :func:`classify` are pure functions of a short
    phrase that attribution asks about again and again (every mention, every resolution): cached."""
    text = LEADING_JUNK.sub("", chunk.strip(' \t\n,;:-–—█"“”')).strip(" ,")
    if _bare(text) in NEVER_ALONE or text.rstrip(".") in US_STATE_ABBREVIATIONS:
        return None  # "Ten minutes later, ..." -> "Ten"; "Austin, Tex., posted" -> "Tex"
    if " of " in text or " at " in text:
        text = _drop_place(text)  # "Kamala Harris of California", "Dan Keller at the Review"
    if "self" in text or "selves" in text:
        text = _REFLEXIVE.sub("", text)  # "Trump himself"
    parts = text.split()
    if len(parts) > 1 and parts[-1].lower() in _DANGLING_WORDS:
        return None  # "... ran traces on the weapons and": a clause, not a noun phrase
    if " the " in text and _REDUCED_RELATIVE.search(text):
        return None  # "twice the dose the company (has described)": a noun with a relative clause, not a subject
    tokens = _tokens(text)
    if not tokens or len(tokens) > 30:  # long phrases are cut below ("a complaint filed by ...")
        return None
    kept: list[str] = []
    first_low = _bare(tokens[0])
    if first_low in _OPENING_PREPOSITIONS and len(tokens) > 1:
        return None  # "at Monday’s hearing": an adjunct, never a source

    modifier = len(tokens) > 1 and _bare(tokens[1]) in ANON_NOUNS  # "restructuring experts", "elected officials"
    if (
        not _is_cap(tokens[0])
        and first_low.endswith(("ing", "ed", "ly"))
        and first_low not in ANON_ADJECTIVES
        and not modifier
    ):
        return None  # "contradicting the police's claim", "forcefully told a woman": a predicate, not a source
    for i, tok in enumerate(tokens):
        low = _bare(tok)
        gerund = low.endswith("ing") and not _is_cap(tok) and "-" not in low and low not in ORG_NOUNS
        if gerund and i > 0 and i + 1 < len(tokens) and tokens[i - 1].endswith(("'s", "’s")):
            gerund = False  # "the bill’s remaining supporters": an adjective after a possessor
        if gerund and 0 < i < len(tokens) - 1 and _bare(tokens[i - 1]) in DEFINITE and _source_head(tokens[i + 1]):
            # "the cycling federation", "a building department spokesman", "the ticketing company Gatewise": a modifier
            # of the source noun, unless a new determiner phrase follows before a relative ("a hacking group that ...")
            cut = next((j for j in range(i + 1, len(tokens)) if _bare(tokens[j]) in CUT_WORDS), len(tokens))
            gerund = any(_bare(t) in DEFINITE for t in tokens[i + 1 : cut])
        gerund = gerund and not (1 < i == len(tokens) - 2 and _source_head(tokens[i + 1]))  # "a city planning officer"
        if i > 0 and (low in CUT_WORDS or gerund):  # "the ruling", "the conservative-leaning Tax Foundation" stay
            break
        nxt = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if i > 0 and (low.endswith("ed") or low in _PARTICIPLES) and not _is_cap(tok) and nxt in _PREPOSITIONS:
            break  # "a poll released in late August" -> "a poll"; "polls taken over the past week" -> "polls"
        kept.append(tok)
    if _bare(kept[0]) in PRONOUNS_PERSON | PRONOUNS_GROUP and len(kept) == 1:
        return _bare(kept[0])
    # "the Morning Ledger" is an outlet, "Will Hurd" / "April Ruiz" a person (a modal or month as a given name)
    first_name = len(kept) > 1 and kept[0] in _NAME_WORDS and _is_cap(kept[1]) and _bare(kept[1]) not in VERBISH
    # "its organisers said": a body's people, like "their organisers" (a bare "it"/"its" is never a source)
    first_name = first_name or (len(kept) > 1 and _bare(kept[0]) == "its" and _source_head(kept[-1]))
    if any(_bare(t) in VERBISH or _bare(t).endswith(("n't", "n’t")) for t in kept[first_name:]) and not is_outlet(
        " ".join(kept)
    ):
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
    if first in QUANTIFIERS and len(kept) == 1 or (first in DEFINITE and 2 <= len(kept) <= 5):
        # "Some believe", "Others said"; "the fund warned", "other major unions have endorsed": a short
        # noun phrase that opens with a determiner and stands right before a cue is its subject
        return kept[0].lower() + phrase[len(kept[0]) :]
    has_source_noun = any(
        _bare(t) in ANON_NOUNS or _bare(t) in ORG_NOUNS or _bare(t) in ROLE_NOUNS or _AGENT_PLURAL.match(_bare(t))
        for t in kept
    )
    if not (has_cap or has_source_noun):
        return None
    if first in DETERMINERS or first in ANON_NOUNS or first in ANON_ADJECTIVES:
        phrase = kept[0].lower() + phrase[len(kept[0]) :]
    return phrase


@lru_cache(maxsize=8192)
def head_noun(phrase: str) -> str:
    """The last word before a post-modifier ("official" in "an official within the alliance")."""
    head = ""
    for tok in _tokens(phrase):
        low = _bare(tok)
        if low in {"of", "for", "within", "in", "at", "from", "with", "on"} and head:
            break
        head = low.removesuffix("'s").removeprefix("ex-")  # "the ex-congressman" is a congressman
    return head


@lru_cache(maxsize=8192)
def person_name(phrase: str) -> str | None:
    """The personal name ending a phrase ("U.S. Defense Secretary Lloyd Austin" -> "Lloyd Austin"), else None."""
    tokens = _tokens(phrase)
    run: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        particle = _bare(tok) in NAME_PARTICLES and run and i > 0 and _is_cap(tokens[i - 1])
        if not particle and not _is_cap(tok):
            break
        # a title word right after a given name is a surname ("Sen. Angus King", "Paul Major")
        if not particle and _bare(tok) in _TITLES and (run or i == 0 or not is_given_name(tokens[i - 1])):
            break
        if run and tok.endswith(("'s", "’s")):
            break  # "the Examiner's Phil Klein", "CNN's Ana Ruiz": the possessor is her outlet, not her name
        run.insert(0, tok)
    if not run or len(run) > 4:
        return None
    if any(_bare(t).removesuffix("'s") in ORG_NOUNS for t in run):
        # "Director of National Intelligence James Clapper": a given name after the institution starts the person
        last = max(i for i, t in enumerate(run) if _bare(t).removesuffix("'s") in ORG_NOUNS)
        run = run[last + 1 :]
        if len(run) < 2 or not is_given_name(run[0]):
            return None
    if any(_bare(t) in STATES for t in run) and not place_in_name(tokens, run):
        return None
    return " ".join(run)


@lru_cache(maxsize=8192)
def classify(phrase: str) -> str:
    """Speaker kind of a cleaned phrase: named, organization or anonymous."""
    tokens = _tokens(phrase)
    lows = [_bare(t) for t in tokens]
    head = head_noun(phrase)
    name = person_name(phrase)
    before = len(tokens) - len(name.split()) - 1 if name else -1
    if before >= 0 and len(name.split()) >= 2 and (lows[before] in _ROLE_BEFORE_NAME or tokens[before].endswith(("'s", "’s"))):
        return "named"  # "the NAACP President Ana Ruiz", "the Organization for Women President X", "the Examiner's X"
    if head in ORG_NOUNS or phrase.lower().removeprefix("the ") in STATES or is_outlet(phrase):
        return "organization"
    if ("&" in lows or joined_body_name(tokens)) and _is_cap(tokens[-1]):
        return "organization"  # "Hadley & Crane", "Dale Fire and Rescue": capitalised words joined by "&"/"and"
    if experts_at(phrase):
        return "organization"  # "analysts at Tolven Bank", "geologists from Marren University": the body's experts
    if any(t in {"unnamed", "anonymous", "anonymity"} for t in lows) or head in ANON_NOUNS:
        return "anonymous"
    if len(lows) > 2 and lows[0] in ANON_NOUNS | _GROUP_HEADS and lows[1] in _AROUND:
        return "anonymous"  # "People close to Ruiz", "Allies of the mayor": a group around a person, not the person
    if name and lows[0] not in DETERMINERS:
        return "named"
    if before >= 0 and lows[before] in ORG_NOUNS and not _is_cap(tokens[before]):
        return "organization"  # "the environmental group Sea Watch", "the dockers' union Portwork": the body's name
    if lows[0] == "the" and len(tokens) > 1 and all(_is_cap(t) for t in tokens[1:]):
        return "organization"  # "the Pentagon", "the Vatican": a person is never "the Smith"
    if all(t in STATES or t in {"and", "the", "its", "allies"} for t in lows):
        return "organization"
    return "organization" if _is_cap(tokens[0]) and lows[0] not in DETERMINERS else "anonymous"


def _source_head(token: str) -> bool:
    low = _bare(token).removesuffix("'s")
    return low in ORG_NOUNS or low in ANON_NOUNS or low in ROLE_NOUNS


# job titles written capitalised before a name ("Weekly Review Editor Bill Roe", "Aldcorp CEO A. Ann Roe"): no part of it
_JOBS = frozenset("editor ceo cfo coo host anchor columnist publisher correspondent reporter professor".split())
_TITLES = TITLE_WORDS | _JOBS
_ROLE_BEFORE_NAME = HONORIFICS | ROLE_NOUNS | _JOBS | frozenset("officer spokesperson aide analyst adviser advisor chair".split())
_GROUP_HEADS = frozenset("allies associates confidants loyalists intimates backers donors".split())
_AROUND = frozenset("close familiar near loyal of to around with".split())


def canonical(speaker: str | None) -> str:
    """Lowercase, no determiners or punctuation: how gold speakers are compared."""
    if not speaker:
        return ""
    words = [w for w in re.findall(r"[\w.'’-]+", speaker.lower()) if w not in {"the", "a", "an"}]
    return " ".join(words)
