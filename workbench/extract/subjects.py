"""Subjects of reporting cues: the noun phrase that speaks, found on one masked sentence.

Split from :mod:`attribution` (which chooses among candidates) so each module stays small. Every
function reads one sentence of at most ``sentences.MAX_SENTENCE`` characters.

* before the cue: past auxiliaries and manner adverbs ("has sharply criticized"), contractions
  ("He’s claiming"), appositives (a name beats a title: the title is kept as role), dashed
  appositives, ages and years ("Mr. King, 82, told");
* inside subordinate and relative clauses ("shortly after Grant said", "where experts say",
  "McConnell, ..., who in 2010 said" -> the antecedent);
* the main clause's subject past an opening clause: :mod:`leads`.
"""

from __future__ import annotations

import re

from workbench.extract.cues import MASK, TRAILING_TIME, chunk_bounds, cue_matches, phrase_after
from workbench.extract.gates import TailGated
from workbench.extract.leads import main_subject
from workbench.extract.speakers import VERBISH, classify, clean_speaker, is_generic_audience, is_outlet, person_name
from workbench.extract.verbs import is_record_noun

_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|will|would|did|does|do|not|also|then|now|just|[a-z]{3,}ly(?<!family)(?<!ally)(?<!rally)))+\s*$"
)
_CONTRACTION = re.compile(r"(?<=\w)['’](?:s|re|m)$")
# "A few days ago in an interview he blasted": a subject pronoun closing the chunk is the subject.
_PRONOUN_END = re.compile(r"(?<![\w'’])(he|she|they|we|I)\s*$")
# Speed (issue 12): both tail patterns are tried only when the chunk's last word can end a match (gates.TailGated;
# the words are those closing each alternative above and of cues.TRAILING_TIME, tests/extract/test_tail_gates.py).
_G_AUX_TAIL = TailGated(_AUX_TAIL, r"has|have|had|will|would|did|does|do|not|also|then|now|just|[a-z]{3,}ly")
_G_TRAILING_TIME = TailGated(
    TRAILING_TIME,
    r"week|month|year|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|\w+ly|now|almost|just|already|even|again|then|also|still|once|later|earlier|(?:19|20)\d\d",
)
DASH_APPOSITIVE = re.compile(r"^(?P<np>.*?)\s*(?:--|[—–])(?P<app>[^—–]*?)(?:--|[—–])\s*$")


_LOCATIVE = frozenset("in at near outside from".split())
_CLAUSE_SUBJECTS = frozenset("he she they it we I".split())


def told_object(masked: str, verb_end: int) -> str:
    obj, _ = phrase_after(masked, verb_end)
    words = obj.split()
    # "told the Ledger he had misspoken": a subject pronoun opens the reported clause, the object ends before it
    cut = next((i for i, w in enumerate(words) if i and w in _CLAUSE_SUBJECTS), len(words))
    words = words[:cut]
    obj = " ".join(words) if cut else obj
    for n in range(min(5, len(words)), 0, -1):  # "told Fox News the report was false" -> "Fox News"
        head = " ".join(words[:n])
        if is_outlet(head) or is_generic_audience(head):
            return head
    return obj if 0 < len(words) <= 5 else ""


_LINKED = re.compile(r"\b(?:under|and|or|by|with|in|on|at|to|from|for|as)\s")


def subject_before(masked: str, cue_start: int, verb: str) -> tuple[str | None, str, str | None]:
    """Speaker phrase before the cue, any appositive text (for roles), and the role it replaced.

    "the regional governor, Ana Ruiz, said" -> ("Ana Ruiz", ..., "the regional governor"): the name wins
    and the title is kept as role. "Kall -- co-editor of a book -- said" skips the dashed appositive.
    """
    pre = _CONTRACTION.sub("", masked[:cue_start].rstrip())  # "He’s claiming" -> "He"
    bare = _G_AUX_TAIL.sub("", pre)
    if bare != pre and bare.strip():
        pre = bare
    cue_start = min(cue_start, len(pre))
    dashed = DASH_APPOSITIVE.match(pre) if pre.endswith(("--", "—", "–")) else None
    if dashed and dashed.group("np").strip():
        s_start, _ = chunk_bounds(masked, len(dashed.group("np")))
        return clean_speaker(masked[s_start : len(dashed.group("np"))]), dashed.group("app"), None
    if pre.endswith(","):
        a_start, _ = chunk_bounds(masked, len(pre) - 1)
        appositive = masked[a_start : len(pre) - 1]
        if a_start > 0:
            s_start, s_end = chunk_bounds(masked, a_start - 1)
            before = masked[s_start : a_start - 1].split()
            lead = clean_speaker(masked[: masked.find(",")]) if before and before[0] in _LOCATIVE else None
            if lead and len(lead.split()) < 5 and classify(lead) == "named":
                # "Mr. X, at a rally on Saturday, in Columbus, Ohio, called": "Ohio" ends a place; the clause's
                # opening name speaks
                return lead, appositive, None
            speaker = clean_speaker(masked[s_start : a_start - 1])
            named = clean_speaker(appositive)
            if named and not appositive.strip()[:1].isupper() and _LINKED.search(appositive):
                named = None  # "The cable, sent under ... and marked SECRET, warned": a clause, not "farmer Ana Ruiz"
            if named and classify(named) == "named" and (speaker is None or classify(speaker) != "named"):
                role = speaker or masked[s_start : a_start - 1].strip() or None
                lead = _name_after_quote(masked, a_start) if role and role[:1].islower() else None
                if lead and len(lead.split()) >= 2 and lead != named:
                    # "“...,” Ana Ruiz, the chair of the panel on Harbors, Canals and Inland Waters, said": the
                    # name after the quote opens the chain; a name inside the description's list is not it
                    return lead, role or "", None
                return named, role or "", role
            if speaker is None:  # "... since Clinton, at Monday's debate, cited"
                speaker = after_joint(masked[s_start : a_start - 1])
            if speaker is None or classify(speaker) != "named":
                lead = _name_after_quote(masked, s_start)
                if lead:  # "“...,” Ana Ruiz, a Republican trying to unseat X, a Democrat, in ..., said"
                    role = masked[masked.rfind(MASK, 0, s_start) + 1 :].split(",")[1].strip() or None
                    return lead, role or "", role
            return speaker, appositive, None
        return None, "", None
    s_start, _ = chunk_bounds(masked, cue_start)
    # "The IMF this week said"; twice for "Wells Fargo just this month announced"
    chunk = _G_TRAILING_TIME.sub("", masked[s_start:cue_start])
    if len(chunk) < cue_start - s_start:
        chunk = _G_TRAILING_TIME.sub("", chunk)
    earlier = cue_matches(chunk)
    if earlier and not chunk[earlier[-1].end() :].strip() and is_record_noun(earlier[-1].group("verb")):
        # a noun of record that ends the chunk is the subject's own noun ("the agency's annual report showed"); when
        # the phrase is no clean subject ("BuzzFeed's Thursday night report claimed"), the record's owner speaks
        last = earlier.pop()
        if clean_speaker(chunk) is None:
            return subject_before(masked, s_start + last.start(), last.group("verb"))
    if earlier:  # "McKinley said that he considered", "Labolt issued a statement after Santorum told"
        joints = list(_JOINT.finditer(chunk, earlier[-1].end()))
        tail = chunk[joints[-1].end() :] if joints else ""
        return (clean_speaker(tail) if tail.strip() else None), "", None
    end = _PRONOUN_END.search(chunk)
    if end and chunk[: end.start()].split()[-1:] and chunk[: end.start()].split()[-1][:1].islower():
        return end.group(1).lower(), "", None  # "a mistake he said", "one he regrets": a relative clause without "that"
    name = person_name(chunk[: who.start()]) if (who := _WHO_END.search(chunk)) else None
    if name and len(name.split()) > 1 and classify(name) == "named":  # never "a group of Republicans who say"
        return name, "", None  # "drew the ire of Judge Ana Ruiz who said": no comma, the full name before "who"
    speaker = clean_speaker(_clause_after_subordinator(chunk))
    if speaker is None and _OPENER.match(chunk):  # "Speaking at the town hall on Tuesday the mayor said"
        speaker = late_subject(chunk)
    if speaker is None and _PRONOUN_END.search(chunk):
        speaker = _PRONOUN_END.search(chunk).group(1).lower()
    if speaker is None:
        speaker = after_joint(chunk) or _antecedent(masked, s_start, chunk)
    if speaker is None and len(chunk.split()) > 3:  # "In a meeting with the board of the Post Trump said"
        name = person_name(chunk.strip())
        speaker = name if name and classify(name) == "named" and len(name.split()) < len(chunk.split()) else None
    # "The firm has stepped up ... and claims to"; "Ruiz would not commit but said" (a past cue and a person only)
    but = speaker is None and re.search(r"\bbut\s*$", chunk) and verb.lower().endswith(("said", "told", "wrote", "ed"))
    if speaker is None and (but or re.search(r"\band\s*$", chunk)):
        words = []
        for word in chunk.split():
            if word.lower() in VERBISH:
                break
            words.append(word)
        speaker = clean_speaker(" ".join(words)) if words else None
        if speaker is None or speaker[:1].islower():  # "Grimm stormed back, leaned into him and said"
            lead = main_subject(masked)
            speaker = lead or speaker
        if but and not (speaker and (speaker.lower() in {"he", "she"} or len((person_name(speaker) or "").split()) > 1)):
            speaker = None  # "Republican officials did not dispute ..., but disputed": no person, no guess
    return speaker, "", None


# "Soft music plays as the minister continues", "... as he sought": the cue's subject opens the subordinate clause
_SUBORDINATOR = re.compile(r"\s(?:as|while|because|although|though|whereas)\s+(?=(?:he|she|they|the|his|her|their)\b)")
_NOT_SUBORDINATING = frozenset("well such so just much many far long soon".split())  # "as well as", "such as"


def _clause_after_subordinator(chunk: str) -> str:
    """The part of ``chunk`` after its last subordinating conjunction when a subject opens that clause, else
    ``chunk``. "as well as the mayor", "such as the mayor" and "as ADJ as the mayor" are no such clause."""
    if " as " not in chunk and " while " not in chunk and " th" not in chunk and " because " not in chunk:
        return chunk
    found = None
    for m in _SUBORDINATOR.finditer(chunk):
        before = chunk[: m.start()].split()
        if before and before[-1].lower() not in _NOT_SUBORDINATING and "as" not in (
            w.lower() for w in before[-2:]
        ):
            found = m
    tail = chunk[found.end() :].split() if found else []
    if not tail or len(tail) > 5 or (tail[0].lower() in _CLAUSE_SUBJECTS and len(tail) > 1):
        return chunk  # "as they speak to business leaders shows": the clause goes on past its subject
    return " ".join(tail)


def late_subject(chunk: str) -> str | None:
    """The subject after an opening phrase that no comma closes: two noun phrases meet with no word between.

    "Speaking at the town hall on Tuesday the mayor" -> "the mayor"; "After the council met the mayor" ->
    "the mayor". The subject starts at a determiner, possessive or capitalised name whose previous word
    ends a phrase (a noun, a verb, a day), never a preposition or article ("the head of the agency",
    "officials in Texas" stay whole: the last phrase there is a preposition's object).
    """
    words = chunk.split()
    if len(words) < 4:
        return None
    for i in range(len(words) - 1, 0, -1):
        word, prev = words[i], words[i - 1].lower()
        starts = word.lower() in _NP_OPENERS or (_CAPITAL.match(word) and not _CAPITAL.match(words[i - 1]))
        # a word before that is a preposition or article continues the phrase; an -ing form takes it as object
        if not starts or prev in _PHRASE_INNER or not prev.isalpha() or prev.endswith("ing"):
            continue
        tail = words[i:]
        if len(tail) > 6 or any(w.lower() in _PHRASE_INNER - {"of", "the", "a", "an"} for w in tail[1:]):
            return None
        return clean_speaker(" ".join(tail))
    return None


def _name_after_quote(masked: str, before: int) -> str | None:
    """The personal name that opens a chain of comma appositives right after a closing quote, else None."""
    q = masked.rfind(MASK, 0, before)
    if q < 0 or masked[q + 1 : before].count(",") < 2:
        return None
    first = masked[q + 1 :].split(",", 1)[0].strip()
    name = clean_speaker(first) if first and len(first.split()) <= 4 else None
    return name if name and classify(name) == "named" and name.split()[-1] in first else None


def after_joint(chunk: str) -> str | None:
    """The subject of a subordinate clause: "shortly after Trump said", "where experts say", "as he said"."""
    joints = list(_SUB_JOINT.finditer(chunk))
    if not joints:
        return None
    tail = chunk[joints[-1].end() :]
    return clean_speaker(tail) if tail.strip() else None


def _antecedent(masked: str, s_start: int, chunk: str) -> str | None:
    """ "McConnell, now the majority leader, who in 2010 said": a relative pronoun speaks for its antecedent."""
    if not _RELATIVE.match(chunk) or s_start == 0:
        return None
    p_start, _ = chunk_bounds(masked, s_start - 1)
    before = masked[p_start : s_start - 1]
    speaker = clean_speaker(before)
    if speaker is None:
        name = person_name(before.strip())
        speaker = name if name and classify(name) == "named" else None
    return speaker


_WHO_END = re.compile(r"\s+who\s*$")
_RELATIVE = re.compile(r"^\s*(?:who|whom|which|many of whom|some of whom|most of whom)\b", re.I)
_SUB_JOINT = re.compile(
    r"\b(?:after|before|when|while|as|because|since|until|where|whereas|if|though|although|once|and|but|which|whom|what)\s+",
    re.I,
)
_JOINT = re.compile(r"\b(?:that|after|before|when|while|as|because|since|and|but)\s+", re.I)
_OPENER = re.compile(
    r"^\s*(?:after|before|when|while|since|speaking|writing|appearing|asked|in|at|on|during|with|from)\s", re.I
)
_NP_OPENERS = frozenset("the a an his her their its our".split())
_CAPITAL = re.compile(r"^[A-Z][a-z]")
# Words that a noun phrase cannot end before another begins (prepositions, articles, conjunctions, auxiliaries).
_PHRASE_INNER = frozenset(
    "of the a an in on at by for with from to into about over under after before during since as and or but "
    "than that which who whom whose his her their its our your is are was were be been has have had will would "
    "not".split()
)
