"""Measure keys: what a figure counts, normalised so that equal keys mean the same measure.

Computed once at extraction and stored in the claim frame (``Frame.keys``): analysis groups
claims by these keys instead of re-reading the wording. "ratio:russi|ukrai" for a ratio of
the same two sides in either direction, "percent:" + the stems of what the percent is of,
"count:" + counted noun @ scope : event, "money:" + currency + what it pays for.
"""

from __future__ import annotations

from workbench.extract.memo import cached
from workbench.extract.words import content_stems, stem
from workbench.models import Quantity

SCOPES = {"city", "town", "village", "region", "oblast", "province", "country", "district", "area", "front", "nation"}
EVENTS = {
    "kill": "dead", "die": "dead", "dead": "dead", "death": "dead", "slain": "dead", "fatalit": "dead",
    "injur": "hurt", "wound": "hurt", "hurt": "hurt",
    "evacuat": "evacuated", "flee": "fled", "fled": "fled",
    "remain": "remain", "live": "remain", "stay": "remain", "left": "remain",
    "attack": "attack", "strike": "attack", "shell": "attack",
    "captur": "captured", "arrest": "arrested", "detain": "arrested",
}
SYNONYMS = {"resident": "civilian", "people": "civilian", "person": "civilian", "inhabitant": "civilian",
            "troop": "soldier", "fighter": "soldier", "serviceman": "soldier", "servicemen": "soldier",
            "policeman": "police", "policemen": "police", "officer": "police"}


def side(name: str | None) -> str | None:
    return stem(name.split()[-1])[:5] if name else None


def unit_of(q: Quantity) -> str | None:
    if not q.unit:
        return None
    s = stem(q.unit.split()[-1])
    return SYNONYMS.get(s, s)


def words_in(text: str, vocab) -> set[str]:
    found = set()
    keys = tuple(vocab)
    for s in content_stems(text):
        if not s.startswith(keys):  # one C-level test per stem; the loop below only for a stem that has a key
            continue
        for key in keys:
            if s.startswith(key):
                found.add(vocab[key] if isinstance(vocab, dict) else key)
    return found


@cached(maxsize=256)  # the same for every count of one claim (issue 12)
def _scope_event(text: str) -> tuple[str, str]:
    return "/".join(sorted(words_in(text, SCOPES))), "/".join(sorted(words_in(text, EVENTS)))


def measure_keys(text: str, quantities: list[Quantity]) -> list[str]:
    """Keys naming what a claim measures, for clustering: equal keys = same measure.

    "ratio:russi|ukrai" for any Russian/Ukrainian ratio (either direction), "percent:donetsk region",
    "count:civilian@region:remain" (counted noun with a scope or event), "money:USD:" + what it pays for.
    """
    keys = []
    for q in quantities:
        if q.kind == "ratio" and q.numerator and q.denominator:
            keys.append("ratio:" + "|".join(sorted((side(q.numerator) or "", side(q.denominator) or ""))))
        elif q.kind == "percent" and q.context:
            keys.append("percent:" + " ".join(sorted(set(content_stems(q.context)))))
        elif q.kind == "count" and q.unit:
            scope, event = _scope_event(text)
            if scope or event:  # "people" alone says too little to mean the same measure
                keys.append(f"count:{unit_of(q)}@{scope}:{event}")
        elif q.kind == "money" and q.unit and q.context:
            keys.append(f"money:{q.unit}:" + " ".join(sorted(set(content_stems(q.context)))))
    return keys
