"""Outlets and generic audiences: who relays a statement, never who makes it.

"told CNN" -> via "CNN"; "told reporters" -> no via. Split from :mod:`speakers` (which re-exports both
tests) so each module stays small.
"""

from __future__ import annotations

import re

GENERIC_AUDIENCE = re.compile(
    r"^(?:reporters|journalists|us|me|the (?:agency|newspaper|paper|outlet|broadcaster|channel|station|magazine|"
    r"publication|site|network)|(?:a|an|the) (?:briefing|news conference|press conference|interview|audience|"
    r"parliament|lawmakers|crowd)|lawmakers|parliament|state media|state television|local media|the media)\b",
    re.I,
)
OUTLET = re.compile(
    r"^(?:the )?(?:CNN|BBC|Reuters|AP|AFP|NPR|ABC|CBS|NBC|MSNBC|Fox News|Bloomberg|Al Jazeera|TASS|Interfax|"
    r"Associated Press|Agence France-Presse|Politico|Axios|Breitbart|HuffPost|Huffington Post|"
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:News|Times|Post|Journal|Wire|Press|Ledger|Courier|Guardian|Telegraph|"
    r"Herald|Tribune|Gazette|Examiner|Independent|Economist|Radio|Television|TV|Agency|Pravda))$"
)


def is_outlet(phrase: str) -> bool:
    return bool(OUTLET.match(phrase.strip()))


def is_generic_audience(phrase: str) -> bool:
    """The whole phrase is an audience ("reporters", "the agency"), not one that runs on into a clause."""
    m = GENERIC_AUDIENCE.match(phrase.strip())
    return bool(m) and m.end() == len(phrase.strip())
