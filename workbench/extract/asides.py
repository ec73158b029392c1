"""An aside set off by commas after a claim's subject, skipped so that the act phrase keeps its predicate.

Why: the act phrase (``extract.act_phrases``) ends at the first clause break, and a subject followed by an
appositive ("Ana Brel, head of the port's customs office, was suspended on Friday") or a non-restrictive relative
clause ("The ferry company, which runs the night crossing, cancels ...") breaks at its first comma: the stored act
is the subject alone ("Ana Brel") or the aside, never what was done, so two reports of one act cannot be compared.

Read from structure only: SUBJECT, ASIDE, PREDICATE, where the subject is a short noun phrase at the claim's start
(no opening preposition or subordinator, no auxiliary), the aside is a relative clause ("which/who/whose/whom ...")
or a noun phrase with no auxiliary that does not end in a past form (so a clause such as "crews arrived" is no
aside), and the predicate opens with a verb form: an auxiliary or modal, a past form (regular or of a closed list
of irregular verbs) or a third-person present, after at most one adverb. A list of subjects is kept whole: its
later members follow the second comma as a name, a determiner or "and" ("Rui, Tomas, Ines and Ada were hurt"),
none of them a verb form. A bare name in apposition stays beside its subject ("The port, Ellum, was shut" -> "The
port Ellum was shut"): it says which one, where a report in other words names it only.
"""

from __future__ import annotations

import re

from workbench.extract.verbs import ONE_WORD_FORMS

_AUX = frozenset(
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "remains remained".split())
# irregular past forms of verbs that report acts (closed class; regular ones end in -ed)
_IRREGULAR_PAST = frozenset(
    "paid sank fell took found went came left made gave got held kept led lost met ran rose saw sent set shot sold "
    "spent stood struck told won wrote hit cut put became began broke brought bought built caught chose drew drove "
    "fled flew fought froze grew hid hung knew laid lay meant quit rode rang sat slid spoke stole swore swept threw "
    "tore woke wore beat bit blew bound burnt dealt dug fed felt forgot forgave heard lit overtook paid read sought "
    "shut sped spun split spread stuck stung swung taught thought understood upheld withdrew withheld".split())
_ADVERBS = frozenset("also later now then still not never reportedly allegedly already since first".split())
_FUNCTION = frozenset(
    "and or but nor the a an this that these those its his her their our my your he she it they we i you "
    "in on at by of for to from with after before during since when while as if because".split())
_OPENERS = frozenset(
    "in on at by for from with after before during since when while as if because although though despite "
    "following amid once until under over without within across among".split())
_RELATIVE = frozenset("which who whose whom".split())
_SUBJECT = re.compile(r"^([^,;:()\d]{1,80}?),\s+")
_SEGMENT = re.compile(r"([^,;:()]{1,120}?),\s+(?=\S)")
MAX_ASIDES = 2  # "One of them, Ada Lind, 34, was held": a name and an age
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a bare name in apposition ("The capital, Marsk, ..."): who or what the subject is, kept beside it
_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*")
MAX_SUBJECT_WORDS = 8
MAX_ASIDE_WORDS = 16


def _past(word: str) -> bool:
    """A past form: a regular "-ed" (not "-eed": "need", "freed" reads either way) or a listed irregular one."""
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _verb_start(words: list[str]) -> bool:
    """The predicate opens with a verb form (after at most one adverb): "was arrested", "values the ...", "also paid"."""
    if words and (words[0] in _ADVERBS or (words[0].endswith("ly") and len(words[0]) > 4)):
        words = words[1:]
    if not words:
        return False
    w = words[0]
    if w in ONE_WORD_FORMS:  # "..., denied that ...", "..., showed that ...": the subject speaks; its act is the speaker's
        return False  # claim, read by attribution, and the phrase stays as it was
    if w in _AUX or _past(w):
        return True
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 and w not in _FUNCTION


def _subject(text: str) -> bool:
    """A short noun phrase that opens the claim: no opening preposition or subordinator, no auxiliary in it."""
    words = _WORD.findall(text)
    if not words or len(words) > MAX_SUBJECT_WORDS or words[0].lower() in _OPENERS:
        return False
    return not any(w.lower() in _AUX for w in words)


def _aside(text: str) -> bool:
    """A relative clause, or a noun phrase that is no clause: no auxiliary, not ending in a past form."""
    if text.strip().isdigit() and len(text.strip()) <= 3:  # an age: "Ada Lind, 34, was held"
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or len(words) > MAX_ASIDE_WORDS or words[0] in ("and", "or", "but", "nor"):
        return False
    if words[0] in _RELATIVE:
        return True
    return not any(w in _AUX for w in words) and not _past(words[-1])


def skip_aside(text: str) -> str:
    """``text`` without the aside between its subject and its predicate ("A, head of B, was ..." -> "A was ..."),
    else ``text`` unchanged. The aside may be two ("One of them, Ada Lind, 34, was held"); a bare name among them
    names the subject and stays ("One of them Ada Lind was held"). A predicate that is a verb of saying or showing
    ("..., denied that ...") keeps the text as it is: that subject is a speaker, not the doer of the claim's act."""
    m = _SUBJECT.match(text)
    if m is None or not _subject(m.group(1)):
        return text
    pos, names = m.end(), []
    for _ in range(MAX_ASIDES):
        seg = _SEGMENT.match(text, pos)
        if seg is None or not _aside(seg.group(1)):
            return text
        pos = seg.end()
        names += [seg.group(1).strip()] if _NAME.fullmatch(seg.group(1).strip()) else []
        if text[pos].islower() and _verb_start([w.lower() for w in _WORD.findall(text[pos:])[:2]]):
            return " ".join([m.group(1), *names[:1], text[pos:]])
    return text
