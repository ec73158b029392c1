"""What a denial denies: the clause a party rejects, stored so analysis can find who asserted it.

Why: "The regulator said the valves were never tested" and "The operator denied that any valve had gone untested"
are a disagreement between two sources, yet the two sentences embed far apart (one asserts, the other reports a
rejection), so fact clustering puts them in different facts and no wording rule sees the pair. The denying verb
("denied", "rejected", ``extract.polarity.DENIAL``) governs a complement: "that X", "claims / reports /
suggestions that X", "having X". A speaker who asserts a negated universal ("insisted that none of the X had been
Y", "No X were Y, the firm said") denies "X had been Y" just as plainly. Here that complement is located once, at
extraction (``Frame.polarity["denied"]``: its offsets; ``"denied_stems"``: its content stems, the negator left
out; ``"denied_acts"``: the stems of its deed, "had been switched off" -> switch; ``"denied_self"``: the clause
is about the denier's own deed, "denied that it had asked ..."; ``"denied_subject"``: the stems of the clause's
subject, where it is no pronoun, "no box was ever left open" -> box; ``"denied_head"``: its head noun's stem,
"a chlorine pump at the works had failed" -> pump), and ``analyze.denied_claims`` compares it with the other claims of the event.

Words: closed-class only (reporting verbs, nouns of hearsay, negative determiners, clause connectives).
"""

from __future__ import annotations

import re

from workbench.extract.acts import deed_stems
from workbench.extract.words import content_stems, stem

# Between the denying verb and its complement: adverbs, "again", a day, "in a statement", a noun of hearsay.
_HEARSAY = (r"claims?|reports?|suggestions?|allegations?|accusations?|assertions?|rumou?rs?|statements?|"
            r"speculation|accounts?|charges?|insinuations?|stories|story|notions?|ideas?")
_COMPLEMENT = re.compile(
    rf"(?:\s+(?:\w+ly|again|also|still|ever|strongly|flatly|repeatedly|on\s+\w+day|in\s+a\s+\w+|to\s+\w+|"
    rf"the|a|an|any|all|these|those|earlier|media|press|newspaper|[\w-]+['’]s?|(?:{_HEARSAY})))*?"
    rf"\s+(?:(?:that|of|having|to\s+have)\s+|(?=(?:being|[a-z]{{3,}}ing)\s))",
    re.IGNORECASE,
)
# "Reports that the dam was leaking are untrue": the copula denial follows what it denies.
_HEARSAY_THAT = re.compile(rf"\b(?:{_HEARSAY})\s+that\s+", re.IGNORECASE)
# "denied the bank had concealed losses": a complement without "that" (a short subject, then its auxiliary).
_BARE = re.compile(r"\b(?:denied|denies|rejected|rejects|disputed|disputes)\s+(?=(?:the|a|an|its|his|her|their|any)\s+"
                   r"(?:[\w'’-]+\s+){0,4}?(?:had|has|have|was|were|is|are|did)\s)", re.IGNORECASE)
# "rejected the union's claim that X": a possessive before the noun of hearsay (no denial in ``polarity.DENIAL``)
_OWNED = re.compile(rf"\b(?:denied|denies|rejected|rejects|disputed|disputes)\s+(?:the\s+)?[\w-]+['’]s?\s+"
                    rf"(?:\w+\s+)?(?:{_HEARSAY})\s+that\s+", re.IGNORECASE)
# A speaker's own negated universal: "insisted that none of the X", "said no X had", "told reporters that no X were".
_SAYS_THAT = re.compile(
    r"\b(?:insist\w*|said|says|maintain\w*|stress\w*|repeat\w*|reiterat\w*|stated|states|argu\w*|"
    r"affirm\w*|assur\w*|confirm\w*|told\s+\w+|tells\s+\w+)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?=(?:none|no|nobody|nothing|neither)\b|(?:the|its|his|her|their|any|all)\s+(?:\w+\s+){0,3}?(?:none|no|nobody|"
    r"nothing|neither)\b)",
    re.IGNORECASE,
)
# A speaker who says again what it said before ("repeated that it had never ...", "insisted its X had not ...")
# answers a contrary account: a negated clause after such a verb is a denial, whatever its negator (closed class)
_REAFFIRMS = re.compile(
    r"\b(?:insist(?:ed|s)|maintain(?:ed|s)|repeat(?:ed|s)|reiterat(?:ed|es))\s+(?:(?:again|on\s+\w+)\s+)?"
    r"(?:that\s+|(?=(?:its|their|our|his|her|it|they|we|he|she)\s))"
    # the speaker's own deed or thing (a pronoun or possessive opens the clause), else a perfect ("the engine had
    # never been ..."): "repeated that the charges did not involve X" is a stance on a fact, no deed denied (BASIL)
    r"(?=(?:(?:it|they|we|he|she|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:had|has|have|was|were|did)|"
    r"(?:[\w'’-]+\s+){1,5}?(?:had|has|have))\s+(?:(?:never|not)\s|[a-z]+\s+(?:\w+\s+)?no\s))",
    re.IGNORECASE,
)
# The same, opening the sentence and attributed after a comma: "None of the X were Y, the firm said."
_OPENS_NEGATED = re.compile(r"^(?:None|No|Nobody|Nothing|Neither)\b")
_TRAILING_SOURCE = re.compile(r",\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|insisted|insists|maintained|stressed|told)\b"
                              r"|,\s*according to\b", re.IGNORECASE)
# Where the denied clause stops: the next clause of the sentence or its attribution.
_CLAUSE_END = re.compile(
    r"[;:]|\s[–—-]\s|,\s*(?:saying|adding|insisting|calling|noting|arguing|and|but|while|although|which|who|as|"
    r"according)\b|,\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|added|insisted)\b|[.!?]?[\"”’]?\s*$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s(?:and|but|or)\s", re.IGNORECASE)
# an auxiliary (or "being" of a passive gerund, "denied being warned") and the word it governs, past the closed-class
# adverbs that may stand between ("was ever left open", "had already been paid"): the adverb is no act
_GOVERNED = re.compile(r"\b(?:had|has|have|was|were|is|are|be|being)\s+(?:(?:never|not|ever|already|once|yet|still|"
                       r"also|just)\s+)?(?:been\s+|being\s+)?(?:\w+ly\s+)?([a-z]{3,})\b")
_GERUND = re.compile(r"(?:being|[a-z]{3,}ing)\s")  # a complement that opens with its verb has the denier as subject
_SELF = re.compile(r"(?:he|she|it|they|we|I)\b", re.IGNORECASE)  # a personal pronoun opening the clause
# a verb that asserts against a contrary account ("insisted that no one had ..."): the speaker answers someone,
# as a denying verb does (closed class)
_INSISTS = re.compile(r"\b(?:insist\w*|maintain\w*|reiterat\w*|repeat(?:ed|s))\b", re.IGNORECASE)
# the negators, and "ever", the adverb a negation licenses ("no box was ever left open"): no content of the clause
_NEGATORS = frozenset({"none", "no", "nobody", "nothing", "never", "neither", "not", "ever"})
MIN_STEMS = 2  # a complement of fewer content words ("denied it", "denied the reports") names nothing to compare;
# one is enough when a pronoun opens the clause ("that he had been drinking"): the denier names its subject


# an indefinite subject ("anyone had complained") names no thing a target must speak of (closed class)
_INDEFINITE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "one", "anything",
                         "something", "everything"})
_OWNED_SUBJECT = re.compile(r"\b(?:its|their|his|her|our|my)\b", re.IGNORECASE)
_NEGATIVE_WORDS = frozenset({"none", "no", "nobody", "nothing", "neither"})  # what a negated universal needs
_BARE_VERBS = frozenset({"denied", "denies", "rejected", "rejects", "disputed", "disputes"})


def denied_clause(text: str, denial: tuple[int, int] | None,
                  words: frozenset[str] | None = None) -> tuple[int, int] | None:
    """Offsets of what the claim denies: the complement of its denying verb at ``denial`` (the verb's span from
    ``extract.polarity``; the clause before it for "reports that X are false"), else a that-less complement
    ("denied the bank had ..."), else the clause of a negated universal its speaker asserts; None when none."""
    if denial is not None:
        m = _COMPLEMENT.match(text, denial[1])
        if m is not None:  # "claims of racism and called on ...": a noun phrase ends where a coordinated verb begins
            return _up_to_end(text, m.end(), noun=m.group(0).rstrip().lower().endswith("of"))
        before = list(_HEARSAY_THAT.finditer(text, 0, denial[0]))
        end = len(text[: denial[0]].rstrip())
        return (before[-1].end(), end) if before and end > before[-1].end() else None
    # speed (issue 12): the searches below run only where their words are (``words``: ``gates.words_of``)
    # the possessive hearsay first: "rejected the union's claim that it had ..." denies what follows "that"
    bare = (_OWNED.search(text) or _BARE.search(text)) if words is None or not _BARE_VERBS.isdisjoint(words) else None
    if bare:
        return _up_to_end(text, bare.end())
    if words is not None and _NEGATIVE_WORDS.isdisjoint(words) and "never" not in words and "not" not in words:
        return None
    said = _SAYS_THAT.search(text) or _REAFFIRMS.search(text)
    if said:
        return _up_to_end(text, said.end())
    if _OPENS_NEGATED.match(text) and _TRAILING_SOURCE.search(text):
        return _up_to_end(text, 0)
    return None


def _up_to_end(text: str, start: int, noun: bool = False) -> tuple[int, int] | None:
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    also = _AND.search(text, start, stop) if noun else None
    stop = also.start() if also else stop
    return (start, stop) if stop > start else None


# prepositions that end a subject's head phrase ("a pump at the works", "figures for the north"); "of" after a
# quantifier opens the head ("any of the boxes"), after a noun it ends it ("the roof of the hall") (closed class)
_PREPOSITIONS = frozenset("of at in on for from with by near under over about inside outside".split())
_QUANTIFIERS = frozenset("any none no some all each either neither one two three several many most".split())


def _head_noun(subject: str) -> str | None:
    """The stem of the subject's head noun: its last content word before a preposition ("a chlorine pump at the
    works" -> pump; "any of the boxes" -> box), None where it has none."""
    words = re.findall(r"[A-Za-z][\w'’-]*", subject)
    low = [w.casefold() for w in words]
    if "of" in low and all(w in _QUANTIFIERS or w in ("the", "a", "an") for w in low[: low.index("of")]):
        words, low = words[low.index("of") + 1:], low[low.index("of") + 1:]
    cut = next((k for k, w in enumerate(low) if w in _PREPOSITIONS), len(words))
    stems = [s for s in content_stems(" ".join(words[:cut])) if s not in _NEGATORS and s not in _INDEFINITE]
    return stems[-1] if stems else None


def denied_fields(text: str, denial: tuple[int, int] | None, words: frozenset[str] | None = None) -> dict[str, object]:
    """``{"denied": [start, end], "denied_stems": [...]}`` for a claim that denies something, else ``{}``.

    The stems leave out the negators ("none of the animals had been killed" denies "animals ... killed").
    """
    span = denied_clause(text, denial, words)
    if span is None:
        return {}
    clause = text[span[0] : span[1]]
    stems = [s for s in content_stems(clause) if s not in _NEGATORS]
    # "denied that he had been drinking" / "denied cancelling any policy": the denier's (or its party's) deed
    own = _SELF.match(clause) is not None or _GERUND.match(clause) is not None
    if len(stems) < (1 if own else MIN_STEMS):
        return {}
    # its act: the word an auxiliary governs ("had been switched off" -> switch; not "the escaped animals"), else
    # the first deed of the clause ("he searched the field")
    gerund = _GERUND.match(clause)
    governed = [stem(m.group(1)) for m in _GOVERNED.finditer(clause)] or ([stem(gerund.group(0).strip())] if gerund else [])
    acts = [a for a in (governed or deed_stems(clause)[:1]) if a in stems]
    out: dict[str, object] = {"denied": [span[0], span[1]], "denied_stems": stems}
    if acts:
        out["denied_acts"] = acts
    first = _GOVERNED.search(clause)
    # no subject where the denier's possessive opens it ("none of its staff"): the party's own, named by the party
    head = clause[: first.start()] if first and not own else ""
    subject = [] if _OWNED_SUBJECT.search(head) else \
        [s for s in content_stems(head) if s not in _NEGATORS and s not in _INDEFINITE]
    if subject:  # what the clause is about: "hospitals" of "hospitals had been included in the cuts"
        out["denied_subject"] = subject
        noun = _head_noun(head)
        if noun:
            out["denied_head"] = noun
    if denial is None and _INSISTS.search(text, 0, span[0]):
        out["insisted"] = True
    if own:  # its subject is a pronoun: the party is named by the denier, not in the clause
        out["denied_self"] = True
    return out
