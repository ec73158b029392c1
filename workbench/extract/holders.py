"""Whose figure is it, and is it a fact, an offer, a demand or a plan: the act and holder of each figure.

Why: in a negotiation or a campaign most money figures of one story are *different measures*:
one party's demand, another's offer, a plan that "would cut", a sum an order "enables the
president to divert", a saving of "$600 a year" against a total. Set side by side as if they
measured one thing, they read as contradictions nobody made. A figure's act is read off the
words of its own clause before it (the proposal nouns and verbs, modal verbs, an infinitive
that governs it), its holder off the possessive or the subject of that act, and its rate off
the words right after it ("a year", "per person"). The vocabulary is closed-class: how news
words a proposal, a request or a plan, not any one story's names.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.gates import Gated, TailGated, words_of
from workbench.models import Quantity

# The act a figure belongs to (first match nearest the figure wins). "offer" and "demand" are the
# two sides of a negotiation; "plan" is anything proposed, budgeted or conditional; a "target" a value aimed at.
_ACTS = (
    ("offer", r"offer(?:s|ed|ing)?|counter-?offer\w*|counter(?:ed|s)|bid|bids"),
    ("demand", r"demand(?:s|ed|ing)?|request(?:s|ed|ing)?|asked for|asking(?: price| for)?|sought|seek(?:s|ing)?|"
               r"wants?|wanted|call(?:s|ed|ing)? for|claim(?:s|ed|ing)? for"),
    ("plan", r"plan(?:s|ned)?|propos(?:al|als|ed|es|e|ing)|budget(?:s|ed)?|pledge[sd]?|promise[sd]?|"
             r"would|will|could|might"),
    ("estimate", r"estimat\w*|projected|forecast\w*"),
    # a value someone aims at ("the target is to bring unemployment below 6%", "a goal of 2%"): neither a level
    # reached nor a forecast of one, so no rival of either
    ("target", r"targets?|goals?|objectives?"),
)
_ACT_RES = [(name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for name, words in _ACTS]
# Speed: each act pattern behind a gate on the window's words (workbench.extract.gates; same matches).
_G_ACTS = [(name, Gated(r)) for name, r in _ACT_RES]
_SENTENCE_START = re.compile(r"(?:[.!?;]\s|\s[-–—]\s|^)")
# An infinitive that governs the figure ("to divert $3.6 billion", "to spend about $2 million"),
# not "rose to 3%", "up to 40", "according to".
_MODIFIER = r"(?:about|around|nearly|almost|roughly|some|more than|less than|at least|up to|over|under|just|only)"
_INFINITIVE = re.compile(
    rf"(?<!according )(?<!up )(?<!close )(?<!due )(?<!compared )\bto (?!{_MODIFIER}\b|the\b|a\b|an\b)"
    rf"[a-z]+(?: [a-z]+)?(?: {_MODIFIER})? ?$"
)
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_POSSESSIVE = re.compile(rf"(?P<h>{_NAME})['’]s?\s+(?:\w+\s+){{0,3}}?$")
_SUBJECT = re.compile(rf"(?P<h>{_NAME})\s+(?:[a-z]+\s+){{0,2}}?$")
_BY = re.compile(rf"^\s*\S*\s*(?:offered|proposed|requested|demanded|sought|put forward|tabled)? ?by (?P<h>{_NAME})")
# "a second" / "a minute" is a span only where it closes the phrase ("900 cubic metres a second at its peak"), not an
# ordinal before a noun ("a second round")
_TICK = r"(?:second|minute)(?=\s*(?:[,.;:)]|$)|\s+(?:at|by|on|in|for|from|into|through|during|when|while|and|or|as|after|before|until)\b)"
_PER_NOUNS = (r"(?P<per>year|month|week|day|hour|person|head|household|family|student|patient|worker|employee|"
              rf"member|unit|share|ton|tonne|barrel|kilo\w*|litre|liter|{_TICK})s?")
# The rate a figure is stated per: right after it ("$600 a year", "8.20 pounds in cash for every X share"),
# or fronted before it ("values each X share at €14.50"); up to three capitalised names between.
# "200 marks extra a year": a comparative word between the figure and its rate (closed class) keeps the rate
# "of water a second": the stuff measured may stand between the figure and its rate
_RATE = re.compile(rf"^\s*(?:of [a-z]+ )?(?:in \w+ |(?:extra|more|less|fewer|additional|on top) )?(?:for )?(?:a|an|per|each|every)\s+(?-i:[A-Z][\w'-]*\s+){{0,3}}{_PER_NOUNS}\b",
                   re.IGNORECASE)
_RATE_BEFORE = re.compile(rf"\b(?:per|each|every)\s+(?-i:[A-Z][\w'-]*\s+){{0,3}}{_PER_NOUNS}\s+"
                          rf"(?:at|for|of|is|was|will be|gets?|receives?)\s+(?:{_MODIFIER}\s+)?$", re.IGNORECASE)
# The span a price covers, named in the figure's own subject a few words before it ("a year of treatment costs N",
# "the price for a monthly pack remains N", "a week's stay costs N"): lower case, so no outlet's name ("The Daily")
_PRICE_SPAN = re.compile(r"\b(?:(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Pp]er)\s+(?P<n>year|month|week|day)(?:['’]s|\s+of)|"
                         r"(?P<adj>annual|yearly|monthly|weekly|daily))\s+(?:[\w'’-]+\s+){0,4}$")
# a rate written with a slash right after its unit ("40 km/h", "12 m/s"): a speed, per the span the letter names
_SLASH_RATE = re.compile(r"^/(?P<per>h|hr|s|sec)\b", re.IGNORECASE)
_SLASH_SPAN = {"h": "hour", "hr": "hour", "s": "second", "sec": "second"}
_SPAN_OF = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_EACH = frozenset({"per", "each", "every"})  # a _RATE_BEFORE match opens with one as a whole word (speed gate)
_NOT_HOLDERS = {"The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On",
                "His", "Her", "Their", "Its", "Our", "Now", "Then", "When", "While", "After", "Before", "If"}


def _holder(before: str, act_start: int, after: str) -> str | None:
    """The proper name that owns the act: "Trump's proposal", "Democrats countered", "offered by Lissa"."""
    head = before[:act_start]
    for pattern in (_POSSESSIVE, _SUBJECT):
        m = pattern.search(head)
        if m:
            words = [w for w in m.group("h").split() if w not in _NOT_HOLDERS]
            if words:
                return " ".join(words)
    m = _BY.search(after)
    return m.group("h") if m and m.group("h").split()[0] not in _NOT_HOLDERS else None


_TITLES = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sen.", "Rep.", "Gov.", "Prof.", "Sir", "Dame"}
_MOD = r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more than|less than|at least)\s+)?"
# "X's [up to six words] was|of|at N": the possessor of the figure's noun phrase owns the figure.
_OWNER = re.compile(rf"(?:(?P<h>{_NAME})['’]s?|\b(?P<p>(?i:his|her|their|its)))\s+(?:[\w-]+\s+){{0,6}}?"
                    rf"(?:was|is|were|are|of|at|stood at|reached|totall?ed|between)\s+{_MOD}$")
# The subject of a paying verb owns what was paid ("Lo paid a rate of 30%", "the couple paid $4 million").
_PAY_VERBS = r"paid|pays|pay|earned|earns|spent|spends|received|receives|owed|owes|donated|donates|gave|gives|raised|raises"
_PAYER = re.compile(rf"(?:(?P<h>{_NAME})|\b(?P<np>(?i:the) [a-z]+))\s+(?:\w+ly\s+)?(?:{_PAY_VERBS})\b")
# Speed gates (issue 12; exact, tests/extract/test_scan_gates.py): a _PAYER match holds its verb as a whole word,
# an _OWNER match ends with one of these words, an _INFINITIVE match holds the word "to".
_G_PAY_VERB = Gated(re.compile(rf"\b(?:{_PAY_VERBS})\b"))
_G_OWNER = TailGated(_OWNER, "was|is|were|are|of|at|reached|totall?ed|between|about|around|nearly|almost|roughly|some|just|"
                             "over|under|than|least")
_PRONOUNS = {"He", "She", "They", "It", "His", "Her", "Their", "Its"}
# Capitalised words that name no one: calendar words and sentence-opening prepositions (closed class).
_NOT_PEOPLE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "At", "By", "For", "From", "With", "Under", "Over", "During", "Since", "Last", "Next", "Earlier"}


# Compiled once (the module-level re functions look each pattern up in re's cache on every call: issue 12).
_POSSESSIVE_END = re.compile(r"['’]s?$")
_NAME_RE = re.compile(_NAME)
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_BRACKETED = re.compile(rf"(?P<h>{_NAME})\s*\((?:\s*at)?\s*$")
_CLAUSE_STOP = re.compile(r"[,;:](?=\s)|\s[-–—]+\s")

def _name(raw: str) -> str | None:
    words = [_POSSESSIVE_END.sub("", w) for w in raw.split() if w not in _NOT_HOLDERS and w not in _TITLES]
    return " ".join(words) or None


def _antecedent(sentence: str, speaker: str | None) -> str | None:
    """A possessive pronoun names the nearest person named before it in the sentence, else the speaker."""
    names = [n for n in (_name(" ".join(w for w in m.group(0).split() if w not in _NOT_PEOPLE))
                         for m in _NAME_RE.finditer(sentence)) if n and n not in _PRONOUNS]
    return names[-1] if names else speaker


def holder_of(text: str, q: Quantity, speaker: str | None = None) -> str | None:
    """Whose figure it is when no act names a holder: its possessor ("Ana's rate was 30%", "her rate",
    resolved to the person named before it or the speaker) or the subject of a paying verb before it."""
    start = max(0, q.start - 120)
    cut = list(_SENTENCE_STOP.finditer(text[start : q.start]))
    sentence = text[start + cut[-1].end() if cut else start : q.start]
    clauses = list(_CLAUSE_STOP.finditer(sentence))
    clause = sentence[clauses[-1].end() :] if clauses else sentence
    bracket = _BRACKETED.search(clause) if clause.endswith(("(", "( at ", "(at ")) else None
    if bracket:  # "followed by Lund (17 percent), Varga (14 percent)": the name before the bracket holds it
        return _name(bracket.group("h"))
    m = _G_OWNER.search(clause)
    if m:
        if m.group("h"):
            return _name(m.group("h"))
        return _antecedent(sentence[: len(sentence) - len(clause) + m.start()], speaker)
    payers = list(_PAYER.finditer(sentence)) if _G_PAY_VERB.may_match(words_of(sentence)) else []
    if payers:
        m = payers[-1]
        return _name(m.group("h")) if m.group("h") else m.group("np").lower()
    return None


# "Acceptances for the Brightwell offer have reached 68%": the act noun sits in a prepositional phrase of the
# subject, and a verb of its own clause stands between it and the figure: the figure counts the subject.
_PP_BEFORE = re.compile(r"\b(?:for|against|on|over)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[A-Z][\w'-]*\s+){0,3}$")
_VERB_AFTER = re.compile(r"^\s+(?:has|have|had|is|are|was|were|now|already)\b")


def _complement(before: str, m: re.Match[str]) -> bool:
    return bool(_PP_BEFORE.search(before, 0, m.start()) and _VERB_AFTER.match(before[m.end() :]))


def act_of(text: str, q: Quantity, width: int = 80, speaker: str | None = None, priced: bool = False) -> dict[str, Any]:
    """{"act", "holder", "per"} of one figure (keys only when found); a price (``priced``) is also per the span its
    own subject names ("a year of treatment costs N": per year)."""
    start = max(0, q.start - width)
    before = text[start : q.start]
    cut = list(_SENTENCE_START.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    after = text[q.end : q.end + 40]
    out: dict[str, Any] = {}
    best: tuple[int, str, int] | None = None
    words = words_of(before)
    for name, g in _G_ACTS:
        for m in g.pattern.finditer(before) if g.may_match(words) else ():
            if (best is None or m.start() > best[0]) and not _complement(before, m):
                best = (m.start(), name, m.start())
    if best is None and (words is None or "to" in words) and _INFINITIVE.search(before):
        out["act"] = "plan"
    elif best is not None:
        out["act"] = best[1]
        holder = _holder(before, best[2], after)
        if holder:
            out["holder"] = holder
    if "holder" not in out:
        holder = holder_of(text, q, speaker)
        if holder:
            out["holder"] = holder
    m = _RATE.search(after) or (_RATE_BEFORE.search(before) if words is None or not _EACH.isdisjoint(words) else None)
    if m:
        out["per"] = m.group("per").lower()
    elif slash := _SLASH_RATE.match(after):
        out["per"] = _SLASH_SPAN[slash.group("per").lower()]
    elif priced and (span := _PRICE_SPAN.search(_CLAUSE_STOP.split(before)[-1])):
        out["per"] = span.group("n") or _SPAN_OF[span.group("adj")]
    return out
