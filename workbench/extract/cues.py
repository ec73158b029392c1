"""Reporting cues and quotation marks, read on one sentence at a time.

Quoted words are the claim, not its attribution, so cue search runs on a *masked*
sentence where every quoted stretch is replaced by the same number of ``█`` characters
(offsets are preserved). The quote state is carried from sentence to sentence inside a
paragraph, which is what lets a quote that opens in one sentence and closes two sentences
later be attributed as one run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.adverbs import ADV_WORDS, ADVERBS, adverb_run
from workbench.extract.memo import cached
from workbench.extract.verbs import NAMES_SPEAKER, VERB_FORMS, is_record_noun
from workbench.extract.verbs import PHRASE_ONLY as _PHRASE_ONLY

MASK = "█"
OPENERS = "“«„"
CLOSERS = "”»"
TOGGLES = '"'

CUE = re.compile(
    rf"(?<![\w-])(?P<adv>(?:(?:{ADVERBS})\s+)*)(?P<verb>{VERB_FORMS})(?![\w-])(?!\s+(?:up|out|down|off|away)\b)"
    # "finds himself on the ropes" is a state, not a finding
    r"(?!(?:(?<=found)|(?<=finds)|(?<=find))\s+(?:himself|herself|itself|themselves)\b)",
    re.I,
)
# Speed: the cue alternation is long, so it is only tried where a word that can start a cue stands.
_FIRST_WORDS = frozenset(re.match(r"[a-z]+", form.lower()).group(0) for form in VERB_FORMS.split("|"))
_NEXT_WORD = re.compile(r"\s+([a-z]*)")
_WORD_RUN = re.compile(r"[A-Za-z]+")
LEADING_NP = re.compile(r"^\s*((?:the |a |an )?[A-Z][\w.'’-]*(?:\s+(?:of |for |the )*[A-Z][\w.'’-]*)*)")
TRAILING_TIME = re.compile(
    r"\s+(?:(?:this|last|on|earlier|late|early) )?(?:week|month|year|morning|evening|night|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?-i:[a-z]\w*ly))?\s*$"
    # adverbs are lower case: "Megyn Kelly said", "the Shelton Weekly reported" keep their last word
    r"|(?:\s+(?-i:[a-z]\w*ly|now|almost|just|already|even|again|then|also|still|once|later|earlier))+\s*$"
    r"|\s+in\s+(?:19|20)\d\d\s*$",  # "an arbitration panel in 2001 found"
    # "Clinton on Wednesday vigorously defended", "Clinton now says", "leaders almost universally expressed"
    re.I,
)
# "He added:", "Trump responded on Friday:", "Minister Ana Ruiz:" -- a colon that opens a quote or ends
# the sentence (the quote follows in the next sentence or paragraph).
COLON_INTRO = re.compile(rf":\s*(?:{MASK}|$)")
# "“...” ― Julie Diaz." : a dash after a closing quote names the speaker (reader quotes, epigraphs).
DASH_TAG = re.compile(rf"(?:{MASK}|^)\s*[―—–]+\s*(?P<name>[^\s―—–{MASK}][^―—–{MASK}]{{0,60}}?)[.\s]*$")
# Hearsay with no source: the sentence is unattributed, but the hedge is worth showing.
HEDGE = re.compile(
    r"(?<![\w-])(?:reportedly|allegedly|purportedly|rumou?red|supposedly|"
    r"(?:is|are|was|were) (?:believed|said|thought|reported|understood|alleged|rumou?red|expected) to)(?![\w-])",
    re.I,
)
# "In a statement issued Tuesday, Clinton was more circumspect": the opening venue makes the main clause a report.
VENUE_OPENING = re.compile(
    r"^\W*In (?:a|an|his|her|their|its|the) (?:[\w-]+ ){0,3}(?:statement|interview|letter|tweet|post|op-ed|"
    r"speech|remarks|email|memo|column|essay|editorial|address|appearance|testimony|video|message|news conference|"
    r"press conference|radio interview|television interview|briefing|news briefing|conference call|podcast|"
    r"blog post|memoir|book|filing|court filing|sermon)s?\b[^,]{0,80},",
    re.I,
)
# "Trump's claim that ...", "the IMF's estimate of": a possessor speaks through a noun of saying.
NOMINAL_CUE = re.compile(
    r"(?:(?P<owner>(?:the )?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?|(?<![\w'’])(?P<pronoun>[Hh]is|[Hh]er))"
    r"\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>claims?|promises?|statements?|remarks?|comments?|assertions?|arguments?|views?|beliefs?|allegations?|"
    r"warnings?|estimates?|predictions?|accusations?|insistence|contention|suggestion|denials?|criticism|threats?|"
    r"pledges?|vows?|charges?|complaints?|assessment|forecast|findings?|conclusion|announcements?|decision|"
    r"proposals?|plans?|positions?|stance|calls?|demands?|requests?|recommendations?|opposition|endorsement|"
    r"rhetoric|response|testimony|account|refusal|rejection|insinuation|interpretation)\b"
)
# A party-state tag after a name, "(R-Utah)", "(D-N.Y.)": blanked so the name stays next to its cue.
PARTY_TAG = re.compile(
    r"\s*\((?:[RDI]|Dem|Rep|Ind)(?:[-–][A-Z][\w. ]{0,14})?\)"
    r"|,\s*[RDI][-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:,|(?=\s*$))"  # "Mitch McConnell, R-Ky., said"; "..., D-N.Y."
)
# "according to X"; "by one estimate", "by some accounts": a record counted by an unnamed source
ACCORDING = re.compile(
    r"(?<![\w-])(?:according to\s+|by (?=(?:one|some|most|many|several|other|its|his|her|their|our|an?|"
    r"(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*)?['’]s?)\s+"
    r"(?:[\w-]+\s+)?(?:estimates?|accounts?|counts?|measures?|tally|tallies|reckoning|admission)\b)"
    # "per the party's bylaws", "per Reuters": a record or outlet as source (never "per capita", "$5 per gallon")
    r"|(?<![$\d]\s)per\s+(?=(?:the|a|an|his|her|its|their)\s|(?-i:[A-Z]))"
    # "As stated in Davis' commentary", "as reported by the Post"
    r"|\bas\s+(?:first\s+)?(?:stated|noted|reported|described|outlined|explained|detailed|documented)\s+(?:in|by)\s+)",
    re.I,
)
_CLAUSE_COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)))"  # a comma grouping digits ("3,400 drivers") ends no clause
BOUNDARY = re.compile(rf"{_CLAUSE_COMMA}|[;:()]|{MASK}+|\s[-–—]+\s|[–—]")
# What ends the noun phrase after "according to" / "told" / an inverted "said".
PHRASE_END = re.compile(rf"{_CLAUSE_COMMA}|[;:.!?()]|{MASK}|\s(?:that|in|on|at|during|after|before|earlier|last|this|when|as|while)\s")
INTERVIEW_WITH = re.compile(
    r"\bin an? (?:interview|conversation|call) with (?P<outlet>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)"
)

_QUOTE_CHAR = re.compile(rf"{TOGGLES * 2}|[{OPENERS}{CLOSERS}{TOGGLES}]|''")  # '""We ...': a doubled mark is one
# Headline style quotes with single marks ("Obama Sees ‘Personal Insult’ if ..."): only in a headline, where an
# apostrophe never opens after a space; the closing mark is not followed by a letter ("Clinton’s" stays).
_SINGLE_QUOTED = re.compile(r"(?<![\w‘'’])[‘'](?=[\w$])[^‘’'\n]{1,160}?[’'](?![\w])")


# Speech in single marks, the British newsroom style ("'We were lucky,' said the fire chief."): in body text an
# apostrophe may stand anywhere ("the county's", "the workers' union"), so a stretch counts as a quote only when its
# opening mark starts a word after a space (or the sentence) and its closing mark follows the stop or comma that
# ends the spoken words -- an apostrophe never does. A mark after a letter other than a plural's "s" and before no
# letter closes a shorter quote ("'a mistake' and"), so the stretch never runs over it.
_SPOKEN_SINGLE = re.compile(r"(?<![\w‘'’])[‘'](?=[^\W_])(?:(?!(?<![sS])[’'](?!\w))[^‘\n]){1,600}?[,.?!…][’'](?!\w)")


def mask_spoken_single_quotes(masked: str) -> str:
    """Single-quoted speech in body text masked like double-quoted speech (offsets unchanged)."""
    if "‘" not in masked and "'" not in masked:
        return masked
    return _SPOKEN_SINGLE.sub(lambda m: MASK * len(m.group(0)), masked)


def mask_single_quotes(masked: str) -> str:
    """A headline's single-quoted stretches masked like double-quoted ones (offsets unchanged)."""
    if "‘" not in masked and "'" not in masked:
        return masked
    return _SINGLE_QUOTED.sub(lambda m: MASK * len(m.group(0)), masked)


@dataclass
class QuoteState:
    """Quote marks of one sentence: masked text, open at start/end, whether it contains any."""

    masked: str
    open_at_start: bool
    open_at_end: bool
    has_quote: bool


def scan_quotes(text: str, open_at_start: bool, reopen: bool = False) -> QuoteState:
    """Mask quoted stretches; ``open_at_start`` says a quote from an earlier sentence is still open.

    ``reopen``: the open quote comes from the paragraph before, so a leading quote mark reopens it.
    """
    if not _QUOTE_CHAR.search(text):  # most sentences: nothing to scan
        return QuoteState(MASK * len(text) if open_at_start else text, open_at_start, open_at_start, open_at_start)
    lead = len(text) - len(text.lstrip())
    parts: list[str] = []
    inside = open_at_start
    has_quote = open_at_start
    pos = 0
    for m in _QUOTE_CHAR.finditer(text):  # only the quote marks are visited; the text between is sliced
        i, mark = m.start(), m.group(0)
        mark = '"' if mark == '""' else mark
        parts.append(MASK * (i - pos) if inside else text[pos:i])
        parts.append(MASK * (m.end() - i))
        pos = m.end()
        if reopen and i == lead and (mark == "''" or mark in OPENERS + TOGGLES):
            continue  # newsroom style: a quote running on reopens at each new paragraph
        has_quote = True
        if mark == "''":  # ''two apostrophes'' is a quote mark in some archives
            inside = not inside
        elif inside and mark in OPENERS and i and not text[i - 1].isspace() and not _opens_word(text, m.end()):
            inside = False  # a wrong-way closing mark ('“Who can say?“ he asked.'): glued to the words, none after
        elif mark in OPENERS or (mark in TOGGLES and not inside) or (not inside and i == lead and _opens_word(text, m.end())):
            inside = True  # a closing mark glued to the first word of a sentence ("”Mr. Ruiz said ...") opens
        else:
            inside = False
    parts.append(MASK * (len(text) - pos) if inside else text[pos:])
    return QuoteState("".join(parts), open_at_start, inside, has_quote)


def _opens_word(text: str, at: int) -> bool:
    return at < len(text) and text[at].isalnum()


def chunk_bounds(masked: str, pos: int) -> tuple[int, int]:
    """Start and end of the clause chunk (between commas, quotes, dashes) around ``pos``."""
    start = 0
    for b_start, b_end in _boundaries(masked):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            return start, b_start
    return start, len(masked.rstrip(" .!?"))


@cached(maxsize=256)  # speed (issue 12): chunk_bounds is asked several times per sentence and cue
def _boundaries(masked: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in BOUNDARY.finditer(masked))


def phrase_after(masked: str, pos: int) -> tuple[str, int]:
    """The noun phrase starting at ``pos`` (up to a comma, "that", a time phrase...), and its end."""
    for m in PHRASE_END.finditer(masked, pos):
        if m.group(0) == "." and _ABBREV_BEFORE.search(masked, max(0, m.start() - 5), m.start()):
            continue  # "said Gov. Perry", "said Thomas J. Reese": a title or initial, not the end
        return masked[pos : m.start()].strip(), m.start()
    end = len(masked.rstrip(" .!?"))
    return masked[pos:end].strip(), end


_ABBREV_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Rev|Sgt|Capt|Adm|Maj|Jr|Sr|St)|\b[A-Z])$")


def cue_matches(masked: str) -> list[re.Match[str]]:
    """Reporting cues written in lower case ("States" in "the United States" is a name, not a verb)."""
    found = _raw_cues(masked)
    headline = bool(found) and any(m.group("verb")[0].isupper() for m in found) and is_title_case(masked)
    starts = {m.start("verb") for m in found} if len(found) > 1 else set()  # "the annual report showed": a noun
    return [
        m
        for m in found
        if (m.group("verb")[0].islower() or headline or _HEADLINE_END.match(masked, m.end()))
        and not (starts and m.end() + 1 in starts and masked[m.end()] == " " and is_record_noun(m.group("verb")))
        and (
            not _DETERMINER_BEFORE.search(masked, max(0, m.start() - 12), m.start())
            or (_is_progressive(m) and _CONTRACTED_AUX.search(masked, max(0, m.start() - 4), m.start()))
        )
        # "is saying", "is stressing" are cues; ", saying" is PARTICIPLE's, "a planning meeting" is no cue
        and (
            not _is_progressive(m)
            or (m.group("adv").strip() and "reportedly" not in m.group("adv").lower())
            or _CONTRACTED_AUX.search(masked, max(0, m.start() - 4), m.start())  # "He’s claiming"
        )
        # "are expected to": passive; "was quoted as saying", "is shown saying" name the speaker all the same
        and (_is_progressive(m) or not _COPULA.search(m.group("adv")) or m.group("verb").lower().endswith(NAMES_SPEAKER))
        # "a lane which backs onto the yard": a place; "The old estimate was 5 million": a noun before its verb
        and not _NOT_A_VERB_AFTER.match(masked, m.end())
    ]


_NOT_A_VERB_AFTER = re.compile(r"\s+(?:onto|into|towards?|away\s+from|was|were|is|are)\b")


def _is_progressive(m: re.Match[str]) -> bool:
    return m.group("verb").split()[0].lower().endswith("ing")


_CONTRACTED_AUX = re.compile(r"\w['’](?:s|re|m)\s+$")
# "was first reported by The Washington Post": a passive cue names its source after "by".
PASSIVE_BY = re.compile(
    r"(?<![\w-])(?:is|are|was|were|been|being)\s+(?:(?:first|also|later|widely|initially|\w+ly)\s+)?"
    r"(?P<verb>[a-z]+ed|told|written|shown)\s+by\s+"
)
_COPULA = re.compile(r"(?<![\w'’])(?:is|are|was|were|been|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?![\w'’])", re.I)


def _raw_cues(masked: str) -> list[re.Match[str]]:
    """``CUE.finditer(masked)``, but the long pattern is only tried at words that can start a cue."""
    found: list[re.Match[str]] = []
    lowered = masked.lower()  # once per sentence, not once per word
    if len(lowered) != len(masked):  # a letter whose lower case is longer ("İ"): offsets would move
        lowered = "".join(ch.lower()[0] for ch in masked)
    if _FIRST_WORDS.isdisjoint(_WORD_RUN.findall(lowered)):
        return found  # no word that can start a cue: nothing to try
    done = 0
    for word in _WORD_RUN.finditer(lowered):
        low = word.group(0)
        if low not in _FIRST_WORDS:
            continue
        p = word.start()
        if p < done:
            continue
        if low.endswith("ing") and not _may_be_progressive(masked, p):
            continue  # an -ing cue needs an auxiliary before it (see cue_matches): skip the regexes
        if low in _PHRASE_ONLY:  # "took" only as "took aim / issue / to ...": look at the next word first
            nxt = _NEXT_WORD.match(lowered, word.end())
            if nxt is None or not any(nxt.group(1).startswith(start) for start in _PHRASE_ONLY[low]):
                continue
        # the adverb run must end with a whole adverb right before the verb: look only when one stands there
        adverbs = adverb_run(masked, lowered, max(done, p - 80), p)
        m = CUE.match(masked, adverbs.start()) if adverbs else None
        if m is None or m.start("verb") != p:
            m = CUE.match(masked, p)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


def _may_be_progressive(masked: str, p: int) -> bool:
    """The word before ``p`` is one ADVERBS can end with, a negation ("isn't") or a contraction ("He's")."""
    before = masked[max(0, p - 24) : p].split()
    prev = before[-1].lower() if before else ""
    return prev in ADV_WORDS or prev.endswith(("n't", "n’t", "'s", "’s", "'re", "’re", "'m", "’m"))


def is_title_case(text: str) -> bool:
    """A headline written in title case ("New Poll Shows Minor Bump For Mayor"): its capitalised verbs are cues."""
    words = [w for w in _WORD_RUN.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# "..., Lindsey Graham Says.": a headline's capitalised cue closes the line.
_HEADLINE_END = re.compile(r"\s*[.!?]?\s*$")


# "the report", "his claims", "a call": a cue word after a determiner is a noun, not a reporting verb.
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|every|each|(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?)|\w['’]s)"
    r"\s+$",  # a year is a time, not a count: "who in 2010 said"; "Mr. King, 82, told" is an age
    re.I,
)
