"""Table-driven tests for quantity extraction: percents, counts, money, dates, flags, negatives.

Each row: a sentence and the quantities expected in it, in text order, each given by the fields
that matter for that row. A row passes only when the extractor finds exactly those quantities.
Ratios have their own table in test_ratios.py; number words in test_numbers.py.
"""

from __future__ import annotations

import pytest

from workbench.extract.quantities import extract_quantities
from workbench.models import Quantity, quantities_from_json, quantities_to_json


def P(value: float, **kw: object) -> dict:
    return {"kind": "percent", "value": value, "unit": "%", **kw}


def C(value: float, unit: str | None = None, **kw: object) -> dict:
    return {"kind": "count", "value": value, "unit": unit, **kw}


def M(value: float, unit: str, **kw: object) -> dict:
    return {"kind": "money", "value": value, "unit": unit, **kw}


def D(iso: str, **kw: object) -> dict:
    return {"kind": "date", "iso": iso, "value": None, **kw}


CASES: list[tuple[str, list[dict]]] = [
    # --- percentages
    ("The governor says Kyiv still controls 52% of the Donetsk region.",
     [P(52.0, context="of the Donetsk region", approx=False, bound=None)]),
    ("By his count, 45 percent of the area of the Donetsk region remains in Ukrainian hands.",
     [P(45.0, context="of the area of the Donetsk region")]),
    ("Turnout in the occupied towns was put at 52 per cent.", [P(52.0, context=None)]),
    ("Fifty-two percent of the district was without power on Sunday.", [P(52.0, context="of the district")]),
    ("Officials estimate that 40-45% of the housing stock is damaged.",
     [P(42.5, approx=True, text="40-45%", context="of the housing stock")]),
    ("Analysts think between 30 and 35 percent of the garrison has rotated out.",
     [P(32.5, approx=True, text="between 30 and 35 percent")]),
    ("Russian-held territory grew from 40% to 45% over the winter.", [P(40.0), P(45.0)]),
    ("Half of the city's buildings have been hit by artillery.", [P(50.0, context="of the city's buildings")]),
    ("Ukraine holds just over half of the Donetsk region, the analysts wrote.",
     [P(50.0, approx=True, bound="lower", text="just over half", context="of the Donetsk region")]),
    ("Roughly three-quarters of the front line is now mined.",
     [P(75.0, approx=True, context="of the front line")]),
    ("Engineers said a third of the bridges had been destroyed.", [P(33.33, context="of the bridges")]),
    ("One in five residents chose to stay behind.", [P(20.0, text="One in five")]),
    # "K in N" is a share too: its N counts no one (a count "five pupils" would rival the story's counts)
    ("Nearly three in four pupils at the academy walk to lessons.",
     [P(75.0, approx=True, text="Nearly three in four")]),
    ("The keeper saved two in ten minutes.", [C(2, None, text="two"), C(10, "minutes", text="ten minutes")]),
    ("The ministry said casualties fell by 12.5% in a week.", [P(12.5)]),
    ("Support for the deal rose 3 percentage points.", [P(3.0)]),
    ("They had managed only half of what they wanted.", []),
    # --- counts
    ("The governor said about 500,000 civilians remain in the region.",
     [C(500000, "civilians", approx=True, text="about 500,000 civilians")]),
    ("Before the invasion the region had 1.8 million residents.", [C(1800000, "residents")]),
    ("Before the war the population stood at 1.8 million.", [C(1800000, None)]),
    ("Roughly half a million people still live there.", [C(500000, "people", approx=True)]),
    ("Tens of thousands of soldiers have been sent to the area.",
     [C(10000, "soldiers", approx=True, bound="lower")]),
    ("Thousands of soldiers crossed the river overnight.", [C(1000, "soldiers", approx=True, bound="lower")]),
    ("Hundreds of thousands of people fled the province.", [C(100000, "people", bound="lower")]),
    ("Volunteers moved dozens of residents to safety.", [C(12, "residents", bound="lower")]),
    ("Moscow wants the two key cities of the region.", [C(2, "cities", text="two key cities")]),
    ("Wagner units advanced a few kilometers and dug in 20 km from the town.", [C(20, "km")]),
    ("The column stretched for 10km along the highway.", [C(10, "km", text="10km")]),
    ("The brigade lost twenty-five tanks and a dozen drones.", [C(25, "tanks"), C(12, "drones")]),
    ("A 1,800,000 figure was quoted in 2021.", [C(1800000, None), D("2021")]),
    ("There were 2000 soldiers in the town in 2022.", [C(2000, "soldiers"), D("2022")]),
    ("Several thousand troops and a few hundred vehicles were spotted.",
     [C(3000, "troops", approx=True, bound="lower"), C(200, "vehicles", approx=True, bound="lower")]),
    ("Shelling killed 12 civilians over the weekend.", [C(12, "civilians")]),
    ("Two hundred and fifty thousand people were evacuated.", [C(250000, "people")]),
    # --- approximation and bounds
    ("Nearly 300 attacks were recorded.", [C(300, "attacks", approx=True, bound=None)]),
    ("Almost 90% of the town is in ruins.", [P(90.0, approx=True, bound=None)]),
    ("Some 5,000 civilians are thought to remain.", [C(5000, "civilians", approx=True)]),
    ("An estimated 20,000 fighters have been recruited from prisons.", [C(20000, "fighters", approx=True)]),
    ("Around 60 percent of the convicts were killed, the report said.", [P(60.0, approx=True)]),
    ("Approximately 7,000 shells are fired each day.", [C(7000, "shells", approx=True)]),
    ("Up to 30 drones were launched overnight.", [C(30, "drones", approx=True, bound="upper")]),
    ("More than 100 assaults were repelled.", [C(100, "assaults", approx=True, bound="lower")]),
    ("The general said over 1.8 million residents had left.", [C(1800000, "residents", bound="lower")]),
    ("At least 40 shells hit the market.", [C(40, "shells", approx=True, bound="lower")]),
    ("Fewer than 300,000 civilians are left, the official said.", [C(300000, "civilians", bound="upper")]),
    ("Less than 10% of the population remains.", [P(10.0, approx=True, bound="upper")]),
    ("Under 200 troops held the eastern bank.", [C(200, "troops", bound="upper")]),
    ("Pushilin said Kyiv holds no more than 45% of the region.",
     [P(45.0, approx=True, bound="upper", text="no more than 45%")]),
    # --- money
    ("Washington announced $1.5 billion in new aid.", [M(1.5e9, "USD", text="$1.5 billion")]),
    ("The package is worth US$200 million.", [M(2e8, "USD")]),
    ("Brussels added €50m for demining.", [M(5e7, "EUR", text="€50m")]),
    ("The fund holds 1 billion dollars.", [M(1e9, "USD")]),
    ("Berlin pledged 500 million euros for air defence.", [M(5e8, "EUR")]),
    ("London offered £2.3bn for the year.", [M(2.3e9, "GBP")]),
    ("The city spent 40 million hryvnias on shelters.", [M(4e7, "UAH")]),
    ("Moscow paid the families 5 million rubles each.", [M(5e6, "RUB")]),
    ("Reconstruction could cost more than $400 billion.", [M(4e11, "USD", approx=True, bound="lower")]),
    # --- dates
    ("The governor spoke on February 7 in Kramatorsk.", [D("--02-07", text="February 7")]),
    ("The order was signed on Feb. 7, 2023.", [D("2023-02-07", text="Feb. 7, 2023")]),
    ("Fighting intensified on 7 February 2023.", [D("2023-02-07")]),
    ("In December the front barely moved.", [D("--12", text="December")]),
    ("Shelling began in February 2022.", [D("2022-02")]),
    ("The report is dated 2023-02-07.", [D("2023-02-07")]),
    ("Wagner first appeared in the area in 2022.", [D("2022")]),
    ("The attack came on Wednesday.", []),
    ("Officials may update the figures in May.", [D("--05", text="May")]),
    ("Troops will march east; reinforcements arrive since early January.", [D("--01")]),
    ("KYIV, Feb 24 (Wire) - Fighting went on.", [D("--02-24")]),
    # --- negatives: no false quantities
    ("Russia has not commented on the reports.", []),
    ("He is one of the commanders defending the town.", []),
    ("The 93rd brigade and Russia's 2nd army fought near the canal.", []),
    ("Crews of T-72 tanks and F-16 pilots were mentioned.", []),
    ("The briefing started at 10:30 local time.", []),
    ("1. Ukraine holds the western districts.", []),
    ("Nobody has said anything about the first day of the battle.", []),
    ("Bakhmut lies on the road to Kramatorsk.", []),
    ("", []),
    ("Banks will charge 173 hryvnias for every transfer abroad.", [M(173, "UAH")]),
    ("The ministry counted 120,000 Donbas homes without heating.", [C(120000, "homes", text="120,000 Donbas homes")]),
    ("Calls from numbers starting with 140 will be blocked.", [C(140, None)]),
    ("Veterans of the 2014 battles joined the unit.", [D("2014")]),
    ("Kyiv received over KSh400 billion, ₹20 lakh and ₦2 billion in pledges.",
     [M(4e11, "KES", bound="lower"), M(20, "INR"), M(2e9, "NGN")]),
    ("A member may spend not more than N70 million on the race.", []),
]


def _field_ok(q: Quantity, key: str, expected: object) -> bool:
    got = getattr(q, key)
    if isinstance(expected, float | int) and not isinstance(expected, bool) and got is not None:
        return abs(got - expected) < 1e-6 * max(1.0, abs(expected))
    return got == expected


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_extracts_expected_quantities(sentence: str, expected: list[dict]) -> None:
    found = extract_quantities(sentence)
    assert len(found) == len(expected), [q.to_dict() for q in found]
    for q, exp in zip(found, expected, strict=True):
        wrong = {k: (getattr(q, k), v) for k, v in exp.items() if not _field_ok(q, k, v)}
        assert not wrong, (q.to_dict(), wrong)


@pytest.mark.parametrize("sentence", [c[0] for c in CASES])
def test_offsets_index_the_text(sentence: str) -> None:
    found = extract_quantities(sentence)
    for q in found:
        assert sentence[q.start:q.end] == q.text
    spans = [(q.start, q.end) for q in found]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_offsets_hold_inside_a_longer_document() -> None:
    doc = "Title line\n\nThe mayor said on Feb. 7, 2023 that about 500,000 civilians stay.\nOthers say 52% of them left."
    found = extract_quantities(doc)
    assert [q.kind for q in found] == ["date", "count", "percent"]
    assert all(doc[q.start:q.end] == q.text for q in found)


def test_list_numbers_are_skipped_deep_in_a_document() -> None:
    doc = "Background on the battle for the city, which has lasted many months now.\n" * 3 + "2. Some 40 tanks arrived."
    found = extract_quantities(doc)
    assert [(q.kind, q.value, q.unit) for q in found] == [("count", 40.0, "tanks")]


def test_round_trip_through_json() -> None:
    text = "Some 52% of the region, $1.5 billion, five Russians for every Ukrainian, on 7 February 2023."
    found = extract_quantities(text)
    assert {q.kind for q in found} == {"percent", "money", "ratio", "date"}
    assert quantities_from_json(quantities_to_json(found)) == found


def test_is_deterministic() -> None:
    text = "Up to 30 drones and about 500,000 civilians, five to one Russian over Ukrainian losses."
    assert extract_quantities(text) == extract_quantities(text)


def test_a_noun_with_an_unchanged_plural_is_what_is_counted() -> None:
    """ "about 3,000 salmon", "40 sheep": English plurals without -s are counted nouns like "40 cows"."""
    from workbench.extract.quantities import extract_quantities

    assert [(q.text, q.unit) for q in extract_quantities("About 3,000 salmon had died.")] == [("About 3,000 salmon", "salmon")]
    assert [q.unit for q in extract_quantities("Some 40 sheep were rescued.")] == ["sheep"]


def test_the_numbers_of_a_time_told_in_words_count_nothing() -> None:
    """"five past six" is 18:05, not a five and a six ("five past six" was read as two figures, and a report of the
    same time in digits then held no figure it agreed with); a range "five to six weeks" stays a count."""
    assert extract_quantities("The barge left the lock at five past six on Tuesday evening.") == []
    assert extract_quantities("The pumps were switched on at about ten to four.") == []
    assert [q.text for q in extract_quantities("The lift stuck at ten to four, with three people inside.")] == [
        "three people"]
    assert [q.value for q in extract_quantities("Repairs to the lock gates take five to six weeks.")] == [5, 6]
