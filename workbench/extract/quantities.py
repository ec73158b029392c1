"""Find and normalise the quantities a claim makes: percent, count, ratio, money, date.

``extract_quantities(text)`` is the entry point. Comparison code downstream (relations:
"5:1 vs 7:1", "52% vs 45%") compares ``value``/``unit``/``numerator``/``denominator`` and
never re-reads the wording, so every wording of one figure must normalise to the same fields.

Choices the rest of the project relies on:

* Spans: ``text[q.start:q.end] == q.text``; a span covers the modifier, the number and (for
  counts) the counted noun: "about 500,000 civilians". ``context`` is not part of the span.
* Percent ranges ("40-45%", "between 40 and 45 percent") are ONE quantity: value = midpoint,
  approx=True. "from 40% to 45%" is a change, so it gives two quantities.
* Fractions used as shares ("half of", "just over half of", "two-thirds of") are percents
  (50.0, 66.67) when followed by "of"; "half a million" is a count. "N in M" ("one tram in four", "four in five
  children") is a percent of its whole (``shares``).
* Counts: ``unit`` is the counted plural noun as written ("civilians", "cities", "km"), None when
  nothing is counted ("a population of 1.8 million"); "41m crowns" counts 41 million (an "m" with no counted noun,
  "41m tall", is a length). The word "one" alone, ordinals, years, codes ("T-72"), list numbers, times are no counts.
* Modifiers (see ``numbers.MODIFIER_BEFORE``): approx words set approx; "more than/over/at least"
  set bound="lower", "less than/fewer than/under/up to/no more than" bound="upper" (approx too).
* Overlaps: ratio > money > percent > date > count; among equals the longer span wins.
* Temperatures below zero are signed ("minus 14 degrees", "-14C": ``temperatures``); a time in hours, minutes and
  seconds is one span in seconds ("2 hours 14 minutes 5 seconds", "2:14:05": ``elapsed``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from workbench.extract.dates import extract_dates, year_counts_something
from workbench.extract.elapsed import elapsed_spans
from workbench.extract.gates import Gated, words_of
from workbench.extract.numbers import (
    DIGITS_CORE,
    FRACTION,
    FRACTION_WORDS,
    NUMBER,
    clock_hour,
    is_list_number,
    modifier_before,
    modifier_flags,
    number_led_matches,
    parse_fraction,
    parse_number,
)
from workbench.extract.ratios import extract_ratios
from workbench.extract.shares import n_in_m_shares
from workbench.extract.sizes import sized
from workbench.extract.temperatures import signed_temperatures
from workbench.models import Quantity

_PERCENT_SIGN = r"(?:%|\s?per ?cent\b|\s?percentage points?\b|\s?pc\b)"
_PERCENT = re.compile(rf"(?=[\dA-Za-z])(?P<num>{NUMBER})\s?{_PERCENT_SIGN}", re.IGNORECASE)
_PERCENT_RANGE = re.compile(
    rf"(?:\b(?P<between>between) )?(?<![\w.,-])(?P<a>{DIGITS_CORE}|{NUMBER}) ?(?:%|percent|per cent)?"
    rf"(?: ?(?:-|–|to) ?| and )(?P<b>{DIGITS_CORE}|{NUMBER}) ?(?:%|percent\b|per cent\b)",
    re.IGNORECASE,
)
# "half the size", "half the price": a measure compared, not a share of a group (no "of" to say so)
_MEASURE_NOUNS = r"(?:size|length|height|width|depth|weight|distance|time|speed|price|cost|rate|level|amount|number|value|capacity)"
_FRACTION_SHARE = re.compile(  # "half their fare", "half the staff": "half" alone may drop its "of" before a determiner
    rf"(?P<frac>{FRACTION})(?: of\b(?! (?:a |an )?(?:dozen|hundred|thousand|million|billion)\b)"
    r"(?! (?:what|it|them|those|these|us|which|whom|him|her)\b)"
    rf"|(?<=half)(?= (?:the|their|its|his|her|our|your) (?!(?:\w+ )?{_MEASURE_NOUNS}\b)))",
    re.IGNORECASE,
)
# Currency markers -> ISO 4217. Ambiguous ones ("pesos", "shillings", a bare "N") are left out.
_CURRENCY_SYMBOL = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "a$": "AUD", "au$": "AUD",
                    "c$": "CAD", "ca$": "CAD", "₹": "INR", "rs.": "INR", "rs": "INR", "₦": "NGN", "ksh": "KES",
                    "¥": "JPY", **{c.lower(): c for c in ("USD", "EUR", "GBP", "UAH", "RUB", "INR", "NGN", "KES")}}
_CURRENCY_WORD = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "hryvnia": "UAH", "hryvna": "UAH",
                  "hryvni": "UAH", "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "naira": "NGN", "yuan": "CNY",
                  "yen": "JPY", **{c.lower(): c for c in ("USD", "EUR", "GBP", "UAH", "RUB")}}
_SYMBOLS = "|".join(re.escape(k) for k in sorted(_CURRENCY_SYMBOL, key=len, reverse=True) if not k[0].isalpha())
_CODES = "|".join(k for k in sorted(_CURRENCY_SYMBOL, key=len, reverse=True) if k[0].isalpha())
_MONEY_SYMBOL = re.compile(
    rf"(?P<cur>{_SYMBOLS}|\b(?:{_CODES}) ?)"
    rf"(?P<num>{DIGITS_CORE}(?: ?(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mln|mn|m|k|tn)\b)?)",
    re.IGNORECASE,
)
_CURRENCY_WORDS = (r"dollars?|euros?|pounds?(?: sterling)?|hryvnias?|hryvnas?|hryvni|rubles?|roubles?|rupees?|naira|yuan"
                   r"|yen|USD|EUR|GBP|UAH|RUB")
_MONEY_WORD = re.compile(rf"(?=[\dA-Za-z])(?P<num>{NUMBER}|{DIGITS_CORE} ?(?:bn|mln|mn|m)\b)(?: of)? (?:US |U\.S\. )?"
                         rf"(?P<cur>{_CURRENCY_WORDS})\b", re.IGNORECASE)
# Speed (issue 12): a match ends with a whole currency word, so a claim with none ("$4.5 million") is not scanned.
_G_CURRENCY_WORD = Gated(re.compile(rf"\b(?:{_CURRENCY_WORDS})\b", re.IGNORECASE))
_COUNT = re.compile(rf"(?=[\dA-Za-z])(?P<num>{NUMBER})(?:(?P<km>km|kg|mg|ml|mm|cm|mph|kph|(?-i:°?[CF]))|(?P<sc>mn?)(?= [a-z]))?(?!\w)", re.I)
# A bare decimal as a rate's value ("the tax rate was 35.72") is a percent (a whole number may count: "heart rate of 72")
_RATE_VALUE = re.compile(
    r"\brates? (?:(?:was|is|were|are|of|at|stood at|reached)\s+)"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more than|less than)\s+)?$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"(?P<sep> of |,? )(?P<word>[A-Za-z][\w'’-]*)")
_IRREGULAR_PLURALS = set("people men women children personnel police staff infantry km kg militia youth aircraft livestock cattle "
                         "feet mph kph mg ml fish sheep deer swine bison moose salmon trout species offspring".split())
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|ers|ists)|[A-Z]+s")
_STOP = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "also", "be", "been", "of", "in",
         "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "than", "was", "were", "is", "are", "has", "have", "had", "its", "his", "hers", "this", "these", "those", "that", "the", "a", "an",
         "per", "percent", "who", "which", "says", "said", "times", "us", "thus", "less", "plus", "minus", "does",
         "always", "perhaps", "across", "towards", "besides", "whereas", "unless", "afterwards", "news"}
_CONTEXT = re.compile(r" (?P<ctx>of (?:[\w'’-]+[.,;:!?\"”)]*(?: |$)){1,8})")
_CONTEXT_STOP = {"that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could",
                 "can", "may", "might", "according", "said", "says", "and", "but", "while", "as", "since", "because",
                 "after", "before", "when", "by", "to", "from", "for", "with", "than", "over", "until", "in", "on", "at",
                 "under", "near", "around", "across", "during", "remains", "remain", "remained", "lies", "stays",
                 "still", "now", "holds", "hold", "controls", "fell", "rose", "live", "lives", "left", "stand",
                 "stands", "do", "does", "did", "be", "been", "being", "not", "if", "so", "he", "she", "they"}
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our"}
# Cheap pre-checks: most sentences hold no percent sign or currency, so skip those big patterns.
_HAS_PERCENT = re.compile(r"%|per ?cent|percentage|\dpc\b|\d pc\b", re.IGNORECASE)
_HAS_MONEY = re.compile(r"[$€£₴₽₹₦¥]|\b(?:USD|EUR|GBP|UAH|RUB|INR|NGN|KES|Rs|KSh|dollar|euro|pound|hryvn|ruble|rouble"
                        r"|rupee|naira|yuan|yen)", re.IGNORECASE)
# _HAS_MONEY's two halves: its signs, and the lower-cased words its \b-led alternatives start with.
_MONEY_SIGN = re.compile(r"[$€£₴₽₹₦¥]")
_MONEY_PREFIXES = ("usd", "eur", "gbp", "uah", "rub", "inr", "ngn", "kes", "rs", "ksh", "dollar", "euro", "pound",
                   "hryvn", "ruble", "rouble", "rupee", "naira", "yuan", "yen")
_MONEY_SPACED = tuple(" " + p for p in _MONEY_PREFIXES)  # a run starts with p: " p" is in Words.joined
_PRIORITY = {"ratio": 5, "money": 4, "percent": 4, "date": 3, "count": 1}


# Compiled once (the module-level re functions look each pattern up in re's cache on every call: issue 12).
_FROM_BEFORE = re.compile(r"\bfrom\W*$", re.I)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ALNUM = re.compile(r"\d|[a-z]", re.IGNORECASE)
_UNSET: frozenset[str] = frozenset({"<unset>"})  # "compute the words here"


def _mk(kind: str, text: str, start: int, end: int, value: float | None,
        approx: bool = False, bound: str | None = None, **fields: str | None) -> Quantity:
    """A quantity spanning ``text[start:end]``, widened to a modifier just before it ("about", "fewer than")."""
    mod = modifier_before(text, start)
    mod_approx, mod_bound = modifier_flags(mod.group("mod") if mod else None)
    start = mod.start() if mod else start
    return Quantity(kind=kind, text=text[start:end], start=start, end=end, value=None if value is None else round(value, 4),
                    approx=approx or mod_approx, bound=mod_bound or bound, **fields)


def _context(text: str, end: int) -> str | None:
    """ "of the coastal region" after a share, up to the first clause word."""
    m = _CONTEXT.match(text, end)
    if not m:
        return None
    words = m.group("ctx").split()
    kept = [words[0]]
    for w in words[1:]:
        bare = w.strip(".,;:!?\"'”")
        low = bare.lower()
        if low in _CONTEXT_STOP or any(ch.isdigit() for ch in bare):
            break
        if low.endswith("ed") and kept[-1].lower() not in _DETERMINERS:
            break  # "of the region occupied by ..." ends before the participle
        kept.append(bare)
        if bare != w:
            break
    return " ".join(kept) if len(kept) > 1 else None


def _percents(text: str, runs: frozenset[str] | None) -> Iterable[Quantity]:
    if _HAS_PERCENT.search(text):
        yield from _percent_signs(text, runs)
    # "half of", "one in 20": a text without the words these need is not scanned (``runs``: see extract.gates)
    fractions = runs is None or (("of" in runs or "half" in runs) and not FRACTION_WORDS.isdisjoint(runs))
    for m in _FRACTION_SHARE.finditer(text) if fractions else ():
        share = parse_fraction(m.group("frac"))
        end = m.end("frac")
        if share is not None:
            yield _mk("percent", text, m.start(), end, share, unit="%", context=_context(text, end))
    for start, end, share, of in n_in_m_shares(text) if runs is None or "in" in runs or "out" in runs else ():
        yield _mk("percent", text, start, end, share, unit="%", context=of)  # "one in 20", "four in five children"


def _percent_signs(text: str, runs: frozenset[str] | None = None) -> Iterable[Quantity]:
    """Percents written with a sign or "per cent"; the NUMBER-led scans tried only where a NUMBER can start."""
    for m in number_led_matches(_PERCENT_RANGE, text, runs, lead="between "):
        if " to " in m.group(0) and _FROM_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            continue  # "from 40 to 45%" is a change, not a range
        if not m.group("between") and " and " in m.group(0):
            continue
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a and b and a[0] < b[0]:
            yield _mk("percent", text, m.start(), m.end(), (a[0] + b[0]) / 2, approx=True, unit="%",
                      context=_context(text, m.end()))
    for m in number_led_matches(_PERCENT, text, runs):
        parsed = parse_number(m.group("num"))
        if parsed:
            yield _mk("percent", text, m.start(), m.end(), parsed[0], parsed[1], parsed[2], unit="%",
                      context=_context(text, m.end()))


def _may_hold_money(text: str, runs: frozenset[str] | None) -> bool:
    """``_HAS_MONEY.search(text)`` or more: a currency sign, or a letter run starting with a currency word."""
    if runs is None:
        return _HAS_MONEY.search(text) is not None
    joined = getattr(runs, "joined", None)  # extract.gates.Words: one substring test per prefix
    return _MONEY_SIGN.search(text) is not None or (any(p in joined for p in _MONEY_SPACED) if joined is not None
                                                    else any(w.startswith(_MONEY_PREFIXES) for w in runs))


def _money(text: str, runs: frozenset[str] | None = None) -> Iterable[Quantity]:
    if not (_may_hold_money(text, runs) and _HAS_MONEY.search(text)):
        return
    for m in _MONEY_SYMBOL.finditer(text):
        parsed = parse_number(m.group("num"), allow_short_scale=True)
        if parsed:
            cur = _CURRENCY_SYMBOL[m.group("cur").strip().lower()]
            yield _mk("money", text, m.start(), m.end(), parsed[0], parsed[1], parsed[2], unit=cur)
    for m in number_led_matches(_MONEY_WORD, text, runs) if _G_CURRENCY_WORD.may_match(runs) else ():
        parsed = parse_number(m.group("num"), allow_short_scale=True)
        if parsed:
            word = m.group("cur").lower().split()[0]
            word = word[:-1] if word.endswith("s") else word
            yield _mk("money", text, m.start(), m.end(), parsed[0], parsed[1], parsed[2],
                      unit=_CURRENCY_WORD.get(word))


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    if word[0].isupper() and not _DEMONYM_PLURAL.fullmatch(word):
        return False  # "120,000 Texas jobs": a name, not what is counted
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))
            and low not in _STOP)


def _count_unit(text: str, pos: int, vague: bool) -> tuple[str | None, int]:
    """The counted noun after a number ("two key cities" -> "cities") and where it ends."""
    for i in range(4):
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        sep, word = m.group("sep"), m.group("word")
        if sep == " of " and not (i == 0 and vague):
            break
        if sep.startswith(",") or (sep == " " and word.lower() in _STOP):
            break
        if _is_plural_noun(word):
            return word, m.end()
        pos = m.end()
    return None, -1


def _count_matches(text: str, runs: frozenset[str] | None) -> Iterable[re.Match[str]]:
    """``_COUNT.finditer(text)`` (its matches start with a NUMBER): see ``numbers.number_led_matches``."""
    return number_led_matches(_COUNT, text, runs)


def _counts(text: str, runs: frozenset[str] | None) -> Iterable[Quantity]:
    for m in _count_matches(text, runs):
        raw = m.group("num")
        low = raw.lower()
        if low in ("one", "zero", "hundred", "thousand", "million", "billion", "trillion") or is_list_number(text, m) \
                or clock_hour(text, raw, m.end()):  # "about 4" in "about 4.30am": the hour of a clock time
            continue
        if _YEAR.fullmatch(raw) and not year_counts_something(text, m.start(), m.end()):
            continue  # a year ("in 2022"), which dates.py reports
        parsed = parse_number(raw)
        if not parsed:
            continue
        value, approx, bound = parsed
        if m.group("km"):
            unit, end = m.group("km").lstrip("°"), m.end()  # a unit written on the figure: "12km", "31C", "68mph"
        else:
            unit, end = _count_unit(text, m.end(), vague=approx or not raw[0].isdigit() or " " in raw)
            if m.group("sc") and not unit:  # "41m long" is a length: read as such elsewhere, if at all
                continue
            end, value = (end, value * (1e6 if m.group("sc") else 1.0)) if unit else (m.end(), value)
        if not unit and "." in raw and raw[0].isdigit() and _RATE_VALUE.search(text, max(0, m.start() - 40), m.start()):
            yield _mk("percent", text, m.start(), m.end(), value, approx, bound, unit="%")
            continue
        yield _mk("count", text, m.start(), end, value, approx, bound, unit=unit)


def _resolve(candidates: list[Quantity]) -> list[Quantity]:
    """Keep non-overlapping quantities, preferring kind priority, then longer spans."""
    ranked = sorted(candidates, key=lambda q: (-_PRIORITY[q.kind], -(q.end - q.start), q.start))
    starts: list[int] = []  # kept spans, sorted by start; they never overlap, so ends are sorted too
    kept: list[Quantity] = []
    for q in ranked:
        i = bisect.bisect_left(starts, q.start)
        if (i < len(kept) and kept[i].start < q.end) or (i > 0 and kept[i - 1].end > q.start):
            continue
        starts.insert(i, q.start)
        kept.insert(i, q)
    return kept


def extract_quantities(text: str, words: frozenset[str] | None = _UNSET) -> list[Quantity]:
    """All normalised quantities in ``text``, in text order, spans not overlapping (``words``: its words_of)."""
    if not text or not _ALNUM.search(text):
        return []
    runs = words_of(text) if words is _UNSET else words
    candidates = [*extract_ratios(text), *_money(text, runs), *_percents(text, runs), *extract_dates(text),
                  *_counts(text, runs)]
    # sizes read as sizes ("up to 4 cm across"), temperatures below zero signed, a time in h/min/s one span
    return elapsed_spans(text, signed_temperatures(text, sized(text, _resolve(candidates))))
