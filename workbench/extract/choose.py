"""Sources of one sentence: every cue's candidate speaker, and the choice among them.

Split from :mod:`attribution` (which carries memory, quote runs and roles across sentences) so
each module stays small. Everything here reads one masked sentence (quotes blanked, at most
``sentences.MAX_SENTENCE`` characters): cue candidates ("Ruiz said", "..., said Ana Ruiz"),
"according to X", the ", saying ..." participle, stance adjectives, and without any cue the venue
and nominal sources of :mod:`intros`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.apposed import name_after_role, subject_source
from workbench.extract.chains import missed_subject, relative_clause_subject
from workbench.extract.compared import in_comparison, name_called_it, self_named
from workbench.extract.cues import (
    ACCORDING,
    COLON_INTRO,
    INTERVIEW_WITH,
    MASK,
    NOMINAL_CUE,
    chunk_bounds,
    cue_matches,
    phrase_after,
)
from workbench.extract.estimates import estimate_source
from workbench.extract.gates import words_of
from workbench.extract.heads import experts_at
from workbench.extract.intros import NOT_SUBJECTS, tag_or_label, venue_or_nominal
from workbench.extract.intros import Candidate as _Candidate
from workbench.extract.inverted import inverted_speaker
from workbench.extract.issued import given_words, issued_stance
from workbench.extract.leads import main_subject
from workbench.extract.memo import lists_memo
from workbench.extract.outlets import is_generic_audience, is_outlet
from workbench.extract.refusals import settle
from workbench.extract.relays import relayed_tag
from workbench.extract.signers import record_owner, signer
from workbench.extract.speakers import classify, clean_speaker
from workbench.extract.stances import PARTICIPLE, SAYING_THAT, STANCE, STANCE_WORDS, VENUE_ADJUNCT
from workbench.extract.subjects import subject_before, told_object
from workbench.extract.surnames import known_ambiguous, surname_speaker

INVERTIBLE = frozenset(
    "said says told added claimed wrote warned noted explained insisted replied asked continued tweeted "
    "reported stated argued recalled declared announced responded remarked observed".split()
)
# Auxiliaries and manner adverbs between a subject and its cue ("Trump, in particular, has sharply criticized").


@lists_memo  # a pure function of the masked sentence: a repeated sentence is not parsed again (issue 12)
def candidates(masked: str) -> tuple[list[_Candidate], list[_Candidate]]:
    """Cue-based candidates and "according to" candidates of one masked sentence."""
    cue_cands: list[_Candidate] = []
    in_relative: list[_Candidate] = []
    compares = "than " in masked or "nlike " in masked  # once per sentence: most have no comparison
    for m in cue_matches(masked):
        verb = m.group("verb")
        speaker, role_text, role = subject_before(masked, m.start(), verb)
        if " that " in masked or " whom " in masked:  # "the reasons that Ruiz refuses": Ruiz
            speaker = relative_clause_subject(masked, m.start()) or speaker
        window = masked[max(0, m.start() - 100) : m.start()]
        venue = VENUE_ADJUNCT.search(window) if " in " in window or " on " in window or " at " in window else None
        if venue:  # "Ruiz at a rally in Ohio said": the subject before the venue
            at = m.start() - len(window) + venue.start()
            blanked = masked[:at] + " " * (m.start() - at) + masked[m.start() :]
            speaker = subject_before(blanked, m.start(), verb)[0] or speaker
        named_self = self_named(masked, m.start()) if speaker and "self " in masked else None
        speaker = named_self[0] if named_self else speaker  # "a group calling itself Redfox said": Redfox
        if speaker and compares and in_comparison(masked, chunk_bounds(masked, m.start("verb"))[0], m.start()):
            continue  # "..., hours earlier than the utility has said": the cue of a comparison's object reports nothing
        if speaker and MASK in masked and _after_quoted_modifier(masked, m.start()):
            continue  # "refuting what he called “misleading” media reports": the quote is part of a noun phrase
        # the chains need no subject found, or a comma just before the cue (an appositive, ", which")
        asked = role is None and (speaker is None or "," in masked[max(0, m.start() - 80) : m.start()])
        found, relative = missed_subject(masked, m.start()) if asked else (None, False)
        if speaker and speaker.lower().startswith("whose "):  # "said Ruiz, whose campaign wrote the plan": an aside
            speaker, relative = None, True
        if relative and found and (
            speaker is None
            or (found.endswith(f" {speaker}") and classify(found) == "organization")
            or len(speaker.split()) > MAX_ANTECEDENT  # "Ruiz immersed herself in the literature, which left ..."
        ):
            speaker = found  # "members of the American Federation of Pilots, which has denied": the whole name
        elif found and not relative and (speaker is None or (classify(found) == "named" != classify(speaker))):
            speaker, role = found, speaker  # "Ruiz, 56, who chairs the panel, told"; "the mayor, Ana Ruiz, 56, who"
        elif found and not relative and " " in found and (" " not in speaker or speaker[:1].islower()):
            # "Marta Olsen, 59, of Dayton, Ohio, who ..., said": a lone word or a lower-case link of the chain
            # ("of Leeds", "head of the X Association") is not its subject; a description stays as role
            speaker, role = found, (None if speaker.split()[0] in _PLACE_LINKS or " " not in speaker else speaker)
        c_start, c_end = chunk_bounds(masked, m.start("verb"))
        tail = masked[m.end() : c_end]
        trailing = c_start > 0 and " that " not in f" {tail} " and len(tail.split()) <= 7
        pre = masked[: m.start()].rstrip()
        inverted, after_via = False, None
        if speaker is None and verb.lower() in INVERTIBLE and (not pre or pre[-1] in f",{MASK}"):
            after, after_end = phrase_after(masked, m.end())
            writer, _, outlet = after.partition(" for ")  # "..., wrote Cameron Easley for Morning Consult."
            if outlet[:1].isupper() and verb.lower() in {"wrote", "writes"}:
                after = writer
            # "..., said an official." -- not "..., wrote an open letter to the girls"
            speaker, after_via = inverted_speaker(after)
            nxt_start, nxt_end = chunk_bounds(masked, min(after_end + 1, len(masked)))
            role_text = masked[nxt_start:nxt_end]
            trailing = inverted = True
            named = clean_speaker(role_text) if masked[after_end : after_end + 1] == "," else None
            if speaker and named and classify(named) == "named" and classify(speaker) != "named":
                speaker, role = named, speaker  # "..., said a White House spokesman, Eric Schultz."
        if speaker is None:
            continue
        cue, via = verb, (after_via if inverted else None)
        if verb.lower() in {"told", "tells", "tell"}:
            obj = told_object(masked, m.end())
            if obj and not inverted:
                cue = f"{verb} {obj}"
                via = None if is_generic_audience(obj) or not obj.removeprefix("the ")[:1].isupper() else obj
        opens = "colon" if COLON_INTRO.match(masked, m.end()) or COLON_INTRO.search(masked, m.end()) else ""
        if opens and COLON_INTRO.search(masked, m.end()).start() - m.end() > 40:
            opens = ""  # "He added: ..." / "Trump responded on Friday:" -- the colon belongs to the cue
        cand = _Candidate(speaker, cue, via, role_text + " " + speaker, trailing, opens=opens, role=role, at=m.start())
        cand = replace(cand, kind=named_self[1]) if named_self else cand
        (in_relative if relative else cue_cands).append(replace(cand, trailing=False) if relative else cand)
    if not cue_cands:  # a cue inside ", which says ..." speaks only when the main clause has none
        cue_cands = in_relative
    according: list[_Candidate] = []
    for m in ACCORDING.finditer(masked):
        phrase, end = phrase_after(masked, m.end())
        phrase = _BLANKED.split(phrase, maxsplit=1)[0]  # "Sen. Dick Durbin, D-Ill., the No. 2"
        if masked.startswith(" at ", end) and experts_at(longer := f"{phrase} at {phrase_after(masked, end + 4)[0]}"):
            phrase = longer  # "according to analysts at Tolven Bank": the phrase stopped at "at"
        owner = _OWN_ACCOUNT.match(phrase)  # "by Trump's own admission": Trump
        speaker = clean_speaker(owner.group(1) if owner else phrase)
        speaker, role = name_after_role(masked, end, speaker) if speaker else (speaker, None)  # "..., Mara Kowal."
        if speaker:
            # "according to an operator who asked not to be named": "who" makes the phrase a person, never a body
            kind = "anonymous" if _WHO_PERSON.search(phrase) and classify(speaker) == "organization" else None
            cand = _Candidate(speaker, "according to", None, speaker, True, is_outlet(speaker), role=role, at=m.start())
            according.append(replace(cand, kind=kind))
    return cue_cands, according


def choose(masked: str, raw: str = "", known: frozenset[str] = frozenset(), headline: bool = False) -> _Candidate | None:
    """The best source candidate of one sentence; ``known`` holds surnames of people already mentioned;
    ``headline``: the document's first line, standing alone (its labels and quotes follow headline style)."""
    cue_cands, according = candidates(masked)
    if not cue_cands and known and (ambiguous := known_ambiguous(known)):  # "Still said" after "Dana Still"
        cue_cands = [c] if (c := surname_speaker(masked, ambiguous)) else cue_cands
    chosen = None
    tagged = tag_or_label(masked, raw or masked, known, headline)
    # a transcript's capitalised label ("PENCE: ... as the Journal wrote, ...") speaks all its line, cues included, and
    # so does a known person's surname as label when the line speaks as "I"/"we" ("Ruiz: I do not know that he ...")
    transcript = tagged is not None and tagged.opens == "label" and (
        tagged.role_text.isupper() or any(c.speaker.lower() in _FIRST_PERSON for c in cue_cands)
    )
    if tagged and (tagged.cue == "―" or tagged.opens == "headline" or not cue_cands or transcript):
        cue_cands = [tagged]
    if cue_cands:
        trailing = [c for c in cue_cands if c.trailing]
        if trailing and trailing[-1] is not cue_cands[0] and _THAT.search(masked, cue_cands[0].at, trailing[-1].at):
            # "X alerted reporters that Granholm, the governor, also supports the deal": a cue inside the
            # that-clause of the first cue is what it reports, not a trailing attribution
            # ("..., the source added." after a that-clause is still the trailing attribution)
            trailing = [c for c in trailing if c is cue_cands[0] or _closes_sentence(masked, c)]
        chosen = trailing[-1] if trailing else cue_cands[0]
        if chosen is cue_cands[0] and (SUB_OPENER.match(masked) or _PREP_OPENER.match(masked)):
            # "When prosecutors charged the couple, the ex-congressman said ...": the main clause's cue speaks
            comma = masked.find(",", chosen.at)
            later = [c for c in cue_cands if 0 <= comma < c.at and len(c.speaker.split()) <= 4]
            chosen = later[0] if later else chosen
        if chosen.speaker.lower() in PRONOUNS | {"it"} and chosen is not cue_cands[0]:
            # "Mr. Bush said ..., and contrasted that with what he said ...": a pronoun's cue inside the
            # sentence never outranks a person (for "it": a body) the sentence names as the subject of its own cue
            body = chosen.speaker.lower() == "it"  # only a body head noun ("the coast guard"), not "Part of the reason"
            named = [c for c in cue_cands if c.speaker.lower() not in PRONOUNS and subject_source(c.speaker, body)]
            chosen = named[0] if named else chosen
        if chosen.speaker.lower() == "it" and (subject := main_subject(masked)) and subject_source(subject, True):
            # "The inspectorate has opened an inquiry, it said." / "..., which it said would take a month": the
            # body the sentence opens with (a body head noun), not the last institution of the sentences before
            chosen = replace(chosen, speaker=subject, role_text=subject) if masked.find(subject) < chosen.at else chosen
        elif chosen.speaker.lower() == "it" and chosen.trailing and (subject := name_called_it(masked)):
            # "Brenmoor Freight now puts the loss at 12 crates, it said": a named subject called "it" is a body
            chosen = replace(chosen, speaker=subject, role_text=subject, kind="organization")
        chosen = _participle_first(masked, chosen)
        if chosen.cue.lower() in _OBJECT_CUES:  # "seized on Grant's claim that ...": the claim is Grant's
            owner = NOMINAL_CUE.search(masked, chosen.at)
            if owner and owner.group("owner") and not owner.group("pronoun"):
                chosen = venue_or_nominal(masked[owner.start() :].rjust(len(masked))) or chosen
        chosen = relayed_tag(masked, chosen, cue_cands)  # "“...,” he said, CNN's Ana Ruiz tweeted": he, via CNN
        if is_outlet(chosen.speaker):  # "Fox News reported that Smith said ...": Smith speaks, via Fox News
            people = [c for c in cue_cands if c is not chosen and classify(c.speaker) == "named"]
            if people:
                chosen = replace(people[0], via=people[0].via or chosen.speaker)
        people = [a for a in according if not a.outlet and a.at > chosen.at and classify(a.speaker) in _PEOPLE]
        if people and chosen.cue.lower() not in _SAYING:
            # "Democrats have asked for changes, according to Sen. Dick Durbin": the source of knowledge speaks;
            # "the Post reported that ..., according to three people" -- the people, via the Post
            chosen = replace(people[-1], via=chosen.speaker if is_outlet(chosen.speaker) else None)
        outlets = [a for a in according if a.outlet]
        if outlets and (chosen.via is None or not is_outlet(chosen.via)):  # "told Senate Democrats ..., according to
            # the Ledger": the outlet relays, not the audience
            chosen = replace(chosen, via=outlets[0].speaker)
        chosen = settle(masked, chosen, [*cue_cands, *according])  # "X declined to comment" reports no words
    elif according:
        chosen = according[0]
    elif PARTICIPLE.search(masked):  # "Trump lashed out on Monday, saying ..."
        speaker = main_subject(masked)
        if speaker:
            verb = PARTICIPLE.search(masked).group(0).lstrip(", █")
            chosen = _Candidate(speaker, verb, None, speaker, False)
    elif ASKED_OPENER.match(masked) and (speaker := main_subject(masked)):  # "Asked whether ..., Rob Shapiro offered"
        chosen = _Candidate(speaker, "asked", None, speaker, False)
    elif not STANCE_WORDS.isdisjoint(masked.lower().split()) and (stance := STANCE.search(masked)):  # "Many Democrats are afraid that ...": the stance's holder
        speaker = subject_before(masked, stance.start(), "")[0]
        if speaker and speaker.split()[0].lower() not in NOT_SUBJECTS:
            chosen = _Candidate(speaker, " ".join(stance.group(0).split()[-2:]), None, speaker, False, at=stance.start())
    if chosen is None:
        chosen = venue_or_nominal(masked, headline)
        if chosen is None:
            words = words_of(masked)  # once for both gated fallbacks
            chosen = issued_stance(masked, words) or given_words(masked, words) or estimate_source(masked, words)
    if chosen and (owner := record_owner(chosen.speaker) or signer(masked, chosen.speaker, chosen.at)):
        chosen = replace(chosen, speaker=owner, role_text=owner)  # "Vogt’s statement said", "..., signed by Vogt, said"
    if "iting " in masked and (cited := _cited(masked, [*cue_cands, *according])):
        chosen = cited  # "..., the Ledger reported, citing two officials": the officials speak, via the Ledger
    if chosen and chosen.via is None:
        m = INTERVIEW_WITH.search(masked) if " with " in masked else None
        if m and is_outlet(m.group("outlet")):
            chosen = replace(chosen, via=m.group("outlet"))
    return chosen


PRONOUNS = frozenset({"he", "she", "they"})
_FIRST_PERSON = frozenset({"i", "we"})
_PLACE_LINKS = frozenset({"of", "from", "in"})
MAX_ANTECEDENT = 6  # words: a longer "antecedent" of ", which" is a clause, not the noun phrase it follows
# verbs of saying proper: what they report is the subject's words even when "according to" follows
_SAYING = frozenset("said says say told tells added wrote writes stated declared insisted".split())
_PEOPLE = frozenset({"named", "anonymous"})  # people and unnamed people; a document or poll is no source of knowledge
# an opening subordinate clause ("as X said, ..." is excluded: it attributes the main clause to X)
SUB_OPENER = re.compile(r"^\W*(?:When|After|Before|While|Since|Although|Though|If|Once|Until|Because)\b")
# "In a letter to Sasha and Malia posted on her website, Ms. Davis recalled": a cue inside an opening
# prepositional phrase is part of it; the main clause's cue speaks
_PREP_OPENER = re.compile(r"^\W*(?:In|On|At|With|From|Through|Under|Amid|Despite|Unlike)\s")
_THAT = re.compile(r"\sthat\s")
_WHO_PERSON = re.compile(r"^(?:a|an|one)\s+[^,]*?\s+who\s")
_OWN_ACCOUNT = re.compile(r"^(.+?)['’]s?\s+(?:own\s+)?(?:admission|accounts?|counts?|estimates?|tally|reckoning)$")
_WORDS = re.compile(r"[A-Za-z]+")
_BLANKED = re.compile(r"\s{3,}")  # a party tag blanked by attribution._masked ends the phrase before it
# "Asked whether ..., X offered": the one asked answers in the main clause
ASKED_OPENER = re.compile(r"^\W*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|why|what|how|who|when|where|to|by)\b")
# stance idioms whose object may be someone else's words: the owner of those words speaks
_OBJECT_CUES = frozenset("seized on|seized upon|seizes on|seizes upon|seizing on|seizing upon".split("|"))


def _closes_sentence(masked: str, cand: _Candidate) -> bool:
    """A verb of saying with at most a short adjunct after it ("..., the source added.", "said on Friday.")."""
    words = _WORDS.findall(masked, cand.at)
    return cand.cue.split()[0].lower() in INVERTIBLE and len(words) <= len(cand.cue.split()) + 3


def _participle_first(masked: str, chosen: _Candidate) -> _Candidate:
    """ "Trump sent tweets Friday saying that Clinton had shown bad judgment": a cue inside what the
    participle reports is content; the main clause's subject speaks."""
    if chosen.trailing or chosen.at < 0 or "ing " not in masked[: chosen.at]:
        return chosen
    part = PARTICIPLE.search(masked, 0, chosen.at) or SAYING_THAT.search(masked, 0, chosen.at)
    speaker = main_subject(masked) if part else None
    if speaker is None or speaker.lower() == chosen.speaker.lower() or masked.find(speaker) > part.start():
        return chosen
    return _Candidate(speaker, part.group("verb").lower(), None, speaker, False, at=part.start())


_QUOTED_MODIFIER = re.compile(rf"[a-z]\s+{MASK}+\s+[a-z][\w-]*\s+$")


def _after_quoted_modifier(masked: str, cue_start: int) -> bool:
    """The words before the cue are a quoted word inside a lower-case phrase plus one noun ("as “misleading”
    media reports", "its “rigged” polls show"): a noun phrase running on, never a clause with its own subject."""
    return bool(_QUOTED_MODIFIER.search(masked, max(0, cue_start - 200), cue_start))


_CITING = re.compile(r"(?:^\W*|,\s*)[Cc]iting\s+")


def _cited(masked: str, cands: list[_Candidate]) -> _Candidate | None:
    """ "according to the Ledger, citing two officials" / "the Ledger reported, citing ..." / "Citing ..., the Ledger
    reported": the cited source speaks and the outlet or body that relays it is ``via``."""
    m = _CITING.search(masked)
    source = clean_speaker(phrase_after(masked, m.end())[0]) if m else None
    if not source or source.lower() in PRONOUNS or source.split()[0].lower() in {"his", "her", "their", "its"}:
        return None
    relay = next((c for c in cands if c.cue != "citing" and c.speaker != source and is_outlet(c.speaker)), None)
    return _Candidate(source, relay.cue, relay.speaker, source, relay.trailing, at=relay.at) if relay else None
