"""Synthetic events and the claim sentences outlets write about them.

Why a world model rather than random sentences: clustering and relation benchmarks need many
outlets reporting the *same* fact in different words (and sometimes with a different number),
or every cluster is a singleton and the benchmark measures nothing. Each event owns a handful of
facts with a canonical figure; an article renders some of them with its own wording, source and
number style, and now and then a conflicting figure.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from benchmarks import synth_vocab as v

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# fact key -> (quantity kind, clause templates). ``{val}`` is the rendered figure; other fields come from the event.
FACTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "killed": ("count", (
        "{val} civilians were killed when shells hit {town} {when}",
        "the strike on {town} {when} killed {val} people",
        "{val} people died in the shelling of {town}",
    )),
    "injured": ("count", (
        "{val} residents of {town} were wounded in the attack",
        "the attack injured {val} people, including several children",
    )),
    "buildings": ("count", (
        "{val} apartment buildings in {town} were damaged",
        "shelling damaged {val} homes across {town}",
    )),
    "no_power": ("percent", (
        "{val} of homes in {town} are without electricity",
        "about {val} of {town} has been left without power",
    )),
    "evacuated": ("count", (
        "{val} residents were evacuated from {town} {when}",
        "buses carried {val} people out of {town} over the past week",
    )),
    "remaining": ("count", (
        "{val} civilians remain in {town}",
        "{val} people are still living in {town} despite the fighting",
    )),
    "aid_money": ("money", (
        "the relief package for the {region} region is worth {val}",
        "donors pledged {val} to rebuild {town}",
    )),
    "aid_tonnes": ("count", (
        "{val} tonnes of food reached {town} {when}",
        "convoys delivered {val} tonnes of supplies to {town}",
    )),
    "ratio": ("ratio", (
        "the attackers lose {val} around {town}",
        "losses near {town} run at {val}",
    )),
    "advance": ("count", (
        "troops advanced {val} kilometres towards the {river} river",
        "the front line near {town} moved {val} kilometres in a month",
    )),
    "control": ("percent", (
        "defenders still hold {val} of {town}",
        "the attackers control {val} of {town}",
    )),
    "restored": ("percent", (
        "power has been restored to {val} of households in {town}",
        "engineers reconnected {val} of {town} to the grid",
    )),
    "repair_cost": ("money", (
        "repairing the {river} river dam will cost {val}",
        "the damage to the {town} substation is estimated at {val}",
    )),
    "exchange": ("count", (
        "{val} prisoners were returned in the exchange {when}",
        "the swap brought home {val} captured soldiers",
    )),
    "reopened": ("date", (
        "the bridge over the {river} river reopened on {val}",
        "the first train since the attack reached {town} on {val}",
    )),
}
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "shelling": ("killed", "injured", "buildings", "no_power", "ratio"),
    "evacuation": ("evacuated", "remaining", "aid_tonnes", "reopened"),
    "aid": ("aid_money", "aid_tonnes", "remaining", "repair_cost"),
    "frontline": ("ratio", "advance", "control", "killed", "buildings"),
    "grid": ("restored", "no_power", "repair_cost", "reopened"),
    "exchange": ("exchange", "ratio", "aid_money", "reopened"),
}
HEADLINES: dict[str, tuple[str, ...]] = {
    "shelling": ("Shelling hits {town} as residents shelter", "Deadly strike on {town}", "{town} counts the cost of night attack"),
    "evacuation": ("Evacuation buses leave {town}", "Thousands flee {town} ahead of assault", "Last residents weigh leaving {town}"),
    "aid": ("Aid convoy reaches {town}", "Donors pledge help for {region} region", "Relief effort stretched in {town}"),
    "frontline": ("Fighting intensifies around {town}", "Front line shifts near {town}", "Battle for {town} grinds on"),
    "grid": ("Lights return to parts of {town}", "Power cuts hit {town} after strikes", "Engineers race to repair {town} grid"),
    "exchange": ("Prisoner swap brings soldiers home", "Families wait as exchange completed", "Captives return via {town}"),
}


@dataclass
class Event:
    """One happening that several outlets cover; ``values`` are the canonical figures."""

    id: str
    kind: str
    town: str
    region: str
    river: str
    day: date
    values: dict[str, object] = field(default_factory=dict)

    def fields(self) -> dict[str, str]:
        return {"town": self.town, "region": self.region, "river": self.river}


def make_event(rng: random.Random, index: int, first_day: date) -> Event:
    kind = rng.choice(sorted(EVENT_KINDS))
    ev = Event(
        id=f"e{index:05d}",
        kind=kind,
        town=rng.choice(v.TOWNS),
        region=rng.choice(v.REGIONS),
        river=rng.choice(v.RIVERS),
        day=first_day + timedelta(days=rng.randrange(180)),
    )
    for key in EVENT_KINDS[kind]:
        ev.values[key] = canonical_value(rng, FACTS[key][0], key, ev.day)
    return ev


def canonical_value(rng: random.Random, kind: str, key: str, day: date) -> object:
    if kind == "count":
        scale = {"remaining": 40000, "evacuated": 3000, "aid_tonnes": 400, "buildings": 120, "advance": 12}.get(key, 60)
        return max(2, int(rng.lognormvariate(0, 0.6) * scale))
    if kind == "percent":
        return rng.randrange(8, 93)
    if kind == "ratio":
        return (rng.randrange(2, 9), 1)
    if kind == "money":
        return (rng.choice(v.CURRENCIES), rng.choice((5, 12, 20, 35, 50, 75, 120, 250, 400)))
    return day + timedelta(days=rng.randrange(1, 20))  # date


def conflicting_value(rng: random.Random, kind: str, value: object) -> object:
    """A different figure for the same fact, far enough apart that a reviewer would call it a conflict."""
    if kind == "count":
        return max(1, int(value * rng.choice((0.4, 0.6, 1.7, 2.5))))  # type: ignore[operator]
    if kind == "percent":
        return min(99, max(1, value + rng.choice((-25, -15, 12, 20))))  # type: ignore[operator]
    if kind == "ratio":
        a, b = value  # type: ignore[misc]
        return (b, a) if rng.random() < 0.4 else (a + rng.randrange(2, 5), b)
    if kind == "money":
        cur, amount = value  # type: ignore[misc]
        return (cur, amount * rng.choice((2, 3)))
    return value + timedelta(days=rng.choice((-3, 2, 6)))  # type: ignore[operator]


def render_value(rng: random.Random, kind: str, value: object) -> str:
    """The figure as a reporter might write it: digits, words, hedges and unit spellings vary."""
    if kind == "count":
        n = int(value)  # type: ignore[call-overload]
        if n <= 10 and rng.random() < 0.5:
            return NUMBER_WORDS[n]
        if n >= 1000 and rng.random() < 0.25:
            return f"about {round(n, -2):,}"
        return rng.choice(("{:,}", "at least {:,}", "more than {:,}", "{:,}")).format(n)
    if kind == "percent":
        return rng.choice(("{}%", "{} percent", "{} per cent")).format(value)
    if kind == "ratio":
        a, b = value  # type: ignore[misc]
        if b == 1 and rng.random() < 0.5:
            return f"{NUMBER_WORDS[a] if a <= 10 else a} soldiers for every one the defenders lose"
        return rng.choice(("{}:{}", "{} to {}")).format(a, b) + " in casualties"
    if kind == "money":
        (symbol, code), amount = value  # type: ignore[misc]
        if rng.random() < 0.3:
            return f"{amount} million {dict(USD='dollars', EUR='euros', GBP='pounds')[code]}"
        return f"{symbol}{amount} million"
    d: date = value  # type: ignore[assignment]
    month = v.MONTHS[d.month - 1]
    return f"{month} {d.day}" if rng.random() < 0.6 else f"{d.day} {month}"


def when_phrase(rng: random.Random, day: date) -> str:
    return rng.choice((f"on {v.WEEKDAYS[day.weekday()]}", f"on {v.MONTHS[day.month - 1]} {day.day}", "overnight"))


def person(rng: random.Random, town: str) -> str:
    role = rng.choice(v.ROLES).format(town=town)
    return f"{rng.choice(v.FIRST_NAMES)} {rng.choice(v.LAST_NAMES)}, {role}"


def attributed(rng: random.Random, clause: str, source_kind: str, town: str, via: str | None) -> str:
    """Wrap a clause in the attribution shape of ``source_kind`` (named/organization/anonymous/none)."""
    if source_kind == "none":
        return clause[0].upper() + clause[1:] + "."
    if source_kind == "named":
        src = person(rng, town)
    elif source_kind == "organization":
        src = "the " + rng.choice(v.ORGANIZATIONS)
    else:
        src = rng.choice(v.ANONYMOUS).format(town=town)
    cap = src[0].upper() + src[1:]
    if "," in src:  # "Olena Moroz, the mayor of X, said ..." closes the apposition
        cap += ","
    if via:
        return f"{cap} told {via} that {clause}."
    shape = rng.randrange(4)
    if shape == 0:
        comma = "," if "," in src else ""
        return f"{clause[0].upper() + clause[1:]}, {src}{comma} said."
    if shape == 1:
        return f"{cap} said {clause}."
    if shape == 2:
        return f"According to {src}, {clause}."
    return f"{cap} said on {rng.choice(v.WEEKDAYS)} that {clause}."


def claim_sentence(rng: random.Random, ev: Event, key: str, source_kind: str, conflict: bool, via: str | None) -> str:
    kind, templates = FACTS[key]
    value = ev.values[key]
    if conflict:
        value = conflicting_value(rng, kind, value)
    clause = rng.choice(templates).format(val=render_value(rng, kind, value), when=when_phrase(rng, ev.day), **ev.fields())
    return attributed(rng, clause, source_kind, ev.town, via)
