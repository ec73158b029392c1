"""What a claim says caused what: the cause, the effect it is the cause of, and any cause it rules out.

Why: outlets disagree most often on *why* something happened, and each side says it with its own verb ("the
operator blamed X", "Y was caused by Z", "Y came from W, not from X"), so a cause slot tied to one act verb
(``extract.causes``) never compares them. Here the cause is read with the effect it is the cause of, from
closed-class structure only -- blame verbs, causal connectives and the copulas that name a cause:

* cause after the marker, effect before it: "E was caused/triggered by C" (or "made ill by C": a harm caused),
  "E came/stemmed/resulted from C",
  "E was blamed on / traced to / put down to / the result of C",
  "E ... because of / due to / owing to / as a result of C", "E ... when C" (a short effect clause only),
  "blamed E on C", "attributed E to C", "the cause/source of E was C", "treating/investigating the E as C";
* cause before the marker: "C was to blame (for E)", "C was the (likely) cause/source (of E)", "C caused / led to
  / triggered E", "C was blamed for E"; "blamed C (for E)";
* a happening told right before the story's one, named by one noun ("the E" and a boundary: the story's happening,
  ``effect["story"]``): "The E followed C", "C (a short clause with a past verb) moments/seconds/shortly/just before
  the E";
* a cause the claim rules out: "..., not (from) X", "rather than X", "instead of X" after the cause; with it a
  passive's "by" phrase is a cause too ("E was worsened by C, not by X": the claim sets one cause against another).

Stored as ``Frame.blame``: {"cause": {"text", "stems"}, "effect": {"text", "stems"} (absent when the claim names
no effect: it is then the story's happening), "story": True on the effect where it is "the" + one noun, the story's happening
named again), "not": {"text", "stems"} (a ruled-out cause), "party": [stems of
the names in the cause, and of what an apposition says the name is: who is blamed], "blamed": True (a blame
verb: a party's accusation), "account": True (no causal
word: a reported earlier happening, "X said the board's staff had signed off the plan")}. None when no cause is
stated (most claims).
"""

from __future__ import annotations

import re

from workbench.extract.mechanisms import mechanism_of
from workbench.extract.verbs import ONE_WORD_FORMS
from workbench.extract.words import STOPWORDS, content_stems, stem

_BE = r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being|be)"
_ADV = r"(?:(?:also|partly|largely|mainly|probably|likely|apparently|in\s+part)\s+)?"
# each pattern: the cause's side is the group "c" after the marker or, absent, the clause before it
_AFTER = (
    re.compile(rf"\b(?:{_BE}\s+{_ADV})?(?:caused|triggered|sparked|started|set\s+off|brought\s+(?:on|about)|"
               r"made\s+(?:ill|sick|unwell))\s+by\s+", re.I),
    re.compile(r"\b(?:came|comes|come|stemmed|stems|stem|stemming|resulted|results|arose|arises|arisen|"
               r"originated|originates)\s+(?:\w+ly\s+)?from\s+", re.I),
    re.compile(rf"\b{_BE}\s+{_ADV}(?:blamed\s+on|traced\s+(?:back\s+)?to|put\s+down\s+to|(?:the\s+|a\s+)?(?:direct\s+)?"
               r"result\s+of)\s+", re.I),
    re.compile(r"\b(?:because\s+of|(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)"
               r"due\s+(?:largely\s+|mainly\s+|partly\s+)?to|owing\s+to|as\s+a\s+result\s+of|"
               r"thanks\s+to)\s+", re.I),
)
# "The E followed C" and "C moments before the E": the happening told just before the story's one, named by one noun
_FOLLOWED = re.compile(r"^(?:the|its)\s+(?P<e>[a-z][\w'’-]+)\s+(?:followed|came\s+(?:just\s+|shortly\s+)?after)\s+",
                       re.I)
_JUST_BEFORE = re.compile(r"\s+(?:moments|seconds|minutes|shortly|just|immediately)\s+before\s+(?:the|its)\s+"
                          r"(?P<e>[a-z][\w'’-]+)(?=\s*[,;.]|\s*$)", re.I)
_ONE_NOUN = re.compile(r"^(?:the|its)\s+[a-z][\w'’-]+$", re.I)
_WHEN = re.compile(r"\s+(?:when|after)\s+", re.I)
# "blamed E on C", "attributed E to C": a blame verb takes "on", an attributing verb "to" ("blamed X for moving work
# to Y" names no cause after "to"); what a party is blamed for ("for") is no part of the effect
_BLAMED_ON = re.compile(r"\b(?:(?:blamed|blames|blame)\s+(?P<e>(?:the\s+)?[\w'’-]+(?:\s+(?!for\b)[\w'’-]+){0,5}?)\s+on|"
                        r"(?:attributed|attributes|attribute)\s+(?P<ea>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+"
                        r"(?:to|down\s+to))\s+", re.I)
# "investigating E as (a) suspected C": an inquiry's working cause
_SUSPECTED = re.compile(r"\b(?:investigat|treat|examin|handl)\w*\s+(?P<e>(?:[\w'’-]+\s+){1,4}?)as\s+(?:an?\s+)?"
                        r"(?:suspected|possible|probable|likely)\s+", re.I)
# "treating the E as C": an inquiry's working cause of the story's happening (one noun), where what it is treated as
# is one of the ways a happening comes about in law (closed class: "as arson", "as an accident", "as a deliberate
# act"), not a role or a grade ("treated the man as a witness", "the death as suspicious", "as a priority")
_TREATED_AS = re.compile(r"\b(?:treat|treats|treated|treating|investigate|investigates|investigated|investigating)\s+"
                         r"(?P<e>(?:the|its)\s+[a-z][\w'’-]+)\s+as\s+(?=(?:an?\s+)?(?:arson|murder|homicide|manslaughter|"
                         r"sabotage|terroris[tm]|accident(?:al)?|suicide|foul\s+play|deliberate|criminal\s+act|"
                         r"hate\s+crime)\b)(?:an?\s+)?", re.I)
_BLAMED = re.compile(r"\b(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)"
                     r"(?:blamed|blames|blaming)\s+(?!for\b|on\b)", re.I)
_FOR_AFTER = re.compile(r",\s+(?:who|which)\s[^,;.]{1,80},\s+for\s+", re.I)
# a reported account of an earlier happening ("X said the board's own staff had signed off the plan"): no cause by
# itself, compared only where the two parties point at each other (``analyze.stated_causes``)
_ACCOUNT = re.compile(r"\b(?:said|says|told\s+\w+|insisted|argued|claimed|maintained)\s+(?:that\s+)?"
                      r"(?P<c>[^,;]{3,80}?\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b[^,;.]*)", re.I)
# an active blame verb: someone blames (not "was to blame", "was blamed on": a cause stated without a blamer)
_BLAME_WORD = re.compile(r"(?<!\bto\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)"
                         r"\bblam(?:e|es|ed|ing)\b", re.I)
_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?P<n>[a-z]+)\b")
# the cause is the clause's subject: "C was to blame (for E)", "C was the likely cause (of E)", "C caused E"
_BEFORE = re.compile(
    rf"\b{_BE}\s+{_ADV}(?:(?:to\s+blame|blamed(?!\s+on\b))(?:\s+for\s+)?|(?:the|a|an)\s+(?:\w+\s+){{0,2}}?(?:cause|source|"
    r"origin|trigger|culprit)(?:\s+of\s+)?)|\b(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:caused|triggered|"
    r"sparked|led\s+to|leads\s+to|resulted\s+in|results\s+in|set\s+off|brought\s+about)\s+(?!by\b)", re.I)
# "the cause/source of E was C": the cause after the copula
_CAUSE_WAS = re.compile(r"^(?:the|its|their)\s+(?:\w+\s+)?(?:cause|source|origin|trigger)\s+(?:of\s+(?P<e>.{1,60}?)\s+)?"
                        r"(?:was|is|were)\s+(?:probably\s+|likely\s+)?", re.I)
# ... after a reporting verb ("the union said the real cause was C, not X"): the cause and a cause it rules out
_SAID_CAUSE_WAS = re.compile(r"\b(?:said|says|insisted|insists|argued|argues|claimed|claims|believes?|believed|added)\s+"
                             r"(?:that\s+)?(?:the|its|their)\s+(?:\w+\s+)?(?:cause|source|origin|trigger)\s+"
                             r"(?:of\s+(?P<e>.{1,60}?)\s+)?(?:was|is|were)\s+(?:probably\s+|likely\s+)?", re.I)
# a passive's "by" phrase set against a ruled-out alternative ("were damaged by C, not by X")
_BY_NOT = re.compile(rf"\b{_BE}\s+{_ADV}[a-z]+(?:ed|en|wn)\s+by\s+(?=[^,;]+,\s*(?:and\s+)?not\b)", re.I)
_NOT = re.compile(r"\s*,?\s*(?:and\s+)?(?:not(?!\s+(?:only|just|least|merely|simply)\b)|rather\s+than|instead\s+of)\s+(?:(?:from|by|because\s+of|due\s+to|"
                  r"in|at|with)\s+)?", re.I)
# where a cause or effect phrase ends: a clause boundary, a source, a contrast
_END = re.compile(r"[,;:!?()“”\"]|\.(?:\s|$)|\s(?:and|but|while|whereas|although|though|according|not|rather|"
                  r"instead|said|says|told|before|after|since|until)\s", re.I)
# where the clause before a marker begins: punctuation, a reporting verb or a complementiser
_START = re.compile(r".*(?:[,;:]\s*|\b(?:said|says|say|told\s+\w+|believe[sd]?|think|thinks|thought|found|"
                    r"showed|shows|suggested|suggests|that|insisted|argued|claimed)\s+)", re.I | re.S)
_SUBJECT_END = re.compile(r"\s(?:was|were|is|are|had|has|have|would|will|could|may|might|should|must|can|[a-z]+ly)"
                          r"(?:\s.*)?$", re.I | re.S)
_DETS = re.compile(r"^(?:the|a|an|its|their|his|her|this|that|these|those)\s+", re.I)
_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")
# a cause is a thing or a happening: "is still under investigation", "was unclear", "is not known" name none
_NOT_A_THING = re.compile(r"(?:still|not|yet|under|unknown|unclear|uncertain|being|now|also)\b", re.I)
# the place a thing is at: the noun phrase after a locative preposition, up to the next preposition
_AT = re.compile(r"\b(?:at|in|on|near|outside|inside|beside|next\s+to)\s+(?P<np>(?:(?!(?:of|on|in|at|near|by|to|from|"
                 r"with|for|that|which)\b)[\w’'-]+\s*){1,5})", re.I)
_PRONOUN_ONLY = frozenset("it this that they he she which what who".split())
_IRREGULAR = frozenset("fell sank broke burst froze blew shook tore caught went gave leaked began ran rose hit".split())
_SAID = frozenset("said told wrote spoke".split())
_ADVERBS = frozenset("also then later just never still again soon once first".split())
_STATE = frozenset("was were is are had has have be been being would will could not never".split())
# "-ing" words that describe a thing's change, not a deed done to an object ("blamed X for rising prices")
_CHANGE_ING = frozenset("rising falling soaring growing mounting declining increasing dwindling shrinking slumping "
                        "plunging worsening missing failing lingering ongoing continuing spreading".split())
# "C, not X, caused E": the subject of a causal verb set against a ruled-out one between commas
_CAUSE_NOT_X = re.compile(r"(?P<n>,\s*(?:and\s+)?not\s+[^,;]{2,60}),\s*$", re.I)
_CAUSE_NOUNS = frozenset("cause source origin trigger".split())
MAX_WORDS = 12  # a cause longer than this is a clause of its own: its first words are kept
EFFECT_WORDS = 6  # "E when C": only a short effect clause ("the fish suffocated") makes "when" causal
_GATE = frozenset("blame blamed blames blaming caused cause triggered sparked started set brought made came comes "
                  "come coming stemmed stems stem stemming resulted results arose arises arisen originated "
                  "originates because due owing result thanks when after attributed attributes attribute source "
                  "origin trigger culprit led leads not suspected possible probable likely had traced followed "
                  "before treat treats treated treating investigate investigates investigated investigating".split())


def _phrase(text: str, start: int) -> str:
    end = _END.search(text, start)
    return " ".join(text[start:end.start() if end else len(text)].split()[:MAX_WORDS])


def _clause_before(text: str, end: int) -> str:
    """The words of the clause that stands before a marker: after the last boundary or reporting verb."""
    head = text[:end]
    m = _START.match(head)
    words = head[m.end() if m else 0:].split()[-MAX_WORDS:]
    said = [i for i, w in enumerate(words)  # "X acknowledged the incident has ...": a past reporting verb
            if w.lower() in ONE_WORD_FORMS and (w.lower().endswith("ed") or w.lower() in _SAID)]
    return " ".join(words[said[-1] + 1:] if said else words)


def _happening(clause: str, most: int = EFFECT_WORDS) -> bool:
    """"E when C", "E after C" are causal only between short clauses that report happenings ("the crowd scattered
    when police fired"): a subject and a past verb after it, no state ("he was in office when ...")."""
    words = clause.lower().split()
    verb = next((i for i, w in enumerate(words) if i and (w.endswith("ed") or w in _IRREGULAR)), None)
    return 1 < len(words) <= most and verb is not None and not any(w in _STATE for w in words) \
        and not words[verb - 1].endswith("ly") and words[verb - 1] not in _ADVERBS  # a subject before the verb


def _slot(words: str) -> dict | None:
    """{"text", "stems", "at"?}: ``at`` is the stem of the head of the place the thing is at ("a cooling tower at
    the bus depot" -> depot), so two sources that blame one kind of thing at two places can be told apart."""
    words = _DETS.sub("", words.strip())
    stems = content_stems(words)
    if not stems or words.lower() in _PRONOUN_ONLY or _NOT_A_THING.match(words):
        return None
    out: dict = {"text": words, "stems": stems}
    at = _AT.search(words)
    head = content_stems(at.group("np"))[-1:] if at else []
    if head:
        out["at"] = head[0]
    return out


def _ruled_out(text: str, at: int) -> dict | None:
    """A cause the claim rules out right after its own ("..., not from a valve", "rather than X")."""
    end = _END.search(text, at)
    if end is None:
        return None
    m = _NOT.match(text, end.start())
    return _slot(_phrase(text, m.end())) if m else None


# each pattern with the words one of which it needs (speed: most claims hold none of them; closed class)
_PATTERNS = (
    (_AFTER[0], "after", frozenset("caused triggered sparked started set brought made".split())),
    (_AFTER[1], "after", frozenset("came comes come stemmed stems stem stemming resulted results arose arises arisen "
                                   "originated originates".split())),
    (_AFTER[2], "after", frozenset("blamed traced put result".split())),
    (_AFTER[3], "after", frozenset("because due owing result thanks".split())),
    (_BLAMED_ON, "on", frozenset("blamed blames blame attributed attributes attribute".split())),
    (_SUSPECTED, "on", frozenset("suspected possible probable likely".split())),
    (_TREATED_AS, "on", frozenset("treat treats treated treating investigate investigates investigated "
                                  "investigating".split())),
    (_BLAMED, "blamed", frozenset("blamed blames blaming".split())),
    (_BEFORE, "before", frozenset("blame blamed cause source origin trigger culprit caused triggered sparked led leads "
                                  "resulted results set brought".split())),
    (_BY_NOT, "after", frozenset(("not",))),
    (_FOLLOWED, "followed", frozenset("followed came".split())),
    (_JUST_BEFORE, "just", frozenset(("before",))),
)


def _found(text: str, words: frozenset[str] | None) -> tuple[str, str | None, int] | None:
    """(cause words, effect words or None, where the cause ends) of the first causal structure in the claim."""
    lead = text.lstrip()
    m = _CAUSE_WAS.match(lead)
    if m:
        return _phrase(lead, m.end()), m.group("e"), len(text)
    m = _SAID_CAUSE_WAS.search(text) if words is None or not words.isdisjoint(_CAUSE_NOUNS) else None
    if m:
        return _phrase(text, m.end()), m.group("e"), m.end()
    hits: list[tuple[int, str, re.Match]] = []
    for pattern, kind, gate in _PATTERNS:
        h = pattern.search(text) if words is None or not words.isdisjoint(gate) else None
        if h:
            hits.append((h.start(), kind, h))
    if not hits:
        w = _WHEN.search(text) if words is None or not words.isdisjoint(("when", "after")) else None
        effect = _clause_before(text, w.start()) if w else ""
        cause = _phrase(text, w.end()) if w else ""
        if not w or not _happening(effect) or not _happening(cause, MAX_WORDS) or not _slot(effect) \
                or cause.split()[0].lower().endswith(("ed", "ing")):
            return None  # "E after C", "E when C": a happening after a happening, not after a time or a state
        return cause, effect, w.end()
    _, kind, h = min(hits, key=lambda x: x[0])
    if kind == "after":
        cause = _phrase(text, h.end())
        if h.group(0).lower().rstrip().endswith("from") and cause[:1].isupper():
            return None  # "the statement came from Sen. X": where a person or a word comes from, not a cause
        return cause, _clause_before(text, h.start()), h.end()
    if kind == "on":
        return _phrase(text, h.end()), h.groupdict().get("e") or h.group("ea"), h.end()
    if kind == "followed":
        return _phrase(text, h.end()), f"the {h.group('e')}", h.end()
    if kind == "just":  # only a short clause with a past verb is the happening told before the story's one
        head = _START.match(text[:h.start()])  # its past verb may be a reporting form too ("snapped")
        cause = " ".join(text[head.end() if head else 0:h.start()].split()[-MAX_WORDS:])
        return (cause, f"the {h.group('e')}", h.end()) if _happening(cause) else None
    if kind == "blamed":  # "blamed C (for E)": the cause, then what it is blamed for
        parts = re.split(r"\s+for\s+", _phrase(text, h.end()), maxsplit=1, flags=re.I)
        later = _FOR_AFTER.match(text, h.end() + len(parts[0]))  # "blamed X, who ..., for E"
        effect = parts[1] if len(parts) > 1 else _phrase(text, later.end()) if later else None
        deed = (effect or "").split()
        if len(deed) > 1 and deed[0].lower().endswith("ing") and deed[0].lower() not in _CHANGE_ING:
            return f"{parts[0]} {effect}", None, h.end()  # "blamed X for moving work": X's deed is the cause
        return parts[0], effect, h.end()
    effect = _phrase(text, h.end()) if text[h.start():h.end()].rstrip().lower().endswith(
        ("for", "of", "to", "in", "caused", "triggered", "sparked", "off", "about")) else None
    set_against = _CAUSE_NOT_X.search(text, 0, h.start())  # "C, not X, caused E": the cause before its ruled-out one
    if set_against:
        return _clause_before(text, set_against.start("n")), effect, set_against.start("n")
    return _SUBJECT_END.sub("", _clause_before(text, h.start())), effect, h.start()


def blame_slot(text: str, words: frozenset[str] | None, modality: str) -> dict | None:
    """``Frame.blame``: the stated cause (:func:`blame_of`) with, under "how", the claim's account of how something
    came about told with no causal word (``extract.mechanisms``)."""
    out, how = blame_of(text, words), mechanism_of(text, modality)
    return {**(out or {}), "how": how} if how else out


def blame_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's cause slot (module docstring), None when it states no cause. ``words``: the claim's letter runs
    (``extract.gates.words_of``); without a causal word among them nothing is searched (speed)."""
    if words is not None and words.isdisjoint(_GATE):
        return None
    found = _found(text, words)
    account = _ACCOUNT.search(text) if found is None and (words is None or "had" in words) else None
    if found is None and account is None:
        return None
    cause_words, effect_words, end = found or (account.group("c"), None, account.end())  # type: ignore[union-attr]
    cause = _slot(cause_words)
    if cause is None:
        return None
    out: dict = {"cause": cause, "account": True} if account else {"cause": cause}
    if _BLAME_WORD.search(text):
        out["blamed"] = True  # someone blames: a party's accusation (``analyze.stated_causes``), not an account
    effect = _slot(effect_words) if effect_words else None
    if effect:
        out["effect"] = effect
        if _ONE_NOUN.match(effect_words.strip()):  # type: ignore[union-attr]
            effect["story"] = True  # "the failure": the story's happening named again
    ruled = _ruled_out(text, end)
    if ruled:
        out["not"] = ruled
    names = (stem(m.group(0).rstrip("’'")) for m in _NAME.finditer(cause["text"]))
    apposed = _APPOSED.match(text, text.find(cause_words) + len(cause_words)) if cause["text"][:1].isupper() \
        or cause["text"].split()[-1][:1].isupper() else None  # "Orvik, the firm that ...": what the name is
    party = list(dict.fromkeys([*(n for n in names if n not in STOPWORDS), *([stem(apposed["n"])] if apposed else [])]))
    if party:
        out["party"] = party
    return out
