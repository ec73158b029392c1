"""What a sum or a share is *for* and what it is *of*: the phrases right around a figure.

Why: in one story many figures share a currency or a percent sign ("$15 million to charity", "$13.6 million in
state taxes", "10 percent of their income", "a tax rate of 31 percent"), so the unit says nothing about what is
measured, and two close values of two different things read as one figure twice. A fact-checker pairs them by what
the money went to or what the share is of, and by the closed-class words that make another measure of one noun
(gross vs adjusted gross income, net worth vs a payment). Read once at extraction from a few words next to the
figure, stored in the frame (``Frame.measures[i]``: ``what``, ``for``, ``mods``), compared in
``analyze.figure_slots``.
"""

from __future__ import annotations

import re

from workbench.models import Quantity

# Closed-class measure modifiers: words that make another measure of one noun (gross vs net income, a median vs an
# average wage). The first group changes what the plain noun means ("income" read alone is the gross figure), so it
# keeps two figures apart even when only one side states it; the second only when both state different ones.
CHANGING = frozenset({"net", "adjusted", "taxable", "disposable", "after-tax", "pre-tax", "real", "underlying",
                      "core", "operating", "discretionary"})
PLAIN = frozenset({"gross", "total", "average", "median", "mean", "nominal", "overall", "combined", "annual",
                   "annualised", "annualized", "headline", "effective", "marginal"})
MODIFIERS = CHANGING | PLAIN

# Where a phrase after the figure stops: clause punctuation, a digit, or a closed-class word that opens another
# phrase or a verb group (prepositions, conjunctions of clauses, auxiliaries, relative words).
_STOP = frozenset("""in of to for on at by from with over under since during after before between than as along
    across against into onto toward towards via within without through amid among near out off
    and or but while whereas which who that where when was were is are has have had be been will would could
    can may might should this last next each per a an the ago more less fewer about nearly almost around roughly
    some up january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split())
# The generic stuff of money says nothing of what a sum is ("$84,000 in taxpayer money", "$5 billion in funds").
_GENERIC = frozenset({"money", "funds", "fund", "funding", "cash", "dollars", "sum", "sums", "amount"})
_SKIP = frozenset("a an the their his her its our your my some all".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")  # a possessive word: it names whose a share is
_AFTER = re.compile(r"\s+(?P<prep>in|of|to|for|on|from|out of)\s+")
_OF = re.compile(r"\s+of\s+")
_ONE_WORD = re.compile(r"\s+(?P<noun>[a-z][a-z-]*)\s+(?P<prep>to|for|on|from)\s+")
# A time right after the figure is no purpose and hides one: "$20 million between 2011 and 2014 for consulting".
_TIME = re.compile(r"\s+(?:between|from|in|during|since|through)\s+(?:(?:early|late|mid|the)\s+)?\d{4}"
                   r"(?:\s*(?:and|to|through|-|–)\s*\d{4})?(?!\d)")
_CLAUSE = re.compile(r"[,;:](?=\s)")


def _phrase(text: str, start: int, limit: int = 4, bare: bool = False) -> tuple[list[str], int]:
    """Up to ``limit`` lower-case words of a noun phrase from ``start`` (determiners and possessives skipped, one "and"
    / "or" between words kept out: "state and local taxes" -> state, local, taxes), cut at a stop word, a digit or
    punctuation; ``bare``: no determiner may open it."""
    out: list[str] = []
    end = start
    for m in _WORD.finditer(text, start, min(len(text), start + 80)):
        w = m.group(0)
        low = w.lower()
        if not w[0].isalpha():
            break
        if not out and low in _SKIP:
            if bare:  # "in the capital" is a place; "in state taxes", "in damages" what a sum is
                break
            continue
        if not out and not bare and _POSSESSIVE.search(low):  # "of the county's pupils": whose, not what
            continue
        if low in ("and", "or") and out and len(out) < limit:
            continue
        if low in _STOP or len(out) >= limit:
            break
        if bare and not out and w[0].isupper():  # "in Florida": a place, not what the sum is
            break
        out.append(low)
        end = m.end()
        if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
            break  # a plural noun ends its phrase: "farmers hurt by ...", "taxes paid": the next word is a verb
    return out, end


_NOUN_END = re.compile(r"(?:ity|ies|ion|ions|ment|ments|ness|ers?|ors?|ants?|ents?|[^s]s)$")


def _verb_like(text: str, start: int, first: str) -> bool:
    """"to settle", "to build": a bare lower-case word after "to" that has no noun ending may be an infinitive; a
    determiner, a capital or a noun ending ("to charity", "to the union", "to Lund", "to farmers") says it is not."""
    return text[start : start + 1].islower() and first == text[start : start + len(first)].lower() \
        and not _NOUN_END.search(first)


def _before_mods(text: str, q: Quantity) -> list[str]:
    """Closed-class modifiers among the five words before the figure, inside its clause ("his net worth between",
    "adjusted gross income of", "the median wage was")."""
    lo = max(0, q.start - 60)
    window = text[lo : q.start]
    cuts = [m.end() for m in _CLAUSE.finditer(window)]
    words = [w.lower() for w in _WORD.findall(window[cuts[-1] if cuts else 0 :]) if w[0].isalpha()][-5:]
    return [w for w in words if w in MODIFIERS]


# "before tax" / "after tax": a sum before or after a deduction is another measure of it (closed class: the deductions
# a stated sum is reported before or after), stored as one modifier ("pre-tax", "after-tax") of ``CHANGING``
_DEDUCTIONS = ("tax", "deductions", "costs", "expenses", "fees", "interest", "inflation")
_DEDUCTION = re.compile(rf"\b(?P<side>before|after|pre|net of)[- ](?P<what>{'|'.join(_DEDUCTIONS)}|taxes)\b", re.IGNORECASE)
CHANGING = CHANGING | {f"{side}-{what}" for side in ("pre", "after") for what in _DEDUCTIONS}


def deduction_mods(text: str) -> list[str]:
    """"pre-tax" for a claim that states its sum before tax, "after-tax" after it ("after tax, each will take home")."""
    out = set()
    for m in _DEDUCTION.finditer(text):
        what = m.group("what").lower()
        out.add(f"{'pre' if m.group('side').lower() in ('before', 'pre') else 'after'}-{'tax' if what == 'taxes' else what}")
    return sorted(out)


def purpose_slots(text: str, q: Quantity) -> dict[str, list[str]]:
    """The figure's ``what`` ("in federal taxes", "of their income": what the sum or share is), ``for`` ("to
    charity", "for consulting": what it went to or was paid for) and ``mods`` (closed-class measure modifiers before
    or in its noun). Only money and percent figures: a counted noun already says what a count counts. Reads at most
    two short phrases right after the figure; nothing when the sentence has no preposition there."""
    if q.kind == "count" and q.value is not None and q.unit and (deducted := deduction_mods(text)):
        return {"mods": deducted}  # "1.58 million crowns before tax": a sum in a currency the reader does not know
    if q.kind not in ("money", "percent"):
        return {}
    what: list[str] = []
    purpose: list[str] = []
    at = q.end
    if text[at : at + 1] == " " and text[at + 1 : at + 2] in "bfids":  # gate: a time phrase opens with these
        time = _TIME.match(text, at)
        at = time.end() if time else at
    for _ in range(3):  # "10 percent of their income to charity": a share's base, then where it went
        m = _AFTER.match(text, at) or _ONE_WORD.match(text, at)  # "$716 billion raid on the fund": one noun between
        if m is None or (m.re is _ONE_WORD and m.group("noun") in _STOP):
            break
        prep = m.group("prep")
        words, end = _phrase(text, m.end(), bare=prep == "in")
        if not words and prep == "in":  # "in the federal budget": a place or a container, read past it
            words, end = _phrase(text, m.end())
            at, words = end, []
            continue
        if not words:
            break
        at = end
        if _GENERIC.intersection(words):  # "in taxpayer money", "for funding": the stuff of money, no thing
            continue
        if prep in ("in", "of") and not what and m.re is _AFTER:
            what.extend(words)
            continue
        if prep == "to" and _verb_like(text, m.end(), words[0]):
            break  # "to settle the claim": an infinitive, no purpose stated
        of = _OF.match(text, at)  # "for construction of the dam": the purpose's own "of" phrase belongs to it
        purpose.extend(words + (_phrase(text, of.end())[0] if of else []))
        break
    if q.kind == "percent" and not what and (q.context or "").startswith("of "):  # "four in five children"
        what = _phrase(q.context or "", 3)[0]  # the whole extraction named where no phrase follows the figure
    mods = sorted({*_before_mods(text, q), *(w for w in what if w in MODIFIERS), *deduction_mods(text)})
    what = [w for w in what if w not in MODIFIERS]
    return {k: v for k, v in (("what", what), ("for", purpose), ("mods", mods)) if v}
