"""Attribution: who each sentence of a document comes from, with cue and relaying outlet.

This is the product's hand-written edge, so the rules are spelled out here rather than
learned. For one sentence (quotes masked, see :mod:`cues`):

* every reporting cue ("said", "told CNN", "estimates", "denied"...) proposes the noun
  phrase of its clause as speaker: before the cue ("Kyrylenko said"), before an appositive
  ("Denis Pushilin, the Russian-installed leader ..., claimed"), or after an inverted cue
  ("..., said Pavlo Kyrylenko, head of ...");
* a trailing attribution (", an unnamed official told CNN.") beats a cue inside the
  claim ("NATO intelligence estimates that ..."), otherwise the first cue wins;
* "according to X" gives the speaker when no cue does; when X is a news outlet and someone
  else speaks, X becomes ``via``. ``via`` is also the object of "told" when it is a named
  outlet as written ("told CNN" -> "CNN", "told the Ledger" -> "the Ledger"); generic
  audiences ("told reporters", "told the agency") give ``via=None``.

Across sentences: a quote that stays open over several sentences forms a run, and every
sentence of the run without its own cue takes the run's speaker; a sentence that opens
with a quote and has no cue takes the speaker of the quoting sentence before it in the
paragraph. Surnames, "he"/"she", "they" and definite descriptions ("the soldier") are
resolved by :class:`speakers.SpeakerMemory` to the source first named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.extract.cues import (
    ACCORDING,
    INTERVIEW_WITH,
    LEADING_NP,
    MASK,
    PARTICIPLE,
    TRAILING_TIME,
    QuoteState,
    chunk_bounds,
    cue_matches,
    phrase_after,
    scan_quotes,
)
from workbench.extract.sentences import Sentence, dateline_end
from workbench.extract.speakers import (
    VERBISH,
    SpeakerMemory,
    classify,
    clean_speaker,
    is_generic_audience,
    is_outlet,
    person_name,
)
from workbench.models import Attribution

INVERTIBLE = frozenset("said says told added claimed wrote warned noted explained insisted replied".split())


@dataclass
class _Candidate:
    speaker: str
    cue: str
    via: str | None
    role_text: str
    trailing: bool
    outlet: bool = False


def _told_object(masked: str, verb_end: int) -> str:
    obj, _ = phrase_after(masked, verb_end)
    return obj if 0 < len(obj.split()) <= 5 else ""


def _subject_before(masked: str, cue_start: int, verb: str) -> tuple[str | None, str]:
    """Speaker phrase before the cue and any appositive text (for roles)."""
    pre = masked[:cue_start].rstrip()
    if pre.endswith(","):
        a_start, _ = chunk_bounds(masked, len(pre) - 1)
        appositive = masked[a_start : len(pre) - 1]
        if a_start > 0:
            s_start, s_end = chunk_bounds(masked, a_start - 1)
            return clean_speaker(masked[s_start : a_start - 1]), appositive
        return None, ""
    s_start, _ = chunk_bounds(masked, cue_start)
    chunk = TRAILING_TIME.sub("", masked[s_start:cue_start])  # "The IMF this week said"
    speaker = clean_speaker(chunk)
    if speaker is None and re.search(r"\band\s*$", chunk):  # "Russia has stepped up ... and claims to"
        words = []
        for word in chunk.split():
            if word.lower() in VERBISH:
                break
            words.append(word)
        speaker = clean_speaker(" ".join(words)) if words else None
    return speaker, ""


def _candidates(masked: str) -> tuple[list[_Candidate], list[_Candidate]]:
    """Cue-based candidates and "according to" candidates of one masked sentence."""
    cue_cands: list[_Candidate] = []
    for m in cue_matches(masked):
        verb = m.group("verb")
        speaker, role_text = _subject_before(masked, m.start(), verb)
        c_start, c_end = chunk_bounds(masked, m.start("verb"))
        tail = masked[m.end() : c_end]
        trailing = c_start > 0 and " that " not in f" {tail} " and len(tail.split()) <= 7
        pre = masked[: m.start()].rstrip()
        inverted = False
        if speaker is None and verb.lower() in INVERTIBLE and (not pre or pre[-1] in f",{MASK}"):
            after, after_end = phrase_after(masked, m.end())
            speaker = clean_speaker(after)
            nxt_start, nxt_end = chunk_bounds(masked, min(after_end + 1, len(masked)))
            role_text = masked[nxt_start:nxt_end]
            trailing = inverted = True
        if speaker is None:
            continue
        cue, via = verb, None
        if verb.lower() in {"told", "tells", "tell"}:
            obj = _told_object(masked, m.end())
            if obj and not inverted:
                cue = f"{verb} {obj}"
                via = None if is_generic_audience(obj) or not obj.removeprefix("the ")[:1].isupper() else obj
        cue_cands.append(_Candidate(speaker, cue, via, role_text + " " + speaker, trailing))
    according: list[_Candidate] = []
    for m in ACCORDING.finditer(masked):
        phrase, _ = phrase_after(masked, m.end())
        speaker = clean_speaker(phrase)
        if speaker:
            according.append(_Candidate(speaker, "according to", None, speaker, True, is_outlet(speaker)))
    return cue_cands, according


def _choose(masked: str) -> _Candidate | None:
    cue_cands, according = _candidates(masked)
    chosen = None
    if cue_cands:
        trailing = [c for c in cue_cands if c.trailing]
        chosen = trailing[-1] if trailing else cue_cands[0]
        outlets = [a for a in according if a.outlet]
        if outlets and chosen.via is None:
            chosen = replace(chosen, via=outlets[0].speaker)
    elif according:
        chosen = according[0]
    elif PARTICIPLE.search(masked):  # "Trump lashed out on Monday, saying ..."
        lead = LEADING_NP.match(masked)
        speaker = clean_speaker(lead.group(1)) if lead else None
        if speaker:
            verb = PARTICIPLE.search(masked).group(0).lstrip(", ")
            chosen = _Candidate(speaker, verb, None, speaker, False)
    if chosen and chosen.via is None:
        m = INTERVIEW_WITH.search(masked)
        if m and is_outlet(m.group("outlet")):
            chosen = replace(chosen, via=m.group("outlet"))
    return chosen


def _resolve(cand: _Candidate, memory: SpeakerMemory) -> Attribution:
    phrase = cand.speaker
    kind = "anonymous" if phrase.lower() in {"he", "she", "they", "we"} else classify(phrase)
    if kind == "named":
        phrase = person_name(phrase) or phrase
    speaker, kind = memory.resolve(phrase, kind)
    memory.remember(speaker, kind, cand.role_text)
    return Attribution(speaker=speaker, speaker_kind=kind, cue=cand.cue, via=cand.via)


def quote_states(sentences: list[Sentence]) -> list[QuoteState]:
    """Quote state of each sentence, carried inside a paragraph and reset at a blank line."""
    states: list[QuoteState] = []
    for i, sent in enumerate(sentences):
        carried = bool(states) and states[-1].open_at_end and sentences[i - 1].paragraph == sent.paragraph
        states.append(scan_quotes(sent.text, carried and not sent.heading))
    return states


def attribute(sentences: list[Sentence]) -> list[Attribution]:
    """One Attribution per sentence, using the document context (quote runs, earlier names)."""
    states = quote_states(sentences)
    memory = SpeakerMemory()
    result: list[Attribution | None] = []
    for sent, state in zip(sentences, states, strict=True):
        cut = dateline_end(sent.text)
        masked = " " * cut + state.masked[cut:]
        cand = None if sent.heading else _choose(masked)
        result.append(_resolve(cand, memory) if cand else None)
    # Quote runs: sentences joined by an open quote share the speaker named inside the run.
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and states[j].open_at_end and states[j + 1].open_at_start:
            j += 1
        if j > i:
            named = [result[k] for k in range(i, j + 1) if result[k] is not None]
            if named:
                source = named[-1]
                for k in range(i, j + 1):
                    result[k] = result[k] or replace(source)
        i = j + 1
    # A sentence that opens with a quote and has no cue continues the quoting sentence before it.
    for k, sent in enumerate(sentences):
        if result[k] is None and k > 0 and states[k].masked.lstrip().startswith(MASK):
            prev = sentences[k - 1]
            if prev.paragraph == sent.paragraph and result[k - 1] is not None and states[k - 1].has_quote:
                result[k] = replace(result[k - 1])
    return [r if r is not None else Attribution() for r in result]
