"""Temperatures below zero, in words or in symbols: "minus 14 degrees" and "-14C" are one reading.

Why: a number after a hyphen is read as part of a code or a range ("T-72", "10-14"), so "fell to -14C" gave no
figure at all, and "minus 14 degrees" gave 14 degrees: two outlets stating one reading below zero never met, and
one above zero could agree with it. Here a temperature (a figure in degrees, Celsius or Fahrenheit) is signed
where "minus" or a minus sign stands right before its number. A sign after a digit or a word character is a
range or a code, and is left alone. Closed-class words only (the units of temperature and "minus").

A scale named after "degrees" ("44 degrees Celsius", "111 degrees Fahrenheit") is the figure's unit: a bare
"degrees" is read in the scale of the figure it is compared with, so "44 degrees Celsius" against "111F" would read
as 44 and 111 of one scale.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.models import Quantity

_TEMPERATURE_UNIT = re.compile(r"^(?:°?[CF]|degrees?|celsius|fahrenheit)$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s*(?:°\s*)?(?P<scale>celsius|fahrenheit|centigrade|C|F)\b", re.IGNORECASE)
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?<![\w.,:/°-])[-−–])$", re.IGNORECASE)
# "-14C", "−3 °C", "-14 degrees": a minus sign (hyphen, minus, en dash) opening the number, not after a digit or word
_SIGNED = re.compile(r"(?<![\w.,:/°-])[-−–](?P<n>\d+(?:\.\d+)?)(?:\s?°\s?(?P<u1>[CF])\b|(?P<u2>[CF])\b|"
                     r"\s(?P<u3>degrees?)\b)")


def is_temperature(q: Quantity) -> bool:
    """A count whose unit is a unit of temperature ("31C", "27 degrees")."""
    return q.kind == "count" and bool(q.unit) and _TEMPERATURE_UNIT.match(str(q.unit)) is not None


def signed_temperatures(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with temperatures below zero signed, and a signed temperature no figure covers added, in text
    order."""
    out = []
    for q in quantities:
        q = _scaled(text, q)
        m = _MINUS_BEFORE.search(text, max(0, q.start - 12), q.start) if is_temperature(q) and q.value else None
        if m is not None:
            q = replace(q, value=-abs(float(q.value or 0.0)), start=m.start(), text=text[m.start():q.end])
        out.append(q)
    if not any(c in text for c in "-−–"):
        return out
    for m in _SIGNED.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        unit = (m.group("u1") or m.group("u2") or m.group("u3")).lower()
        unit = unit.upper() if len(unit) == 1 else "degrees"
        out.append(Quantity(kind="count", text=m.group(0), start=m.start(), end=m.end(), value=-float(m.group("n")),
                            unit=unit))
    return sorted(out, key=lambda q: q.start)


def _scaled(text: str, q: Quantity) -> Quantity:
    """A figure in bare "degrees" followed by its scale ("44 degrees Celsius") in that scale, its text extended; the
    scale stored as its symbol ("C", "F"), so "44 degrees Celsius" and "44C" carry one unit."""
    if q.kind != "count" or str(q.unit or "").casefold() not in ("degree", "degrees"):
        return q
    m = _SCALE_AFTER.match(text, q.end)
    if m is None or (len(m.group("scale")) == 1 and m.group("scale").islower()):
        return q
    unit = "F" if m.group("scale").casefold().startswith("f") else "C"
    return replace(q, unit=unit, end=m.end(), text=text[q.start:m.end()])
