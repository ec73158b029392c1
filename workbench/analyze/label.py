"""Short readable cluster labels built from the cluster's own words: "casualty count · Tasford".

Three parts, each chosen by counting how many member claims use a word (document
frequency, so one wordy claim cannot dominate), ties broken alphabetically so the label is
deterministic:

* the topic: the most shared content word (casualty words fold to "casualty");
* the measure: a word for the quantity kind most members carry (ratio, share, count, ...);
* the place or actor: the most shared capitalised name that is not already in the topic.

Words that tell nothing apart are left out by structure, not by a list of any story's names:
demonyms ("Kenyan", built from the world gazetteer by regular endings), and ``common`` -- the
words most claims of the whole event use (the caller counts them), so a corpus about one
place does not label every fact with that place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from workbench.extract.places import DEMONYMS
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
# Closed-class news words that never make a label (reporting and scoping words, not topics).
GENERIC = {"part", "held", "still", "told", "agency", "reporter", "city", "said", "says", "official", "officials"}
_DEMONYM_STEMS = {stem(d) for d in DEMONYMS}
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


def _is_demonym(low: str) -> bool:
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return singular in DEMONYMS


def _names(text: str, proper: set[str]) -> list[str]:
    """Capitalised words (demonyms and function words left out); a sentence-initial word counts only
    when some member also writes it capitalised mid-sentence (``proper``)."""
    out = []
    for k, tok in enumerate(tokens(text)):
        low = tok.lower()
        if not tok[0].isupper() or len(tok) <= 2 or low in STOPWORDS or low in REPORTING or low in GENERIC:
            continue
        if low.split("-")[0] in GENERIC or _is_demonym(low.split("-")[0]) or (k == 0 and tok not in proper):
            continue
        out.append(tok)
    return out


def common_words(texts: Sequence[str], share: float = 0.5) -> frozenset[str]:
    """Stems and lower-case names used by more than ``share`` of ``texts`` (an event's claims)."""
    if len(texts) < 4:
        return frozenset()
    counts = _doc_freq([[*content_stems(t), *(tok.lower() for tok in tokens(t) if tok[:1].isupper())] for t in texts])
    return frozenset(w for w, n in counts.items() if n > share * len(texts))


def _best_unless(counts: Counter[str], exclude: set[str], common: frozenset[str], key=str.lower) -> str | None:
    """The best word outside ``exclude`` and ``common``; a common one only when nothing else is left."""
    best = _best(Counter({w: n for w, n in counts.items() if key(w) not in common}), exclude)
    return best if best is not None else _best(counts, exclude)


def cluster_label(texts: Sequence[str], quantities: Sequence[Sequence[Quantity]] = (),
                  common: frozenset[str] = frozenset()) -> str:
    """A label of at most ~48 characters from the member claims' texts and quantities.

    ``common``: words (stems, lower-case names) of the whole event that do not tell its facts apart.
    """
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
    topic = _best_unless(words, GENERIC | _DEMONYM_STEMS | {measure or ""}, common)
    if topic and words[topic] < min(2, len(texts)):
        topic = None
    place = _best_unless(names, set(), common)
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
