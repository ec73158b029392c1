"""Head-noun classes that tell a source's kind (closed-class vocabulary, split from speakers.py for size).

A common-noun source ("analysts", "the spokeswoman") is anonymous; an institutional head ("the ministry",
"the airline", "the board") is an organization; a title before a name ("Gov.", "chairman") is a role, never a name.
"""

from __future__ import annotations

import re

ANON_NOUNS = frozenset(
    "official officials analyst analysts source sources soldier soldiers commander commanders expert experts "
    "resident residents witness witnesses observer observers diplomat diplomats lawmaker lawmakers people "
    "person man woman fighter fighters troops officer officers spokesman spokeswoman spokesperson aide aides "
    "volunteer volunteers doctor doctors medic medics serviceman servicemen activist activists insider insiders "
    "authorities investigators researchers reporters journalists blogger bloggers correspondent monitors "
    "member members leader leaders veteran veterans driver announcer father mother wife husband son daughter "
    "brother sister friend friends neighbor neighbour neighbors lawyer lawyers attorney attorneys candidate "
    "candidates nominee economist economists professor scientist scientists author voter voters supporter "
    "supporters critic critics opponent opponents protester protesters student students teacher teachers worker "
    "workers customer patient victim victims survivor reader readers viewer host anchor moderator judge narrator "
    "questioner respondents percent majority "
    "prosecutor prosecutors adviser advisers advisor advisors strategist strategists pollster pollsters manager "
    "staffer staffers employee employees owner owners parent parents farmer farmers executive executives "
    "organiser organisers organizer organizers traders trader "
    # people named by their work at the scene ("firefighters said", "rescuers said")
    "firefighters firefighter rescuers rescuer paramedics paramedic nurses nurse pilots pilot passengers passenger "
    "miners engineers engineer".split()
)
ANON_ADJECTIVES = frozenset("unnamed anonymous local regional senior military some".split())
ORG_NOUNS = frozenset(
    "ministry military army staff police institute intelligence government agency administration council "
    "command forces office department pentagon service services committee commission parliament nato press "
    "company group court navy guard brigade battalion regiment embassy house center centre university "
    "foundation union party bank newspaper channel network wire news times post agency bureau authority "
    "directorate headquarters operator media outlet outlets organization organisation alliance coalition "
    "mission secretariat cabinet presidency assembly senate congress corporation watchdog campaign "
    # documents speak for their authors: "the report says", "the ruling said", "a 2014 study found"
    "report study survey poll ruling book letter memo statement lawsuit complaint filing ad clip spot video "
    "analysis document documents indictment transcript website "
    # records and their readings speak for whoever compiled them: "according to exit polls / federal data"
    "polls surveys studies reports data statistics figures estimates records tally census findings finding "
    "research audit review chart graph slide map forecast projections filings rulings "
    # institutional heads that title-case names end with ("the School Shield Program"): never a person
    "program programme project initiative fund federation league caucus forum council "
    # bodies named by their head noun alone ("the airline said", "the board denied"): never one person
    "airline airlines carrier board boards regulator regulators tribunal museum club utility utilities association "
    "inspectorate firm companies insurer insurers contractor charity society institution exchange panel registry "
    "hospital agencies unions "
    # more institutions named by their head noun ("the zoo said", "the trust said", "the observatory said")
    "zoo zoos airport airports observatory observatories trust trusts library laboratory consultancy "
    # a record kept by a body ("according to the plant's own log")
    "log logs "
    # a firm's or a school's own voice ("the school said", "his employer said", "Customs put ...")
    "school schools haulier hauliers employer employers customs "
    "story stories article articles bylaws".split()
)
TITLE_WORDS = frozenset(
    "president prime minister secretary defense defence foreign interior sen. senator rep. gen. general col. "
    "colonel lt. maj. major capt. captain adm. admiral sgt. mr. mrs. ms. dr. prof. gov. governor mayor "
    "spokesman spokeswoman chief head commander deputy vice ambassador coordinator director chairman "
    "chairwoman leader founder owner u.s. us uk national security council "
    "white house state chancellor king queen pope rev. reverend representative assemblyman councilman speaker "
    "father rabbi imam cardinal bishop archbishop pastor msgr. sheriff judge coach".split()
)
ROLE_NOUNS = frozenset(
    "president minister secretary senator general governor mayor spokesman spokeswoman chief head commander "
    "founder owner leader coordinator ambassador director chairman official representative congressman "
    "congresswoman candidate nominee sheriff attorney judge chancellor premier speaker commissioner "
    "superintendent treasurer lieutenant prosecutor".split()
)


# a plural of experts working at a named body speaks for the body, not as unnamed people ("Officials at the council"
# and "residents of Leeds" are no such phrase: a lower-case object, a place or a plural that is not a profession)
_EXPERTS_AT = re.compile(
    r"^(?:[a-z]+\s+)?(?:(?:analysts|economists|researchers|experts|engineers|scientists|auditors)\s+(?:at|from)|"
    r"[a-z]{3,}(?:ists|ians)\s+at)\s+(?:the\s+(?:[a-z]+\s+){0,2})?[A-Z]"
)


def experts_at(phrase: str) -> bool:
    """ "analysts at Tolven Bank": a profession's plural at a named body (the body's voice)."""
    return (" at " in phrase or " from " in phrase) and bool(_EXPERTS_AT.match(phrase))
