"""Short readable cluster labels built from the cluster's own words: "casualty ratio · Bakhmut".

Three parts, each chosen by counting how many member claims use a word (document
frequency, so one wordy claim cannot dominate), ties broken alphabetically so the label is
deterministic:

* the topic: the most shared content word (casualty words fold to "casualty");
* the measure: a word for the quantity kind most members carry (ratio, share, count, ...);
* the place or actor: the most shared capitalised name that is not already in the topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from workbench.analyze.words import content_stems, entities, tokens
from workbench.models import Quantity

KIND_WORDS = {"ratio": "ratio", "percent": "share", "count": "count", "money": "cost", "date": "date"}
# Fold word families to one readable label word.
FOLD = {
    "loss": "casualty", "los": "casualty", "casualty": "casualty", "casualti": "casualty", "death": "casualty",
    "kill": "casualty", "killed": "casualty", "die": "casualty", "dead": "casualty",
    "civilian": "civilians", "resident": "civilians",
    "district": "districts", "region": "region", "territory": "territory",
}
GENERIC = {"ukrainian", "russian", "ukraine", "russia", "soldier", "force", "troop", "city", "fighting", "war",
           "military", "part", "held", "still", "told", "cnn", "ledger", "agency", "reporter"}
MAX_LABEL = 48


def _doc_freq(per_claim: Sequence[Sequence[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for words in per_claim:
        counts.update(set(words))
    return counts


def _best(counts: Counter[str], exclude: set[str]) -> str | None:
    ranked = sorted((w for w in counts if w not in exclude), key=lambda w: (-counts[w], w))
    return ranked[0] if ranked else None


def _readable(stem_word: str, texts: Sequence[str]) -> str:
    """Show the most common surface form of a stem ("district" -> "districts" if that is how it is written)."""
    forms: Counter[str] = Counter()
    for t in texts:
        for tok in tokens(t):
            if tok.lower().startswith(stem_word[: max(4, len(stem_word) - 1)]):
                forms[tok] += 1
    if not forms:
        return stem_word
    return sorted(forms, key=lambda f: (-forms[f], len(f), f))[0]


def cluster_label(texts: Sequence[str], quantities: Sequence[Sequence[Quantity]] = ()) -> str:
    """A label of at most ~48 characters from the member claims' texts and quantities."""
    if not texts:
        return "(empty)"
    kinds = _doc_freq([[q.kind for q in qs if q.kind != "date"] for qs in quantities])
    measure = None
    if kinds:
        kind, n = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if n * 2 >= len(texts):
            measure = KIND_WORDS[kind]
    names = _doc_freq([entities(t) for t in texts])
    words = _doc_freq([[FOLD.get(s, s) for s in content_stems(t)] for t in texts])
    topic = _best(words, GENERIC | set(names) | {measure or ""})
    place = _best(names, {topic or ""} | {"ukrainian", "russian"})
    parts = []
    if topic:
        topic_word = topic if topic in FOLD.values() else _readable(topic, texts).lower()
        parts.append(f"{topic_word} {measure}" if measure else topic_word)
    elif measure:
        parts.append(measure)
    if place:
        parts.append(_readable(place, texts))
    label = " · ".join(parts) or " ".join(tokens(texts[0])[:5])
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"
