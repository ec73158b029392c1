"""Structural check-worthiness features: who a sentence is about and what shape of claim it makes.

Why: the first features (:mod:`checkworthy`) read *what* a sentence holds (figures, names, event and
record verbs); the errors left on ClaimBuster's development side were about *shape*. A checkable claim
is usually about a third party ("My opponent opposed the missile defenses", "She talks in favor of
the rebels"), states a record or a rank ("the largest", "ever", "in history"), gives a cause ("because
of", "led to"), cites evidence ("a study", "according to the census"), or anchors itself in time
("last year", "since", "over the past decade") or runs up to now ("has doubled"). What is not checkable has shapes too: the speaker's
own story ("I met a woman", "my father told me"), talk about the conversation itself ("let me",
"thank you", "your question", "my time"), hypotheticals ("If you change jobs ...") and judgements
("a disaster", "unfair").

Every pattern is closed-class wording (pronouns, determiners, calendar words, connectives, the names
of kinds of evidence); none names a topic. Each is run over the lower-cased text behind word gates
(:mod:`workbench.extract.lowered`), so a sentence holding none of a pattern's first words costs no
scan. The weights live in :data:`checkworthy.WEIGHTS` with the others.
"""

from __future__ import annotations

import re

from workbench.extract.lowered import Lowered

# Discourse openers skipped before reading who the sentence is about ("And, frankly, she ...").
OPENERS = re.compile(
    r"^\W*(?:(?:and|but|so|now|well|also|yet|then|in fact|actually|look|listen|again|first|second|third|"
    r"finally|of course|frankly|yes|no|oh|okay|ok|uh|um)\b[\s,—–-]*)*",
    re.I,
)
# A sentence led by the speaker or the listener: about them, not about a third party.
SPEAKER_OR_LISTENER = re.compile(r"(?:i|we|you|my|our|your)(?:'\w+|’\w+)?\b", re.I)
# A stated record or rank. "the ...est" excludes the common nouns that merely end in -est.
SUPERLATIVE = re.compile(
    r"\b(?:the (?:first|last|only|(?!(?:inter|w|r|requ|prot|t|cont|gu|for|ch|qu|arr|harv|manif|conqu|dig|n|v|p|cr|"
    r"inv|sugg|hon|mod|midw|northw|southw)est\b)[a-z]+est|most|least)|ever|in history|record|all-time|"
    r"never before|no other)\b",
    re.I,
)
# The speaker's own story: nothing a fact-checker can look up.
ANECDOTE = re.compile(
    r"\b(?:i (?:was (?:in|at|with)|met|went|talked|spoke|visited|remember|saw|heard|grew up|sat)|"
    r"(?:told|asked|showed|gave) me|my (?:mother|father|dad|mom|wife|husband|son|daughter|family|friend|"
    r"grandfather|grandmother|parents|brother|sister))\b",
    re.I,
)
# Talk about the conversation itself: turns, thanks, the listener's question, time. ("That question" and
# "the question" stay out: news uses them for the matter in dispute.)
PROCEDURAL = re.compile(
    r"\b(?:let me|i'd like to|thank(?:s| you)|(?:opening|closing) (?:remarks|statement)|my time|rebuttal|"
    r"excuse me|go ahead|(?:your|good|great|fair|first|next|last) question|answer (?:your|you)|"
    r"i want to (?:say|talk|make|ask|thank|be clear))\b",
    re.I,
)
CAUSAL = re.compile(
    r"\b(?:because|caused?|causing|led to|leads? to|result(?:ed|s)? in|due to|as a result|thanks to|"
    r"responsible for|blamed?)\b",
    re.I,
)
# Named kinds of evidence: a claim that cites one can be looked up.
EVIDENCE = re.compile(
    r"\b(?:according to|study|studies|survey|poll|polls|data|report|reports|statistics|census|figures|analysis|"
    r"research|estimates?|records?)\b",
    re.I,
)
# A time anchor (calendar words): a claim dated or measured over a span can be checked against that span.
TIME = re.compile(
    r"\b(?:last (?:year|month|week|decade)|since|ago|over the (?:last|past)|in the (?:last|past)|years?|months?|"
    r"decades?|every (?:year|day|week|month)|a (?:year|day|week|month))\b",
    re.I,
)
# The present perfect: a record that runs up to now ("has doubled", "have lost"), the tense of most
# checkable claims about a term in office or a trend.
PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|been|gone|done|made|taken|given|seen|grown|lost|won|cut|"
    r"spent|paid|put|built|sold|brought|kept)\b",
    re.I,
)
# Evaluative words: a judgement ("a disaster", "totally unfair") rather than something to look up.
EVALUATIVE = re.compile(
    r"\b(?:great|good|bad|terrible|wonderful|disaster|disastrous|ridiculous|beautiful|tremendous|amazing|horrible|"
    r"awful|wrong|fair|unfair|incredible|fantastic|stupid|crazy|sad|shame|shameful|disgrace)\b",
    re.I,
)
# A measured quantity named: what a figure measures, so a claim about it can be checked against a count or a
# table even when the figure itself is not given ("the deficit went down", "wages are lower than ...").
MEASURED = re.compile(
    r"\b(?:rates?|numbers?|amounts?|levels?|shares?|average|total|costs?|prices?|percent|per cent|budgets?|"
    r"deficits?|debts?|incomes?|wages?|salary|salaries|revenues?|spending|unemployment|growth|inflation|population|"
    r"majority|toll|surplus)\b",
    re.I,
)
# ... but not a noun the indefinite article makes a figure of speech ("came at a heavy price", "took a toll on"):
# "a price" names no particular quantity unless "of" gives it one ("a rate of", "a majority of")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# Vague reference: an indefinite pronoun or "things" stands where a checkable claim names what it is about.
VAGUE = re.compile(r"\b(?:something|anything|things|somebody|anybody|someone|anyone)\b", re.I)
# Hedges: the speaker does not vouch for it ("maybe", "probably", "it seems"), a guess rather than a claim.
HEDGE = re.compile(r"\b(?:maybe|perhaps|probably|possibly|seems?|seemed|somehow)\b", re.I)
# A sentence that opens with a condition or an invitation to imagine: nothing asserted yet.
HYPOTHETICAL = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:if|unless|imagine|suppose|what if)\b", re.I)

_PATTERNS = {"superlative": SUPERLATIVE, "anecdote": ANECDOTE, "procedural": PROCEDURAL, "causal": CAUSAL,
             "evidence": EVIDENCE, "time": TIME, "perfect": PERFECT, "evaluative": EVALUATIVE, "measured": MEASURED, "vague": VAGUE,
             "hedge": HEDGE}
_LOWERED = {name: Lowered(pattern) for name, pattern in _PATTERNS.items()}

# Speed (issue 12: ingest stays as fast): every match of these patterns holds one of the words below as a whole
# letter run (read off each pattern: its distinctive word, often the second, since the first is a common one
# such as "the", "i", "my", "a", "in"), or for "the ...est" the letters "est". One set intersection with the
# sentence's runs finds the few patterns worth running; the pattern still decides
# (tests/extract/test_checkworthy_structure.py checks the gated and plain results agree).
_NEEDS = {
    "superlative": "first last only most least ever history record time before other",
    "anecdote": "was met went talked spoke visited remember saw heard grew sat me mother father dad mom wife husband "
                "son daughter family friend grandfather grandmother parents brother sister",
    "procedural": "let like thank thanks remarks statement time rebuttal excuse ahead question answer want",
    "causal": "because cause caused causing led lead leads result resulted results due thanks responsible blame "
              "blamed",
    "evidence": "according study studies survey poll polls data report reports statistics census figures analysis "
                "research estimate estimates record records",
    "time": "since ago last past year years month months decade decades week day",
    "perfect": "has have had",
    "evaluative": "great good bad terrible wonderful disaster disastrous ridiculous beautiful tremendous amazing "
                  "horrible awful wrong fair unfair incredible fantastic stupid crazy sad shame shameful disgrace",
    "measured": "rate rates number numbers amount amounts level levels share shares average total cost costs price "
                "prices percent cent budget budgets deficit deficits debt debts income incomes wage wages salary "
                "salaries revenue revenues spending unemployment growth inflation population majority toll surplus",
    "vague": "something anything things somebody anybody someone anyone",
    "hedge": "maybe perhaps probably possibly seem seems seemed somehow",
}
_WORD_FEATURES: dict[str, tuple[str, ...]] = {}
for _name, _words in _NEEDS.items():
    for _word in _words.split():
        _WORD_FEATURES[_word] = (*_WORD_FEATURES.get(_word, ()), _name)
_ALL_WORDS = frozenset(_WORD_FEATURES)


def _candidates(low: str | None, runs: frozenset[str] | None) -> set[str] | frozenset[str]:
    """The word-list features that may match (all of them when the text has no runs: a folding character)."""
    if runs is None:
        return frozenset(_PATTERNS)
    found: set[str] = set()
    for word in _ALL_WORDS.intersection(runs):
        found.update(_WORD_FEATURES[word])
    if low is not None and "est" in low:
        found.add("superlative")
    return found


NAMES = ("third_party", "superlative", "anecdote", "procedural", "causal", "evidence", "time", "hypothetical",
         "perfect", "evaluative", "measured", "vague", "hedge")


_NONE = dict.fromkeys(NAMES, 0.0)


# The same two patterns without re.I, for the lower-cased text (workbench.extract.lowered: same matches, less time).
_OPENERS_LOW, _SPEAKER_LOW = re.compile(OPENERS.pattern), re.compile(SPEAKER_OR_LISTENER.pattern)


def third_party(text: str, low: str | None = None) -> bool:
    """The sentence, past its discourse openers, starts with a word that is not the speaker or listener.

    ``low``: ``text.lower()`` when it keeps every offset (``gates.words_of`` is not None), else None."""
    if low is not None:
        rest = low[_OPENERS_LOW.match(low).end():]  # type: ignore[union-attr]  (matches the empty string)
        return bool(rest[:1].isalpha()) and _SPEAKER_LOW.match(rest) is None
    rest = text[OPENERS.match(text).end():]  # type: ignore[union-attr]
    return bool(rest[:1].isalpha()) and SPEAKER_OR_LISTENER.match(rest) is None


def _measured(text: str) -> bool:
    """A measured quantity named as one: some match not in an indefinite figure of speech (``_INDEFINITE``)."""
    return any(not _INDEFINITE.search(text, 0, m.start()) or text[m.end():m.end() + 4].lower() == " of "
               for m in MEASURED.finditer(text))


def structure(text: str, low: str | None, runs: frozenset[str] | None) -> dict[str, float]:
    """The features named in :data:`NAMES`, each 0 or 1 (``low``/``runs`` as :func:`checkworthy.features`)."""
    out = dict(_NONE)
    if third_party(text, low):
        out["third_party"] = 1.0
    for name in _candidates(low, runs):
        if _LOWERED[name].search(text, low, runs) and (name != "measured" or _measured(text)):
            out[name] = 1.0
    if HYPOTHETICAL.match(text):
        out["hypothetical"] = 1.0
    return out
