"""Two stems of one verb or its noun: "paying" / "payment" / "paid", "inspected" / "inspection", "warned" / "warning".

Why: a party denies an act in one word class and another source asserts it in another ("denied paying the
hackers" / "made a first payment to the group"; "had never been inspected" / "the last inspection"). The crude
stemmer of ``extract.words`` cuts inflections only, so the two share no stem and the denial finds no target.
Here a stem is taken down to its root (derivational suffixes off; an irregular past or participle to its base:
closed-class grammar, no topic word), and two stems are akin when their roots are one.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.words import same_stem

# irregular pasts and participles -> base (closed class of English grammar)
_IRREGULAR = {
    "paid": "pay", "made": "make", "sold": "sell", "told": "tell", "bought": "buy", "kept": "keep", "left": "leave",
    "lost": "lose", "met": "meet", "ran": "run", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "brought": "bring", "sent": "send", "spent": "spend", "built": "build", "caught": "catch", "found": "find",
    "held": "hold", "knew": "know", "known": "know", "saw": "see", "seen": "see", "stole": "steal", "stolen": "steal",
    "wrote": "write", "written": "write", "drove": "drive", "driven": "drive", "went": "go", "gone": "go",
    "hid": "hide", "hidden": "hide", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
    "fell": "fall", "fallen": "fall", "led": "lead", "won": "win", "began": "begin", "begun": "begin",
    "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw", "withdrew": "withdraw",
    "withdrawn": "withdraw", "struck": "strike", "sought": "seek", "taught": "teach", "thought": "think",
}
# derivational and inflectional endings, longest first; the root keeps at least ``_ROOT`` letters
_SUFFIXES = ("ations", "ation", "ments", "ment", "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s", "al")
_ROOT = 3
_ION_ROOTS = ("ct", "pt", "ss", "rt", "st")


@lru_cache(maxsize=16384)
def root(word: str) -> str:
    """The root of a stem or word: "payment" -> "pay", "inspection" -> "inspect", "made" -> "mak"."""
    w = word.casefold()
    w = _IRREGULAR.get(w, w)
    for suffix in _SUFFIXES:
        if suffix.startswith("ion") and not w[: -len(suffix)].endswith(_ION_ROOTS):
            continue  # "inspection" -> "inspect", "suggestion" -> "suggest"; "station" is no act of "stat-"
        if w.endswith(suffix) and len(w) - len(suffix) >= _ROOT:
            w = w[: -len(suffix)]
            break
    if len(w) > _ROOT and w[-1] == w[-2] and w[-1] not in "slzfe":
        return w[:-1]  # "runn" (running) -> "run", "skipp" -> "skip"
    if w.endswith("xe"):
        return w[:-1]  # "boxe" (boxes: the stemmer keeps the plural's "e" after x) -> "box"
    return w[:-1] if w.endswith("e") and len(w) > _ROOT + 1 else w


def akin(a: str, b: str) -> bool:
    """One stem, or one root ("paying" / "payment" / "paid")."""
    return same_stem(a, b) or root(a) == root(b)
