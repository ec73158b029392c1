"""Who a he/she names, from inside its own sentence and from the sentence before.

:class:`memory.SpeakerMemory` ranks the people a document has named so far; two things it cannot see
are read here on the masked sentence (quotes blanked, see :mod:`cues`):

* a person the pronoun's own sentence names before it ("When Mr. Bush released his returns, he
  said"), which is nearer than anyone named earlier;
* the *topic*: what a sentence that quotes no one is about ("But Mr. Cummings also admonished his
  colleagues."), which a "he said" right after it names more often than the speaker before.

Both read one sentence (at most ``sentences.MAX_SENTENCE`` characters), so cost stays linear.
"""

from __future__ import annotations

import re

from workbench.extract.intros import NOT_SUBJECTS
from workbench.extract.leads import main_subject
from workbench.extract.memory import SpeakerMemory, gender_cue
from workbench.extract.mentions import person_mentions
from workbench.extract.speakers import classify, person_name

PERSON_PRONOUNS = {"he": "m", "she": "f"}


def antecedent_in_sentence(
    pronoun: str, masked: str, at: int, memory: SpeakerMemory, known: frozenset[str]
) -> str | None:
    """ "When Mr. Bush released his returns, he said": a person the sentence names before the pronoun is
    nearer than anyone before the sentence. The first that fits the pronoun's gender wins (the clause's
    subject), but a person named only as a possessor ("Mr. Obama's announcement") acts less there than one
    named bare, so comes last, and one named only after an article ("the Romney campaign") not at all."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w'’]){pronoun}(?![\w'’])", masked[:at], re.I)]
    before = masked[: spots[0] if spots else at]
    fits = []
    for name, context in reversed(person_mentions(before, known)):
        full = memory.resolve(name, "named")[0]
        gender = memory.genders.get(full) or gender_cue(context.split() + full.split()[:1])
        rank = _mention_rank(name, before)
        if rank < 2 and gender in (None, PERSON_PRONOUNS[pronoun.lower()]):
            fits.append((rank, name, context, full))
    if not fits:
        return None
    _, name, context, full = min(fits, key=lambda f: f[0])  # stable: the first of the bare mentions
    memory.mention(name, context)
    return full


# "Saying President Obama, he said, was ...": the object of a participle is not who the pronoun is
_PARTICIPLE_OBJECT = re.compile(
    r"(?<![\w'’])(?!(?:during|including|regarding|concerning|following|considering|excluding)\s)[a-z]{2,}ing\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+|President\s+|Senator\s+|Governor\s+)?$",
    re.I,
)


def _mention_rank(name: str, text: str) -> int:
    """0: named bare somewhere in ``text``; 1: only as a possessor; 2: only after an article (a modifier)."""
    ranks = [
        2
        if re.search(r"(?:^|\s)(?:the|a|an)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)
        or _PARTICIPLE_OBJECT.search(text[max(0, m.start() - 30) : m.start()])
        else 1
        if m.group("poss")
        else 0
        for m in re.finditer(re.escape(name) + r"(?P<poss>['’]s)?", text)
    ]
    return min(ranks, default=0)


def topic(masked: str, memory: SpeakerMemory) -> str | None:
    """The person a sentence with no quote source is about ("But Mr. Cummings also admonished ..."): the
    main clause's subject, which a "he said" right after names more often than the speaker before."""
    if memory.topic and _PRONOUN_SUBJECT.match(masked):
        return memory.topic  # "From 1997 to 2009, he practiced law": still about the same person
    if _BACK_SUBJECT.match(masked):  # "That did not satisfy Justice Ruiz.": what was said reached the one person named
        return _reached_person(masked, memory)
    subject = main_subject(masked)
    name = person_name(subject) if subject and classify(subject) == "named" else None
    full = memory.resolve(name, "named")[0] if name else None
    if full is None or full.split()[0].lower() in _OPENERS:
        return None
    # a person the text names as one, or a full name ("Glenn Beck"); never "Rather" or "Born"
    return full if full in memory.persons or (len(full.split()) >= 2 and all(w.istitle() for w in full.split())) else None


def _reached_person(masked: str, memory: SpeakerMemory) -> str | None:
    """The one person a sentence with a demonstrative subject names bare (no possessor, no article before)."""
    known = frozenset(p.split()[-1] for p in memory.persons)
    names = {memory.resolve(name, "named")[0] for name, _ in person_mentions(masked, known)}
    names = {n for n in names if _mention_rank(n.split()[-1], masked) == 0}
    return names.pop() if len(names) == 1 else None


# a subject pointing back at what was just said or done: "That", "This", "It", "The remark", "Neither answer"
_BACK_SUBJECT = re.compile(r"^\W*(?:that|this|it|the (?:remark|answer|reply|response|argument|explanation)s?)\s+(?!is\b|was\b)", re.I)
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:[^,]{0,60},\s*)?(?:he|she)\s", re.I)
_OPENERS = NOT_SUBJECTS | frozenset("plus but and yet so still then now meanwhile also".split())




# Closed class: verbs that put a question to someone, and the words of answering it.
ASKING = frozenset("asked questioned pressed quizzed".split())
REPLIES = frozenset("response reply answer responded replied answered retorted countered".split())
_ADDRESSEE = re.compile(r"\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def addressee(masked: str, cue: str, at: int) -> str | None:
    """ "Host Ana Ruiz asked Trump, “...”" -- the person asked, whom a "his response" or "he replied" in
    the next sentence names, even when the asker was quoted last and has no known gender."""
    if at < 0 or cue.lower() not in ASKING:
        return None
    m = _ADDRESSEE.match(masked, at + len(cue))
    if m is None or classify(m.group("name")) != "named":
        return None
    return person_name(m.group("name"))


def reply_to_addressee(pronoun: str, cue: str, memory: SpeakerMemory) -> str | None:
    """The person asked in the sentence before, when this sentence's he/she answers (gender permitting)."""
    if memory.addressee is None or cue.lower() not in REPLIES:
        return None
    full = memory.resolve(memory.addressee, "named")[0]
    return full if memory.genders.get(full) in (None, PERSON_PRONOUNS[pronoun.lower()]) else None


_OWN_CUES = frozenset("said says added insisted acknowledged admitted conceded explained noted".split())
_OWN_PRONOUN = re.compile(r"\s+(?:that\s+)?(?P<pronoun>he|she)\s", re.I)


def own_pronoun_gender(masked: str, cue: str, at: int, speaker: str, memory: SpeakerMemory) -> None:
    """ "Aparna Mathur ... said she was surprised": the pronoun right after a named speaker's own cue is that
    speaker, so it tells a gender no given-name list knows. Only this construction teaches a gender; a
    pronoun resolved across sentences may be wrong, and learning from it would spread the error."""
    if at < 0 or speaker in memory.genders or speaker not in memory.persons:
        return
    m = _OWN_PRONOUN.match(masked, at + len(cue)) if cue.lower() in _OWN_CUES else None
    surname = speaker.split()[-1]
    # "Clinton urged that he read it", "Clinton told Rep. Duncan he ...": another person nearer, skip
    if m and all(name.split()[-1] == surname for name, _ in person_mentions(masked, frozenset())):
        memory.genders[speaker] = PERSON_PRONOUNS[m.group("pronoun").lower()]
