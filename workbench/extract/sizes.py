"""Sizes stated as figures: the measured size of a thing read as a size, whatever its wording.

Why: two outlets state one size in different words, and each wording must land in one comparable slot:

* "up to 4 centimetres across": ``up to`` before a unit of measure states the *largest* size seen (the largest of
  many things, or the furthest a thing reached), not an uncertain figure in [0, 4]; it is a point, so "up to 4 cm"
  and "up to 6 cm" of one thing are two different maxima. Counts ("up to 50 people") and sums ("fines of up to
  5,000") stay upper bounds: there the words hedge;
* "an inch and a half", "a metre and a half", "two and a half metres": a size in words, 1.5 inches, 1.5 metres,
  2.5 metres;
* "a quarter of a mile", "half an hour": a fraction of one unit is that part of the unit (0.25 mile, 0.5 hour),
  not a share of a whole;
* "weighs about 2.9 pounds": after a verb or noun of weight a "pound" is a mass, not a sum of money;
* "11 cubic metres", "3 square kilometres": a length unit raised to a power is a volume or an area, stored under
  one short name ("m3", "km2") so that ``analyze.unit_sizes`` converts it ("11 m3" is 11,000 litres), never a
  length that a "22 metres deep" could rival.
* "a 280-foot crane", "a 12-metre wall", "11,200 MW", "78 mm": a unit joined to its number by a hyphen (an adjective: "the
  crane is 280 feet"), or a unit symbol after it ("ft", "MW", "GWh"), is the figure's unit as much as "280 feet"
  is, so one size or output told by one outlet in words and by another as a compound or a symbol meets; "nautical
  miles" are stored as "nmi" (1,852 metres, not a statute mile).

The unit words are the closed class of units of measure (no topic words).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.models import Quantity

# units of measure (singular and plural), the closed class a size is stated in
_UNITS = (r"(?:inch(?:es)?|foot|feet|yards?|miles?|(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|"
          r"(?:kilo)?grams?|kilos?|kg|tonnes?|pounds?|lbs?|ounces?|litres?|liters?|gallons?|acres?|hectares?)")
_SIZE_UNIT = re.compile(rf"^{_UNITS}$", re.IGNORECASE)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_NUM = r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
# "an inch and a half" (unit before the half) / "two and a half metres" (the half before the unit)
_HALF = re.compile(rf"\b{_NUM}\s+(?:(?P<u1>{_UNITS})\s+and\s+a\s+half|and\s+a\s+half\s+(?P<u2>{_UNITS}))\b",
                   re.IGNORECASE)
_UP_TO = re.compile(r"up\s+to\s", re.IGNORECASE)
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh\w*|weight|heavy|heavier)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_APPROX_BEFORE = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately)\s+$", re.IGNORECASE)


# the power word before a length unit, and the short name each (power, unit) is stored under
_POWER = re.compile(r"\b(?P<p>square|sq\.?|cubic|cu\.?)\s+(?P<u>[a-z]+)$", re.IGNORECASE)
_SHORT = {"kilo": "km", "km": "km", "centi": "cm", "cm": "cm", "milli": "mm", "mm": "mm", "met": "m", "mile": "mi",
          "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in", "yard": "yd"}


def _powered(q: Quantity) -> Quantity:
    """"11 cubic metres" -> unit "m3", "3 square kilometres" -> "km2"; any other figure as it is."""
    m = _POWER.search(q.text) if q.kind == "count" and q.unit else None
    if m is None or not _SIZE_UNIT.match(m.group("u")):
        return q
    u = m.group("u").lower()
    short = next((v for k, v in _SHORT.items() if u.startswith(k)), None)
    return q if short is None else replace(q, unit=short + ("3" if m.group("p").lower().startswith("cu") else "2"))


def _unit_word(q: Quantity) -> str | None:
    """The unit of measure a figure is written in ("4 centimetres" -> "centimetres"), None for a count of things."""
    word = q.text.split()[-1] if q.text.split() else ""
    return word if _SIZE_UNIT.match(word) else None


def _halves(text: str, found: list[Quantity]) -> list[Quantity]:
    """A size written as "N and a half" that no other figure covers."""
    out = []
    for m in _HALF.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        n = m.group("n").lower()
        value = float(_SMALL[n]) if n in _SMALL else float(n)
        unit = (m.group("u1") or m.group("u2")).lower()
        unit = {"inch": "inches", "foot": "feet"}.get(unit, unit if unit.endswith("s") else unit + "s")
        approx = _APPROX_BEFORE.search(text, max(0, m.start() - 16), m.start())
        start = approx.start() if approx else m.start()
        out.append(Quantity(kind="count", text=text[start:m.end()], start=start, end=m.end(), value=value + 0.5,
                            approx=approx is not None, unit=unit))
    return out


# a unit joined by a hyphen ("280-foot") or a unit symbol after a space ("900 MW"; watts by their case: "mW" is no
# megawatt); "m" alone is a metre only where no counted noun follows it: the clause ends ("a depth of 640 m.") or a
# word of extent or position does ("12 m deep", "80 m below"); before a noun ("40 m people") it may be a million
_METRE = (r"\s(?P<m>(?-i:m))(?=\s*(?:[.,;:)]|$)|\s+(?:deep|high|long|wide|tall|thick|below|above|beneath|under|"
          r"underground|down|up|across|away|short|further|farther|higher|lower|deeper)\b)")
# the same closed class of unit symbols (lower case: "CM" is no centimetre); "in" is an inch only before a word of
# extent ("4 in thick"), being a preposition anywhere else ("5 in the morning")
_INCH = r"\s(?P<i>(?-i:in))(?=\s+(?:deep|high|long|wide|tall|thick|across)\b)"
_JOINED = re.compile(rf"-(?P<u>{_UNITS})\b|\s(?P<s>ft|(?-i:mm|cm|lbs?)|(?-i:[kMG]Wh?))\b|{_METRE}|{_INCH}",
                     re.IGNORECASE)


_NAUTICAL = re.compile(r"\bnautical\s+miles?$", re.IGNORECASE)
# "a 210-million-crown contract": a scale and a noun joined to the number make one amount of that noun (210 million
# crowns, as "210m crowns" is), not a count of 210 that a "40-seat" compound would be; a currency word makes money
_SCALED = re.compile(r"-(?P<sc>thousand|million|billion)-(?P<w>[a-z]+)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_MONEY_WORDS = {"euro": "EUR", "dollar": "USD", "pound": "GBP"}


def _scaled_compound(text: str, q: Quantity) -> Quantity | None:
    """A bare count joined to a scale and a noun by hyphens, read as that many of the noun (see ``_SCALED``)."""
    m = _SCALED.match(text, q.end) if q.kind == "count" and q.unit is None and q.value is not None else None
    if m is None or _SIZE_UNIT.match(m.group("w")):
        return None
    word, value = m.group("w").lower(), q.value * _SCALES[m.group("sc").lower()]
    code = _MONEY_WORDS.get(word)
    return replace(q, kind="money" if code else "count", value=value, unit=code or word + "s", end=m.end(),
                   text=text[q.start:m.end()])


def _joined_unit(text: str, q: Quantity) -> Quantity:
    """A bare count with its unit joined by a hyphen or written as a symbol after it, with that unit (docstring)."""
    if q.kind == "count" and q.unit and _NAUTICAL.search(q.text):  # "two nautical miles": 1,852 metres each
        return replace(q, unit="nmi")
    scaled = _scaled_compound(text, q)
    if scaled is not None:
        return scaled
    m = _JOINED.match(text, q.end) if q.kind == "count" and q.unit is None and q.value is not None else None
    if m is None:
        return q
    unit = m.group("u") or m.group("s") or ("metres" if m.group("m") else "inches" if m.group("i") else None)
    return replace(q, unit=unit, end=m.end(), text=text[q.start:m.end()])


# "a quarter of a mile", "three-quarters of an acre", "half an hour": a fraction of ONE unit of measure or of time is
# an amount in that unit (0.25 mile), not a share of a whole that another report's "25%" could rival
_SPAN_UNITS = r"(?:hours?|days?|weeks?|months?|years?|minutes?)"
_OF_ONE = re.compile(rf"\s+(?:of\s+)?(?:an?|one)\s+(?P<u>{_UNITS}|{_SPAN_UNITS})\b(?!['’])", re.IGNORECASE)
_FRACTION_WORD = re.compile(r"\b(?:(?P<n>an?|one|two|three|four)[ -])?(?P<f>half|thirds?|quarters?)$", re.IGNORECASE)
_PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}


def _fraction_of_unit(text: str, q: Quantity) -> Quantity:
    """A share read from a fraction ("a quarter" of "a quarter of a mile") as that part of one unit (docstring)."""
    m = _OF_ONE.match(text, q.end) if q.kind == "percent" and q.value is not None else None
    f = _FRACTION_WORD.search(q.text) if m is not None else None
    if m is None or f is None:
        return q
    return replace(q, kind="count", value=round(q.value / 100.0, 4), unit=m.group("u").lower(), end=m.end(),
                   text=text[q.start:m.end()], context=None)


_HALF_A = re.compile(rf"\b(?P<f>half)\s+(?:an?)\s+(?P<u>{_UNITS}|{_SPAN_UNITS})\b(?!['’])", re.IGNORECASE)


def _half_a_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """"half a mile", "half an hour" (no "of": no share was read) that no other figure covers, as 0.5 of the unit."""
    return [Quantity(kind="count", text=m.group(0), start=m.start(), end=m.end(), value=0.5, unit=m.group("u").lower())
            for m in _HALF_A.finditer(text) if not any(q.start < m.end() and m.start() < q.end for q in found)]


def sized(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with sizes read as sizes (module docstring), in text order."""
    out = []
    for q in quantities:
        if q.kind == "money" and q.unit == "GBP" and "£" not in q.text and q.text.split()[-1].lower().startswith("pound") \
                and _WEIGHT_BEFORE.search(text, max(0, q.start - 40), q.start):
            q = replace(q, kind="count", unit=q.text.split()[-1])  # "weighs about 2.9 pounds": a mass
        if q.kind == "count" and q.bound == "upper" and _UP_TO.match(q.text) and _unit_word(q):
            q = replace(q, bound=None, approx=True)  # the largest size stated: a point, not [0, N]
        out.append(_powered(_joined_unit(text, _fraction_of_unit(text, q))))
    if "half" in text or "Half" in text:
        out = [*out, *_halves(text, out)]
        out = sorted([*out, *_half_a_unit(text, out)], key=lambda q: q.start)
    return out
