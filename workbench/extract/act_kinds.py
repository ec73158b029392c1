"""The verb of a dated act, and whether that kind of act recurs: speech and stance acts (refuse, deny, urge,
insist, call for, ...) are done again and again; a death, a resignation, a launch or a verdict once per event.

Why: two reports that one actor did one act on two different days disagree on its date only when the act
happens once. "Refused to step down on Monday" and "refused to step down on Tuesday" are two refusals, not
one refusal dated twice (issue 9: the one false date conflict on BASIL). The list is closed-class: verbs of
saying, asking and taking a stance, never the verbs of a story's topic. Read once at extraction
(``extract.daytimes`` stores ``recurs`` on the dated clause) so analysis compares a field.
"""

from __future__ import annotations

import re

# verbs of saying, asking and stance: acts one actor repeats from day to day (base forms)
_RECURRING = (
    "say tell deny refuse insist call urge demand reject rebuff decline vow pledge promise warn argue claim "
    "criticize criticise defend praise blame accuse condemn question ask repeat reiterate maintain threaten "
    "press oppose suggest acknowledge thank respond reply comment speak tweet write hint signal welcome express "
    "stress emphasize emphasise predict concede announce confirm dispute challenge appeal lobby "
    "complain protest object brush shrug dodge sidestep resist defy scoff mock slam blast attack decry"
).split()
_IRREGULAR = {"say": ("said",), "tell": ("told",), "speak": ("spoke", "spoken"), "write": ("wrote", "written"),
              "slam": ("slammed",), "shrug": ("shrugged",), "sidestep": ("sidestepped",)}
# words ending in "-ed" that are no verb form
_NOT_VERB = frozenset("need exceed proceed succeed speed feed seed bleed breed heed indeed hundred red bed shed embed "
                      "naked wicked sacred hatred kindred".split())
# a determiner, a be-form or an infinitive marker before "-ed" makes it an adjective or a passive's participle
_NOT_FINITE = frozenset("a an the this that these those its their his her our to".split())
WORD = re.compile(r"[A-Za-z][a-z'’-]*")


def _forms(verb: str) -> set[str]:
    """The past forms of a verb: a deed reported done is told in the past, and the base and "-s" forms
    are nouns as often ("calls", "protest", "appeal")."""
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb[:-1] + "ied"}
    return {verb + ("d" if verb.endswith("e") else "ed"), *_IRREGULAR.get(verb, ())}


RECURRING_FORMS = frozenset(f for v in _RECURRING for f in _forms(v))


# irregular past forms and participles (a closed list of English verbs)
IRREGULAR_PAST = frozenset(
    "taken took struck made given gave seen saw held left sent put shot hit beaten beat caught thrown threw brought "
    "bought built kept led let lost met paid ran set sold won quit cut shut stolen stole chosen chose driven drove "
    "drawn drew broken broke fallen fell found began begun became fought sought spent stood withdrew withdrawn "
    "overturned overruled struck".split()
)


def verb_form(word: str, before: list[str]) -> tuple[str, bool] | None:
    """(word, recurs) when ``word`` is a past form written in lower case, else None: a verb of saying or stance,
    an irregular past, or a regular past ("-ed"), neither made an adjective or an infinitive by the word before it
    ("the revised lease", "to quit")."""
    if not word[:1].islower():
        return None
    low = word.lower()
    if low in RECURRING_FORMS:
        return low, True
    prev = before[-1].lower() if before else ""
    if prev not in _NOT_FINITE and (low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4
                                                              and low not in _NOT_VERB)):
        return low, False
    return None


def act_verb(clause: str) -> tuple[str, bool] | None:
    """The first verb of a clause written in lower case and whether its act recurs, else None.

    ``verb_form`` says what a verb is ("the harbour master resigned" -> resigned; "the Varn mayor refused" ->
    refused)."""
    before = ""
    for m in WORD.finditer(clause):
        found = verb_form(m.group(0), [before])
        if found:
            return found
        before = m.group(0)
    return None
