"""Units of one dimension: a figure converted by another outlet is the same measure.

Why a module of its own: ``quantity_match`` compares two figures like with like; "4,000 hectares"
and "some 9,900 acres", or "four years" and "48 months", are one figure in two units. The stored
unit of each quantity is read (never the wording), and only exact conversions are listed (power and energy
by their metric prefix: "9,800 megawatts" is "9.8 gigawatts"): no month-to-day, no "ton" or "gallon" (each has two sizes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.measure_keys import unit_of
from workbench.extract.words import content_stems, stem
from workbench.models import Quantity

_CONVERSIONS = (
    ("area", 1.0, ("hectare", "hectares")),
    ("area", 0.40468564224, ("acre", "acres")),
    ("area", 100.0, ("km2", "km²")),
    ("area", 0.0001, ("m2", "m²")),
    ("area", 258.998811, ("mi2",)),
    ("area", 0.00009290304, ("ft2",)),
    ("length", 1000.0, ("km", "kilometre", "kilometres", "kilometer", "kilometers", "kph")),
    ("length", 1.0, ("metre", "metres", "meter", "meters")),
    ("length", 1609.344, ("mile", "miles", "mph")),
    ("length", 1852.0, ("nmi", "knot", "knots")),  # a nautical mile ("nmi": ``extract.sizes``); a knot, one an hour
    ("length", 0.3048, ("foot", "feet", "ft")),
    ("length", 0.0254, ("inch", "inches")),
    ("length", 0.01, ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    ("length", 0.001, ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    ("mass", 1.0, ("kg", "kilogram", "kilograms", "kilo", "kilos")),
    ("mass", 0.001, ("g", "gram", "grams", "gramme", "grammes")),
    ("mass", 0.000001, ("mg", "milligram", "milligrams", "milligramme", "milligrammes")),
    ("mass", 1000.0, ("tonne", "tonnes")),
    ("mass", 0.45359237, ("pound", "pounds", "lb", "lbs")),
    ("volume", 1.0, ("litre", "litres", "liter", "liters")),
    ("volume", 0.001, ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "cm3")),
    ("volume", 1000.0, ("m3", "m³")),
    ("volume", 28.316846592, ("ft3",)),
    ("power", 1.0, ("watt", "watts")),
    ("power", 1e3, ("kw", "kilowatt", "kilowatts")),
    ("power", 1e6, ("mw", "megawatt", "megawatts")),
    ("power", 1e9, ("gw", "gigawatt", "gigawatts")),
    ("energy", 1e3, ("kwh", "kilowatt-hour", "kilowatt-hours")),
    ("energy", 1e6, ("mwh", "megawatt-hour", "megawatt-hours")),
    ("energy", 1e9, ("gwh", "gigawatt-hour", "gigawatt-hours")),
    ("months", 12.0, ("year", "years")),
    ("months", 1.0, ("month", "months")),
    ("days", 7.0, ("week", "weeks")),
    ("days", 1.0, ("day", "days")),
    ("minutes", 60.0, ("hour", "hours")),
    ("minutes", 1.0, ("minute", "minutes")),
    ("minutes", 1 / 60, ("second", "seconds")),
)
# unit stem (as ``unit_of`` gives it, singular and plural alike) -> (dimension, size in its base)
UNIT_SIZES: dict[str, tuple[str, float]] = {stem(w): (dim, size) for dim, size, words in _CONVERSIONS for w in words}
# (dimension, size) -> the one name every spelling of that unit is compared under ("kilometres", "km" -> "km")
_NAME = {(dim, size): words[0] for dim, size, words in _CONVERSIONS}
# lengths, areas, weights, ... measure an attribute of something (not a count of things); each spelling's key
MEASUREMENT_KEYS = frozenset(
    [_NAME[UNIT_SIZES[stem(w)]] for w in ("km", "metre", "mile", "nmi", "inch", "cm", "mm", "kg", "tonne", "acre", "hectare",
                                          "litre", "m2", "km2", "mi2", "ft2", "m3", "ft3", "watt", "kw", "mw", "gw", "kwh", "mwh", "gwh")]
    + [stem(w) for w in ("foot", "feet", "yard", "yards", "ton", "tons", "degree", "degrees",
                         "gallon", "gallons")]
)

# areas and volumes written as a length unit raised to a power ("11 cubic metres": ``extract.sizes`` stores "m3")
POWERED = frozenset(w for w in ("m2", "km2", "mi2", "ft2", "m3", "ft3", "cm3"))
_TWO_WORDS = POWERED | {"nmi"}  # units written in two words ("11 cubic metres", "two nautical miles")


def written_unit(q: Quantity) -> set[str]:
    """The stems of the words a unit of two words is written in ("11 cubic metres" -> {cubic, metr}, "two nautical
    miles"): the unit, no qualifier of what is counted; empty for any other figure."""
    return {stem(w) for w in q.text.lower().split()[-2:]} if (q.unit or "") in _TWO_WORDS else set()


# Temperature scales are affine (a size and an offset to Celsius): "31C" is "88F"; a bare "27 degrees" is read in
# the scale of the figure it is compared with (a report uses one scale), and only competes where its claim names
# the temperature (``dimension``)
_TEMPERATURE = {"c": (1.0, 0.0), "celsiu": (1.0, 0.0), "f": (5 / 9, -160 / 9), "fahrenheit": (5 / 9, -160 / 9)}
_DEGREES = stem("degrees")
MEASUREMENT_KEYS = MEASUREMENT_KEYS | frozenset(_TEMPERATURE)


def _restated_temperature(q: Quantity, to: Quantity) -> Quantity | None:
    """``q`` in ``to``'s temperature scale, or None when either is no temperature."""
    src, dst = _TEMPERATURE.get(unit_of(q) or ""), _TEMPERATURE.get(unit_of(to) or "")
    if dst is None and src is not None and unit_of(to) == _DEGREES:
        # "-14C" against a bare "minus 14 degrees": the bare figure is read in this one's scale
        return None if q.value is None else replace(q, unit=to.unit, text=f"{q.text} (= {_fmt(q.value)} {to.unit})")
    if dst is None or q.value is None or (src is None and unit_of(q) != _DEGREES) or src == dst:
        return None
    value = q.value if src is None else (q.value * src[0] + src[1] - dst[1]) / dst[0]
    return replace(q, value=value, unit=to.unit, text=f"{q.text} (= {_fmt(value)} {to.unit})")


def unit_dimension(unit: str | None) -> str | None:
    """What a stored unit measures: a listed dimension ("length", "days"), an attribute unit's own key ("degree"),
    "count" for any other noun (things counted: "farms", "workers"), None when no unit is stored."""
    if not unit:
        return None
    s = stem(unit)
    if s in _TEMPERATURE or s == _DEGREES:  # a bare "27 degrees" in news is a temperature
        return "temperature"
    return UNIT_SIZES[s][0] if s in UNIT_SIZES else (s if s in MEASUREMENT_KEYS else "count")


def other_dimensions(ma: dict, mb: dict) -> bool:
    """Two figures of different dimensions (a distance against a count of farms, a span of days against a
    length): no value of one can contradict, agree with or update the other, whatever their roles."""
    da, db = unit_dimension(ma.get("unit")), unit_dimension(mb.get("unit"))
    return da is not None and db is not None and da != db


_SPANS = frozenset({"months", "days", "minutes"})


def spans_time(q: Quantity) -> bool:
    """A span of time ("18 months", "two years"): two spans in two units are often two spans (a term, time served)."""
    size = UNIT_SIZES.get(unit_of(q) or "")
    return size is not None and size[0] in _SPANS


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"


def converted(q: Quantity, to: Quantity) -> Quantity | None:
    """``q`` restated in ``to``'s unit when both units size one dimension, else None.

    "some 9,900 acres" against "4,000 hectares" becomes some 4,006 hectares: still approximate, so
    it is compared with the interval its wording allows; the text keeps what was written."""
    if (warm := _restated_temperature(q, to)) is not None:
        return warm
    src, dst = UNIT_SIZES.get(unit_of(q) or ""), UNIT_SIZES.get(unit_of(to) or "")
    if src is None or dst is None or src[0] != dst[0] or q.value is None or src == dst:
        return None
    value = q.value * src[1] / dst[1]
    return replace(q, value=value, unit=to.unit, text=f"{q.text} (= {_fmt(value)} {to.unit})")


def stated_unit(q: Quantity, measure: dict) -> Quantity:
    """``q`` with the unit its stored measure gives it when the figure itself carries none: "a 22-month inquiry" is
    a span in months though its number is a bare "22", so it can be restated against "nearly two years"."""
    unit = measure.get("unit")
    return replace(q, unit=unit) if q.unit is None and isinstance(unit, str) and stem(unit) in UNIT_SIZES else q


def unit_key(q: Quantity) -> str | None:
    """The stored unit under one name for all its spellings, so both sides of a comparison read it alike
    ("18 km" and "45 kilometres" are both "km"; an unlisted unit keeps ``unit_of``'s stem)."""
    u = unit_of(q)
    size = UNIT_SIZES.get(u or "")
    return _NAME[size] if size else u


def spelled_alike(q: Quantity, other: Quantity) -> bool:
    """Two spellings of one unit ("18 kilometres" / "18 km"): one figure, compared as such, not two measures."""
    a, b = UNIT_SIZES.get(unit_of(q) or ""), UNIT_SIZES.get(unit_of(other) or "")
    return a is not None and a == b


def same_unit(a: str, b: str) -> bool:
    """Two stored unit strings name one unit: equal, or two spellings of one size ("kilometres" / "km")."""
    if a.casefold() == b.casefold():
        return True
    sa, sb = UNIT_SIZES.get(stem(a)), UNIT_SIZES.get(stem(b))
    return sa is not None and sa == sb


def one_dimension(a: str, b: str) -> bool:
    """Two stored units of one measured dimension, each convertible into the other ("kilometres" / "miles", "metres" /
    "feet", "gigawatts" / "megawatts", "C" / "F"): one figure may be told in either. Not spans of time: "18 months"
    and "two years" are more often two spans (a term, time served) than one told twice."""
    da, db = unit_dimension(a), unit_dimension(b)
    return da is not None and da == db and da not in _SPANS | {"count"} and \
        (da == "temperature" or stem(a) in UNIT_SIZES and stem(b) in UNIT_SIZES)


# Lengths, weights, ... (``unit_sizes.MEASUREMENT_KEYS``) measure an attribute; two of them only compete when they
# name the same one, or both are the extent of something ("18 km of the coast")
ATTRIBUTES = re.compile(r"\b(?:diameter|depth|deep|height|high|tall|length|long|distance|away|width|wide|weight|"
                        r"weigh\w*|area|radius|altitude|elevation|temperature|range|top|rose|risen|climb\w*|"
                        r"across|short|longest|highest|tallest|deepest|widest|measur\w*|largest|biggest)\b", re.IGNORECASE)
# the words that name one attribute, read as that attribute: a height is stated by its noun, by the top of what
# rises, or by the verb of rising ("a height of 9 km" / "put the top of it at 14,000 metres" / "had climbed to 30,000
# feet"); a size "across" is a width or diameter; "short of" a place is a distance (closed class, no topic words)
_ATTRIBUTE_OF = {"high": "height", "tall": "height", "altitude": "height", "elevation": "height", "top": "height",
                 "rose": "height", "risen": "height", "climb": "height", "climbed": "height", "climbing": "height",
                 "climbs": "height", "deep": "depth", "long": "length", "wide": "width", "across": "width",
                 "diameter": "width", "away": "distance", "short": "distance", "weighs": "weight", "weighed": "weight",
                 "weighing": "weight", "weigh": "weight", "longest": "length", "highest": "height",
                 "tallest": "height", "deepest": "depth", "widest": "width"}
# a size stated with no attribute of its own ("measures 55 cm", "the largest were 4 cm"): it fits any attribute
SIZE = "size"
_ANY_SIZE = ("measur", "largest", "biggest")
_PER = re.compile(r"\s*(?:of\s+[a-z]+\s+)?(?:/\s*|per\s+|an?\s+)(?P<u>h|hr|hour|s|sec|second|min|minute|day|week|month|year)\b", re.I)
_PER_NAMES = {"h": "hour", "hr": "hour", "s": "second", "sec": "second", "min": "minute"}


def rate_of(q: Quantity, text: str) -> str | None:
    """The time unit a measurement is per ("140 km/h", "3 metres a second", "900 cubic metres of water a second"),
    normalised, else None."""
    if unit_of(q) in ("mph", "kph", stem("knots")):  # a speed written as one unit
        return "hour"
    m = _PER.match(text[q.end :]) if unit_key(q) in MEASUREMENT_KEYS else None
    return _PER_NAMES.get(m.group("u").lower(), m.group("u").lower()) if m else None


def dimension(q: Quantity, text: str) -> set[str]:
    """What a measurement measures: the attributes its claim names, "extent" for a figure "of" something; a
    radius ("within 10 km of an infected farm") is the bound of one zone, named by what it surrounds, so two
    radii are one measure only when they surround the same thing (never "within 40 km of <a town>")."""
    zone = radius_of(q, text)
    if zone:
        return {f"radius of {w}" for w in zone}
    # "31C" names what it measures; so does a bare reading below zero ("minus 14 degrees": ``extract.temperatures``)
    scale = {"temperature"} if unit_of(q) in _TEMPERATURE or (unit_of(q) == _DEGREES and (q.value or 0) < 0) else set()
    named = {SIZE if w.lower().startswith(_ANY_SIZE) else _ATTRIBUTE_OF.get(w.lower(), w.lower())
             for w in ATTRIBUTES.findall(text)}
    named = named - {SIZE} or named  # "measures 22 metres across": the width; "measures" only where nothing else is
    if _DOWN.match(text, q.end):  # "found loose ground about 9 metres down": a depth, read from the figure's own word
        named = (named - {SIZE}) | {"depth"}
    return named | ({"extent"} if _OF.match(text, q.end) else set()) | scale


_OF = re.compile(r" of\b")
_DOWN = re.compile(r"\s+(?:down|below|beneath|underground)\b", re.IGNORECASE)
_WITHIN = re.compile(r"\b(?:within|inside|up\s+to)\s+(?:a\s+|the\s+)?$", re.IGNORECASE)
_OF_THING = re.compile(r" (?:of|from|around)\s+(?P<thing>[^,.;:]+)", re.IGNORECASE)


def radius_of(q: Quantity, text: str) -> set[str]:
    """What a distance bounds a zone around ("within 10 km of an infected farm": {infect, farm}): the first
    content stems after "of"/"from"/"around"; empty when the figure is no radius."""
    if not _WITHIN.search(text[: q.start]):
        return set()
    per = _PER.match(text, q.end)  # "within 15 km/h of the record": past the rate
    m = _OF_THING.match(text, per.end() if per else q.end)
    return set(content_stems(m.group("thing"))[:3]) if m else set()


def scale_only(x: float, y: float) -> bool:
    """5.1 vs 5.1 billion: the same mantissa a power of 1000 apart is a scale wording issue, not a rival figure."""
    if x <= 0 or y <= 0:
        return False
    ratio = max(x, y) / min(x, y)
    return any(abs(ratio / p - 1) < 1e-6 for p in (1e3, 1e6, 1e9, 1e12))
