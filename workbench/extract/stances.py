"""Participles and adjectives that report a stance without a verb of saying, read on one masked sentence.

Split from :mod:`cues` (the verbs of saying and the quote marks) so each module stays small:
", saying ..." and ", citing ..." report for the main clause's subject; "Many farmers are afraid that ...",
"X has been critical of ...", "were willing to ..." tell a stance or a will by an adjective or a noun of attitude.
"""

from __future__ import annotations

import re

# ", saying ...": the participle reports for the subject of the main clause.
_SAYING_ING = (
    r"saying|adding|noting|telling|arguing|warning|claiming|insisting|writing|accusing|calling|explaining|"
    r"declaring|asserting|suggesting|urging|vowing|promising|calling for|stating|emphasizing|stressing|highlighting"
)
# after a comma only: "in denying a candidate a spot", "by pledging to protect" are deeds, not reports
_STANCE_ING = (
    r"demanding|praising|criticizing|criticising|thanking|citing|blaming|denying|acknowledging|"
    r"predicting|questioning|complaining"
)
# a question or an answer is speech only when its words follow at once ("by asking, “Why ...?”"); "asking for a
# refund", "responding to a call" are deeds
_ASKING_ING = r"asking|replying|responding|answering"
PARTICIPLE = re.compile(
    # a comma inside closing quote marks is masked with the quote: "rated the ad as “false,” noting that ..."
    rf"(?:(?:,|█(?!█)|\b(?:by|after|before|while|in|for))\s*(?=(?:{_SAYING_ING})\b)|(?:,|█(?!█))\s*(?=(?:{_STANCE_ING})\b)"
    rf"|(?:,|\b(?:by|after|while))\s*(?=(?:{_ASKING_ING})\s*[,:]?\s*█))"
    rf"(?P<verb>{_SAYING_ING}|{_STANCE_ING}|{_ASKING_ING})\b",
    re.I,
)
# "tweets early Friday saying that ...": a participle with its "that" needs no comma.
SAYING_THAT = re.compile(r"\b(?P<verb>saying|claiming|arguing|insisting|warning|noting|asserting)\s+that\b", re.I)
# "Many voters are afraid that ...", "Graham has been critical of ...": a stance told by an adjective.
STANCE_WORDS = frozenset(
    "afraid concerned confident convinced worried certain hopeful optimistic pessimistic skeptical sceptical "
    "adamant doubtful fearful insistent critical supportive unhappy pleased upset angry furious frustrated "
    "disappointed alarmed dismissive wary proud opposed committed "
    "willing unwilling eager reluctant determined loath keen hesitant "
    "supporter opponent critic proponent advocate champion defender backer skeptic".split()
)
STANCE = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+(?:\w+\s+)?been|is|are|was|were|am|remains?|remained|seems?|seemed|appears?|"
    r"appeared|became|becomes?|(?:is|are|was|were)n['’]t|came\s+away|comes?\s+away)\s+"
    r"(?:(?:\w+ly|not|also|still|now|so|very|more|less|too|deeply|increasingly)\s+)*"
    r"(?:afraid|concerned|confident|convinced|worried|certain|hopeful|optimistic|pessimistic|skeptical|sceptical|"
    r"adamant|doubtful|fearful|insistent|critical|supportive|unhappy|pleased|upset|angry|furious|frustrated|"
    r"disappointed|alarmed|dismissive|wary|proud)\s+(?:that|about|of|with|over)(?![\w-])"
    r"|(?<![\w-])(?:is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|still\s+)*"
    r"(?:opposed|committed)\s+to(?![\w-])"
    # "some Republicans were willing to go forward": a will, told by an adjective of volition
    r"|(?<![\w-])(?:is|are|was|were|been|seems?|seemed|appears?|appeared|remains?|remained)\s+(?:\w+ly\s+|not\s+)*"
    r"(?:willing|unwilling|eager|reluctant|determined|loath|keen|hesitant)\s+to\s(?!be\s|have\s+been\s)"
    # "X has been a consistent and outspoken supporter of ...": a stance told by a noun of attitude
    r"|(?<![\w-])(?:(?:has|have|had)\s+(?:\w+\s+)?been|is|are|was|were|remains?|remained|became)\s+(?:an?|the)\s+"
    r"(?:[\w-]+(?:,|\s+and)?\s+){0,3}(?:supporter|opponent|critic|proponent|advocate|champion|defender|backer|"
    r"skeptic)s?\s+of(?![\w-])",
    re.I,
)

# "Ruiz in a statement said", "Ruiz at a rally in Ohio said", "Ruiz on Twitter called": a venue between the
# subject and its cue is an adjunct, never the speaker (the subject search took "Ohio", "Twitter")
VENUE_ADJUNCT = re.compile(
    r"\s(?:in|on|at|during|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|filing|letter|post|speech|tweets?|video|op-ed|email|memo|rally|news conference|"
    r"press conference|conference call|hearing|event|briefing|debate|appearance|town hall|podcast|broadcast|"
    r"Twitter|Facebook|Instagram|television|radio|social media)"
    r"(?:\s+(?:in|at|on)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this week|last week|yesterday|today))?"
    r"(?:\s+\w+ly)?\s*$"
)
