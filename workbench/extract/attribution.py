"""Attribution: who each sentence of a document comes from, with cue and relaying outlet.

This is the product's hand-written edge, so the rules are spelled out here rather than
learned. For one sentence (quotes masked, see :mod:`cues`):

* every reporting cue ("said", "told CNN", "estimates", "denied"...) proposes the noun
  phrase of its clause as speaker: before the cue ("Ruiz said"), before an appositive
  ("Ana Ruiz, the regional governor ..., claimed"), or after an inverted cue
  ("..., said Ana Ruiz, head of ...");
* a trailing attribution (", an unnamed official told CNN.") beats a cue inside the
  claim ("NATO intelligence estimates that ..."), otherwise the first cue wins;
* "according to X" gives the speaker when no cue does; when X is a news outlet and someone
  else speaks, X becomes ``via``. ``via`` is also the object of "told" when it is a named
  outlet as written ("told CNN" -> "CNN", "told the Ledger" -> "the Ledger"); generic
  audiences ("told reporters", "told the agency") give ``via=None``;
* with no cue: a venue opening ("In a statement issued Tuesday, Ruiz was circumspect"), a
  passive with its source ("was first reported by the Ledger") or a noun of saying after a
  possessor ("Grant's claim that ...") names the source. Subjects are found in :mod:`subjects`; the choice
  among one sentence's candidates is :mod:`choose`.

Across sentences: a quote that stays open over several sentences forms a run, and every
sentence of the run without its own cue takes the run's speaker; a sentence that opens
with a quote and has no cue takes the speaker of the attributed sentence before it in the
paragraph, and a quote-only paragraph that of the paragraph before (see :mod:`runs`). Surnames,
"he"/"she", "they" and definite descriptions ("the soldier") are resolved by
:class:`memory.SpeakerMemory` to the source first named in full; a he/she first looks for a
person named earlier in its own sentence and for the topic of the sentence before (:mod:`pronouns`).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from workbench.extract.apposed import described_name
from workbench.extract.bodies import body_names, is_body
from workbench.extract.choose import candidates, choose
from workbench.extract.cues import HEDGE, MASK, PARTY_TAG, mask_single_quotes, mask_spoken_single_quotes
from workbench.extract.intros import Candidate as _Candidate
from workbench.extract.memory import SpeakerMemory, gender_cue
from workbench.extract.mentions import person_mentions
from workbench.extract.offices import office_of
from workbench.extract.pronouns import (
    PERSON_PRONOUNS,
    addressee,
    antecedent_in_sentence,
    own_pronoun_gender,
    reply_to_addressee,
    topic,
)
from workbench.extract.received import received_stance
from workbench.extract.runs import propagate, quote_states
from workbench.extract.sentences import Sentence, dateline_end
from workbench.extract.shown_persons import is_unshown
from workbench.extract.speakers import classify, head_noun, person_name
from workbench.models import Attribution

FIRST_PERSON = frozenset({"i", "we"})
HEADLINE_MAX = 150  # characters: headlines are short; a longer first line is a lede
# "This post has been revised to reflect the following correction:": the newsroom speaks, not the last source
NOTE = re.compile(r"\b(?:correction|corrected|clarification|revised|update|updated|editor['’]s note)\b", re.I)


def is_reported(attribution: Attribution) -> bool:
    """A source other than the text's own voice: what check-worthiness counts as an attributed claim."""
    return attribution.speaker_kind != "none" and (attribution.speaker or "").lower() not in FIRST_PERSON


def _resolve(
    cand: _Candidate,
    memory: SpeakerMemory,
    masked: str = "",
    known: frozenset[str] = frozenset(),
    bodies: frozenset[str] = frozenset(),
    unshown: Callable[[str], bool] | None = None,
) -> Attribution:
    phrase = cand.speaker
    if phrase.lower() in PERSON_PRONOUNS:  # "His response:" after "X asked Trump": the one asked answers
        phrase = reply_to_addressee(phrase, cand.cue, memory) or phrase
    if phrase.lower() in PERSON_PRONOUNS and cand.at > 0:
        phrase = antecedent_in_sentence(phrase, masked, cand.at, memory, known) or phrase
    if phrase.lower() in FIRST_PERSON:  # "I know ...", "We believe ...": the text's own voice, not a named source
        return Attribution(speaker=phrase.lower() if phrase != "I" else "I", speaker_kind="anonymous", cue=cand.cue)
    office = office_of(phrase) if "s " in phrase or phrase[:4].lower() == "the " else None
    if office:  # "Ruiz's office said": the office speaks, named after its owner as the text knows her
        surname = office[0].split()[-1]  # "Clinton’s team" with two Clintons mentioned: as written
        same = sum(p.split()[-1] == surname for p in memory.persons)
        owner = memory.resolve(office[0], "named")[0] if same <= 1 else office[0]
        memory.mention(owner)  # the owner stays the person a later "she said" may mean
        phrase = f"{owner}{office[2]}s {office[1]}"
        memory.remember(phrase, "organization", cand.role_text)
        return Attribution(speaker=phrase, speaker_kind="organization", cue=cand.cue, via=cand.via, role=cand.role)
    if phrase[:1] in "aAtT" and (name := described_name(phrase)):
        phrase = name  # "An incredulous Bob Schieffer began ... by asking": the person the words describe
    kind = "anonymous" if phrase.lower() in {"he", "she", "they"} else cand.kind or classify(phrase)
    if kind == "named" and is_body(phrase, bodies) and person_name(phrase) == phrase and memory.full(phrase) == phrase:
        kind = "organization"  # "Ostrel said it expected ...": the document shows the name is a body's
    elif kind == "named" and unshown and person_name(phrase) == phrase and memory.full(phrase) == phrase and unshown(phrase):
        kind = "organization"  # "Halvard Line said": no given name, title, role, age or he/she ever shows a person
    title_gender = None
    if kind == "named":
        name = person_name(phrase) or phrase
        before = phrase[: len(phrase) - len(name)].split() if phrase.endswith(name) else []
        title_gender = gender_cue(before[-1:])  # "Mrs. Clinton": the title right before the name
        phrase = name
    speaker, kind = memory.resolve(phrase, kind, title_gender)
    if cand.weak and kind == "named":  # "Mr. Romney's remark": named in passing, the next "he" may be another
        memory.mention(speaker, cand.role_text)
    else:
        memory.remember(speaker, kind, cand.role_text)
    return Attribution(speaker=speaker, speaker_kind=kind, cue=cand.cue, via=cand.via, role=cand.role)


def _masked(sent: Sentence, masked_quotes: str) -> str:
    """Quotes masked, the wire dateline and "(R-Utah)" party tags blanked; offsets unchanged."""
    cut = dateline_end(sent.text)
    masked = " " * cut + masked_quotes[cut:]
    if "(" not in masked and "-" not in masked and "–" not in masked:
        return masked  # no party tag possible
    return PARTY_TAG.sub(_blank_tag, masked)


_APPOSITIVE_NEXT = re.compile(r"\s*(?:a|an|the|who|whose|which|one|\d)\b")  # "one of the nine lawmakers"


def _blank_tag(m: re.Match[str]) -> str:
    """Blank a party tag; a comma-enclosed one followed by an appositive keeps its closing comma, so the
    appositive stays one ("Ana Ruiz, R-Texas, a member of the panel, said" -> "Ana Ruiz       , a member ...")."""
    tag = m.group(0)
    if tag.lstrip().startswith(",") and tag.endswith(",") and _APPOSITIVE_NEXT.match(m.string, m.end()):
        # only after a name that opens its clause: "has sent Ryan, R-Wis., a letter" keeps its object whole
        clause = m.string[: m.start()].rsplit(",", 1)[-1].replace(MASK, " ").split()  # after a quote too
        if clause and all(w[:1].isupper() for w in clause):
            return " " * (len(tag) - 1) + ","
    return " " * len(tag)


def attribute(sentences: list[Sentence]) -> list[Attribution]:
    """One Attribution per sentence, using the document context (quote runs, colons, earlier names).

    Each step looks at one sentence (at most ``sentences.MAX_SENTENCE`` characters) plus bounded
    state, so the cost is linear in the document length.
    """
    states = quote_states(sentences)
    texts = [sent.text for sent in sentences]
    bodies = body_names(texts)
    whole, shown = " ".join(texts), {}
    unshown = lambda name: is_unshown(name, texts, whole, shown)  # noqa: E731 -- one document's cache
    memory = SpeakerMemory()
    result: list[Attribution | None] = []
    opens: list[str] = []
    run_sources: list[Attribution | None] = []
    waiting: dict[str, list[int]] = {}  # role head -> sentences its role-only speaker spoke
    about: deque[str] = deque(maxlen=3)  # the sentences since the last source, newest last
    known, known_at, prev_paragraph, bare_quote_before = frozenset(), -1, -1, False
    for sent, state in zip(sentences, states, strict=True):
        masked = _masked(sent, state.masked)
        if memory.tick != known_at:  # surnames of the people mentioned so far, rebuilt only when they change
            known, known_at = frozenset(p.split()[-1] for p in memory.persons), memory.tick
        headline = sent.index == 0 and _alone(sentences) and not sent.heading
        if headline:  # "Bill Clinton calls Obamacare ‘crazy system’": a headline quotes with single marks
            masked = mask_single_quotes(masked)
        elif not sent.heading:  # "'We were lucky,' said the chief.": speech in single marks
            masked = mask_spoken_single_quotes(masked)
        cand = None if sent.heading else choose(masked, sent.text, known, headline)
        if cand is None and memory.last and masked.rstrip().endswith(":") and not sent.heading and not NOTE.search(masked):
            # "Read the full statement below:" introduces more of the source just quoted
            cand = _Candidate(memory.last[0], ":", None, "", False, opens="colon")
        if cand is None and about and not state.open_at_end and _all_quote(masked) and prev_paragraph >= sent.paragraph - 1:
            # "Ruiz was blunt. “The dam is old.”": a bare quote right after a sentence about a person is theirs
            person = topic(about[-1], memory)
            cand = _Candidate(person, "quote", None, person, False) if person else None
        if cand and cand.speaker.lower() in PERSON_PRONOUNS:  # worked out only when a he/she needs it
            memory.topic = None
            for text in about:
                memory.topic = topic(text, memory)
        received = None if cand or sent.heading else received_stance(masked)
        if received and received[0]:  # "drew criticism from Senate Democrats": the critics speak
            cand = _Candidate(received[0], received[1], None, received[0], False)
        attribution = _resolve(cand, memory, masked, known, bodies, unshown) if cand else None
        if received and attribution is None:  # "has faced sharp criticism for ...": critics not named
            attribution = Attribution(speaker_kind="anonymous", cue=received[1])
        if attribution is None and not sent.heading:
            hedge = HEDGE.search(masked)
            attribution = Attribution(hedge=hedge.group(0)) if hedge else None
        result.append(attribution)
        opens.append(cand.opens if cand and cand.opens != "headline" else "")  # a headline covers itself only
        if cand and not cand.opens and bare_quote_before and prev_paragraph == sent.paragraph and _bare_cue(masked, cand):
            opens[-1] = "back"  # "“The dam is old.” Ruiz said in a tweet.": the attribution signs the quote before it
        bare_quote_before = cand is None and _all_quote(masked)
        run_sources.append(_run_source(masked, memory) if state.open_at_end and not sent.heading else None)
        for name, context in person_mentions(masked, known):
            memory.mention(name, context)
        if attribution and attribution.speaker_kind == "named" and attribution.speaker and not cand.weak:
            memory.mention(attribution.speaker)  # the speaker stays the most salient person
            own_pronoun_gender(masked, cand.cue, cand.at, attribution.speaker, memory)  # "X said she ..."
            _wait_for_name(attribution.speaker, len(result) - 1, memory, waiting)
        _name_roles(result, memory, waiting)
        memory.topic = None
        memory.addressee = addressee(masked, cand.cue, cand.at) if cand else None
        if (cand is None or cand.weak) and not sent.heading:
            about.append(masked)  # quotes no one: what it is about may name the next "he said"
        else:
            about.clear()
        prev_paragraph = sent.paragraph
    return propagate(sentences, states, result, opens, run_sources)


def _bare_cue(masked: str, cand: _Candidate) -> bool:
    """Only a source and its verb, with a short adjunct ("Ruiz said in a tweet.", "said Ana Ruiz, the mayor."):
    nothing reported of its own, so it attributes the quote before it."""
    words = _WORD_RUN.findall(masked)
    return MASK not in masked and " that " not in masked and len(words) <= len(cand.speaker.split()) + 7


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _all_quote(masked: str) -> bool:
    """The sentence is one quotation and nothing else (quotes are masked: no word is left outside them)."""
    return masked.lstrip()[:1] == MASK and not _WORD.search(masked)


_WORD = re.compile(r"[^\W\d_]")


def _alone(sentences: list[Sentence]) -> bool:
    """The first sentence is a short line of its own: a headline that ends in a stop (not flagged ``heading``),
    not a one-sentence lede ("Updated: Rick Santorum on Sunday tried to clarify ...", 200 characters)."""
    first = sentences[0]
    alone = len(sentences) == 1 or sentences[1].paragraph != first.paragraph
    return alone and len(first.text) <= HEADLINE_MAX and "\n" not in first.text.strip()


def _wait_for_name(speaker: str, index: int, memory: SpeakerMemory, waiting: dict[str, list[int]]) -> None:
    """A role that speaks alone ("the House speaker said", "she said" after it) waits for the text to name it."""
    head = head_noun(speaker)
    if speaker.lower().startswith("the ") and memory.roles.get(head) == speaker:
        waiting.setdefault(head, []).append(index)


def _name_roles(result: list[Attribution | None], memory: SpeakerMemory, waiting: dict[str, list[int]]) -> None:
    """ "House Speaker Nancy Pelosi" later in the text names the role: earlier sentences get the name, role kept."""
    for head in [h for h, idx in waiting.items() if memory.roles.get(h) not in (None, result[idx[0]].speaker)]:  # type: ignore[union-attr]
        name = memory.roles[head]
        for i in waiting.pop(head):
            att = result[i]
            if att is not None:
                result[i] = replace(att, speaker=name, speaker_kind="named", role=att.role or att.speaker)


def _run_source(masked: str, memory: SpeakerMemory) -> Attribution | None:
    """Who speaks the quote left open at the end of a sentence: the cue nearest before it.

    "Labolt issued a statement after Santorum told voters that the agenda is “not about you." --
    the quote that runs on is Santorum's, whatever the sentence as a whole is attributed to.
    """
    q = len(masked.rstrip())
    while q and masked[q - 1] == MASK:
        q -= 1
    cue_cands, _ = candidates(masked[:q])
    return _resolve(cue_cands[-1], memory) if cue_cands else None
