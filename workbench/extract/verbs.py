"""Verbs of saying, believing and stance: the closed class a reporting cue is made of.

Kept apart from :mod:`cues` (which reads them on a sentence) because the list is long and grows:
past tenses, present forms, base forms after a modal, and -ing forms, which :mod:`cues` only
counts after an auxiliary ("is defending", "has been claiming").
"""

from __future__ import annotations

import re

# Passive cues that still name their speaker as subject ("was quoted as saying", "is shown saying").
NAMES_SPEAKER = (" saying", " telling")
# Adverbs of the cue's adverb run that are also surnames ("Paul Long said", "Still said" after "Dana Still").
SURNAME_ADVERBS = frozenset({"Long", "Still"})
VERB_FORMS = (
    # passives of a recording that name their speaker ("X is shown saying", "was heard telling"); before "shown"
    r"shown saying|seen saying|heard saying|filmed saying|recorded saying|caught saying|shown telling|heard telling|"
    r"said|says|say|told|tells|claimed|claims|claim|estimates|estimated|estimate|denied|denies|deny|"
    r"reported|reports|report|added|adds|warned|warns|warn|stated|announced|announces|confirmed|confirms|"
    r"insisted|insists|argued|argues|argue|believes|believe|believed|assessed|assesses|assess|noted|notes|"
    r"wrote|writes|tweeted|explained|explains|acknowledged|acknowledges|admitted|admits|alleged|alleges|"
    r"asserted|asserts|predicted|predicts|vowed|vows|suggested|suggests|stressed|stresses|maintained|maintains|"
    r"concluded|declared|declares|disclosed|accused|accuses|insist|think|thinks|expects|expect|"
    r"testified|recalled|emphasized|emphasised|acknowledge|conceded|replied|responded|countered|contended|"
    r"shows|showed|found|finds|asked|urged|urges|praised|agreed|agrees|pledged|pledges|promised|promises|"
    r"lamented|touted|touts|demanded|demands|denounced|proposed|joked|complained|criticized|criticised|"
    r"questioned|described|called|continued|continues|charged|charges|posted|posts|tweets|cited|cites|"
    r"shouted|lashed out|fired back|hit back|shot back|snapped|retorted|quipped|boasted|bragged|"
    r"issued a statement|released a statement|put out a statement|saying|"
    # attitude verbs: a stated belief, intention or stance is attributed to its holder as well
    r"wants|wanted|plans|planned|hopes|hoped|seeks|sought|intends|intended|expected|supports|supported|"
    r"opposes|opposed|rejected|rejects|endorsed|endorses|condemned|condemns|attacked|mentioned|"
    r"mentions|asks|declined|refused|blamed|blames|defended|defends|dismissed|dismisses|"
    r"called for|calls for|acknowledged|knows|knew|feels|felt|worried|feared|"
    r"doubted|considers|considered|characterized|slammed|blasted|mocked|hailed|welcomed|threatened|"
    r"accused|pointed out|made clear|made the case|signaled|signalled|indicated|hinted|conceded|reiterated|"
    r"agree|assume|assumed|assumes|expressed|recognize|recognized|compares|compared(?!\s+(?:with|to)\b)|"
    r"yells|yelled|screamed|whispered|muttered|exclaimed|cried|recounted|remarked|observed|announce|referred|"
    r"chided|scolded|rebuked|berated|apologized|apologised|"
    # findings of records and courts; base forms after a modal or "did not"
    r"shown|reveals|revealed|reveal|ruled|echoed|echoes|echo|respond|concede|criticize|criticizes|describes|"
    # progressive forms count only after an auxiliary ("is stressing", "has been claiming"), see cue_matches
    r"claiming|arguing|insisting|stressing|demanding|suggesting|warning|calling for|accusing|denying|"
    r"questioning|promising|predicting|urging|touting|blaming|criticizing|"
    r"seeking|planning|hoping|considering|asking|telling|vowing|pledging|pushing for|complaining|acknowledging|"
    r"tweeting|chanting|proposing|encouraging|advocating|promoting|"
    # more verbs of speaking, believing and knowing (closed class)
    r"likened|likens|repeated|repeats|pressed|railed|highlighted|highlights|"
    r"advocated|advocates|promoted|encouraged|encourages|implored|disputed|disputes|wondered|wonders|"
    r"know|understand|understands|understood|viewed|views|put it|puts it|"
    r"called on|calls on|backed|backs|grilled|acknowledges|recommends|recommended|"
    r"denounce|vow|condemn|urge|pledge|promise|predict|suggest|accuse|reject|oppose|express|"
    r"discovered|learned|overruled|weighed in|weigh in|weighs in|calling|debated|reads|refuses|"
    # "..., the letter read." / "The statement read:" -- a text's words; never "she read the bill" (no object after)
    r"read(?=\s*[.!?:])|read(?=,\s*in\s+part\b)|"
    # poll answers ("46 percent would choose X, 5 percent prefer Y") and talk about a topic
    r"prefer|prefers|favor|favors|approve|approves|disapprove|disapproves|"
    r"spoke of|spoke about|spoken about|speaks of|speaks about|talked about|talks about"
    r"|worry|fear|detailed|documented|"
    r"slam|slams|blast|blasts|disagree|disagrees|disagreed|doubted|"
    r"thanked|portrayed|portrays|took offense|took offence|suspect|"
    # communication and judgement verbs, and stance idioms built on them (round 5)
    r"retweeted|invoked|articulated|extolled|extols|complimented|envisioned|judged|lauded|conveyed|"
    r"pointed to|points to|point to|points out|point out|raised questions|raises questions|"
    r"seized on|seized upon|seizes on|seizes upon|doubled down|doubles down|"
    r"seizing on|seizing upon|doubling down|raising questions|pointing to|pointing out|states that|state that|"
    r"alerted|notified|informed|assured|reminded|goes on(?=\s*[,:])|went on(?=\s*[,:])|"
    # "pleaded guilty / not guilty / no contest" is a plea in court, not a plea to someone
    r"pleaded(?!\s+(?:not\s+)?(?:guilty|no\s+contest|innocent))|pleads(?!\s+(?:not\s+)?(?:guilty|no\s+contest|innocent))|begged|"
    r"chastised|reprimanded|lectured|recommend|"
    # round 6: the rest of the closed class of communication and cognition verbs (saying, judging, praising,
    # faulting, manner of speaking), taken from the class as a whole rather than from misses
    r"thought|advised|affirmed|reaffirmed|avowed|cautioned|confessed|"
    # "has not commented on the reports" tells of no words at all
    r"commented(?<!not\scommented)(?<!n't\scommented)(?<!n’t\scommented)(?<!never\scommented)|confided|decried|deplored|divulged|"
    r"exclaimed|implied|insinuated|intimated|objected|opined|proclaimed|professed|protested|reckoned|speculated|"
    r"surmised|swore|theorized|theorised|conjectured|hypothesized|posited|mused|pondered|reasoned|underscored|"
    r"bemoaned|derided|disparaged|ridiculed|lambasted|excoriated|castigated|assailed|pilloried|faulted|scoffed|"
    r"sneered|taunted|gloated|crowed|refuted|rebutted|contradicted|downplayed|played down|brushed off|shrugged off|"
    r"applauded|commended|congratulated|championed|petitioned|implored|beseeched|exhorted|reassured|"
    r"regretted|clarified|elaborated|restated|summarized|summarised|grumbled|griped|whined|fretted|fumed|ranted|"
    r"groaned|sighed|murmured|mumbled|bellowed|thundered|blogged|texted|emailed|attested|corroborated|deduced|"
    r"inferred|realized|realised|deemed|regarded|dubbed|branded|labeled|labelled|"
    # a choice is an intention ("Patriot chose to file in Richmond"); a work that documents or explores how/why
    # something is so states it ("the film documents how ..."). "decided to" stays out: a headline such as
    # "X decided to keep the city" reads as news of a deed, and attributing it made the line a claim
    r"opted(?=\s+(?:not\s+)?to\s)|opts(?=\s+(?:not\s+)?to\s)|chose(?=\s+(?:not\s+)?to\s)|"
    r"documents(?=\s+(?:how|why|what|whether)\b)|explores(?=\s+(?:how|why|what|whether)\b)|"
    r"chronicles(?=\s+(?:how|why|what|whether)\b)|examines(?=\s+(?:how|why|what|whether)\b)|"
    r"left little doubt|left no doubt|"
    # base "show" is mostly a noun ("a reality show"); after a plural subject or before "that <clause>" it is the
    # finding of a record ("Polls show a close race", "leaked documents show he took", "data show that")
    # newsroom idioms of saying and stance: "was quoted as saying" (a passive that names its speaker), "took to
    # Twitter to say", "has made no secret of", "pushed back on"
    r"quoted as saying|quoted as telling|took to(?=\s+[^,.;:]{1,40}?\sto\s)|takes to(?=\s+[^,.;:]{1,40}?\sto\s)|"
    r"made no secret|makes no secret|pushed back|pushes back|pushing back|"
    r"unveiled|unveils|voiced|raised concerns?|raises concerns?|raised doubts?|raises doubts?|cast doubt|casts doubt|"
    r"sounded the alarm|sounds the alarm|took aim|takes aim|took issue|takes issue|threw cold water|throws cold water|"
    r"came out against|comes out against|came out in favou?r|comes out in favou?r|sided with|sides with|"
    # base forms of stance verbs count after "to" ("appeared to blame", "sought to reassure"), never as nouns
    r"blame(?<=to\sblame)|praise(?<=to\spraise)|defend(?<=to\sdefend)|dismiss(?<=to\sdismiss)|"
    r"downplay(?<=to\sdownplay)|reassure(?<=to\sreassure)|mock(?<=to\smock)|highlight(?<=to\shighlight)|"
    r"stress(?<=to\sstress)|emphasize(?<=to\semphasize)|explain(?<=to\sexplain)|portray(?<=to\sportray)|"
    # (no "|" inside a form's lookaround: the list is split on it)
    r"show(?<=[a-rt-z]s\sshow)|show(?<=data\sshow)|show(?=\s+that\s)(?!\s+that\s+[a-z]+ed\b)|"
    # base "tell" after a plural subject: "several insiders tell the Courier that ..." (a relay in the present)
    r"tell(?<=[a-rt-z]s\stell)|"
    # a figure worked out by its subject is an estimate it states ("the riders' group calculated")
    r"calculated|calculates|"
    # to rule something out is to say it will not happen ("At her briefing, Hale ruled out a rise")
    r"ruled out|rules out"
)


def _progressives(forms: str) -> str:
    """ "is defending", "are slamming": the -ing form of every listed past tense, for use after an auxiliary."""
    known = set(forms.split("|"))
    made = set()
    for form in known:
        if " " in form or not form.endswith("ed") or len(form) < 5:
            continue
        stem = form[:-2]
        if stem.endswith("i"):  # denied -> denying
            made.add(stem[:-1] + "ying")
        elif stem.endswith("e"):  # agreed -> agreeing
            made.add(stem + "eing")
        else:  # defended -> defending, slammed -> slamming, argued -> arguing
            made.add(stem + "ing")
    return "|".join(sorted(made - known - _DEEDS))


# past tenses that also name deeds: "have been attacking the villages" is fighting, not speaking
_DEEDS = frozenset("attacking backing pressing charging learning discovering continuing ruling".split())


def _presents(forms: str) -> str:
    """ "compliments", "praises", "denies": the third-person present of every listed past tense.

    Spelling is guessed both ways (defended -> defends, praised -> praises); a guess that is no word
    never matches. A present that is also a plural noun ("reports", "plans") is one already: the cue
    rules read it as a noun after a determiner, possessive or number.
    """
    known = set(forms.split("|"))
    made = set()
    for form in known:
        if " " in form or not form.endswith("ed") or len(form) < 5 or form in _NOT_PRESENT:
            continue
        stem = form[:-2]
        if stem.endswith("i"):  # denied -> denies
            made.add(stem[:-1] + "ies")
        elif len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sl":  # slammed -> slams
            made.add(stem[:-1] + "s")
        elif stem.endswith(("ch", "sh", "ss", "x", "z")):  # touched -> touches
            made.add(stem + "es")
        else:
            made.update({stem + "s", form[:-1] + "s"})
    return "|".join(sorted(made - known))


# past tenses whose present is mostly a noun of something else ("figures", "charges" stay as they are)
_NOT_PRESENT = frozenset(
    "found learned called judged threatened stated ruled attacked detailed documented questioned remarked countered signaled "
    "signalled debated hinted feared worried doubted thanked cried joked hoped added noted posted viewed "
    "reported grilled backed pressed charged rejected shouted screamed "
    "commented reasoned fumed protested cautioned objected regarded branded labeled labelled texted emailed "
    "ranted sighed groaned petitioned".split()
)


VERB_FORMS = VERB_FORMS + "|" + _progressives(VERB_FORMS) + "|" + _presents(VERB_FORMS)
# the forms that are one plain word ("said", "insisted"), for a lookup per word where a scan of the whole
# alternation would cost too much (``extract.reftime``, ``extract.reported_deeds``)
ONE_WORD_FORMS = frozenset(f for f in VERB_FORMS.lower().split("|") if f.isalpha())


def phrase_starts(forms: list[str]) -> dict[str, frozenset[str]]:
    """First words that only open multi-word forms ("took" in "took aim"), with the first three letters of the
    words that may follow: a common verb such as "took" or "made" tries the long pattern only before them."""
    single: set[str] = set()
    seconds: dict[str, set[str]] = {}
    for form in forms:
        m = re.match(r"([a-z]+)(?:\s|\\s)+([a-z]*)", form)
        if m:
            seconds.setdefault(m.group(1), set()).add(m.group(2)[:3])
        else:
            single.add(re.match(r"[a-z]+", form).group(0))
    return {first: frozenset(nxt) for first, nxt in seconds.items() if first not in single}


PHRASE_ONLY = phrase_starts([form.lower() for form in VERB_FORMS.split("|")])

# cue words that are also nouns of a record or a statement: before another cue, or ending a subject, they are nouns
RECORD_NOUNS = frozenset("report reports estimate estimates claim claims plan plans findings notes posts tweets".split())


def is_record_noun(word: str) -> bool:
    return word.lower() in RECORD_NOUNS
