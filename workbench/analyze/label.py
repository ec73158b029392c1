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

from workbench.extract.words import REPORTING, STOPWORDS, content_stems, stem, tokens
from workbench.models import Quantity

KIND_WORDS = {"ratio": "ratio", "percent": "share", "count": "count", "money": "cost", "date": "date"}
# Fold word families to one readable label word.
FOLD = {
    "loss": "casualty", "los": "casualty", "casualty": "casualty", "casualti": "casualty", "death": "casualty",
    "kill": "casualty", "killed": "casualty", "die": "casualty", "dead": "casualty",
    "civilian": "civilians", "resident": "civilians",
    "district": "districts", "region": "region", "territory": "territory",
}
GENERIC = {"ukrainian", "ukrainians", "russian", "russians", "ukraine", "russia", "soldier", "force", "troop", "city", "fighting", "war",
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


def _names(text: str, proper: set[str]) -> list[str]:
    """Capitalised words (demonyms and function words left out); a sentence-initial word counts only
    when some member also writes it capitalised mid-sentence (``proper``)."""
    out = []
    for k, tok in enumerate(tokens(text)):
        low = tok.lower()
        if not tok[0].isupper() or len(tok) <= 2 or low in STOPWORDS or low in REPORTING or low in GENERIC:
            continue
        if low.split("-")[0] in GENERIC or (k == 0 and tok not in proper):
            continue
        out.append(tok)
    return out


def cluster_label(texts: Sequence[str], quantities: Sequence[Sequence[Quantity]] = ()) -> str:
    """A label of at most ~48 characters from the member claims' texts and quantities."""
    if not texts:
        return "(empty)"
    unique: dict[str, int] = {}
    for k, t in enumerate(texts):
        unique.setdefault(" ".join(t.split()).casefold(), k)  # wire copies count once
    texts = [texts[k] for k in unique.values()]
    quantities = [quantities[k] for k in unique.values()] if quantities else []
    kinds = _doc_freq([[q.kind for q in qs if q.kind != "date"] for qs in quantities])
    measure = None
    if kinds:
        kind, n = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if n * 2 > len(texts) or (n * 2 == len(texts) and n > 1):
            measure = KIND_WORDS[kind]
    proper = {tok for t in texts for tok in tokens(t)[1:] if tok[0].isupper()}
    names = _doc_freq([_names(t, proper) for t in texts])
    name_stems = {stem(n.lower()) for n in names}
    words = _doc_freq([[FOLD.get(s, s) for s in content_stems(t) if s not in name_stems] for t in texts])
    topic = _best(words, GENERIC | {measure or ""})
    if topic and words[topic] < min(2, len(texts)):
        topic = None
    place = _best(names, set())
    parts = []
    if topic:
        topic_word = topic if topic in FOLD.values() else _readable(topic, texts).lower()
        parts.append(f"{topic_word} {measure}" if measure else topic_word)
    elif measure:
        parts.append(measure)
    if place:
        parts.append(place)
        second = _best(names, {place})
        if not topic and second and names[second] >= 2:
            parts.append(second)
    label = " · ".join(parts) or " ".join(tokens(texts[0])[:5])
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"
